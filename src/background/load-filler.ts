import { browser } from '../shared/browser.ts';
import { FILLER_KEY } from '../shared/isolated-world.ts';
import type { Args, FillerProtocol, Result } from '../shared/messages.ts';
import { FILLER_FILE } from './filler-file.ts';
import { callFiller } from './in-page.ts';

/** One frame, or one document when the browser names it (so a frame that moved on to another page gets nothing). */
export const frameTarget = (tabId: number, frameId: number, documentId?: string) =>
  (documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] });

/**
 * Load the filler into one frame, or into one document when the browser names it (so a frame
 * that moved on to another page gets nothing). The browser runs it only on the official hosts
 * the extension may reach; loading it twice changes nothing. Is it there now?
 */
export async function loadFiller(tabId: number, frameId: number, documentId?: string): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: frameTarget(tabId, frameId, documentId), files: [FILLER_FILE] });
    return true;
  } catch {
    return false;
  }
}

/** Ask the filler loaded in a frame to read or to fill; rejects when the frame is gone or holds no filler. */
export async function askFiller<K extends keyof FillerProtocol>(
  tabId: number, frameId: number, kind: K, ...args: Args<FillerProtocol[K]>
): Promise<Awaited<Result<FillerProtocol[K]>>> {
  const [done] = await browser.scripting.executeScript({ target: frameTarget(tabId, frameId), func: callFiller, args: [FILLER_KEY, kind, JSON.stringify(args)] });
  if (typeof done?.result !== 'string') throw new Error(`No filler answered "${kind}" in frame ${frameId}`);
  return JSON.parse(done.result) as Awaited<Result<FillerProtocol[K]>>;
}
