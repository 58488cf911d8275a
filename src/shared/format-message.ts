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
 * The CLDR plural category of a count of things in `language`. Written out, not asked of
 * `Intl.PluralRules`: building one costs a third of a millisecond on every page the panel
 * shows on, the rule itself nothing. English: one, other. Russian and Belarusian: one (1, 21,
 * 31…), few (2–4, 22–24…), many (the rest, 11–14 included). test/unit/plurals.test.ts checks
 * these against Intl for every language the extension speaks.
 */
export function pluralCategory(count: number, language: Language): 'one' | 'few' | 'many' | 'other' {
  if (language === 'en') return count === 1 ? 'one' : 'other';
  const last = count % 10;
  const lastTwo = count % 100;
  return last === 1 && lastTwo !== 11 ? 'one' : last > 1 && last < 5 && (lastTwo < 12 || lastTwo > 14) ? 'few' : 'many';
}

/**
 * The key of a counted message in `language`: `<base>_one`, `_few`, `_many` or `_other`. Every
 * locale file carries all four forms, so the keys stay the same in each. English, Russian and
 * Belarusian have no other categories (no `zero`, no `two`): a new language that has them
 * needs those forms, and a rule in pluralCategory.
 */
export const pluralKey = (base: string, count: number, language: Language): string => `${base}_${pluralCategory(count, language)}`;
