import type { BackgroundProtocol } from '../shared/messages.ts';

// The content script's door to the rest of the extension: the browser's own API (Firefox's
// `browser`, Chrome's `chrome`), not the polyfill, which would be a third of the script every
// official page loads and evaluates. Both browsers return a promise from runtime.sendMessage
// (MV3). The background asks the look and the filler nothing by message: it calls into the
// extension's world with `scripting.executeScript`, so a page whose scripts only answer it never
// has the extension's bindings made. Only types come from shared/messages.ts.

type Api = typeof chrome;
const api = (): Api => (globalThis as { browser?: Api }).browser ?? chrome;

type Args<F> = F extends (...args: infer A) => unknown ? A : never;
type Result<F> = F extends (...args: never[]) => infer R ? R : never;

export function sendToBackground<K extends keyof BackgroundProtocol>(
  kind: K, ...args: Args<BackgroundProtocol[K]>
): Promise<Result<BackgroundProtocol[K]>> {
  return api().runtime.sendMessage({ kind, args }) as Promise<Result<BackgroundProtocol[K]>>;
}

/** A string of the extension's locale. */
export const localised = (key: string, subs?: string[]): string => api().i18n.getMessage(key, subs) || key;
