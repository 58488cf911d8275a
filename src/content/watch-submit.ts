import { judgeOutcome } from '../core/judge-outcome.ts';
import { accessor, containsNode, lazy } from './dom.ts';

const submitterOf = lazy(() => accessor(SubmitEvent, 'submitter').get!);

/** A control that submits its form when pressed: a submit button or a submit/image input. */
function submitsForm(el: unknown): el is HTMLButtonElement | HTMLInputElement {
  return (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && !!el.form && /^(submit|image)$/.test(el.type);
}

/**
 * Call `onSubmit` when the person submits the form with its own submit control: their trusted
 * click on a submit button of that form is what sends it (the submit event names that button as
 * its submitter), or their click on the form's Submit button that does not submit by itself. A
 * page that turns any click into requestSubmit(), or calls it with its own choice of button,
 * records nothing.
 */
export function watchSubmit(form: Element, submit: HTMLElement | null, onSubmit: () => void): () => void {
  let pressed: EventTarget | null = null;
  let pressedAt = -Infinity;
  const onClick = (e: Event) => {
    if (!e.isTrusted) return;
    pressed = e.target;
    pressedAt = e.timeStamp;
  };
  const onFormSubmit = (e: Event) => {
    if (!e.isTrusted || !(e.target instanceof Node) || !containsNode(form, e.target)) return;
    const by = submitterOf().call(e) as HTMLElement | null;
    const byPerson = submitsForm(by) && by.form === e.target && pressed instanceof Node && containsNode(by, pressed)
      && e.timeStamp - pressedAt < 1000 && !!navigator.userActivation?.isActive;
    if (byPerson) onSubmit();
  };
  const onButton = (e: Event) => { if (e.isTrusted && navigator.userActivation?.isActive) onSubmit(); };
  const stop = new AbortController();
  const options = { capture: true, signal: stop.signal };
  addEventListener('click', onClick, options);
  addEventListener('submit', onFormSubmit, options);
  if (submit && !submitsForm(submit)) submit.addEventListener('click', onButton, options);
  return () => stop.abort();
}

/** Words an office's answer to a submit has. */
export const ANSWER_WORDS = /thank|success|confirm|received|submitted|delivered/i;

/**
 * Could this page without a form be an office's answer to a submit: words of thanks or
 * receipt? Checked without layout, so that ordinary pages of an office's site send nothing.
 * (A page with a form learns it from the one message its visit sends.)
 */
export function mightBeAnAnswer(): boolean {
  const words = `${location.pathname} ${document.title} ${document.body?.textContent?.slice(0, 200_000) ?? ''}`;
  return ANSWER_WORDS.test(words);
}

/** What the page now says about the submit: a thank-you, an error, or the form (its message box) again. */
export function judgePage(): ReturnType<typeof judgeOutcome> {
  const formBack = [...document.querySelectorAll('textarea')].some((e) => e.checkVisibility());
  const alert = [...document.querySelectorAll<HTMLElement>('[role=alert],[class*=error i],[id*=error i],[class*=alert i]')]
    .filter((e) => e.checkVisibility()).map((e) => e.innerText).join(' ');
  return judgeOutcome({ path: location.pathname, text: `${document.title} ${document.body.innerText.slice(0, 20_000)}`, alert, formBack });
}

/**
 * A form that answers on the same page: judge what appears after the submit. Whatever it says,
 * the caller records it as not confirmed; only a new page can confirm a letter.
 */
export function watchAnswer(onOutcome: (outcome: 'sent' | 'not-confirmed') => void): void {
  const observer = new MutationObserver((records) => {
    const nodes = records.flatMap((r) => [...r.addedNodes]);
    const added = nodes.map((n) => n.textContent ?? '').join(' ');
    const formBack = nodes.some((n) => n instanceof Element && !!n.querySelector('textarea'));
    const outcome = judgeOutcome({ path: '', text: added, alert: added, formBack });
    if (outcome) { observer.disconnect(); onOutcome(outcome); }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 30_000);
}
