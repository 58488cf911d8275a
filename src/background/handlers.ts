import * as z from 'zod/mini';
import { planFor, statusOf } from '../core/page-status.ts';
import { fillsOnOpen, keepHomeForms, nextPageOf } from '../core/trust-boundary.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import { campaignStep, localDate } from '../core/progress.ts';
import { PageSnapshotSchema } from '../shared/field-schema.ts';
import { OutcomeSchema, PageReportSchema } from '../shared/message-schemas.ts';
import type { BackgroundProtocol, Handlers } from '../shared/messages.ts';
import { showRecognised } from './badge.ts';
import { hideCovers, showCovers } from './covers-shown.ts';
import { answerSpotted } from './form-spotted.ts';
import { chosenLetter, storedFill } from './fill-request.ts';
import { fillTabNow, recordFilled } from './fill-tab.ts';
import { loadFiller } from './load-filler.ts';
import { awaitingFor, recordAnswer, recordSubmit } from './progress-log.ts';
import { extendPending, isPending, recordFrame } from './tab-state.ts';
import { servedSender, tabStatus } from './trusted-sender.ts';
import { profileItem, progressItem, read, settingsItem } from '../shared/storage.ts';
import { panelStrings } from './panel-strings.ts';

/** The popup (or another page of the extension): never a content script, whose URL is the page's. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL(''));
}

const NOT_RECOGNISED = { status: { recognised: false, office: null, messageLimit: null, fillable: 0 }, plan: null };

export const handlers: Handlers<BackgroundProtocol> = {
  async pageSeen(sender, raw) {
    const page = await servedSender(sender);
    const parsed = z.safeParse(PageSnapshotSchema, raw);
    if (!page || !parsed.success) return NOT_RECOGNISED;
    // A form that sends elsewhere is never chosen: only the office's own forms are read.
    const snapshot = keepHomeForms(parsed.data, page.url, page.site);
    const status = statusOf(snapshot, page.site);
    if (!status.recognised) return { status, plan: null };
    await recordFrame(page.tabId, { frameId: page.frameId, host: page.host, url: page.url, siteId: page.site.id, status });
    await showRecognised(page.tabId);
    const { requestFor, settings } = await storedFill();
    const request = requestFor?.(page.site.office);
    // A mark covers exact pages: an embedded form's, and the office's page around it.
    const pending = await isPending(page.tabId, page) && (page.frameId === 0 || await isPending(page.tabId, page.top));
    // Never because a page loaded: only a site the person confirmed, or a fill they started on this very page.
    if (!request || !(pending || fillsOnOpen(settings, page.top.host))) return { status, plan: null };
    const plan = planFor(snapshot, request, page.site);
    const next = pending ? nextPageOf(snapshot, plan.group, page.url, page.site) : null;
    if (next) await extendPending(page.tabId, next);
    return { status, plan, strings: await panelStrings() };
  },

  // Visiting a page costs it one cheap look; the full read waits until a fill is asked for.
  async formSpotted(sender, hint) {
    const page = await servedSender(sender);
    return page ? answerSpotted(page, hint) : { readNow: false, awaiting: false };
  },

  async loadFiller(sender) {
    const page = await servedSender(sender);
    return !!page && loadFiller(page.tabId, page.frameId, page.documentId);
  },

  async filled(sender, report) {
    const page = await servedSender(sender);
    const parsed = z.safeParse(PageReportSchema, report);
    if (!page || !parsed.success) return false;
    // The message is in: the multi-step form is done, and its submit will be the letter's.
    await recordFilled(page.tabId, page.frameId, parsed.data);
    return true;
  },

  async showCovers(sender) {
    const page = await servedSender(sender);
    return !!page && showCovers(page.tabId, page.frameId, page.documentId);
  },

  async hideCovers(sender) {
    const page = await servedSender(sender);
    if (page) await hideCovers(page.tabId, page.frameId, page.documentId);
    return !!page;
  },

  async tabStatus(sender, tabId) {
    if (!fromExtensionPage(sender)) return { frames: [] };
    return tabStatus(tabId);
  },

  async fillTab(sender, tabId) {
    if (!fromExtensionPage(sender)) return [];
    return fillTabNow(tabId);
  },

  async submitted(sender) {
    const page = await servedSender(sender);
    if (!page) return false;
    return recordSubmit(page.tabId, page.frameId, { office: page.site.office, host: page.host, date: localDate() }, page.documentId);
  },

  async awaitingOutcome(sender) {
    const page = await servedSender(sender);
    return !!page && !!await awaitingFor(page.tabId, page.frameId);
  },

  async outcome(sender, outcome) {
    const page = await servedSender(sender);
    const parsed = z.safeParse(OutcomeSchema, outcome);
    if (!page || !parsed.success) return false;
    return recordAnswer(page.tabId, page.frameId, parsed.data, page.documentId);
  },

  async campaignStep(sender) {
    if (!await servedSender(sender)) return null;
    const [profile, settings, progress] = await Promise.all([read(profileItem), read(settingsItem), read(progressItem)]);
    const letter = chosenLetter(settings.value);
    if (!letter) return null;
    return campaignStep(letter, profile.found && !profile.reset.length ? profile.value : null, progress.value);
  },

  async panelStrings(sender) {
    if (!await servedSender(sender)) return null;
    return panelStrings();
  },
};
