import { LANGUAGES, type Language } from '../shared/letter-kinds.ts';
import type { FillPlan } from '../core/fill-plan.ts';
import type { CampaignStep, PageReport, PanelStrings } from '../shared/messages.ts';
import { pluralKey, substitute } from '../shared/format-message.ts';
import { clean, isChoice, query, queryAll, rectOf } from './dom.ts';
import { localised, sendToBackground } from './extension.ts';
import { markOwn } from './own-elements.ts';
import type { Targets } from './page-targets.ts';
import { judgeStyle, newSight, readsOn } from './visibility.ts';

// The panel on the page after a fill: what was filled, what is the supporter's to do, Undo.
// A closed shadow root keeps the page's styles and scripts out of it. It speaks the language
// chosen in the popup (read from the extension's storage), not the browser's.

const OUTLINE = '3px solid #b3261e';
/** Filled fields keep this tint until the person edits them: light enough for any dark text. */
const TINT = '#e6f4ea';
const FIXED_MIN = 260;
/** Narrower windows get the panel as a sheet along the bottom, so it never scrolls away. */
const NARROW = 600;

// --- Strings, in the supporter's chosen language -------------------------------------------

// The popup's language is the supporter's choice; the browser's i18n cannot be switched, so the
// background hands over that language's messages (the content script carries none of its own),
// their named placeholders already resolved.
let chosen: PanelStrings | null = null;
let languageReady: Promise<void> | null = null;

const known = (code: string | undefined): code is Language => (LANGUAGES as readonly (string | undefined)[]).includes(code);

/** The words came with the fill (the newest choice of language): the panel needs to ask for nothing. */
export function usePanelStrings(strings: PanelStrings | null | undefined): void {
  if (known(strings?.language) && typeof strings.messages === 'object' && strings.messages && typeof strings.style === 'string') {
    chosen = strings;
    languageReady = Promise.resolve();
  }
}

function loadLanguage(): Promise<void> {
  languageReady ??= sendToBackground('panelStrings').then((answer) => usePanelStrings(answer)).catch(() => {});
  return languageReady;
}

function t(key: string, subs?: string[]): string {
  const message = chosen?.messages[key];
  return message ? substitute(message, subs) : localised(key, subs);
}

function tn(base: string, count: number, subs?: string[]): string {
  const code = chosen?.language ?? localised('localeCode');
  return t(pluralKey(base, count, known(code) ? code : 'en'), subs ?? [String(count)]);
}

// --- State of this page ----------------------------------------------------------------------

let host: HTMLElement | null = null;
let dismissed = false;
let outlined: HTMLElement[] = [];
let replace = () => {};
let paddedBody: string | null = null;
/** Fields this page holds from the extension's fills, with the value written: tinted until edited. */
const ours = new Map<Element, { value: string; background: string; stop: AbortController }>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, parent: ParentNode, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const name in attributes) node.setAttribute(name, attributes[name]!);
  parent.append(node);
  return node;
}

/** A panel button. Only a person's click counts: a page's synthetic click does nothing. */
function button(text: string, parent: ParentNode, onClick: () => void): HTMLButtonElement {
  const b = el('button', text, parent, { type: 'button' });
  b.addEventListener('click', (event) => { if (event.isTrusted) onClick(); });
  return b;
}

function outline(target: HTMLElement): void {
  target.style.setProperty('outline', OUTLINE, 'important');
  outlined.push(target);
}

/** Scroll to a field, CAPTCHA or button, mark it, and put the keyboard there (a CAPTCHA's own text box when it has one). */
function show(target: HTMLElement, focus: HTMLElement): void {
  target.scrollIntoView({ block: 'center' });
  outline(target);
  focus.focus({ preventScroll: true });
}

const valueOf = (f: Element) => (isChoice(f) ? String(f.checked) : (f as HTMLInputElement).value);

/** A page may colour a field's text as the tint, so that the tint would hide what was written. */
const tintable = (field: Element): field is HTMLElement => field instanceof HTMLElement && !ours.has(field) && readsOn(field, TINT);

function tint(field: HTMLElement): void {
  const background = field.style.getPropertyValue('background-color');
  // The person's own edit ends the tint; the page's scripts changing the value do not count as theirs.
  const edited = (event: Event) => { if (event.isTrusted) untint(field); };
  const stop = new AbortController();
  field.addEventListener('input', edited, { capture: true, signal: stop.signal });
  field.addEventListener('change', edited, { capture: true, signal: stop.signal });
  field.style.setProperty('background-color', TINT, 'important');
  ours.set(field, { value: valueOf(field), background, stop });
}

function untint(field: Element): void {
  const entry = ours.get(field);
  if (!entry || !(field instanceof HTMLElement)) return;
  entry.stop.abort();
  if (entry.background) field.style.setProperty('background-color', entry.background);
  else field.style.removeProperty('background-color');
  ours.delete(field);
}

