import type { FormHint } from '../shared/messages.ts';

// Most pages on an office's site are not contact forms, and a visit must cost the page next to
// nothing: a couple of queries, no layout, no styles. The page is read in full only when a fill
// is asked for.
const PROBE = 'textarea, input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="search"]):not([type="checkbox"]):not([type="radio"]):not([type="image"]):not([type="reset"])';

export function mightHoldForm(): boolean {
  if (document.querySelector('textarea')) return true;
  const probe = document.querySelectorAll(PROBE);
  return probe.length >= 2;
}

/** The cheap look: null when the page holds no form worth reading, else what it says for free. */
export function spotForm(): FormHint | null {
  if (!mightHoldForm()) return null;
  const box = document.querySelector<HTMLTextAreaElement>('textarea[maxlength]');
  return { messageLimit: box && box.maxLength > 0 ? box.maxLength : null };
}

/**
 * Run `look` now and whenever the page changes (debounced), until it finds a form or the time
 * runs out: forms that load late, appear after a click, or follow a client-side navigation.
 */
export function watchPage(look: () => Promise<boolean>, { maxMs = 30_000, debounceMs = 250 } = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  async function run() {
    if (await look().catch(() => false)) stop();
  }
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  deadline = setTimeout(stop, maxMs);
  void run();
  return stop;
}
