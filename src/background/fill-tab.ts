import type { FillReport } from '../shared/messages.ts';
import { sendToFrame } from '../shared/messages.ts';
import { currentFillRequest } from './fill-request.ts';
import { markPending, tabStatus } from './tab-state.ts';

export const failedReport = (problem: FillReport['problem']): FillReport =>
  ({ filled: 0, roles: [], left: [], captcha: false, submit: false, message: null, problem });

/**
 * Fill every recognised form in the tab; with none, the page fills when its form appears.
 * The popup's "Fill this page" and the keyboard shortcut both come here.
 */
export async function fillTabNow(tabId: number): Promise<FillReport[]> {
  const { request } = await currentFillRequest();
  if (!request) return [failedReport('no-form')];
  const { frames } = await tabStatus(tabId);
  const targets = frames.length ? frames.map((f) => f.frameId) : [0];
  const reports = await Promise.all(targets.map((frameId) =>
    sendToFrame(tabId, frameId, 'fill', request, frames.length === 0).catch(() => failedReport('no-form'))));
  // The next step of a multi-step form comes from the same host: it fills on arrival.
  if (frames.length) await markPending(tabId, frames.map((f) => f.host));
  return reports;
}
