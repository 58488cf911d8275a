import type { FillPlan } from '../core/fill-plan.ts';
import type { PageReport, FormHint, PanelStrings } from '../shared/messages.ts';
import { answerBackground, sendToBackground } from './extension.ts';
import { applyPlan, undoFill } from './apply-plan.ts';
import { applyAndReport, formSignature, snapshotPage, type Done } from './page-fill.ts';
import { closePanel, showAcknowledgement, showPanel, usePanelStrings } from './panel.ts';
import { isFillPlan } from './plan-guard.ts';
import { judgePage, mightBeAnAnswer, watchAnswer, watchSubmit } from './watch-submit.ts';
import { spotForm, watchPage } from './watch-page.ts';

let reported = '';
let stopWatching = () => {};
/** The person pressed Undo or Close on this page: nothing fills here again unless they ask in the popup. */
let stuck = false;
/** Whether a submit waits for this page's answer is asked once; the answer is watched for once. */
let askedAboutAnswer = false;
let answerWatched = false;
const isTop = window.top === window;

function apply(plan: FillPlan, strings?: PanelStrings | null): PageReport | undefined {
  usePanelStrings(strings);
  const done = applyAndReport(plan);
  if (!done) return undefined;
  // Tell the extension first: the popup's record must not depend on the page behaving.
  void sendToBackground('filled', done.report).catch(() => {});
  present(plan, done);
  return done.report;
}

/** Watch the form's submit and show the panel; "Fill again" after Undo writes the same values into the same fields. */
function present(plan: FillPlan, done: Done): void {
  const { report, targets, form, applied, sends } = done;
  try {
    stopWatching();
    // Only a form that carried the letter counts when it is submitted (not a ZIP-code first step).
    if (report.roles.includes('message')) {
      stopWatching = watchSubmit(form, targets.submit, () => {
        void sendToBackground('submitted').catch(() => {});
        // An answer on the same page is never a confirmation: any script can write "thank you".
        watchAnswer(() => void tellOutcome('not-confirmed'));
      });
    }
    showPanel({
      report, chosen: plan.chosen, targets, form, filled: applied.previous.map((p) => p.el),
      undo: () => { stuck = true; stopWatching(); return undoFill(applied).restored; },
      closed: () => { stuck = true; },
      // The person's own press in the panel: a fill they asked for, re-checked field by field.
      refill: () => {
        stuck = false;
        const again = applyPlan({ ...plan, actions: applied.filled.map((a, i) => ({ ...a, ref: i })) }, applied.previous.map((p) => p.el), undefined, undefined, sends);
        present(plan, { ...done, applied: again, report: { ...report, filled: again.filled.length, roles: again.filled.map((a) => a.role) } });
      },
    });
  } catch {
    // The page broke the panel or the submit watch; the fill is reported all the same.
  }
}

/**
 * Tell the background the page may hold a contact form, from a cheap look: one message, and
 * none at all on a page without one. Only when the supporter asked for a fill here (fill on
 * open, the next step of a form) is the page read in full and a plan asked for; otherwise the
 * read waits for the Fill button or the shortcut.
 */
function look(): boolean | Promise<boolean> {
  const hint = spotForm();
  if (hint) return lookCloser(hint);
  // Without a form, the page may still be the office's answer to a submit: ask only when its words could be.
  if (!askedAboutAnswer && mightBeAnAnswer()) {
    askedAboutAnswer = true;
    void sendToBackground('awaitingOutcome').then((yes) => { if (yes) expectAnswer(); }).catch(() => {});
  }
  return false;
}

async function lookCloser(hint: FormHint): Promise<boolean> {
  const { readNow, awaiting } = await sendToBackground('formSpotted', hint);
  if (awaiting) expectAnswer();
  if (!readNow) return true;
  // Read in full: keep watching until the form is really there (it may be hidden until a click).
  const snapshot = snapshotPage();
  const signature = formSignature(snapshot);
  if (signature === reported) return false;
  reported = signature;
  const { status, plan, strings } = await sendToBackground('pageSeen', snapshot);
  if (plan && !stuck) apply(plan, strings);
  return status.recognised;
}

/** A submit from this tab waits for its answer, and this page may be it: judge it, now and as it changes. */
function expectAnswer(): void {
  if (answerWatched) return;
  answerWatched = true;
  watchPage(judgeAnswer, 10_000);
}

/** Tell the background what the office answered; a confirmed letter is acknowledged on the page, with what comes next. */
async function tellOutcome(outcome: 'sent' | 'not-confirmed'): Promise<void> {
  const recorded = await sendToBackground('outcome', outcome).catch(() => false);
  if (recorded && outcome === 'sent') showAcknowledgement(await sendToBackground('campaignStep').catch(() => null));
}

/** After a submit, this page is the office's answer: a thank-you, an error, or the form again. */
function judgeAnswer(): boolean {
  const outcome = judgePage();
  if (outcome) void tellOutcome(outcome);
  return !!outcome;
}

/** Answer the background, and tell it when this page (or a late, revealed or next-step form) appears. */
export function startPageController(): void {
  answerBackground({
    // A fill asked for in the popup: the panel of an earlier fill goes first, so the read sees the page as it is.
    collect: () => { closePanel(); return snapshotPage(); },
    apply: (plan, strings) => (isFillPlan(plan) ? apply(plan, strings) : undefined),
    where: () => (isTop ? location.href : undefined),
  });
  let stop = watchPage(look);
  // A single-page site shows its contact form without loading a new page: look again. Only the
  // browser's own events count (a page can dispatch a "popstate" of its own), and a look never
  // fills where the person pressed Undo or Close.
  const restart = (e: Event) => {
    if (!e.isTrusted) return;
    stop(); reported = ''; stop = watchPage(look);
  };
  (window as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', restart);
  addEventListener('popstate', restart);
}
