import type { FillPlan } from '../core/fill-plan.ts';
import type { PageReport, PanelStrings } from '../shared/messages.ts';
import { sendToBackground } from './extension.ts';
import { applyPlanPaced, undoFill } from './apply-plan.ts';
import { applyAndReport, formSignature, snapshotPage, type Done } from './page-fill.ts';
import { closePanel, showAcknowledgement, showPanel, usePanelStrings } from './panel.ts';
import { isFillPlan } from './plan-guard.ts';
import { openDoor } from './handoff.ts';
import { watchAnswer, watchSubmit } from './watch-submit.ts';

let reported = '';
let stopWatching = () => {};
/** The person pressed Undo or Close on this page: nothing fills here again unless they ask in the popup. */
let stuck = false;
/** The read or fill under way: a paced fill spans frames, and the next read or fill waits for it. */
let running: Promise<unknown> = Promise.resolve();

/** Run after the read or fill under way, whatever came of it. */
function inTurn<T>(work: () => T | Promise<T>): Promise<T> {
  const turn = running.then(work, work);
  running = turn.catch(() => {});
  return turn;
}

/** Fill as planned; `tell`: the fill the page asked for on its own (fill on open), told to the extension, which otherwise hears the report as the answer. */
async function apply(plan: FillPlan, strings: PanelStrings | null | undefined, tell: boolean): Promise<PageReport | undefined> {
  usePanelStrings(strings);
  const done = await applyAndReport(plan);
  if (!done) return undefined;
  // Tell the extension first: the popup's record must not depend on the page behaving.
  if (tell) void sendToBackground('filled', done.report).catch(() => {});
  present(plan, done);
  return done.report;
}

/** Watch the form's submit and show the panel; "Fill again" after Undo writes the same values into the same fields. */
function present(plan: FillPlan, done: Done): void {
  const { report, targets, form, applied, to } = done;
  try {
    stopWatching();
    // Only a form that carried the letter counts when it is submitted (not a ZIP-code first step).
    if (report.roles.includes('message')) {
      stopWatching = watchSubmit(form, targets.submit, () => {
        void sendToBackground('submitted').catch(() => {});
        // An answer on the same page is never a confirmation: any script can write "thank you".
        watchAnswer(() => void sendToBackground('outcome', 'not-confirmed').catch(() => {}));
      });
    }
    showPanel({
      report, chosen: plan.chosen, targets, form, filled: applied.previous.map((p) => p.el),
      undo: () => { stuck = true; stopWatching(); return undoFill(applied).restored; },
      closed: () => { stuck = true; },
      // The person's own press in the panel: a fill they asked for, re-checked field by field.
      refill: () => {
        stuck = false;
        void inTurn(() => withCoversShown(async () => {
          const again = await applyPlanPaced({ ...plan, actions: applied.filled.map((a, i) => ({ ...a, ref: i })) }, applied.previous.map((p) => p.el), undefined, undefined, to);
          present(plan, { ...done, applied: again, report: { ...report, filled: again.filled.length, roles: again.filled.map((a) => a.role) } });
        }));
      },
    });
  } catch {
    // The page broke the panel or the submit watch; the fill is reported all the same.
  }
}

/** Read the page in full and ask for a plan: it fills when the extension says so (fill on open, the next step of a form). */
async function readPage(): Promise<boolean> {
  const snapshot = snapshotPage();
  const signature = formSignature(snapshot);
  // The same form as last read: keep watching, it may change.
  if (signature === reported) return false;
  reported = signature;
  const { status, plan, strings } = await sendToBackground('pageSeen', snapshot);
  // A look never fills where the person pressed Undo or Close.
  if (plan && !stuck) await withCoversShown(async () => { if (!stuck) await apply(plan, strings, true); });
  return status.recognised;
}

/**
 * Fill with every box of the page answering hit tests, as the background sets it for a fill the
 * popup asks for (background/covers-shown.ts); a frame where that cannot be is not filled.
 */
async function withCoversShown(fill: () => Promise<void>): Promise<void> {
  if (!await sendToBackground('showCovers').catch(() => false)) return;
  try {
    await fill();
  } finally {
    void sendToBackground('hideCovers').catch(() => {});
  }
}

/**
 * Loaded into a frame by the background when a fill is asked for there: leave the background and
 * the look (index.ts) the door to reads and fills. A second load of the file changes nothing.
 */
export function startFiller(): void {
  openDoor(() => ({
    // A fill asked for in the popup: the panel of an earlier fill goes first, so the read sees the page as it is.
    collect: () => inTurn(() => { closePanel(); return snapshotPage(); }),
    apply: (plan, strings) => inTurn(() => (isFillPlan(plan) ? apply(plan, strings, false) : undefined)),
    readPage: () => inTurn(readPage),
    forget: () => { reported = ''; },
    acknowledge: showAcknowledgement,
  }));
}
