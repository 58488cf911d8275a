import type { FillInput, FillPlan } from '../core/fill-plan.ts';
import type { PageSnapshot } from '../core/page-status.ts';
import { browser, type Runtime } from './browser.ts';
import type { Language, Office } from './letter-kinds.ts';

/**
 * Everything a page needs to fill itself, the letter already written for that page's office:
 * sent by the background, never by a page. The page adds what it knows (its message limit).
 */
export type FillRequest = Omit<FillInput, 'knownMessageLimit'>;

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
  /**
   * Set when nothing was filled: 'posts-elsewhere', the page's only form sends to another site;
   * 'form-hidden', a contact form is there but none of it is shown (a banner or a pop-up over it);
   * 'failed', the frame's read or fill stopped part way (the page broke it, or went away).
   */
  problem: 'no-form' | 'waiting-for-form' | 'posts-elsewhere' | 'form-hidden' | 'failed' | null;
  /**
   * What was written, field by field, as the page's own label and the value put there (an
   * option's text, a box's tick): the popup shows it, so the record of a fill never depends on
   * the page's panel.
   */
  written: { role: string; label: string; value: string }[];
}

/**
 * What a page says of its fill: the report less `written`, with the fields it wrote (their refs
 * in the snapshot). The background describes those fields from its own snapshot and plan, so
 * the page's script carries no code for it and the values shown are the plan's.
 */
export type PageReport = Omit<FillReport, 'written'> & { refs: number[] };

/**
 * What a cheap look at a page found, before any full read: form controls enough for a contact
 * form, and the message box's limit when the page sets one.
 */
export interface FormHint {
  messageLimit: number | null;
}

/** Where the supporter stands with the chosen letter: shown on an office's answer page after a confirmed submit. */
export interface CampaignStep {
  done: number;
  total: number;
  /** The next office to write to; `person` names a senator when the directory knows them. */
  next: { office: Office; index: number; person: string | null } | null;
}

/** The panel's messages in the supporter's chosen language, named placeholders resolved (only $1…$9 left to fill), and its style sheet. */
export interface PanelStrings {
  language: Language;
  messages: Record<string, string>;
  style: string;
}

/**
 * What the background asks of the filler in a frame, through `scripting.executeScript` (never a
 * message: the page's extension bindings are not even made for a fill from the popup).
 */
export interface FillerProtocol {
  /** Read the page's fields as they are now. */
  collect(): Promise<PageSnapshot>;
  /** Fill the fields of the last snapshot as planned; re-checks each field first. With the panel's words, so it asks for nothing more. */
  apply(plan: FillPlan, strings: PanelStrings | null): Promise<PageReport>;
}

/** The background's answer to a spotted form: read it in full now (fill on open, the next step of a fill)? Does a submit from this frame wait for its answer? */
export interface Spotted {
  readNow: boolean;
  awaiting: boolean;
}

/** What the popup shows about the active tab. */
export interface TabStatus {
  /** Frames of the tab holding a recognised form (the top page, or an embedded form). */
  frames: { frameId: number; host: string; url: string; siteId: string; status: PageStatus }[];
  /** The host of the tab's top-level page when it is an office's site: the site "fill on open" is confirmed for. */
  site?: string | null;
}

/** Messages the background answers: from content scripts (all but tabStatus and fillTab) and from the popup. */
export interface BackgroundProtocol {
  /**
   * A page's form controls: is it a contact form? With a plan when the page should fill now
   * (the supporter asked for fills on open, or this is the next step of a form being filled).
   */
  pageSeen(snapshot: PageSnapshot): { status: PageStatus; plan: FillPlan | null; strings?: PanelStrings | null };
  /**
   * A cheap look says the page may hold a contact form: mark it recognised (badge, popup), say
   * whether to read it in full now (fill on open, or the next step of a fill), and whether a
   * submit from this tab and frame waits for its answer (the form again, after an error). Sent
   * only for a form that appears after the background took the page's first look (a late form,
   * a single-page site's next page), or that it did not come for: a visit sends nothing.
   */
  formSpotted(hint: FormHint): Spotted;
  /** Load the filler (reading, filling, the panel) into the asking frame: is it there now? */
  loadFiller(): boolean;
  filled(report: PageReport): boolean;
  /** While the asking frame is filled, every box answers a hit test (see background/covers-shown.ts): is that so now? */
  showCovers(): boolean;
  /** The asking frame's own pointer events again, once its fill is done. */
  hideCovers(): boolean;
  tabStatus(tabId: number): TabStatus;
  /** Fill every recognised form in the tab; with none yet, the form fills when it appears. */
  fillTab(tabId: number): FillReport[];
  /** The person submitted a form the extension filled with the letter (guided campaign). */
  submitted(): boolean;
  /** Is a submit from this tab and frame waiting to learn whether it went through? (Asked by pages without a form.) */
  awaitingOutcome(): boolean;
  /** What the page after the submit said; null when it said nothing either way. */
  outcome(outcome: 'sent' | 'not-confirmed' | null): boolean;
  /** Progress with the chosen letter, for the acknowledgement on the office's answer page. */
  campaignStep(): CampaignStep | null;
  /**
   * The messages of the language chosen in the popup, for the page's panel, their named
   * placeholders already resolved (only $1…$9 are left to fill); null: the browser's language.
   */
  panelStrings(): PanelStrings | null;
}

export type Args<F> = F extends (...args: infer A) => unknown ? A : never;
export type Result<F> = F extends (...args: never[]) => infer R ? R : never;

export interface Message<P, K extends keyof P = keyof P> {
  kind: K;
  args: Args<P[K]>;
}

export function sendToBackground<K extends keyof BackgroundProtocol>(
  kind: K, ...args: Args<BackgroundProtocol[K]>
): Promise<Result<BackgroundProtocol[K]>> {
  return browser.runtime.sendMessage({ kind, args });
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
    // Only this extension's own contexts: other extensions arrive on onMessageExternal, pages never.
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof message !== 'object' || message === null || !Array.isArray(message.args)) return undefined;
    const handler = handlers[message.kind as keyof P] as ((s: Runtime.MessageSender, ...a: unknown[]) => unknown) | undefined;
    if (typeof handler !== 'function' || !Object.hasOwn(handlers, message.kind as PropertyKey)) return undefined;
    const result = handler(sender, ...message.args);
    return result === undefined ? undefined : Promise.resolve(result);
  });
}
