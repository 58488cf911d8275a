import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Messages } from '../../src/popup/i18n.ts';

// A locale in which every message is its own key in markers, ⟦key⟧, with its placeholders
// kept (⟦key|$COUNT$⟧) so substitutions stay visible. Rendered with it, any text on screen
// that is not inside markers did not come from a message.

export const OPEN = '⟦';
export const CLOSE = '⟧';

export function readLocale(language: string): Messages {
  return JSON.parse(readFileSync(resolve(`public/_locales/${language}/messages.json`), 'utf8')) as Messages;
}

export function markerMessages(): Messages {
  return Object.fromEntries(Object.entries(readLocale('en')).map(([key, entry]) => {
    const names = Object.keys(entry.placeholders ?? {}).map((name) => `|$${name.toUpperCase()}$`).join('');
    return [key, { ...entry, message: `${OPEN}${key}${names}${CLOSE}` }];
  }));
}

/** browser.i18n.getMessage over the marker locale: '' for an unknown key, as Chrome answers. */
export function markerGetMessage(key: string, substitutions?: string | string[]): string {
  if (!(key in readLocale('en'))) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return `${OPEN}${[key, ...subs].join('|')}${CLOSE}`;
}

/** The keys named by markers in `text`, and what is left once every marker is taken out. */
export function takeMarkers(text: string): { keys: string[]; rest: string } {
  const keys: string[] = [];
  let rest = text;
  const innermost = new RegExp(`${OPEN}([^${OPEN}${CLOSE}|]*)[^${OPEN}${CLOSE}]*${CLOSE}`, 'g');
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(innermost, (_, key: string) => { keys.push(key); return ''; });
  }
  return { keys, rest };
}
