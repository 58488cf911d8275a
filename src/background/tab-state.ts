import { pendingAfterNavigation, pendingCovers, withPage, type PageKey, type PendingMark } from '../core/trust-boundary.ts';
import { browser } from '../shared/browser.ts';
import type { TabStatus } from '../shared/messages.ts';

// Session storage outlives the service worker's naps but not the browser session, and content
// scripts cannot read it.
const framesKey = (tabId: number) => `frames:${tabId}`;
const pendingKey = (tabId: number) => `pending:${tabId}`;

/** How long a started fill follows the supporter through a multi-step form. */
const PENDING_MS = 10 * 60_000;

/** The tab's top-level page when it is an office's page. */
export interface TopPage extends PageKey { siteId: string }

// A tab's frames are read, changed and written back: two frames recognised at once (a senator's
// page and the form frame in it) would each write the list without the other. One change at a
// time per tab.
const changing = new Map<number, Promise<unknown>>();

function inTurn<T>(tabId: number, change: () => Promise<T>): Promise<T> {
  const done = (changing.get(tabId) ?? Promise.resolve()).then(change, change);
  const settled = done.catch(() => {});
  changing.set(tabId, settled);
  void settled.then(() => { if (changing.get(tabId) === settled) changing.delete(tabId); });
  return done;
}

async function session<T>(key: string): Promise<T | undefined> {
  return (await browser.storage.session.get(key))[key] as T | undefined;
}

export function recordFrame(tabId: number, frame: TabStatus['frames'][number]): Promise<TabStatus> {
  return inTurn(tabId, async () => {
    const frames = [...(await recordedFrames(tabId)).filter((f) => f.frameId !== frame.frameId), frame];
    await browser.storage.session.set({ [framesKey(tabId)]: frames });
    return { frames };
  });
}

export async function recordedFrames(tabId: number): Promise<TabStatus['frames']> {
  const frames = await session<unknown>(framesKey(tabId));
  return Array.isArray(frames) ? frames : [];
}

export function forgetTab(tabId: number): Promise<void> {
  return inTurn(tabId, () => browser.storage.session.remove([framesKey(tabId), pendingKey(tabId)]));
}

export function forgetFrames(tabId: number): Promise<void> {
  return inTurn(tabId, () => browser.storage.session.remove(framesKey(tabId)));
}

/**
 * A page finished loading in the tab: a "fill when the form appears" mark ends unless the page on
 * top is one of its pages (`top` is null for any page that is not an office's).
 */
export async function endPendingElsewhere(tabId: number, top: () => Promise<PageKey | null>): Promise<void> {
  const mark = await session<PendingMark>(pendingKey(tabId));
  if (!mark) return;
  const page = await top();
  if (!page || !pendingAfterNavigation(mark, page, Date.now())) await clearPending(tabId);
}

/** A fill the supporter started on these exact pages, which goes on into the form's next step. */
export async function markPending(tabId: number, pages: PageKey[]): Promise<void> {
  const mark: PendingMark = { pages, until: Date.now() + PENDING_MS };
  await browser.storage.session.set({ [pendingKey(tabId)]: mark });
}

/** The form's next step (where it posts) joins an existing mark. */
export async function extendPending(tabId: number, page: PageKey): Promise<void> {
  const mark = await session<PendingMark>(pendingKey(tabId));
  if (mark && mark.until > Date.now()) await browser.storage.session.set({ [pendingKey(tabId)]: withPage(mark, page) });
}

export async function isPending(tabId: number, page: PageKey): Promise<boolean> {
  return pendingCovers(await session<PendingMark>(pendingKey(tabId)), page, Date.now());
}

export async function clearPending(tabId: number): Promise<void> {
  await browser.storage.session.remove(pendingKey(tabId));
}
