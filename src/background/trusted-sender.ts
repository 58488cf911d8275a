import { matchFrameSite, matchTopSite, type SiteEntry } from '../core/match-site.ts';
import { pageKey, type PageKey } from '../core/trust-boundary.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import type { TabStatus } from '../shared/messages.ts';
import { addressHere } from './in-page.ts';
import sites from '../sites/sites.json';
import { recordedFrames, type TopPage } from './tab-state.ts';

export const SITES = sites as SiteEntry[];

/** A content script the extension serves: where it is, as the browser (not the page) says. */
export interface PageSender extends PageKey {
  tabId: number;
  frameId: number;
  url: string;
  site: SiteEntry;
  /** The tab's top-level page: this page itself, or the office's page around an embedded form. */
  top: TopPage;
  documentId?: string;
}

/** How long an embedded form waits for the content script of the page around it to answer. */
const TOP_WAIT_MS = 3000;

/** The address of the tab's top-level page, when it is on a host the extension may reach (else the browser refuses). */
async function topAddress(tabId: number): Promise<unknown> {
  const [top] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: addressHere });
  return top?.result;
}

/**
 * The tab's top-level page, asked now of frame 0 in the extension's own world: the browser runs
 * the question only on the official hosts the extension may reach, and a page cannot answer it
 * (nor change another document's address). A stranger's page embedding an office's form is not
 * reached, so nothing answers and nothing is served.
 */
export async function officePageOnTop(tabId: number, waitMs = 0): Promise<TopPage | null> {
  for (let waited = 0; ; waited += 200) {
    const url = await topAddress(tabId).catch(() => undefined);
    if (typeof url === 'string') {
      const site = url.startsWith('https://') ? matchTopSite(SITES, url) : null;
      return site ? { ...pageKey(url), siteId: site.id } : null;
    }
    if (waited >= waitMs) return null;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What the popup shows about a tab: its recognised forms, and the office site on top. */
export async function tabStatus(tabId: number): Promise<TabStatus> {
  const [frames, top] = await Promise.all([recordedFrames(tabId), officePageOnTop(tabId)]);
  return { frames, site: top?.host ?? null };
}

/**
 * Only an office's own top-level page, or a form frame the registry names inside such a page.
 * A frame in any other page (a 2×2 iframe on a stranger's site), a frame of an office's site that
 * is not a named form service, or a deeper subdomain gets nothing.
 */
export async function servedSender(sender: Runtime.MessageSender): Promise<PageSender | null> {
  const tabId = sender.tab?.id;
  const url = sender.url;
  if (tabId === undefined || !url || !url.startsWith('https://')) return null;
  const frameId = sender.frameId ?? 0;
  const documentId = (sender as { documentId?: string }).documentId;
  if (frameId === 0) {
    const site = matchTopSite(SITES, url);
    return site ? { tabId, frameId, url, site, ...pageKey(url), top: { ...pageKey(url), siteId: site.id }, documentId } : null;
  }
  const site = matchFrameSite(SITES, url);
  if (!site) return null;
  // When the browser shows the tab's address to the extension, it must be an office's page too.
  const tabUrl = sender.tab?.url;
  if (tabUrl !== undefined && !matchTopSite(SITES, tabUrl)) return null;
  const top = await officePageOnTop(tabId, TOP_WAIT_MS);
  return top ? { tabId, frameId, url, site, ...pageKey(url), top, documentId } : null;
}
