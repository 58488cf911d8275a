import { browser } from '../shared/browser.ts';
import { FILLER_FILE } from './filler-file.ts';

/**
 * Load the filler into one frame, or into one document when the browser names it (so a frame
 * that moved on to another page gets nothing). The browser runs it only on the official hosts
 * the extension may reach; loading it twice changes nothing. Is it there now?
 */
export async function loadFiller(tabId: number, frameId: number, documentId?: string): Promise<boolean> {
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
  try {
    await browser.scripting.executeScript({ target, files: [FILLER_FILE] });
    return true;
  } catch {
    return false;
  }
}
