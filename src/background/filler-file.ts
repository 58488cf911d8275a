/**
 * Where the build puts the filler (src/content/fill.ts): the content script's reading, filling and
 * panel, built apart so that a visit to an official page loads only the look (src/content/index.ts).
 */
export const FILLER_FILE = 'src/content/fill.js';
