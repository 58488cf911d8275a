import type { FillPlan } from '../core/fill-plan.ts';
import { handleMessages, sendToBackground, type ContentProtocol, type FillReport } from '../shared/messages.ts';
import { showNotice } from './notice.ts';
import { applyAndReport, formSignature, snapshotPage } from './page-fill.ts';
import { isFillPlan } from './plan-guard.ts';
import { mightHoldForm, watchPage } from './watch-page.ts';

let reported = '';

function apply(plan: FillPlan): FillReport {
  const { report, targets } = applyAndReport(plan);
  if (report.problem === null) {
    showNotice(report, targets);
    void sendToBackground('filled', report).catch(() => {});
  }
  return report;
}

/**
 * Show the background what changed on the page; it says whether this is a contact form and,
 * when the supporter asked for it (fill on open, the next step of a form), returns the plan.
 */
async function look(): Promise<boolean> {
  if (!mightHoldForm()) return false;
  const snapshot = snapshotPage();
  const signature = formSignature(snapshot);
  if (signature === reported) return false;
  reported = signature;
  const { status, plan } = await sendToBackground('pageSeen', snapshot);
  if (plan) apply(plan);
  return status.recognised;
}

/** Answer the background, and tell it when this page (or a late, revealed or next-step form) appears. */
export function startPageController(): void {
  handleMessages<ContentProtocol>({
    collect: () => snapshotPage(),
    apply: (_sender, plan) => (isFillPlan(plan) ? apply(plan) : undefined),
  });
  let stop = watchPage(look);
  // A single-page site shows its contact form without loading a new page: look again.
  const restart = () => { stop(); reported = ''; stop = watchPage(look); };
  (window as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', restart);
  addEventListener('popstate', restart);
}
