import type { FillAction, FillPlan } from '../core/fill-plan.ts';
import { cut, SNAPSHOT_LIMITS } from '../core/snapshot-limits.ts';
import type { Control } from './collect-fields.ts';
import { isChoice, queryAll } from './dom.ts';
import { canSeeNow, lookAfresh, restoreScroll, startScroll, stillSight, type Scrolled } from './visibility.ts';

export interface Applied {
  filled: FillAction[];
  /** Actions dropped at the last moment: the field went away, changed, or the page undid the value. */
  skipped: { action: FillAction; why: 'gone' | 'changed' | 'hidden' | 'page-reset' }[];
  /** What each filled field held before (and, for a radio, which one of its group was chosen), so the fill can be undone. */
  previous: { el: Control; value: string; checked: boolean; radio?: HTMLInputElement | null }[];
}

function fire(el: Element, event: Event): void {
  try {
    el.dispatchEvent(event);
  } catch {
    // A page's own listener threw; the value is set, and the page's error is its own.
  }
}

const fireChange = (el: Element) => fire(el, new Event('change', { bubbles: true }));

/** A focus change as a person's tab makes it: the field's own event, then the one that bubbles (focus, focusin; blur, focusout). */
function focusEvents(el: Element, type: string, bubbling: string): void {
  fire(el, new FocusEvent(type));
  fire(el, new FocusEvent(bubbling, { bubbles: true }));
}

/**
 * The value goes in through this world's own setter: the content script's isolated world has
 * its own prototypes and element wrappers, so a page that redefines `value` on its prototypes or
 * on the element (as React's value tracking does) never sees the write, and the page's
 * frameworks hear it from the events, as typed.
 */
