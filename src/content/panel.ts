import { LANGUAGES, type Language } from '../shared/letter-kinds.ts';
import type { CampaignStep, FillReport } from '../shared/messages.ts';
import { formatMessage, pluralKey, type Messages } from '../shared/format-message.ts';
import { localised, sendToBackground } from './extension.ts';
import { markOwn } from './own-elements.ts';
import type { Targets } from './page-targets.ts';
import { isVisible } from './visibility.ts';

// The panel on the page after a fill: what was filled, what is the supporter's to do, Undo.
// A closed shadow root keeps the page's styles and scripts out of it. It speaks the language
// chosen in the popup (read from the extension's storage), not the browser's.

const STYLE = `:host{all:initial}
section{font:14px/1.4 system-ui,sans-serif;color:#10243e;background:#fff;border:2px solid #b3261e;border-radius:8px;padding:4px 12px 8px;box-shadow:0 4px 16px #0004}
header{display:flex;align-items:center;gap:6px}h2{font-size:15px;flex:1;margin:8px 0}p{margin:6px 0}ol{padding-left:20px;margin:4px 0}li{margin:3px 0}
.info{color:#52606d;font-size:13px}.todo{font-weight:600;margin-bottom:0}
.bar{height:8px;border-radius:4px;background:#c9d1d9;overflow:hidden}.bar span{display:block;height:100%;background:#1e7a3c}
button{font:inherit;padding:2px 9px;margin:2px 4px;border:1px solid;border-radius:4px;background:none;color:inherit;cursor:pointer}
button:focus-visible{outline:3px solid #1a73e8;outline-offset:1px}
@media (prefers-color-scheme:dark){section{background:#1d232b;color:#f1f3f5;border-color:#ff8a80;box-shadow:0 0 0 1px #f1f3f5,0 4px 16px #000a}
.info{color:#b6c0ca}.bar{background:#6b7785}.bar span{background:#7fd69b}button:focus-visible{outline-color:#8ab4f8}}`;

const OUTLINE = '3px solid #b3261e';
/** Filled fields keep this tint until the person edits them: light enough for any dark text. */
const TINT = '#e6f4ea';
const FIXED_MIN = 260;
/** Narrower windows get the panel as a sheet along the bottom, so it never scrolls away. */
const NARROW = 600;

// --- Strings, in the supporter's chosen language -------------------------------------------

// The popup's language is the supporter's choice; the browser's i18n cannot be switched, so the
// background hands over that language's messages (the content script carries none of its own).
let chosen: { language: Language; messages: Messages } | null = null;
let languageReady: Promise<void> | null = null;

function loadLanguage(): Promise<void> {
  languageReady ??= sendToBackground('panelStrings').then((answer) => {
    if (answer && (LANGUAGES as readonly string[]).includes(answer.language)) chosen = answer;
  }).catch(() => {});
  return languageReady;
}

function t(key: string, subs?: string[]): string {
  const entry = chosen?.messages[key];
  return entry ? formatMessage(entry, subs) : localised(key, subs);
}

function tn(base: string, count: number, subs?: string[]): string {
  const code = chosen?.language ?? t('localeCode');
  const language = (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'en';
  return t(pluralKey(base, count, language), subs ?? [String(count)]);
}

// --- The panel's host: the element the page holds. Created here and nowhere else. ------------

// A built-in element, never a custom element name: a page that defines that name first and
// calls attachInternals() would get the closed shadow root and could read or rewrite the panel.
function createHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  markOwn(host);
  return { host, root: host.attachShadow({ mode: 'closed' }) };
}

// --- State of this page ----------------------------------------------------------------------

let host: HTMLElement | null = null;
let dismissed = false;
let outlined: HTMLElement[] = [];
let replace = () => {};
let paddedBody: string | null = null;
/** Fields this page holds from the extension's fills, with the value written: tinted until edited. */
const ours = new Map<Element, { value: string; background: string; stop: () => void }>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', parent?: ParentNode): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  parent?.append(node);
  return node;
}

/** A panel button. Only a person's click counts: a page's synthetic click does nothing. */
function button(text: string, parent: ParentNode, onClick: () => void): HTMLButtonElement {
  const b = el('button', text, parent);
  b.type = 'button';
  b.addEventListener('click', (event) => { if (event.isTrusted) onClick(); });
  return b;
}

function outline(target: HTMLElement): void {
  target.style.setProperty('outline', OUTLINE, 'important');
  outlined.push(target);
}

