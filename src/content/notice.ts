import { browser } from '../shared/browser.ts';
import type { FillReport } from '../shared/messages.ts';
import type { Targets } from './page-targets.ts';

const STYLE = `
:host { all: initial; }
.box { position: fixed; right: 16px; bottom: 16px; max-width: 320px; z-index: 2147483647;
  font: 14px/1.4 system-ui, sans-serif; color: #10243e; background: #fff; border: 2px solid #b3261e;
  border-radius: 8px; padding: 12px 14px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
.box p { margin: 0 0 6px; }
button { font: inherit; margin-top: 4px; padding: 4px 10px; border-radius: 4px; border: 1px solid #10243e; background: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.ring { position: absolute; pointer-events: none; border: 3px solid #b3261e; border-radius: 6px; }
@media (prefers-color-scheme: dark) { .box { background: #1d232b; color: #f1f3f5; } button { background: #1d232b; color: inherit; border-color: #f1f3f5; } }
`;

let host: HTMLElement | null = null;

const t = (key: string, subs?: string[]) => browser.i18n.getMessage(key, subs) || key;

function ring(root: ShadowRoot, target: Element): void {
  const rect = target.getBoundingClientRect();
  const div = document.createElement('div');
  div.className = 'ring';
  Object.assign(div.style, {
    left: `${rect.left + window.scrollX - 4}px`, top: `${rect.top + window.scrollY - 4}px`,
    width: `${rect.width + 8}px`, height: `${rect.height + 8}px`,
  });
  root.append(div);
}

/**
 * Tell the supporter, on the page, what was filled and what is theirs to do. It lives in a
 * closed shadow root so neither the page's styles nor its scripts reach into it.
 */
export function showNotice(report: FillReport, targets: Targets): void {
  host?.remove();
  host = document.createElement('write-for-belarus-notice');
  Object.assign(host.style, { position: 'absolute', left: '0', top: '0', width: '0', height: '0' });
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  const lines = [t('noticeFilled', [String(report.filled)])];
  if (report.left.length) lines.push(t('noticeLeft', [String(report.left.length)]));
  lines.push(t(report.captcha ? 'noticeCaptchaAndSubmit' : 'noticeSubmit'));
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    box.append(p);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('noticeClose');
  close.addEventListener('click', () => { host?.remove(); host = null; });
  box.append(close);
  root.append(style, box);
  for (const target of [targets.captcha, targets.submit]) if (target) ring(root, target);
  document.documentElement.append(host);
}
