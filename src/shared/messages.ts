import type { LetterChoice } from '../core/prepare-letter.ts';
import { browser, type Runtime } from './browser.ts';
import type { Language, Letter, Office, Salutations } from './letter.ts';
import type { Profile } from './profile.ts';

/** Everything a page needs to fill itself: sent by the popup or the background, never by a page. */
export interface FillRequest {
  profile: Profile;
  letter: Letter;
  /** Salutations in the letter's language. */
  salutations: Salutations;
  choice: LetterChoice;
  wantsResponse: boolean;
  /** Today's date (YYYY-MM-DD) for {date}. */
  today: string;
}

export interface PageStatus {
  /** A contact form (or its ZIP-code first step) is on this page. */
  recognised: boolean;
  office: Office | null;
  /** The message field's limit, when the page or the site registry says it. */
  messageLimit: number | null;
  /** Fields the extension knows how to fill. */
  fillable: number;
}

export interface FillReport {
  filled: number;
  /** Roles filled, in page order: shown to the supporter as "Filled: name, email, message". */
  roles: string[];
  /** Fields left to the supporter, with the reason. */
  left: { role: string | null; reason: string; detail?: string }[];
  captcha: boolean;
  submit: boolean;
  message: { variant: number; length: number; limit: number | null } | null;
  /** Set when there was nothing to fill. */
  problem: 'no-form' | 'waiting-for-form' | null;
}

/** Messages a content script answers (sent to one frame of a tab). */
export interface ContentProtocol {
  /** Fill now; with `waitForForm`, a page with no form yet fills as soon as one appears. */
  fill(request: FillRequest, waitForForm: boolean): FillReport;
}

/** What the popup shows about the active tab. */
export interface TabStatus {
  /** Frames of the tab holding a recognised form (the top page, or an embedded form). */
  frames: { frameId: number; host: string; status: PageStatus }[];
}

/** Messages the background answers: from content scripts (first three) and from the popup. */
export interface BackgroundProtocol {
  pageRecognised(status: PageStatus): boolean;
  /** The fill to run now: the supporter asked for fills on open, or a multi-step form continues. */
  pendingFill(): FillRequest | null;
  filled(report: FillReport): boolean;
  tabStatus(tabId: number): TabStatus;
  /** Fill every recognised form in the tab; with none, the page fills when its form appears. */
  fillTab(tabId: number): FillReport[];
  /** The person submitted a form the extension filled with this letter (guided campaign). */
  submitted(letter: SubmittedLetter): boolean;
  /** Is a submit from this tab and frame waiting to learn whether it went through? */
  awaitingOutcome(): boolean;
  /** What the page after the submit said; null when it said nothing either way. */
  outcome(outcome: 'sent' | 'not-confirmed' | null): boolean;
}

/** The letter in a form the person submitted. */
export interface SubmittedLetter {
  letterId: string;
  language: Language;
}

type Args<F> = F extends (...args: infer A) => unknown ? A : never;
type Result<F> = F extends (...args: never[]) => infer R ? R : never;

export interface Message<P, K extends keyof P = keyof P> {
  kind: K;
  args: Args<P[K]>;
}

export function sendToBackground<K extends keyof BackgroundProtocol>(
  kind: K, ...args: Args<BackgroundProtocol[K]>
): Promise<Result<BackgroundProtocol[K]>> {
  return browser.runtime.sendMessage({ kind, args });
}

export function sendToFrame<K extends keyof ContentProtocol>(
  tabId: number, frameId: number, kind: K, ...args: Args<ContentProtocol[K]>
): Promise<Result<ContentProtocol[K]>> {
  return browser.tabs.sendMessage(tabId, { kind, args }, { frameId });
}

export type Handlers<P> = {
  [K in keyof P]: (sender: Runtime.MessageSender, ...args: Args<P[K]>) => Promise<Result<P[K]>> | Result<P[K]> | undefined;
};

/**
 * Answer the protocol's messages. A handler returning undefined leaves the message to
 * another listener (a frame without a form stays silent).
 */
export function handleMessages<P>(handlers: Handlers<P>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const message = raw as Partial<Message<P>>;
    if (typeof message !== 'object' || message === null || !Array.isArray(message.args)) return undefined;
    const handler = handlers[message.kind as keyof P] as ((s: Runtime.MessageSender, ...a: unknown[]) => unknown) | undefined;
    if (typeof handler !== 'function' || !Object.hasOwn(handlers, message.kind as PropertyKey)) return undefined;
    const result = handler(sender, ...message.args);
    return result === undefined ? undefined : Promise.resolve(result);
  });
}
