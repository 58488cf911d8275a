import { browser } from '../shared/browser.ts';
import { LANGUAGES, type Language } from '../shared/letter-kinds.ts';
import type { Settings } from '../shared/settings.ts';
import { BUNDLED, formatMessage, pluralKey } from '../shared/ui-messages.ts';

export { formatMessage, type MessageEntry, type Messages } from '../shared/ui-messages.ts';

export type UiLanguage = Settings['uiLanguage'];

let chosen: Language | null = null;

/** A UI string in the supporter's chosen language, or the browser's with 'auto'. */
export function t(key: string, substitutions?: string[]): string {
  if (chosen === null) return browser.i18n.getMessage(key, substitutions) || key;
  const entry = BUNDLED[chosen][key] ?? BUNDLED.en[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

/** A counted message with the right plural form: "1 of 5 written", "2 из 5 написаны", "5 з 5 напісаны". */
export function tn(base: string, count: number, substitutions?: string[]): string {
  return t(pluralKey(base, count, currentLanguage()), substitutions ?? [String(count)]);
}

/** The language the popup is shown in now, also under 'auto' (the locale the browser picked). */
export function currentLanguage(): Language {
  const code = t('localeCode');
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'en';
}

/** A language's own name for itself, as the language switch lists it. */
export function languageName(language: Language): string {
  return formatMessage(BUNDLED[language].languageName!);
}

/** Show the popup in `language` from now on, and tell the page (lang, title) about it. */
export function applyUiLanguage(language: UiLanguage): void {
  chosen = language === 'auto' ? null : language;
  document.documentElement.lang = currentLanguage();
  document.title = t('extName');
}
