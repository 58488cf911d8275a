import type { FormHint } from '../shared/messages.ts';

// Most pages on an office's site are not contact forms, and a visit must cost the page next to
// nothing: a couple of queries and a rendered-or-not check on a few boxes (the page has just been
// laid out, so this costs no layout of its own). The page is read in full only when a fill is
// asked for.
const NOT_TYPED_IN = new Set(['hidden', 'submit', 'button', 'search', 'checkbox', 'radio', 'image', 'reset', 'file', 'range', 'color']);

/** Boxes looked at, at most: enough for any form's first fields, few enough to cost nothing. */
const LOOK_AT = 24;
/** A page that changes in bursts is looked at once the burst is over… */
const DEBOUNCE_MS = 250;
/** …or, when it never pauses (a ticking clock, a carousel), this long after the first change. */
const MAX_WAIT_MS = 1000;

const rendered = (el: Element) => typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });

/** A message box, or two boxes to type in, shown on the page (a form hidden until a click is not there yet). */
export function mightHoldForm(): boolean {
  const boxes = document.getElementsByTagName('textarea');
  for (let i = 0; i < boxes.length && i < LOOK_AT; i++) if (rendered(boxes[i]!)) return true;
  // Live collections, walked only as far as needed: a page of thousands of controls costs the same.
  const inputs = document.getElementsByTagName('input');
  let shown = 0;
  let looked = 0;
  for (let i = 0; i < inputs.length && looked < LOOK_AT; i++) {
    const input = inputs[i]!;
    if (NOT_TYPED_IN.has(input.type)) continue;
    looked++;
    if (rendered(input) && ++shown >= 2) return true;
  }
  return false;
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
 * The page is watched only once a look has found nothing: a page whose form is there at once
 * costs no observer. A look that answers at once (a boolean) found no form; one that had to ask
 * the extension (a promise) is followed by one more look, as the page may have changed meanwhile.
 */
export function watchPage(look: () => boolean | Promise<boolean>, maxMs = 30_000): () => void {
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** When the first change not yet looked at happened; null when every change has been. */
  let since: number | null = null;
  const later = () => {
    clearTimeout(timer);
    const now = Date.now();
    since ??= now;
    timer = setTimeout(run, Math.max(0, Math.min(DEBOUNCE_MS, since + MAX_WAIT_MS - now)));
  };
  const stop = () => {
    stopped = true;
    observer?.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  function watch(waited: boolean) {
    if (stopped || observer) return;
    observer = new MutationObserver(later);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
    deadline = setTimeout(stop, maxMs);
    if (waited) later();
  }
  function run() {
    since = null;
    let found: boolean | Promise<boolean>;
    try { found = look(); } catch { found = false; }
    if (typeof found === 'boolean') {
      if (found) stop(); else watch(false);
      return;
    }
    found.then((yes) => (yes ? stop() : watch(true)), () => watch(true));
  }
  run();
  return stop;
}
