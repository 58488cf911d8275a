import type { FormHint, Spotted } from '../shared/messages.ts';
import { LOOK_KEY, ownGlobal, type Shelf } from '../shared/isolated-world.ts';
import { sendToBackground } from './extension.ts';
import { filler } from './handoff.ts';
import { judgePage, mightBeAnAnswer } from './watch-submit.ts';
import { restylingMatters, spotForm, watchPage } from './watch-page.ts';

// What every official page runs: a cheap look for a contact form and, after a submit, the office's
// answer judged. A visit sends nothing: the look leaves what it spotted on its shelf, and the
// background takes it when the tab has loaded (so the page never has the extension's bindings
// made). Reading, filling and the panel are the filler's (fill.ts), loaded into the frame by the
// background only when they are needed.

/** How long a spotted form waits for the background to come for it before the look reports it itself (a page whose images keep it loading). */
const TAKE_WAIT_MS = 2000;

function shelf(): Shelf {
  const kept = ownGlobal<Shelf>(LOOK_KEY);
  if (kept) return kept;
  const made: Shelf = {};
  Object.defineProperty(globalThis, Symbol.for(LOOK_KEY), { value: made, enumerable: false });
  return made;
}

/** Whether a submit waits for this page's answer is asked once; the answer is watched for once. */
let askedAboutAnswer = false;
let answerWatched = false;
let stopWatch = () => {};

/**
 * The cheap look, now and as the page changes. A form found is left for the background, or, once
 * the background has been (the form came late), reported with one message. Only when the
 * supporter asked for a fill here (fill on open, the next step of a form) is the filler loaded
 * and the page read in full; otherwise the read waits for the Fill button or the shortcut.
 */
function look(): boolean | Promise<boolean> {
  const hint = spotForm();
  if (hint) return spotted(hint);
  // Without a form, the page may still be the office's answer to a submit: ask only when its words could be.
  if (!askedAboutAnswer && mightBeAnAnswer()) {
    askedAboutAnswer = true;
    void sendToBackground('awaitingOutcome').then((yes) => { if (yes) expectAnswer(); }).catch(() => {});
  }
  return false;
}

function spotted(hint: FormHint): boolean | Promise<boolean> {
  const kept = shelf();
  if (kept.asked) return report(hint);
  kept.hint = hint;
  kept.due = setTimeout(() => {
    if (kept.hint !== hint) return;
    kept.hint = null;
    void report(hint).then(keepWatching, () => {});
  }, TAKE_WAIT_MS);
  return true;
}

async function report(hint: FormHint): Promise<boolean> {
  return heard(await sendToBackground('formSpotted', hint));
}

/** The background's answer to a spotted form. The read says whether to stop: the page is watched until the form is really there (it may be hidden until a click). */
async function heard({ readNow, awaiting }: Spotted): Promise<boolean> {
  if (awaiting) expectAnswer();
  if (!readNow) return true;
  if (!filler() && !await sendToBackground('loadFiller')) return true;
  return filler()?.readPage() ?? true;
}

/** An answer that came outside the watch: a form not really there yet is watched for again. */
function keepWatching(found: boolean): void {
  if (found) return;
  stopWatch();
  stopWatch = watchForForm();
}

/** Watch the page for a form: a change of style or class counts only when the look saw a box hidden. */
const watchForForm = () => watchPage(look, undefined, restylingMatters);

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

/** Look for a form now and whenever a late, revealed or next-step form appears. */
export function startLook(): void {
  shelf().heard = (reply) => void heard(reply).then(keepWatching, () => {});
  stopWatch = watchForForm();
  // A single-page site shows its contact form without loading a new page, and Back may bring a
  // page back alive from the browser's cache (the extension forgot it when the tab moved on): look
  // again. Only the browser's own events count (a page can dispatch a "popstate" of its own).
  const restart = (e: Event) => {
    if (!e.isTrusted) return;
    stopWatch(); filler()?.forget(); stopWatch = watchForForm();
  };
  (window as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', restart);
  addEventListener('popstate', restart);
  watchRestores(restart);
}

/**
 * Back may bring the page back alive from the browser's cache: its `pageshow` then says so. The
 * page's own first `pageshow` comes with its `load`, and each event or timer handed to this world
 * costs the visit (the first about half a millisecond or more in a trace), so the listener is
 * added once the page has loaded: now if it has, else when the background comes to take the look,
 * which it does once the tab has loaded. A page is kept in that cache only once it has loaded.
 */
function watchRestores(restart: (e: Event) => void): void {
  const listen = () => addEventListener('pageshow', (e) => { if (e.persisted) restart(e); });
  if (document.readyState === 'complete') listen(); else shelf().loaded = listen;
}
