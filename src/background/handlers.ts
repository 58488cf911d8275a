import * as z from 'zod/mini';
import { matchSite, type SiteEntry } from '../core/match-site.ts';
import { planFor, statusOf } from '../core/page-status.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import { campaignStep, localDate } from '../core/progress.ts';
import { PageSnapshotSchema } from '../shared/field-schema.ts';
import { FillReportSchema, OutcomeSchema } from '../shared/message-schemas.ts';
import type { BackgroundProtocol, Handlers } from '../shared/messages.ts';
import sites from '../sites/sites.json';
import { showRecognised } from './badge.ts';
import { chosenLetter, storedFill } from './fill-request.ts';
import { fillTabNow } from './fill-tab.ts';
import { awaitingFor, recordAnswer, recordSubmit, rememberFill } from './progress-log.ts';
import { clearPending, isPending, recordFrame, tabStatus } from './tab-state.ts';
import { profileItem, progressItem, read, settingsItem } from '../shared/storage.ts';

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
    // The message is in: the multi-step form is done, and its submit will be the letter's.
    if (parsed.data.roles.includes('message')) {
      const { settings } = await storedFill();
      const letter = chosenLetter(settings)!;
      await Promise.all([clearPending(page.tabId), rememberFill(page.tabId, page.frameId, { letterId: letter.id, language: settings.letterLanguage })]);
    }
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

  // No await before recordSubmit: the page after the submit may ask awaitingOutcome at once.
  submitted(sender) {
    const page = pageSender(sender);
    if (!page) return false;
    return recordSubmit(page.tabId, page.frameId, { office: page.site.office, host: page.host, date: localDate() });
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

  async campaignStep(sender) {
    if (!pageSender(sender)) return null;
    const [profile, settings, progress] = await Promise.all([read(profileItem), read(settingsItem), read(progressItem)]);
    const letter = chosenLetter(settings.value);
    if (!letter) return null;
    return campaignStep(letter, profile.found && !profile.reset.length ? profile.value : null, progress.value);
  },
};
