import { LANGUAGES, OFFICES, type Language, type Office } from '../shared/letter-kinds.ts';
import type { Progress } from '../shared/progress.ts';

/**
 * Counts for campaign organisers: how many letters went to each kind of office, per letter
 * and language. Built only from fixed vocabularies and numbers, so no name, address, email,
 * office site or date can end up in it.
 */
export interface CountRow {
  letter: string;
  office: Office;
  language: Language;
  sent: number;
  notConfirmed: number;
}

/** Letters outside the library (say, from an edited storage) are counted as "other". */
export function countLetters(progress: Progress, knownLetters: readonly string[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const entry of progress.entries) {
    const letter = knownLetters.includes(entry.letterId) ? entry.letterId : 'other';
    const office = OFFICES.find((o) => o === entry.office);
    const language = LANGUAGES.find((l) => l === entry.language);
    if (!office || !language) continue;
    const key = `${letter}|${office}|${language}`;
    const row = rows.get(key) ?? { letter, office, language, sent: 0, notConfirmed: 0 };
    if (entry.status === 'sent') row.sent++;
    else row.notConfirmed++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) =>
    a.letter.localeCompare(b.letter) || OFFICES.indexOf(a.office) - OFFICES.indexOf(b.office) || LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language));
}

const COLUMNS = ['letter', 'office', 'language', 'sent', 'notConfirmed'] as const;

export function countsToCsv(rows: CountRow[]): string {
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => String(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function countsToJson(rows: CountRow[]): string {
  return `${JSON.stringify({ format: 'write-for-belarus-counts', version: 1, rows: rows.map((r) => Object.fromEntries(COLUMNS.map((c) => [c, r[c]]))) }, null, 2)}\n`;
}
