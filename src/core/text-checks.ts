// Checks for text that came from someone else (a backup file, damaged storage) and will be typed
// into an office's form or appended to a letter. Each names a way text can say something other
// than what a person reading it sees. Pure: the schemas in src/shared call these.

/** C0 and C1 control characters and DEL. Line breaks are allowed only where `multiline` says so. */
export function hasControl(text: string, multiline = false): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (multiline && (ch === '\n' || ch === '\t')) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * Characters that reorder the text around them, so the letters stored differ from the word
 * shown: embeddings and overrides (U+202A–202E), isolates (U+2066–2069), and the invisible
 * direction marks (U+200E, U+200F, U+061C). None has a use in a US address, a name typed for
 * one, or a note in English, Russian or Belarusian.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/**
 * Characters with no width: a name with one inside looks the same and compares differently.
 * U+200B–200D (zero-width space, non-joiner, joiner), U+2060 (word joiner), U+FEFF (byte order
 * mark), U+2061–2064 (invisible operators), U+180E (Mongolian vowel separator), U+00AD (soft hyphen).
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD]/u;

export const hasBidiControl = (text: string): boolean => BIDI.test(text);
export const hasZeroWidth = (text: string): boolean => ZERO_WIDTH.test(text);

/**
 * The alphabets whose letters pass for each other (Latin "a", Cyrillic "а", Greek "α"). A word
 * written in one of them is fine, whichever it is: a supporter may type a Cyrillic name all in
 * Cyrillic. Scripts that mix by design within one word (Japanese) are not in the list.
 */
const LOOK_ALIKE_SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
] as const;

/** Words that mix letters of two look-alike alphabets ("Аlesia" with a Cyrillic А), in order. */
export function mixedScriptWords(text: string): string[] {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.filter((word) => {
    const scripts = new Set<string>();
    for (const ch of word) {
      for (const [name, pattern] of LOOK_ALIKE_SCRIPTS) if (pattern.test(ch)) scripts.add(name);
    }
    return scripts.size > 1;
  });
}

/** A real day of the Gregorian calendar written YYYY-MM-DD: no 2021-02-30, no 9999-99-99. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** The local date `days` after `now`, YYYY-MM-DD (the form progress dates are stored in). */
export function localDateAfter(now: Date, days: number): string {
  const then = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())}`;
}