function setValue(el: Control, value: string): void {
  el.value = value;
  fire(el, new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  fireChange(el);
  focusEvents(el, 'blur', 'focusout');
}

/** A click, as a person would make it: the page's handlers run, the box toggles. */
function setChecked(el: HTMLInputElement, checked: boolean): void {
  if (el.checked !== checked) el.click();
}

/** Is the field still the one we planned for, still enabled, still empty of the person's own text? */
function stillFillable(el: Control, action: FillAction): boolean {
  if (!el.isConnected || el.disabled || ('readOnly' in el && el.readOnly)) return false;
  if (isChoice(el)) return el.checked === el.defaultChecked;
  if (el instanceof HTMLSelectElement) return true;
  return el.value === '' || el.value === action.value;
}

/** Where the values go: the form as it was read, and each field still in it. */
export interface Destination {
  /** The form still sends where it did when read. */
  sends(): boolean;
  /** The field is still sent with the form it was read in (no new `form=`, no form put around it). */
  holds(el: Element): boolean;
}

const ANYWHERE: Destination = { sends: () => true, holds: () => true };

const stillHome = (to: Destination, applied: Applied) => to.sends() && applied.previous.every((p) => to.holds(p.el));

/**
 * The only code that writes to the page. It re-checks every field just before writing it (the
 * page may have hidden it since it was read, even in answer to the fill's own events on an
 * earlier field) and never submits. Each write lands in `applied` as it happens, so a page that
 * throws half-way cannot hide the rest.
 */
export function applyPlan(plan: FillPlan, elements: Control[], applied: Applied = { filled: [], skipped: [], previous: [] }, labels?: Element[][], to: Destination = ANYWHERE): Applied {
  const scrolled: Scrolled = startScroll();
  try {
    const steps = fillSteps(plan, elements, applied, labels, to, scrolled);
    while (!steps.next().done);
  } finally {
    restoreScroll(scrolled);
  }
  return applied;
}

/**
 * A judgement just after a write makes the browser bring its rendering up to date at once: on a
 * page of thousands of controls, tens of milliseconds per field, all in one long task. Past this
 * cost for one field, the fill lets the browser render in its own time, at its next frame, before
 * it judges the next field: the page stays responsive, and each judgement finds the rendering
 * already done. Each field is still judged in the same task as its write, just before it.
 */
const PACE_AFTER_MS = 4;

/**
 * `applyPlan`, giving the browser a frame between fields once a field after the first has cost
 * more than `PACE_AFTER_MS`. Between frames the page's own timers run, as they do while a person types;
 * nothing is written that was not judged in the same task.
 */
export async function applyPlanPaced(plan: FillPlan, elements: Control[], applied: Applied = { filled: [], skipped: [], previous: [] }, labels?: Element[][], to: Destination = ANYWHERE): Promise<Applied> {
  const scrolled: Scrolled = startScroll();
  try {
    const steps = fillSteps(plan, elements, applied, labels, to, scrolled);
    let paced = false;
    for (let step = 0; ; step++) {
      const start = performance.now();
      if (steps.next().done) break;
      // The first judgement also brings the page's style up to date for the sheet that makes
      // covers answer hit tests (background/covers-shown.ts): not what a judgement after a write costs.
      paced ||= step > 0 && performance.now() - start > PACE_AFTER_MS;
      if (paced) await nextFrame();
    }
  } finally {
    restoreScroll(scrolled);
  }
  return applied;
}

/**
 * After the browser's next rendering; at once in a tab nobody sees, or once the tab is hidden
 * (no frames come there, and its timers wait up to a second), and after 100 ms at most.
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') { resolve(); return; }
    const done = () => {
      clearTimeout(late);
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    const late = setTimeout(done, 100);
    document.addEventListener('visibilitychange', done);
    // A task queued in the frame's callbacks runs once that frame is rendered.
    requestAnimationFrame(() => { clearTimeout(late); setTimeout(done, 0); });
  });
}

/**
 * The fill, one field at a time: each step judges and writes one field, and the last judges
 * every written field again. Nothing of the page's runs between a field's judgement and its
 * write; between steps the page may run (a paced fill gives it a frame).
 */
function* fillSteps(plan: FillPlan, elements: Control[], applied: Applied, labels: Element[][] | undefined, to: Destination, scrolled: Scrolled): Generator<void, void> {
  // Where the values go is read again before each write and after the last: a page that points
  // the form elsewhere once the fill has begun (on a focus, an input), or hands a written field
  // to another form, gets nothing more, and what was written is taken back. A field not yet
  // written that left its form is not written.
  const start = applied.filled.length;
  for (const [i, action] of plan.actions.entries()) {
    if (!stillHome(to, applied)) { takeBack(applied, plan.actions.slice(i)); return; }
    const el = elements[action.ref];
    if (el && !to.holds(el)) { applied.skipped.push({ action, why: 'changed' }); continue; }
    const written = applied.filled.length;
    applyOne(action, el, applied, scrolled, labels?.[action.ref]);
    // Only a write changes what the next judgement must bring up to date.
    if (applied.filled.length > written) yield;
  }
  if (!stillHome(to, applied)) { takeBack(applied, []); return; }
  lookAgain(applied, start, elements, scrolled, labels);
}

/**
 * Each field this fill wrote, judged once more after the last write: a page may hide a field
 * once a value is in it (a cover shown by \`:valid\` or \`:placeholder-shown\`, a script on its
 * input), which no judgement before the write can see. A field hidden now is emptied again and
 * reported as hidden; one the page replaced is left as it is (there is nothing to judge).
 */
function lookAgain(applied: Applied, start: number, elements: Control[], scrolled: Scrolled, labels?: Element[][]): void {
  // A style the writes changed with no record (a rule on \`:placeholder-shown\`) may draw a shadow over a field now.
  lookAfresh();
  // No write comes between these judgements, so they share a look, until an undo (the page hears its events).
  let now = stillSight();
  for (let i = applied.filled.length - 1; i >= start; i--) {
    const action = applied.filled[i]!;
    const el = elements[action.ref];
    if (!el || !el.isConnected || canSeeNow(el, scrolled, labels?.[action.ref], now)) continue;
    undoFill({ filled: [action], previous: [applied.previous[i]!] });
    now = stillSight();
    applied.filled.splice(i, 1);
    applied.previous.splice(i, 1);
    applied.skipped.push({ action, why: 'hidden' });
  }
}

/** Undo what this fill wrote, and report it and the actions not yet made as refused. */
function takeBack(applied: Applied, rest: FillAction[]): Applied {
  undoFill(applied);
  for (const action of [...applied.filled, ...rest]) applied.skipped.push({ action, why: 'changed' });
  applied.filled = [];
  applied.previous = [];
  return applied;
}

/**
 * The value to write: a snapshot carries an option's value cut to its length (core/snapshot-limits.ts),
 * so a long one is the select's option it is the start of.
 */
function valueFor(el: Control, value: string): string {
  if (!(el instanceof HTMLSelectElement) || value.length < SNAPSHOT_LIMITS.words) return value;
  const options = el.options;
  for (let i = 0, option; (option = options[i]); i++) if (option.value === value) return value;
  for (let i = 0, option; (option = options[i]); i++) if (cut(option.value, SNAPSHOT_LIMITS.words) === value) return option.value;
  return value;
}

function applyOne(action: FillAction, el: Control | undefined, applied: Applied, scrolled: Scrolled, labels: Element[] | undefined): void {
  if (!el || !el.isConnected) { applied.skipped.push({ action, why: 'gone' }); return; }
  const value = valueFor(el, action.value);
  const before = { el, value: el.value, checked: el instanceof HTMLInputElement && el.checked, radio: undefined as HTMLInputElement | null | undefined };
  try {
    if (!stillFillable(el, action)) { applied.skipped.push({ action, why: 'changed' }); return; }
    const typed = action.checked === undefined && el.value !== value;
    const type = el.type;
    // The page hears the focus before the field is judged: what it does then (hide the field,
    // move it, change its type, cover it with a copy) is seen before any value goes in.
    if (typed) focusEvents(el, 'focus', 'focusin');
    const why = el.type !== type || !stillFillable(el, action) ? 'changed' : !canSeeNow(el, scrolled, labels) ? 'hidden' : null;
    if (why) {
      if (typed) focusEvents(el, 'blur', 'focusout');
      applied.skipped.push({ action, why });
      return;
    }
    before.radio = chosenRadio(el);
    if (action.checked !== undefined && el instanceof HTMLInputElement) setChecked(el, action.checked);
    else if (typed) setValue(el, value);
  } catch {
    // Fall through: whatever the field now holds is judged and reported below.
  }
  const held = action.checked !== undefined ? (el as HTMLInputElement).checked === action.checked : el.value === value;
  const changed = action.checked !== undefined ? before.checked !== action.checked : before.value !== value;
  if (!held) { applied.skipped.push({ action, why: changed ? 'page-reset' : 'changed' }); return; }
  applied.previous.push(before);
  applied.filled.push(action);
}

/** The radio of `el`'s group that is chosen now: undo chooses it again. */
function chosenRadio(el: Control): HTMLInputElement | null | undefined {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return undefined;
  // Through the prototype: a control named "querySelectorAll" shadows the form's own method.
  const radios = el.form ? queryAll<HTMLInputElement>(el.form, 'input[type="radio"]') : [...(el.getRootNode() as ParentNode).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  return radios.find((r) => r.name === el.name && r.form === el.form && r.checked) ?? null;
}

/**
 * Put every filled field back as it was. A field the person has changed since the fill keeps
 * their change. A radio goes back to the choice its group had, or to none: clicking a radio
 * can only choose it, so unchoosing sets `checked` and tells the page.
 */
export function undoFill(applied: Pick<Applied, 'filled' | 'previous'>): { restored: number; kept: number } {
  let restored = 0;
  let kept = 0;
  applied.previous.forEach(({ el, value, checked, radio }, i) => {
    const action = applied.filled[i]!;
    if (!el.isConnected) return;
    const choice = isChoice(el);
    if (choice ? el.checked !== action.checked : el.value !== action.value) { kept++; return; }
    if (radio) {
      setChecked(radio, true);
    } else if (radio === null && (el as HTMLInputElement).checked) {
      (el as HTMLInputElement).checked = false;
      fire(el, new Event('input', { bubbles: true }));
      fireChange(el);
    } else if (choice) {
      setChecked(el, checked);
    } else {
      setValue(el, value);
    }
    restored++;
  });
  return { restored, kept };
}
