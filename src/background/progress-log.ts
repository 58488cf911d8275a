import { recordOutcome, type Attempt } from '../core/progress.ts';
import { browser } from '../shared/browser.ts';
import type { Language } from '../shared/letter.ts';
import { changeProgress } from '../shared/progress-store.ts';

// The delivery log: a submit is recorded as "not confirmed" the moment the person makes it,
// and becomes "sent" only when the office's page says so. Nothing is recorded before.

/** How long after a submit the next page may still confirm it. */
const AWAIT_MS = 2 * 60_000;

interface Filled { frameId: number; letterId: string; language: Language }
interface Awaiting {
  attempt: Attempt;
  frameId: number;
  until: number;
  /** The page the submit was made on (where the browser says it): its own words never confirm it. */
  documentId?: string;
}

// Session storage survives the service worker's naps; it is gone with the browser session,
// and content scripts cannot read it.
const filledKey = (tabId: number) => `filled:${tabId}`;
const awaitKey = (tabId: number) => `awaiting:${tabId}`;

// A submit being recorded, per tab: the next page may ask before the record is written.
const submits = new Map<number, Promise<Awaiting | null>>();

async function session<T>(key: string): Promise<T | undefined> {
  return (await browser.storage.session.get(key))[key] as T | undefined;
}

/** The letter the extension just put into a form in this tab: its submit will be that letter's. */
export async function rememberFill(tabId: number, frameId: number, letter: Omit<Filled, 'frameId'>): Promise<void> {
  await browser.storage.session.set({ [filledKey(tabId)]: { frameId, ...letter } });
}

/** The person submitted a form in this tab: log it as not confirmed, and wait for the office's answer. */
export function recordSubmit(tabId: number, frameId: number, office: Omit<Attempt, 'letterId' | 'language'>, documentId?: string): Promise<boolean> {
  const job = (async () => {
    const filled = await session<Filled>(filledKey(tabId));
    if (!filled || filled.frameId !== frameId) return null;
    const entry: Awaiting = { attempt: { ...office, letterId: filled.letterId, language: filled.language }, frameId, until: Date.now() + AWAIT_MS, ...(documentId ? { documentId } : {}) };
    await browser.storage.session.set({ [awaitKey(tabId)]: entry });
    await changeProgress((p) => recordOutcome(p, entry.attempt, 'not-confirmed'));
    return entry;
  })();
  submits.set(tabId, job);
  return job.then(Boolean, () => false);
}

export async function awaitingFor(tabId: number, frameId: number): Promise<Awaiting | null> {
  const entry = await submits.get(tabId)?.catch(() => null) ?? await session<Awaiting>(awaitKey(tabId));
  return entry && entry.frameId === frameId && entry.until > Date.now() ? entry : null;
}

/**
 * The page after the submit spoke: a thank-you on a new page makes it "sent"; an error leaves it
 * unconfirmed, and so does a "thank you" written on the same page, which any script can write.
 */
export async function recordAnswer(tabId: number, frameId: number, outcome: 'sent' | 'not-confirmed' | null, documentId?: string): Promise<boolean> {
  const entry = await awaitingFor(tabId, frameId);
  if (!entry || !outcome) return false;
  await forgetSubmit(tabId);
  const samePage = !!documentId && entry.documentId === documentId;
  if (outcome === 'sent' && !samePage) await changeProgress((p) => recordOutcome(p, entry.attempt, 'sent'));
  return true;
}

/** The answer came, or the tab closed. */
export async function forgetSubmit(tabId: number): Promise<void> {
  submits.delete(tabId);
  await browser.storage.session.remove(awaitKey(tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  submits.delete(tabId);
  await browser.storage.session.remove([awaitKey(tabId), filledKey(tabId)]);
}