/** Scroll to a field, CAPTCHA or button, mark it, and put the keyboard there (a CAPTCHA's own text box when it has one). */
function show(target: HTMLElement, focus: HTMLElement = target): void {
  target.scrollIntoView({ block: 'center' });
  outline(target);
  focus.focus({ preventScroll: true });
}

const valueOf = (f: Element) => (f instanceof HTMLInputElement && /checkbox|radio/.test(f.type) ? String(f.checked) : (f as HTMLInputElement).value);

function tint(field: Element): void {
  if (!(field instanceof HTMLElement) || ours.has(field)) return;
  const background = field.style.getPropertyValue('background-color');
  // The person's own edit ends the tint; the page's scripts changing the value do not count as theirs.
  const edited = (event: Event) => { if (event.isTrusted) untint(field); };
  field.addEventListener('input', edited, true);
  field.addEventListener('change', edited, true);
  field.style.setProperty('background-color', TINT, 'important');
  ours.set(field, { value: valueOf(field), background, stop: () => { field.removeEventListener('input', edited, true); field.removeEventListener('change', edited, true); } });
}

function untint(field: Element): void {
  const entry = ours.get(field);
  if (!entry || !(field instanceof HTMLElement)) return;
  entry.stop();
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
// Through the prototype: a control named "querySelectorAll" shadows the form's own method.
const queryAll = Element.prototype.querySelectorAll;
const query = Element.prototype.querySelector;

function requiredEmpty(form: Element, captcha: Element | null): HTMLElement[] {
  return [...queryAll.call(form, 'input,select,textarea') as NodeListOf<HTMLInputElement>].filter((f) =>
    (f.required || f.getAttribute('aria-required') === 'true') && !/hidden|submit|button|image/.test(f.type)
    && !captcha?.contains(f) && !/captcha/i.test(f.name + f.id) && isVisible(f)
    && (/checkbox|radio/.test(f.type) ? !query.call(form, `[name="${CSS.escape(f.name)}"]:checked`) : !f.value.trim()),
  ).filter((f, i, all) => !/radio/.test(f.type) || all.findIndex((g) => g.name === f.name) === i).slice(0, 6);
}

/** Where the person types a CAPTCHA's answer: a text box inside it, or one named for it in the form. */
function captchaInput(form: Element, captcha: Element): HTMLElement | null {
  const inside = captcha.querySelector<HTMLInputElement>('input:not([type=hidden]),textarea');
  if (inside && isVisible(inside)) return inside;
  return [...queryAll.call(form, 'input:not([type=hidden])') as NodeListOf<HTMLInputElement>].find((f) => /captcha/i.test(`${f.name} ${f.id}`) && isVisible(f)) ?? null;
}

function labelOf(f: HTMLInputElement): string {
  return (f.labels?.[0]?.textContent || f.placeholder || f.name).replace(/\s+/g, ' ').trim().slice(0, 60);
}

/** A button as the page labels it: "Submit", "Go To Next Step". */
function buttonLabel(b: HTMLElement): string {
  const text = b instanceof HTMLInputElement ? b.value || b.alt : b.textContent || b.getAttribute('aria-label') || '';
  return text.replace(/\s+/g, ' ').trim().slice(0, 40) || 'Submit';
}

function release(): void {
  if (paddedBody !== null) document.body.style.setProperty('padding-bottom', paddedBody);
  paddedBody = null;
}

/** Beside the form when the window has room; in a narrow window, a sheet along the bottom; else just above the form. */
function place(form: Element): void {
  if (!host) return;
  // Through the prototype: a control named "getBoundingClientRect" shadows the form's own method.
  const r = Element.prototype.getBoundingClientRect.call(form);
  const width = document.documentElement.clientWidth;
  const left = r.left;
  const right = width - r.right;
  const free = Math.max(left, right);
  release();
  if (free >= FIXED_MIN && form !== document.body) {
    host.style.cssText = `position:fixed!important;top:12px;${right >= left ? 'right' : 'left'}:12px;width:${Math.min(340, free - 24)}px;max-height:calc(100vh - 24px);overflow:auto;z-index:2147483647;display:block`;
    if (host.parentNode !== document.documentElement) document.documentElement.append(host);
  } else if (width < NARROW) {
    host.style.cssText = 'position:fixed!important;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;z-index:2147483647;display:block';
    if (host.parentNode !== document.documentElement) document.documentElement.append(host);
    // Room under the page's last field, so the sheet never hides what is left to fill.
    paddedBody = document.body.style.getPropertyValue('padding-bottom');
    document.body.style.setProperty('padding-bottom', `${host.getBoundingClientRect().height + 12}px`, 'important');
  } else {
    host.style.cssText = 'position:static!important;display:block!important;margin:12px 0!important;max-width:520px;float:none!important';
    const anchor = form === document.body ? document.body.firstElementChild : form;
    if (host.nextElementSibling !== anchor) anchor?.before(host);
  }
}

let onClosed: (() => void) | undefined;

function open(): { root: ShadowRoot; box: HTMLElement } {
  closePanel();
  const created = createHost();
  host = created.host;
  el('style', STYLE, created.root);
  const box = el('section', '', created.root);
  box.setAttribute('aria-label', t('extName'));
  const head = el('header', '', box);
  el('h2', t('extName'), head);
  button(t('panelClose'), head, () => { dismissed = true; closePanel(); onClosed?.(); });
  return { root: created.root, box };
}

export interface PanelInput {
  report: FillReport;
  targets: Targets;
  form: Element;
  /** The fields this fill wrote to. */
  filled?: Element[];
  /** Put the fields back; returns how many were restored. */
  undo(): number;
  /** Fill the form again with the same plan (after Undo). */
  refill?(): void;
  /** The person closed the panel. */
  closed?(): void;
}

/** Show the panel, unless the supporter closed it on this page already. */
export function showPanel(input: PanelInput): void {
  void loadLanguage().then(() => render(input));
}

function render({ report, targets, form, filled = [], undo, refill, closed }: PanelInput): void {
  if (dismissed) return;
  onClosed = closed;
  for (const field of filled) tint(field);
  const { box } = open();

  const said = el('p', tn('ux_filledFields', stillOurs()), box);
  said.setAttribute('role', 'status');
  if (ours.size) el('p', t('ux_panelFilledHint'), box).className = 'info';
  const m = report.message;
  // A shortened letter is news, not a task.
  if (m && m.variant > 0) el('p', t('panelShortened', [String(m.length), String(m.limit ?? '')]), box).className = 'info';

  const todo = el('p', t('panelTodo'), box);
  todo.className = 'todo';
  const list = el('ol', '', box);
  const item = (text: string, target?: HTMLElement | null, focus?: HTMLElement | null) => {
    const li = el('li', text, list);
    if (target) button(t('panelShow'), li, () => show(target, focus ?? target));
  };
  const captcha = targets.captcha instanceof HTMLElement ? targets.captcha : null;
  if (report.captcha) item(t('panelCaptcha'), captcha, captcha && captchaInput(form, captcha));
  // Options the fill chose that the letter did not name: the supporter may prefer another.
  for (const c of report.chosen ?? []) item(t(c.reason === 'purpose' ? 'engineChosenPurpose' : 'engineChosenTopic', [c.detail]));
  for (const f of requiredEmpty(form, targets.captcha)) item(t('panelRequired', [labelOf(f as HTMLInputElement)]), f);
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
    if (refill) button(t('ux_panelFillAgain'), actions, () => refill()).focus();
  });
  place(form);
  replace = () => place(form);
  addEventListener('resize', replace);
}

