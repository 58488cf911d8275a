import * as z from 'zod/mini';
import { matchSite, type SiteEntry } from '../core/match-site.ts';
import { planFor, statusOf } from '../core/page-status.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import { PageSnapshotSchema } from '../shared/field-schema.ts';
import { FillReportSchema } from '../shared/message-schemas.ts';
import { sendToFrame, type BackgroundProtocol, type FillReport, type Handlers } from '../shared/messages.ts';
import sites from '../sites/sites.json';
import { showRecognised } from './badge.ts';
import { storedFill } from './fill-request.ts';
import { clearPending, isPending, markPending, recordFrame, tabStatus } from './tab-state.ts';

const SITES = sites as SiteEntry[];

/** A content script on a page the extension knows, in a real tab: the only senders we serve. */
function pageSender(sender: Runtime.MessageSender): { tabId: number; frameId: number; host: string; site: SiteEntry } | null {
  const tabId = sender.tab?.id;
  const site = sender.url ? matchSite(SITES, sender.url) : null;
  if (tabId === undefined || !sender.url || !site) return null;
  return { tabId, frameId: sender.frameId ?? 0, host: new URL(sender.url).hostname, site };
}

/** The popup (or another page of the extension): never a content script, whose URL is the page's. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL(''));
}

const nothing = (problem: FillReport['problem']): FillReport =>
  ({ filled: 0, roles: [], left: [], captcha: false, submit: false, message: null, problem });

const NOT_RECOGNISED = { status: { recognised: false, office: null, messageLimit: null, fillable: 0 }, plan: null };

export const handlers: Handlers<BackgroundProtocol> = {
  async pageSeen(sender, raw) {
    const page = pageSender(sender);
    const snapshot = z.safeParse(PageSnapshotSchema, raw);
    if (!page || !snapshot.success) return NOT_RECOGNISED;
    const status = statusOf(snapshot.data, page.site);
    if (!status.recognised) return { status, plan: null };
    await recordFrame(page.tabId, { frameId: page.frameId, host: page.host, siteId: page.site.id, status });
    await showRecognised(page.tabId);
    const { requestFor, settings } = await storedFill();
    const request = requestFor?.(page.site.office);
    const fillNow = settings.autoFill || await isPending(page.tabId, page.host);
    return { status, plan: request && fillNow ? planFor(snapshot.data, request, page.site) : null };
  },

  async filled(sender, report) {
    const page = pageSender(sender);
    const parsed = z.safeParse(FillReportSchema, report);
    if (!page || !parsed.success) return false;
    // The message is in: the multi-step form is done.
    if (parsed.data.roles.includes('message')) await clearPending(page.tabId);
    return true;
  },

  async tabStatus(sender, tabId) {
    if (!fromExtensionPage(sender)) return { frames: [] };
    return tabStatus(tabId);
  },

  async fillTab(sender, tabId) {
    if (!fromExtensionPage(sender)) return [];
    const { requestFor } = await storedFill();
    if (!requestFor) return [nothing('no-form')];
    const { frames } = await tabStatus(tabId);
    // No form yet (it loads late, or appears after a click): it fills as soon as it is seen.
    await markPending(tabId, frames.length ? frames.map((f) => f.host) : ['*']);
    if (!frames.length) return [nothing('waiting-for-form')];
    return Promise.all(frames.map(async ({ frameId, siteId }) => {
      try {
        const snapshot = z.parse(PageSnapshotSchema, await sendToFrame(tabId, frameId, 'collect'));
        const site = SITES.find((s) => s.id === siteId) ?? null;
        const request = requestFor(site?.office ?? null);
        if (!request) return nothing('no-form');
        return await sendToFrame(tabId, frameId, 'apply', planFor(snapshot, request, site));
      } catch {
        return nothing('no-form');
      }
    }));
  },
};
