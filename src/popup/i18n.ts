import be from '../../public/_locales/be/messages.json';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { browser } from '../shared/browser.ts';
import { LANGUAGES, type Language } from '../shared/letter-kinds.ts';
import type { Settings } from '../shared/settings.ts';

export type UiLanguage = Settings['uiLanguage'];

/** One entry of a _locales/<lang>/messages.json file. */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

// browser.i18n follows the browser's language and cannot be switched at run time
// (https://developer.chrome.com/docs/extensions/reference/api/i18n), so the popup carries the
// same files and reads the chosen one itself; 'auto' still asks the browser.
const BUNDLED: Record<Language, Messages> = { en, ru, be };

let chosen: Language | null = null;

/**
 * A message with its placeholders filled in the way Chrome does it: each named $NAME$
 * (any case) becomes its placeholder's content, then $1…$9 become the substitutions
 * (missing ones become empty) and $$ becomes $.
 */
export function formatMessage(entry: MessageEntry, substitutions: string[] = []): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => named.get(name.toLowerCase()) ?? whole)
    .replace(/\$(\$|[1-9])/g, (_, index: string) => (index === '$' ? '$' : substitutions[Number(index) - 1] ?? ''));
}

/** A UI string in the supporter's chosen language, or the browser's with 'auto'. */
export function t(key: string, substitutions?: string[]): string {
  if (chosen === null) return browser.i18n.getMessage(key, substitutions) || key;
  const entry = BUNDLED[chosen][key] ?? BUNDLED.en[key];
  return entry ? formatMessage(entry, substitutions) : key;
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