/** Fields still holding what the extension wrote, from this fill or an earlier one on this page (fill on open, then Fill). */
function stillOurs(): number {
  for (const [field, { value }] of ours) if (!field.isConnected || valueOf(field) !== value) untint(field);
  return ours.size;
}

/** Required fields of the form still empty after the fill, by the words the page uses for them. */
function requiredEmpty(form: Element, captcha: Element | null, shown: (f: Element) => boolean): HTMLElement[] {
  // Cheap tests first: judging how a field looks is the dear one, and a filled field needs none.
  return queryAll<HTMLInputElement>(form, 'input,select,textarea').filter((f) =>
    (f.required || f.getAttribute('aria-required') === 'true') && !/hidden|submit|button|image/.test(f.type)
    && !captcha?.contains(f) && !/captcha/i.test(f.name + f.id)
    && (isChoice(f) ? !query(form, `[name="${CSS.escape(f.name)}"]:checked`) : !f.value.trim()) && shown(f),
  ).filter((f, i, all) => f.type !== 'radio' || all.findIndex((g) => g.name === f.name) === i).slice(0, 6);
}

/** Where the person types a CAPTCHA's answer: a text box inside it, or one named for it in the form. */
function captchaInput(form: Element, captcha: Element, shown: (f: Element) => boolean): HTMLElement | null {
  const inside = captcha.querySelector<HTMLInputElement>('input:not([type=hidden]),textarea');
  if (inside && shown(inside)) return inside;
  return queryAll<HTMLInputElement>(form, 'input:not([type=hidden])').find((f) => /captcha/i.test(`${f.name} ${f.id}`) && shown(f)) ?? null;
}

const labelOf = (f: HTMLInputElement): string => clean(f.labels?.[0]?.textContent || f.placeholder || f.name, 60);

/** A button as the page labels it: "Submit", "Go To Next Step". */
const buttonLabel = (b: HTMLElement): string =>
  clean(b instanceof HTMLInputElement ? b.value || b.alt : b.textContent || b.getAttribute('aria-label'), 40) || 'Submit';

function release(): void {
  if (paddedBody !== null) document.body.style.setProperty('padding-bottom', paddedBody);
  paddedBody = null;
}

/** Beside the form when the window has room; in a narrow window, a sheet along the bottom; else just above the form. */
function place(form: Element, r = rectOf(form), width = document.documentElement.clientWidth): void {
  if (!host) return;
  const panel = host;
  const root = document.documentElement;
  const left = r.left;
  const right = width - r.right;
  const free = Math.max(left, right);
  const fixed = (where: string) => {
    panel.style.cssText = `position:fixed!important;${where};overflow:auto;z-index:2147483647;display:block`;
    if (panel.parentNode !== root) root.append(panel);
  };
  release();
  const w = Math.min(340, free - 24);
  const x = right >= left ? width - 12 - w : 12;
  // A panel fixed beside the form must not stand over a field the fill wrote, at any scroll: a
  // field drawn outside the form's box, in the panel's column, sends the panel above the form.
  const clear = ![...ours.keys()].some((field) => { const b = rectOf(field); return b.right > x && b.left < x + w; });
  if (free >= FIXED_MIN && form !== document.body && clear) {
    fixed(`top:12px;${right >= left ? 'right' : 'left'}:12px;width:${w}px;max-height:calc(100vh - 24px)`);
  } else if (width < NARROW) {
    fixed('left:0;right:0;bottom:0;max-height:45vh');
    // Room under the page's last field, so the sheet never hides what is left to fill.
    paddedBody = document.body.style.getPropertyValue('padding-bottom');
    document.body.style.setProperty('padding-bottom', `${panel.getBoundingClientRect().height + 12}px`, 'important');
  } else {
    panel.style.cssText = 'position:static!important;display:block!important;margin:12px 0!important;max-width:520px;float:none!important';
    const anchor = form === document.body ? document.body.firstElementChild : form;
    if (panel.nextElementSibling !== anchor) anchor?.before(panel);
  }
}

let onClosed: (() => void) | undefined;

/**
 * A new panel, its first line said as a status. The host is a built-in element, never a custom
 * element name: a page that defines that name first and calls attachInternals() would get the
 * closed shadow root and could read or rewrite the panel.
 */
function open(status: string): { box: HTMLElement; said: HTMLElement } {
  closePanel();
  host = document.createElement('div');
  markOwn(host);
  const root = host.attachShadow({ mode: 'closed' });
  // The panel's look comes with its words; without them (the extension could not answer), the
  // page's styles are still kept out.
  el('style', chosen?.style ?? ':host{all:initial}', root);
  const box = el('section', '', root, { 'aria-label': t('extName') });
  const head = el('header', '', box);
  el('h2', t('extName'), head);
  button(t('panelClose'), head, () => { dismissed = true; closePanel(); onClosed?.(); });
  return { box, said: el('p', status, box, { role: 'status' }) };
}

