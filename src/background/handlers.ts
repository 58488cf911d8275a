import * as z from 'zod/mini';
import { matchSite } from '../core/match-site.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import type { Office } from '../shared/letter.ts';
import library from 'virtual:letters';
import { FillReportSchema, OutcomeSchema, PageStatusSchema, SubmittedLetterSchema } from '../shared/message-schemas.ts';
import type { BackgroundProtocol, Handlers } from '../shared/messages.ts';
import sites from '../sites/sites.json';
import { showRecognised } from './badge.ts';
import { currentFillRequest, localDate } from './fill-request.ts';
import { fillTabNow } from './fill-tab.ts';
import { awaitingFor, recordAnswer, recordSubmit } from './progress-log.ts';
import { clearPending, isPending, recordFrame, tabStatus } from './tab-state.ts';

/** A content script on a page the extension knows, in a real tab: the only senders we serve. */
function pageSender(sender: Runtime.MessageSender) {
  const tabId = sender.tab?.id;
  const site = sender.url ? matchSite(sites as { id: string; office: Office; match: string[] }[], sender.url) : null;
  if (tabId === undefined || !sender.url || !site) return null;
  return { tabId, frameId: sender.frameId ?? 0, host: new URL(sender.url).hostname, office: site.office };
}

/** The popup (or another page of the extension): never a content script, whose URL is the page's. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL(''));
}

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
    return fillTabNow(tabId);
  },

  // Synchronous up to recordSubmit: the page after the submit may ask awaitingOutcome at once.
  submitted(sender, letter) {
    const page = pageSender(sender);
    const parsed = z.safeParse(SubmittedLetterSchema, letter);
    if (!page || !parsed.success || !library.letters.some((l) => l.id === parsed.data.letterId)) return false;
    return recordSubmit(page.tabId, page.frameId, { ...parsed.data, office: page.office, host: page.host, date: localDate() }).then(() => true);
  },

  async awaitingOutcome(sender) {
    const page = pageSender(sender);
    return !!page && !!await awaitingFor(page.tabId, page.frameId);
  },

  async outcome(sender, outcome) {
    const page = pageSender(sender);
    const parsed = z.safeParse(OutcomeSchema, outcome);
    if (!page || !parsed.success) return false;
    return recordAnswer(page.tabId, page.frameId, parsed.data);
  },
};
