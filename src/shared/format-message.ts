import type { Language } from './letter-kinds.ts';

// Messages in the format of _locales/<lang>/messages.json, formatted as the browser does it.
// No message files here: the content script imports this and must stay small.

/** One entry of a _locales/<lang>/messages.json file. */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

/** Each named $NAME$ (any case) of a message replaced by its placeholder's content, as Chrome does it first. */
export function withNamedPlaceholders(entry: MessageEntry): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
}

/** $1…$9 become the substitutions (missing ones become empty) and $$ becomes $. */
export const substitute = (text: string, substitutions: string[] = []): string =>
  text.replace(/\$(\$|[1-9])/g, (_, index: string) => (index === '$' ? '$' : substitutions[Number(index) - 1] ?? ''));

/**
 * A message with its placeholders filled in the way Chrome does it: each named $NAME$
 * becomes its placeholder's content, then $1…$9 become the substitutions.
 */
export const formatMessage = (entry: MessageEntry, substitutions?: string[]): string =>
  substitute(withNamedPlaceholders(entry), substitutions);

/**
 * The key of a counted message in `language`: `<base>_one`, `_few`, `_many` or `_other`, by the
 * language's CLDR plural rules (Russian and Belarusian: 1 файл, 2 файлы, 5 файлаў, 21 файл).
 * Every locale file carries all four forms, so the keys stay the same in each. English, Russian
 * and Belarusian have no other categories (no `zero`, no `two`): a new language that has them
 * needs those forms too.
 */
export const pluralKey = (base: string, count: number, language: Language): string =>
  `${base}_${new Intl.PluralRules(language).select(count)}`;
