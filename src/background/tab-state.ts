import { pendingAfterNavigation, pendingCovers, withPage, type PageKey, type PendingMark } from '../core/trust-boundary.ts';
import { browser } from '../shared/browser.ts';
import type { TabStatus } from '../shared/messages.ts';

// Session storage outlives the service worker's naps but not the browser session, and content
// scripts cannot read it.
const framesKey = (tabId: number) => `frames:${tabId}`;
const pendingKey = (tabId: number) => `pending:${tabId}`;
const topKey = (tabId: number) => `top:${tabId}`;

/** How long a started fill follows the supporter through a multi-step form. */
const PENDING_MS = 10 * 60_000;

/** The tab's top-level page, as the browser named it when that page's content script spoke. */
export interface TopPage extends PageKey { siteId: string }

async function session<T>(key: string): Promise<T | undefined> {
  return (await browser.storage.session.get(key))[key] as T | undefined;
}

export async function recordFrame(tabId: number, frame: TabStatus['frames'][number]): Promise<TabStatus> {
  const current = await tabStatus(tabId);
  const frames = [...current.frames.filter((f) => f.frameId !== frame.frameId), frame];
  await browser.storage.session.set({ [framesKey(tabId)]: frames });
  return { ...current, frames };
}

export async function tabStatus(tabId: number): Promise<TabStatus> {
  const [frames, top] = await Promise.all([session<unknown>(framesKey(tabId)), topPage(tabId)]);
  return { frames: Array.isArray(frames) ? frames : [], site: top?.host ?? null };
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([framesKey(tabId), pendingKey(tabId), topKey(tabId)]);
}

/** A new page is loading in the tab: nothing recognised on the old one holds, not even which page is on top. */
export async function forgetFrames(tabId: number): Promise<void> {
  await browser.storage.session.remove([framesKey(tabId), topKey(tabId)]);
}

/**
 * The tab's top-level page is an office's page: remember it (embedded form frames are served only
 * under it), and end a "fill when the form appears" mark made for another page.
 */
export async function recordTop(tabId: number, top: TopPage): Promise<void> {
  const mark = await session<PendingMark>(pendingKey(tabId));
  await browser.storage.session.set({ [topKey(tabId)]: top });
  if (mark && !pendingAfterNavigation(mark, top, Date.now())) await clearPending(tabId);
}

export async function topPage(tabId: number): Promise<TopPage | null> {
  return (await session<TopPage>(topKey(tabId))) ?? null;
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
