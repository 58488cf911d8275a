import { browser } from '../shared/browser.ts';
import { frameTarget } from './load-filler.ts';

/**
 * The hit test before each write asks what a person sees at a field's centre. A hit test passes
 * through a box with `pointer-events: none`, so a page could lay an opaque cover over a field and
 * the test would still find the field. While a fill reads and writes, a style sheet of the
 * person's own origin, whose `!important` no page style (inline, or more specific) outranks, makes
 * every box answer a hit test. Transitions stop, so a page cannot hold the old value for the
 * length of one (a transition outranks every origin). An inert cover no style can make answer:
 * the content script looks for those by their boxes (content/visibility.ts).
 */
export const EVERY_BOX_HIT = '*, *::before, *::after { pointer-events: auto !important; transition: none !important; }';

const sheet = (tabId: number, frameId: number, documentId?: string) =>
  ({ target: frameTarget(tabId, frameId, documentId), css: EVERY_BOX_HIT, origin: 'USER' as const });

/** Covers answer hit tests in this frame: is the sheet in? (No: the frame is gone, or not the extension's to style.) */
export async function showCovers(tabId: number, frameId: number, documentId?: string): Promise<boolean> {
  try {
    await browser.scripting.insertCSS(sheet(tabId, frameId, documentId));
    return true;
  } catch {
    return false;
  }
}

/** The page's own pointer events again. */
export async function hideCovers(tabId: number, frameId: number, documentId?: string): Promise<void> {
  await browser.scripting.removeCSS(sheet(tabId, frameId, documentId)).catch(() => {});
}

/** Run a read and fill of a frame with its covers shown; null, and nothing run, when they cannot be. */
export async function withCoversShown<T>(tabId: number, frameId: number, run: () => Promise<T>): Promise<T | null> {
  if (!await showCovers(tabId, frameId)) return null;
  try {
    return await run();
  } finally {
    await hideCovers(tabId, frameId);
  }
}
