import { browser } from '../shared/browser.ts';

/** A UI string in the browser's language, from _locales/. */
export function t(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
