import * as z from 'zod/mini';
import type { SiteEntry } from '../core/match-site.ts';
import { planFor } from '../core/page-status.ts';
import { PageSnapshotSchema } from '../shared/field-schema.ts';
import { sendToFrame, type FillReport } from '../shared/messages.ts';
import sites from '../sites/sites.json';
import { storedFill } from './fill-request.ts';
import { markPending, tabStatus } from './tab-state.ts';

const SITES = sites as SiteEntry[];

export const nothing = (problem: FillReport['problem']): FillReport =>
  ({ filled: 0, roles: [], left: [], captcha: false, submit: false, message: null, problem });

/**
 * Fill every recognised form in the tab; with none yet, the form fills when it appears.
 * The popup's "Fill this page" and the keyboard shortcut both come here.
 */
export async function fillTabNow(tabId: number): Promise<FillReport[]> {
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
}
