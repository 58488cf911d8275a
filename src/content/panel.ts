import type { FillReport } from '../shared/messages.ts';
import type { Targets } from './page-targets.ts';
import { localised } from './extension.ts';
import { markOwn } from './own-elements.ts';
import { isVisible } from './visibility.ts';

// The panel on the page after a fill: what was filled, what is the supporter's to do, Undo.
// A closed shadow root keeps the page's styles and scripts out of it.

const STYLE = `:host{all:initial}
section{font:14px/1.4 system-ui,sans-serif;color:#10243e;background:#fff;border:2px solid #b3261e;border-radius:8px;padding:4px 12px;box-shadow:0 4px 16px #0004}
header{display:flex;align-items:center}h2{font-size:15px;flex:1}ul{padding-left:18px}
button{font:inherit;padding:2px 9px;margin:2px 4px;border:1px solid;border-radius:4px;background:none;color:inherit;cursor:pointer}
button:focus-visible{outline:3px solid #1a73e8}
@media (prefers-color-scheme:dark){section{background:#1d232b;color:#f1f3f5}}`;

const OUTLINE = '3px solid #b3261e';
const FIXED_MIN = 260;

const t = localised;
const roleName = (role: string) => t(`role_${role.replace(/-/g, '_')}`);

let host: HTMLElement | null = null;
let dismissed = false;
let outlined: HTMLElement[] = [];
let replace = () => {};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', parent?: ParentNode): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  parent?.append(node);
  return node;
}

function button(text: string, parent: ParentNode, onClick: () => void): HTMLButtonElement {
  const b = el('button', text, parent);
  b.type = 'button';
  b.onclick = onClick;
  return b;
}

function outline(target: HTMLElement): void {
  target.style.setProperty('outline', OUTLINE, 'important');
  outlined.push(target);
}

/** Scroll to a field, CAPTCHA or button, mark it, and put the keyboard there. */
function show(target: HTMLElement): void {
  target.scrollIntoView({ block: 'center' });
  outline(target);
  target.focus({ preventScroll: true });
}

/** Required fields of the form still empty after the fill, by the words the page uses for them. */
function requiredEmpty(form: Element, captcha: Element | null): HTMLElement[] {
  return [...form.querySelectorAll<HTMLInputElement>('input,select,textarea')].filter((f) =>
    (f.required || f.getAttribute('aria-required') === 'true') && !/hidden|submit|button|image/.test(f.type)
    && !captcha?.contains(f) && !/captcha/i.test(f.name + f.id) && isVisible(f)
    && (/checkbox|radio/.test(f.type) ? !form.querySelector(`[name="${CSS.escape(f.name)}"]:checked`) : !f.value.trim()),
  ).filter((f, i, all) => !/radio/.test(f.type) || all.findIndex((g) => g.name === f.name) === i).slice(0, 6);
}

function labelOf(f: HTMLInputElement): string {
  return (f.labels?.[0]?.textContent || f.placeholder || f.name).replace(/\s+/g, ' ').trim().slice(0, 60);
}

/** Beside the form when the window has room, else just above it: never over the form's fields. */
function place(form: Element): void {
  if (!host) return;
  const r = form.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const left = r.left;
  const right = width - r.right;
  const free = Math.max(left, right);
  if (free >= FIXED_MIN && form !== document.body) {
    host.style.cssText = `position:fixed!important;top:12px;${right >= left ? 'right' : 'left'}:12px;width:${Math.min(340, free - 24)}px;max-height:calc(100vh - 24px);overflow:auto;z-index:2147483647;display:block`;
    if (host.parentNode !== document.documentElement) document.documentElement.append(host);
  } else {
    host.style.cssText = 'position:static!important;display:block!important;margin:12px 0!important;max-width:520px;float:none!important';
    const anchor = form === document.body ? document.body.firstElementChild : form;
    if (host.nextElementSibling !== anchor) anchor?.before(host);
  }
}

export interface PanelInput {
  report: FillReport;
  targets: Targets;
  form: Element;
  /** Put the fields back; returns how many were restored. */
  undo(): number;
  /** The person closed the panel. */
  closed?(): void;
}

/** Show the panel, unless the supporter closed it on this page already. */
export function showPanel({ report, targets, form, undo, closed }: PanelInput): void {
  if (dismissed) return;
  closePanel();
  // A built-in element, never a custom element name: a page that defines that name first and
  // calls attachInternals() would get the closed shadow root and could read or rewrite the panel.
  host = document.createElement('div');
  markOwn(host);
  const root = host.attachShadow({ mode: 'closed' });
  el('style', STYLE, root);
  const box = el('section', '', root);
  box.setAttribute('aria-label', t('extName'));
  const head = el('header', '', box);
  el('h2', t('extName'), head);
  button(t('panelClose'), head, () => { dismissed = true; closePanel(); closed?.(); });
  const body = box;

  const said = el('p', t('panelFilled', [String(report.filled), [...new Set(report.roles)].map(roleName).join(', ')]), body);
  said.setAttribute('role', 'status');
  el('p', t('panelTodo'), body);
  const list = el('ul', '', body);
  const item = (text: string, target?: HTMLElement | null) => {
    const li = el('li', text, list);
    if (target) button(t('panelShow'), li, () => show(target));
  };
  if (report.captcha) item(t('panelCaptcha'), targets.captcha as HTMLElement | null);
  for (const c of report.chosen ?? []) item(t(c.reason === 'purpose' ? 'engineChosenPurpose' : 'engineChosenTopic', [c.detail]));
  for (const f of requiredEmpty(form, targets.captcha)) item(t('panelRequired', [labelOf(f as HTMLInputElement)]), f);
  const m = report.message;
  if (m && m.variant > 0) item(t('panelShortened', [String(m.length), String(m.limit ?? '')]));
  item(t('panelSubmit'), targets.submit);
  for (const target of [targets.captcha, targets.submit]) if (target instanceof HTMLElement) outline(target);
  const undoButton = button(t('panelUndo'), body, () => {
    said.textContent = t('panelUndone', [String(undo())]);
    list.remove();
    undoButton.remove();
    clearOutlines();
  });
  place(form);
  replace = () => place(form);
  addEventListener('resize', replace);
}

function clearOutlines(): void {
  for (const target of outlined) target.style.removeProperty('outline');
  outlined = [];
}

export function closePanel(): void {
  host?.remove();
  host = null;
  removeEventListener('resize', replace);
  clearOutlines();
}
