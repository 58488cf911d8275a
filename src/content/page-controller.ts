import type { FillPlan } from '../core/fill-plan.ts';
import { handleMessages, sendToBackground, type ContentProtocol, type FillReport } from '../shared/messages.ts';
import { applyPlan, undoFill, type Applied } from './apply-plan.ts';
import type { Targets } from './page-targets.ts';
import { applyAndReport, formSignature, snapshotPage } from './page-fill.ts';
import { showAcknowledgement, showPanel } from './panel.ts';
import { isFillPlan } from './plan-guard.ts';
import { judgePage, mightBeAnAnswer, watchAnswer, watchSubmit } from './watch-submit.ts';
import { mightHoldForm, watchPage } from './watch-page.ts';

let reported = '';
let stopWatching = () => {};

function apply(plan: FillPlan): FillReport {
  const { report, targets, applied, form } = applyAndReport(plan);
  if (report.problem === null && applied && form) {
    present(plan, report, targets, form, applied);
    void sendToBackground('filled', report).catch(() => {});
  }
  return report;
}

/** Watch the form's submit and show the panel; "Fill again" after Undo writes the same values into the same fields. */
function present(plan: FillPlan, report: FillReport, targets: Targets, form: Element, applied: Applied): void {
  stopWatching();
  // Only a form that carried the letter counts when it is submitted (not a ZIP-code first step).
  if (report.roles.includes('message')) {
    stopWatching = watchSubmit(form, targets.submit, () => {
      void sendToBackground('submitted').catch(() => {});
      watchAnswer((outcome) => void tellOutcome(outcome));
    });
  }
  showPanel({
    report, targets, form, filled: applied.previous.map((p) => p.el),
    undo: () => { stopWatching(); return undoFill(applied).restored; },
    refill: () => {
      const again = applyPlan({ ...plan, actions: applied.filled.map((a, i) => ({ ...a, ref: i })) }, applied.previous.map((p) => p.el));
      present(plan, { ...report, filled: again.filled.length, roles: again.filled.map((a) => a.role) }, targets, form, again);
    },
  });
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

/** Tell the background what the office answered; a confirmed letter is acknowledged on the page, with what comes next. */
async function tellOutcome(outcome: 'sent' | 'not-confirmed'): Promise<void> {
  const recorded = await sendToBackground('outcome', outcome).catch(() => false);
  if (recorded && outcome === 'sent') showAcknowledgement(await sendToBackground('campaignStep').catch(() => null));
}

/** After a submit, this page is the office's answer: a thank-you, an error, or the form again. */
async function judgeAnswer(): Promise<boolean> {
  const outcome = judgePage();
  if (outcome) void tellOutcome(outcome);
  return !!outcome;
}

/** Answer the background, and tell it when this page (or a late, revealed or next-step form) appears. */
export function startPageController(): void {
  handleMessages<ContentProtocol>({
    collect: () => snapshotPage(),
    apply: (_sender, plan) => (isFillPlan(plan) ? apply(plan) : undefined),
  });
  // Ask whether a submit is waiting for its answer only where this page could be that answer.
  if (mightBeAnAnswer(mightHoldForm())) {
    void sendToBackground('awaitingOutcome').then((yes) => { if (yes) watchPage(judgeAnswer, { maxMs: 10_000 }); }).catch(() => {});
  }
  let stop = watchPage(look);
  // A single-page site shows its contact form without loading a new page: look again.
  const restart = () => { stop(); reported = ''; stop = watchPage(look); };
  (window as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', restart);
  addEventListener('popstate', restart);
}
