import { matchFrameSite, matchTopSite, type SiteEntry } from '../core/match-site.ts';
import { pageKey, type PageKey } from '../core/trust-boundary.ts';
import type { Runtime } from '../shared/browser.ts';
import sites from '../sites/sites.json';
import { topPage, type TopPage } from './tab-state.ts';

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

/** How long an embedded form waits for its top-level page's content script to say where it is. */
const TOP_WAIT_MS = 3000;

async function waitForTop(tabId: number): Promise<TopPage | null> {
  for (let waited = 0; ; waited += 100) {
    const top = await topPage(tabId);
    if (top || waited >= TOP_WAIT_MS) return top;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
  // When the browser shows the tab's address to the extension, it must be an office's page.
  const tabUrl = sender.tab?.url;
  if (tabUrl !== undefined && !matchTopSite(SITES, tabUrl)) return null;
  const top = await waitForTop(tabId);
  if (!top || (tabUrl !== undefined && pageKey(tabUrl).host !== top.host)) return null;
  return { tabId, frameId, url, site, ...pageKey(url), top, documentId };
}
