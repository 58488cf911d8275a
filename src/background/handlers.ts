import * as z from 'zod/mini';
import { matchSite } from '../core/match-site.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import { FillReportSchema, PageStatusSchema } from '../shared/message-schemas.ts';
import { sendToFrame, type BackgroundProtocol, type FillReport, type Handlers } from '../shared/messages.ts';
import sites from '../sites/sites.json';
import { showRecognised } from './badge.ts';
import { currentFillRequest } from './fill-request.ts';
import { clearPending, isPending, markPending, recordFrame, tabStatus } from './tab-state.ts';

/** A content script on a page the extension knows, in a real tab: the only senders we serve. */
function pageSender(sender: Runtime.MessageSender): { tabId: number; frameId: number; host: string } | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url || !matchSite(sites as never[], sender.url)) return null;
  return { tabId, frameId: sender.frameId ?? 0, host: new URL(sender.url).hostname };
}

/** The popup (or another page of the extension): never a content script, whose URL is the page's. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL(''));
}

const failed = (problem: FillReport['problem']): FillReport =>
  ({ filled: 0, roles: [], left: [], captcha: false, submit: false, message: null, problem });

export const handlers: Handlers<BackgroundProtocol> = {
  async pageRecognised(sender, status) {
    const page = pageSender(sender);
    const parsed = z.safeParse(PageStatusSchema, status);
    if (!page || !parsed.success || !parsed.data.recognised) return false;
    await recordFrame(page.tabId, page.frameId, page.host, parsed.data);
    await showRecognised(page.tabId);
    return true;
  },

  async pendingFill(sender) {
    const page = pageSender(sender);
    if (!page) return null;
    const { request, settings } = await currentFillRequest();
    if (settings.autoFill || await isPending(page.tabId, page.host)) return request;
    return null;
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
    const { request } = await currentFillRequest();
    if (!request) return [failed('no-form')];
    const { frames } = await tabStatus(tabId);
    const targets = frames.length ? frames.map((f) => f.frameId) : [0];
    const reports = await Promise.all(targets.map((frameId) =>
      sendToFrame(tabId, frameId, 'fill', request, frames.length === 0).catch(() => failed('no-form'))));
    // The next step of a multi-step form comes from the same host: it fills on arrival.
    if (frames.length) await markPending(tabId, frames.map((f) => f.host));
    return reports;
  },
};
