import * as z from 'zod/mini';
import { hiddenContactForm, planFor, statusOf } from '../core/page-status.ts';
import { keepHomeForms, nextPageOf, pageKey } from '../core/trust-boundary.ts';
import { writtenFields } from '../core/written-fields.ts';
import { PageSnapshotSchema } from '../shared/field-schema.ts';
import { PageReportSchema } from '../shared/message-schemas.ts';
import type { FillReport, PageReport } from '../shared/messages.ts';
import { SENT_LANGUAGE } from '../shared/letter-kinds.ts';
import { chosenLetter, storedFill } from './fill-request.ts';
import { askFiller, loadFiller } from './load-filler.ts';
import { panelStrings } from './panel-strings.ts';
import { rememberFill } from './progress-log.ts';
import { clearPending, extendPending, markPending, recordedFrames, type TopPage } from './tab-state.ts';
import { officePageOnTop, SITES } from './trusted-sender.ts';
import { withCoversShown } from './covers-shown.ts';

type Site = (typeof SITES)[number];
type RequestFor = NonNullable<Awaited<ReturnType<typeof storedFill>>['requestFor']>;

export const nothing = (problem: FillReport['problem']): FillReport =>
  ({ filled: 0, roles: [], left: [], captcha: false, submit: false, message: null, problem, written: [] });

/** The top page holds a contact form, and every such form on it posts to another site. */
async function postsElsewhere(tabId: number, top: TopPage): Promise<boolean> {
  const site = SITES.find((s) => s.id === top.siteId);
  const read = await loadFiller(tabId, 0) ? await askFiller(tabId, 0, 'collect').catch(() => null) : null;
  const snapshot = z.safeParse(PageSnapshotSchema, read);
  if (!site || !snapshot.success) return false;
  const url = `https://${top.host}${top.path}`;
  return statusOf(snapshot.data, site).recognised && !statusOf(keepHomeForms(snapshot.data, url, site), site).recognised;
}

/** A fill that put the letter in ends the multi-step form's mark, and its submit will be the letter's. */
export async function recordFilled(tabId: number, frameId: number, report: PageReport): Promise<void> {
  if (!report.roles.includes('message')) return;
  const { settings } = await storedFill();
  const letter = chosenLetter(settings);
  if (!letter) return;
  await Promise.all([clearPending(tabId), rememberFill(tabId, frameId, { letterId: letter.id, language: SENT_LANGUAGE })]);
}

/**
 * Fill every recognised form in the tab; with none yet, the form fills when it appears on this
 * very page. The popup's "Fill this page" and the keyboard shortcut both come here.
 */
export async function fillTabNow(tabId: number): Promise<FillReport[]> {
  const { requestFor } = await storedFill();
  if (!requestFor) return [nothing('no-form')];
  const [frames, top] = await Promise.all([recordedFrames(tabId), officePageOnTop(tabId)]);
  if (!frames.length) {
    // Not an office's page: nothing to wait for.
    if (!top) return [nothing('no-form')];
    // A form is there, but it sends elsewhere: say so, and wait for nothing.
    if (await postsElsewhere(tabId, top)) return [nothing('posts-elsewhere')];
    // No form yet (it loads late, or appears after a click): it fills when it appears on this page, and only here.
    await markPending(tabId, [{ host: top.host, path: top.path }]);
    return [nothing('waiting-for-form')];
  }
  await markPending(tabId, [...frames.map((f) => pageKey(f.url)), ...(top ? [{ host: top.host, path: top.path }] : [])]);
  return Promise.all(frames.map(async ({ frameId, siteId, url }) => {
    try {
      const site = SITES.find((s) => s.id === siteId);
      if (!site) return nothing('no-form');
      // A frame whose covers cannot be made to answer hit tests is not filled.
      return await withCoversShown(tabId, frameId, () => fillFrame(tabId, frameId, site, url, requestFor)) ?? nothing('no-form');
    } catch {
      // Not "no form": the form was recognised, and the person is told this page could not be filled.
      return nothing('failed');
    }
  }));
}

/** Read one recognised frame, plan its fill and apply it: what it reports. */
async function fillFrame(tabId: number, frameId: number, site: Site, url: string, requestFor: RequestFor): Promise<FillReport> {
  if (!await loadFiller(tabId, frameId)) return nothing('no-form');
  const read = z.parse(PageSnapshotSchema, await askFiller(tabId, frameId, 'collect'));
  const snapshot = keepHomeForms(read, url, site);
  // A contact form is there, but every one sends elsewhere: say so rather than "no form".
  if (!statusOf(snapshot, site).recognised && statusOf(read, site).recognised) return nothing('posts-elsewhere');
  const request = requestFor(site.office);
  if (!request) return nothing('no-form');
  const plan = planFor(snapshot, request, site);
  // No form a person can see: nothing to apply. Said apart when one is there but covered or hidden.
  if (plan.group === null) return nothing(hiddenContactForm(snapshot, site) ? 'form-hidden' : 'no-form');
  const next = nextPageOf(snapshot, plan.group, url, site);
  if (next) await extendPending(tabId, next);
  // What the page says it did is checked, and the fields it wrote are described from the plan.
  const report = z.parse(PageReportSchema, await askFiller(tabId, frameId, 'apply', plan, await panelStrings()));
  await recordFilled(tabId, frameId, report);
  const { refs, left, ...rest } = report;
  const refused = plan.refusals.map((r) => ({ role: r.role, reason: r.reason, ...(r.detail ? { detail: r.detail } : {}) }));
  return { ...rest, left: [...refused, ...left], written: writtenFields(snapshot.fields, plan.actions, refs) };
}
