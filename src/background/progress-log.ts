import { recordOutcome, type Attempt } from '../core/progress.ts';
import { browser } from '../shared/browser.ts';
import type { Progress } from '../shared/progress.ts';
import { progressItem, read, write } from '../shared/storage.ts';

// The delivery log: a submit is recorded as "not confirmed" the moment the person makes it,
// and becomes "sent" only when the office's page says so. Nothing is recorded before.

/** How long after a submit the next page may still confirm it. */
const AWAIT_MS = 2 * 60_000;

interface Awaiting {
  attempt: Attempt;
  frameId: number;
  until: number;
}

// The next page may ask before the session write lands: the service worker's memory answers
// first, session storage after the worker has napped.
const awaiting = new Map<number, Awaiting>();
const awaitKey = (tabId: number) => `awaiting:${tabId}`;

let queue: Promise<unknown> = Promise.resolve();

/** Read, change and write the log one change at a time, so two answers never overwrite each other. */
export function updateProgress(change: (progress: Progress) => Progress): Promise<void> {
  const run = queue.then(async () => {
    const current = (await read(progressItem)).value;
    const next = change(current);
    if (next !== current) await write(progressItem, next);
  });
  queue = run.catch(() => {});
  return run;
}

export async function recordSubmit(tabId: number, frameId: number, attempt: Attempt): Promise<void> {
  const entry = { attempt, frameId, until: Date.now() + AWAIT_MS };
  awaiting.set(tabId, entry);
  await Promise.all([
    browser.storage.session.set({ [awaitKey(tabId)]: entry }),
    updateProgress((p) => recordOutcome(p, attempt, 'not-confirmed')),
  ]);
}

export async function awaitingFor(tabId: number, frameId: number): Promise<Awaiting | null> {
  const entry = awaiting.get(tabId) ?? (await browser.storage.session.get(awaitKey(tabId)))[awaitKey(tabId)] as Awaiting | undefined;
  return entry && entry.frameId === frameId && entry.until > Date.now() ? entry : null;
}

/** The page after the submit spoke: a thank-you makes it "sent"; an error leaves it unconfirmed. */
export async function recordAnswer(tabId: number, frameId: number, outcome: 'sent' | 'not-confirmed' | null): Promise<boolean> {
  const entry = await awaitingFor(tabId, frameId);
  if (!entry || !outcome) return false;
  await forgetSubmit(tabId);
  if (outcome === 'sent') await updateProgress((p) => recordOutcome(p, entry.attempt, 'sent'));
  return true;
}

export async function forgetSubmit(tabId: number): Promise<void> {
  awaiting.delete(tabId);
  await browser.storage.session.remove(awaitKey(tabId));
}
