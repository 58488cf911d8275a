import { handleMessages, sendToBackground, type ContentProtocol, type FillRequest, type FillReport } from '../shared/messages.ts';
import { undoFill } from './apply-plan.ts';
import { showPanel } from './panel.ts';
import { pageStatus, runFill } from './run-fill.ts';
import { judgePage, watchAnswer, watchSubmit } from './watch-submit.ts';
import { mightHoldForm, watchPage } from './watch-page.ts';

let recognised = false;
let waiting: FillRequest | null = null;
let stopWatching = () => {};

function fill(request: FillRequest): FillReport {
  const { report, targets, applied, form } = runFill(request, location.href);
  if (report.problem === null && applied && form) {
    stopWatching();
    // Only a form that carried the letter counts when it is submitted (not a ZIP-code first step).
    if (report.roles.includes('message')) {
      const { letterId, language } = request.choice;
      stopWatching = watchSubmit(form, targets.submit, () => {
        void sendToBackground('submitted', { letterId, language }).catch(() => {});
        watchAnswer((outcome) => void sendToBackground('outcome', outcome).catch(() => {}));
      });
    }
    showPanel({ report, targets, form, undo: () => { stopWatching(); return undoFill(applied).restored; } });
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

/** After a submit, this page is the office's answer: a thank-you, or the form again. */
function judgeAnswer(): boolean {
  const outcome = judgePage(mightHoldForm() && pageStatus(location.href).recognised);
  if (outcome) void sendToBackground('outcome', outcome).catch(() => {});
  return !!outcome;
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
  void sendToBackground('awaitingOutcome').then((yes) => { if (yes) watchPage(judgeAnswer, { maxMs: 10_000 }); }).catch(() => {});
  watchPage(check);
}
