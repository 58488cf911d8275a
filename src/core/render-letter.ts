import type { Placeholder } from '../shared/letter.ts';

export type LetterValues = Record<Placeholder, string>;

const PLACEHOLDER = /\{([a-z]+)\}/g;

/**
 * Fill a letter template. `{note}` stands on a line of its own: with no note, that line and
 * the blank line beside it go, so the letter never shows a gap where the note would be.
 */
export function renderLetter(template: string, values: LetterValues): string {
  const note = values.note.trim();
  let text = template.replace(/\r\n?/g, '\n');
  text = note
    ? text.replace(/^[ \t]*\{note\}[ \t]*$/m, note)
    : text.replace(/\n?^[ \t]*\{note\}[ \t]*\n(\s*\n)?/m, '\n');
  return text
    .replace(PLACEHOLDER, (whole, key: string) =>
      key in values ? values[key as Placeholder] : whole)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Placeholders a template uses, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Length as official forms count it: the browser submits each line break as CR LF, and
 * server-side limits count both characters.
 */
export function formLength(text: string): number {
  let breaks = 0;
  for (const char of text) if (char === '\n') breaks++;
  return text.replace(/\r/g, '').length + breaks;
}
