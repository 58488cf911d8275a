import type { FormHint } from '../shared/messages.ts';
import { answerBackground, sendToBackground } from './extension.ts';
import { filler } from './handoff.ts';
import { judgePage, mightBeAnAnswer } from './watch-submit.ts';
import { spotForm, watchPage } from './watch-page.ts';

// What every official page runs: a cheap look for a contact form, one message when there is one,
// and, after a submit, the office's answer judged. Reading, filling and the panel are the filler's
// (fill.ts), loaded into the frame by the background only when they are needed.

/** Whether a submit waits for this page's answer is asked once; the answer is watched for once. */
let askedAboutAnswer = false;
let answerWatched = false;
const isTop = window.top === window;

/**
 * Tell the background the page may hold a contact form, from a cheap look: one message, and
 * none at all on a page without one. Only when the supporter asked for a fill here (fill on
 * open, the next step of a form) is the filler loaded and the page read in full; otherwise the
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
  if (!filler() && !await sendToBackground('loadFiller')) return true;
  // The read says whether to stop: the page is watched until the form is really there (it may be hidden until a click).
  return filler()?.readPage() ?? true;
}

/** A submit from this tab waits for its answer, and this page may be it: judge it, now and as it changes. */
function expectAnswer(): void {
  if (answerWatched) return;
  answerWatched = true;
  watchPage(judgeAnswer, 10_000);
}

/** After a submit, this page is the office's answer: a thank-you, an error, or the form again. */
function judgeAnswer(): boolean {
  const outcome = judgePage();
  if (outcome) void tellOutcome(outcome);
  return !!outcome;
}

/** Tell the background what the office answered; a confirmed letter is acknowledged on the page, with what comes next. */
async function tellOutcome(outcome: 'sent' | 'not-confirmed'): Promise<void> {
  const recorded = await sendToBackground('outcome', outcome).catch(() => false);
  if (!recorded || outcome !== 'sent') return;
  const step = await sendToBackground('campaignStep').catch(() => null);
  if (filler() || await sendToBackground('loadFiller').catch(() => false)) filler()?.acknowledge(step);
}

/** Answer where the page is, and look for a form now and whenever a late, revealed or next-step form appears. */
export function startLook(): void {
  // Only the extension's own script in the top frame can say where the tab is; a page cannot answer.
  answerBackground({ where: () => (isTop ? location.href : undefined) });
  let stop = watchPage(look);
  // A single-page site shows its contact form without loading a new page: look again. Only the
  // browser's own events count (a page can dispatch a "popstate" of its own).
  const restart = (e: Event) => {
    if (!e.isTrusted) return;
    stop(); filler()?.forget(); stop = watchPage(look);
  };
  (window as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', restart);
  addEventListener('popstate', restart);
}