/** After the office's answer page confirms the letter: thanks, progress, and where to go next. */
export function showAcknowledgement(step: CampaignStep | null): void {
  void loadLanguage().then(() => {
    if (dismissed) return;
    const { box } = open();
    const said = el('p', t('ux_panelAckSent'), box);
    said.setAttribute('role', 'status');
    if (step && step.total > 0) {
      const line = tn('ux_written', step.total, [String(step.done), String(step.total)]);
      el('p', line, box);
      const bar = el('div', '', box);
      bar.className = 'bar';
      bar.setAttribute('role', 'progressbar');
      bar.setAttribute('aria-valuemin', '0');
      bar.setAttribute('aria-valuemax', String(step.total));
      bar.setAttribute('aria-valuenow', String(step.done));
      bar.setAttribute('aria-label', line);
      el('span', '', bar).style.width = `${Math.round((step.done / step.total) * 100)}%`;
      const next = step.next;
      const name = next && (next.person ? t('ux_senatorNamed', [next.person]) : t(`seat_${next.office.replace(/-/g, '_')}`, [String(next.index + 1)]));
      el('p', name ? t('ux_panelAckNext', [name]) : t('officesAllDone'), box);
    }
    place(document.body);
    replace = () => place(document.body);
    addEventListener('resize', replace);
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
