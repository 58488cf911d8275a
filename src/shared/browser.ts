// The only import of the polyfill: the rest of the code uses `browser` from here, so moving
// to the built-in `browser` global is a one-line change.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
