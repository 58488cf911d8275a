import { judgeOutcome } from '../core/judge-outcome.ts';

/**
 * Call `onSubmit` when the person submits the form: a trusted submit event during a user
 * gesture, or their click on a Submit button that does not submit a form by itself. Page
 * scripts and the extension cannot fake either.
 */
export function watchSubmit(form: Element, submit: HTMLElement | null, onSubmit: () => void): () => void {
  const byPerson = (e: Event) => { if (e.isTrusted && navigator.userActivation?.isActive) onSubmit(); };
  const onFormSubmit = (e: Event) => { if (e.target instanceof Node && form.contains(e.target)) byPerson(e); };
  const clicks = submit && !((submit as HTMLButtonElement).form && /submit|image/.test((submit as HTMLButtonElement).type)) ? submit : null;
  addEventListener('submit', onFormSubmit, true);
  clicks?.addEventListener('click', byPerson, true);
  return () => {
    removeEventListener('submit', onFormSubmit, true);
    clicks?.removeEventListener('click', byPerson, true);
  };
}

/**
 * Could this page be an office's answer to a submit: the form again, or words of thanks or
 * receipt? Checked without layout, so that ordinary pages of an office's site send nothing.
 */
export function mightBeAnAnswer(formOnPage: boolean): boolean {
  if (formOnPage) return true;
  const words = `${location.pathname} ${document.title} ${document.body?.textContent?.slice(0, 200_000) ?? ''}`;
  return /thank|success|confirm|received|submitted|delivered/i.test(words);
}

/** What the page now says about the submit: a thank-you, an error, or the form (its message box) again. */
export function judgePage(): ReturnType<typeof judgeOutcome> {
  const formBack = [...document.querySelectorAll('textarea')].some((e) => e.checkVisibility());
  const alert = [...document.querySelectorAll<HTMLElement>('[role=alert],[class*=error i],[id*=error i],[class*=alert i]')]
    .filter((e) => e.checkVisibility()).map((e) => e.innerText).join(' ');
  return judgeOutcome({ path: location.pathname, text: `${document.title} ${document.body.innerText.slice(0, 20_000)}`, alert, formBack });
}

/** A form that answers on the same page: judge what appears after the submit. */
export function watchAnswer(onOutcome: (outcome: 'sent' | 'not-confirmed') => void, maxMs = 30_000): void {
  const observer = new MutationObserver((records) => {
    const nodes = records.flatMap((r) => [...r.addedNodes]);
    const added = nodes.map((n) => n.textContent ?? '').join(' ');
    const formBack = nodes.some((n) => n instanceof Element && !!n.querySelector('textarea'));
    const outcome = judgeOutcome({ path: '', text: added, alert: added, formBack });
    if (outcome) { observer.disconnect(); onOutcome(outcome); }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), maxMs);
}
