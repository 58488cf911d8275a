import type { BackgroundProtocol, ContentProtocol, Message } from '../shared/messages.ts';

// The content script's door to the rest of the extension: the browser's own API (Firefox's
// `browser`, Chrome's `chrome`), not the polyfill, which would be a third of the script every
// official page loads and evaluates. Both browsers return a promise from runtime.sendMessage
// (MV3) and take an answer through sendResponse. Only types come from shared/messages.ts.

type Api = typeof chrome;
const api = (): Api => (globalThis as { browser?: Api }).browser ?? chrome;

type Args<F> = F extends (...args: infer A) => unknown ? A : never;
type Result<F> = F extends (...args: never[]) => infer R ? R : never;

export function sendToBackground<K extends keyof BackgroundProtocol>(
  kind: K, ...args: Args<BackgroundProtocol[K]>
): Promise<Result<BackgroundProtocol[K]>> {
  return api().runtime.sendMessage({ kind, args }) as Promise<Result<BackgroundProtocol[K]>>;
}

type ContentHandlers = { [K in keyof ContentProtocol]?: (...args: Args<ContentProtocol[K]>) => Result<ContentProtocol[K]> | undefined };

/**
 * Answer the background's messages: the look answers some, the filler (once loaded) the rest.
 * Only this extension's own contexts reach here (pages cannot message a content script); a
 * message this script has no handler for, or a handler returning undefined, is left unanswered.
 */
export function answerBackground(handlers: ContentHandlers): void {
  api().runtime.onMessage.addListener((raw: unknown, sender: chrome.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    const message = raw as Partial<Message<ContentProtocol>>;
    // Not an object, or null: no args either.
    if (sender.id !== api().runtime.id || !Array.isArray(message?.args)) return undefined;
    if (typeof message.kind !== 'string' || !Object.hasOwn(handlers, message.kind)) return undefined;
    const handler = handlers[message.kind as keyof ContentProtocol] as (...a: unknown[]) => unknown;
    const result = handler(...message.args);
    // Answered at once, or not at all: never a response kept open.
    if (result !== undefined) sendResponse(result);
    return undefined;
  });
}

/** A string of the extension's locale. */
export const localised = (key: string, subs?: string[]): string => api().i18n.getMessage(key, subs) || key;