/** Put the panel by `form`, and again whenever the window is resized. */
function placeBy(form: Element, box?: DOMRect, width?: number): void {
  place(form, box, width);
  replace = () => place(form);
  addEventListener('resize', replace);
}

export interface PanelInput {
  report: PageReport;
  /** Options the plan chose that the letter did not name. */
  chosen: FillPlan['chosen'];
  targets: Targets;
  form: Element;
  /** The fields this fill wrote to. */
  filled: Element[];
  /** Put the fields back; returns how many were restored. */
  undo(): number;
  /** Fill the form again with the same plan (after Undo). */
  refill(): void;
  /** The person closed the panel. */
  closed(): void;
}

/** Show the panel, unless the supporter closed it on this page already. */
export function showPanel(input: PanelInput): void {
  void loadLanguage().then(() => render(input));
}

function render({ report, chosen, targets, form, filled, undo, refill, closed }: PanelInput): void {
  if (dismissed) return;
  onClosed = closed;
  // Every look at the page before the first change to it, with one sight for them all: a look
  // after a change makes the browser lay the page out again, and the page's next frame does that
  // once for all of them.
  const sight = newSight();
  const shown = (f: Element) => judgeStyle(f, sight);
  const captcha = targets.captcha instanceof HTMLElement ? targets.captcha : null;
  const captchaBox = captcha && captchaInput(form, captcha, shown);
  const required = requiredEmpty(form, targets.captcha, shown);
  const formBox = rectOf(form);
  const width = document.documentElement.clientWidth;
  // Every field judged before any is tinted: a judgement after a tint would restyle the page again.
  for (const field of filled.filter(tintable)) tint(field);
  const { box, said } = open(tn('ux_filledFields', stillOurs()));
  const info = { class: 'info' };
  if (ours.size) el('p', t('ux_panelFilledHint'), box, info);
  const m = report.message;
  // A shortened letter is news, not a task.
  if (m && m.variant > 0) el('p', t('panelShortened', [String(m.length), String(m.limit ?? '')]), box, info);

  const todo = el('p', t('panelTodo'), box, { class: 'todo' });
  const list = el('ol', '', box);
  const item = (text: string, target?: HTMLElement | null, focus?: HTMLElement | null) => {
    const li = el('li', text, list);
    if (target) button(t('panelShow'), li, () => show(target, focus ?? target));
  };
  if (report.captcha) item(t('panelCaptcha'), captcha, captchaBox);
  // Options the fill chose (and wrote) that the letter did not name: the supporter may prefer another.
  for (const c of chosen ?? []) if (report.refs.includes(c.ref)) item(t(c.reason === 'purpose' ? 'engineChosenPurpose' : 'engineChosenTopic', [c.detail]));
  for (const f of required) item(t('panelRequired', [labelOf(f as HTMLInputElement)]), f);
  const label = targets.submit ? buttonLabel(targets.submit) : 'Submit';
  // A ZIP-code first step: its button leads to the real form, which fills itself.
  const firstStep = !report.roles.includes('message') && report.roles.some((r) => r === 'zip' || r === 'zip-full');
  item(t(firstStep ? 'ux_panelNextStep' : 'ux_panelSubmit', [label]), targets.submit);
  for (const target of [captcha, targets.submit]) if (target) outline(target);

  const actions = el('p', '', box);
  const undoButton = button(t('panelUndo'), actions, () => {
    const restored = undo();
    for (const field of filled) untint(field);
    said.textContent = t('panelUndone', [String(restored)]);
    todo.remove();
    list.remove();
    undoButton.remove();
    clearOutlines();
    button(t('ux_panelFillAgain'), actions, refill).focus();
  });
  placeBy(form, formBox, width);
}

/** After the office's answer page confirms the letter: thanks, progress, and where to go next. */
export function showAcknowledgement(step: CampaignStep | null): void {
  void loadLanguage().then(() => {
    if (dismissed) return;
    const { box } = open(t('ux_panelAckSent'));
    if (step && step.total > 0) {
      const line = tn('ux_written', step.total, [String(step.done), String(step.total)]);
      el('p', line, box);
      const bar = el('div', '', box, {
        class: 'bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(step.total), 'aria-valuenow': String(step.done), 'aria-label': line,
      });
      el('div', '', bar).style.width = `${Math.round((step.done / step.total) * 100)}%`;
      const next = step.next;
      const name = next && (next.person ? t('ux_senatorNamed', [next.person]) : t(`seat_${next.office.replace(/-/g, '_')}`, [String(next.index + 1)]));
      el('p', name ? t('ux_panelAckNext', [name]) : t('officesAllDone'), box);
    }
    placeBy(document.body);
  });
}

function clearOutlines(): void {
  for (const target of outlined) target.style.removeProperty('outline');
  outlined = [];
}

export function closePanel(): void {
  host?.remove();
  host = null;
  release();
  removeEventListener('resize', replace);
  clearOutlines();
}
