import type { FormHint } from '../shared/messages.ts';
import { ANSWER_WORDS } from './watch-submit.ts';

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

/** The last look saw a box not shown, or did not see every box: a change of style or class may show a form. */
let mayBeShown = true;

/** A message box, or two boxes to type in, shown on the page (a form hidden until a click is not there yet). */
export function mightHoldForm(): boolean {
  // Until this look is done (a page's broken method may end it early), any change may matter.
  mayBeShown = true;
  // Live collections, walked only as far as needed: a page of thousands of controls costs the same.
  // Never asked their length, which walks the whole page to count.
  const boxes = document.getElementsByTagName('textarea');
  for (let i = 0, box; i < LOOK_AT && (box = boxes[i]); i++) if (rendered(box)) return true;
  let hidden = boxes[0] !== undefined;
  const inputs = document.getElementsByTagName('input');
  let shown = 0;
  let looked = 0;
  for (let i = 0, input; (input = inputs[i]); i++) {
    if (NOT_TYPED_IN.has(input.type)) continue;
    if (++looked > LOOK_AT) { hidden = true; break; }
    if (!rendered(input)) hidden = true;
    else if (++shown >= 2) return true;
  }
  mayBeShown = hidden;
  return false;
}

/**
 * Whether a change of style or class could let the look find a form it did not: only when it saw
 * a box hidden. A page whose boxes are all shown (a search box) gains a form only from new nodes,
 * and its slideshow or ticking clock then costs no look.
 */
export const restylingMatters = (): boolean => mayBeShown;

/** The cheap look: null when the page holds no form worth reading, else what it says for free. */
export function spotForm(): FormHint | null {
  if (!mightHoldForm()) return null;
  const box = document.querySelector<HTMLTextAreaElement>('textarea[maxlength]');
  return { messageLimit: box && box.maxLength > 0 ? box.maxLength : null };
}

/**
 * A change the look must see: an attribute watched, or an element put in or taken out (a form, a
 * style sheet). New words alone (a clock's tick, a counter) bring no form, save in a style sheet;
 * they count only if they could be an office's answer to a submit, which the look asks about.
 */
function mayShowForm(record: MutationRecord): boolean {
  if (record.type !== 'childList' || (record.target as Element).localName === 'style') return true;
  const counts = (nodes: NodeList) => {
    for (const node of nodes) if (node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && ANSWER_WORDS.test((node as Text).data))) return true;
    return false;
  };
  return counts(record.addedNodes) || counts(record.removedNodes);
}

/**
 * Run `look` now and whenever the page changes (debounced), until it finds a form or the time
 * runs out: forms that load late, appear after a click, or follow a client-side navigation.
 * The page is watched only once a look has found nothing: a page whose form is there at once
 * costs no observer. A look that answers at once (a boolean) found no form; one that had to ask
 * the extension (a promise) is followed by one more look, as the page may have changed meanwhile.
 * `restyling`, when the look is for a form: whether a change of style or class may show one now
 * (and new words alone never do). Without it, every change is looked at.
 */
export function watchPage(look: () => boolean | Promise<boolean>, maxMs = 30_000, restyling?: () => boolean): () => void {
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
    removeEventListener('toggle', later, true);
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  // Watching for an answer, every change counts: a thank-you may be new words in an old box.
  const heard = (records: MutationRecord[]) => { if (records.length && (!restyling || records.some(mayShowForm))) later(); };
  /** Whether changes of style and class are watched now; undefined before the first watch. */
  let restyled: boolean | undefined;
  function watch(waited: boolean) {
    if (stopped) return;
    // What the page holds after each look says which changes can matter.
    const restyles = restyling?.() ?? true;
    if (restyles === restyled) return;
    const first = !observer;
    observer ??= new MutationObserver(heard);
    // Changes made and not yet heard are heard now: observing anew would drop them.
    heard(observer.takeRecords());
    observer.disconnect();
    observer.observe(document.documentElement, restyles
      ? { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open'] }
      : { childList: true, subtree: true });
    // A popover shown changes no attribute: its toggle event (which does not bubble, so it is
    // caught on its way down) is the change.
    if (restyles) addEventListener('toggle', later, true); else removeEventListener('toggle', later, true);
    restyled = restyles;
    if (!first) return;
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
