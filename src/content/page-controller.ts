import { handleMessages, sendToBackground, type ContentProtocol, type FillRequest, type FillReport } from '../shared/messages.ts';
import { showNotice } from './notice.ts';
import { pageStatus, runFill } from './run-fill.ts';
import { mightHoldForm, watchPage } from './watch-page.ts';

let recognised = false;
let waiting: FillRequest | null = null;

function fill(request: FillRequest): FillReport {
  const { report, targets } = runFill(request, location.href);
  if (report.problem === null) {
    showNotice(report, targets);
    void sendToBackground('filled', report).catch(() => {});
  }
  return report;
}

function onFormFound(): void {
  const status = pageStatus(location.href);
  void sendToBackground('pageRecognised', status).catch(() => {});
  if (waiting) { const request = waiting; waiting = null; fill(request); return; }
  void sendToBackground('pendingFill').then((request) => { if (request) fill(request); }).catch(() => {});
}

function check(): boolean {
  if (!mightHoldForm() || !pageStatus(location.href).recognised) return false;
  onFormFound();
  return true;
}

/** Answer fill requests, and tell the background when this page holds a form. */
export function startPageController(): void {
  handleMessages<ContentProtocol>({
  fill(_sender, request, waitForForm) {
    if (recognised || pageStatus(location.href).recognised) return fill(request);
    if (!waitForForm) return undefined;
    waiting = request;
    watchPage(check, { maxMs: 120_000 });
    return { filled: 0, roles: [], left: [], captcha: false, submit: false, message: null, problem: 'waiting-for-form' };
  },
  });
  watchPage(check);
}
