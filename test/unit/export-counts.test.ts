import { describe, expect, it } from 'vitest';
import { countLetters, countsToCsv, countsToJson } from '../../src/core/export-counts.ts';
import { LANGUAGES, OFFICES } from '../../src/shared/letter.ts';
import type { Progress, ProgressEntry } from '../../src/shared/progress.ts';
import library from '../support/letters.ts';
import { createProfile, TEST_PROFILE } from '../support/factories.ts';

const known = library.letters.map((l) => l.id);

function entry(overrides: Partial<ProgressEntry> = {}): ProgressEntry {
  return { letterId: 'political-prisoners', office: 'senate', host: 'www.durbin.senate.gov', status: 'sent', language: 'en', date: '2026-11-20', by: 'detected', ...overrides };
}

describe('counts for organisers', () => {
  it('count letters sent and not confirmed per letter, office and language', () => {
    const progress: Progress = { entries: [
      entry(), entry({ host: 'www.duckworth.senate.gov' }), entry({ office: 'white-house', host: 'www.whitehouse.gov', status: 'not-confirmed' }),
      entry({ letterId: 'solidarity', office: 'house', host: '', by: 'hand', language: 'be' }),
    ] };
    expect(countLetters(progress, known)).toEqual([
      { letter: 'political-prisoners', office: 'senate', language: 'en', sent: 2, notConfirmed: 0 },
      { letter: 'political-prisoners', office: 'white-house', language: 'en', sent: 0, notConfirmed: 1 },
      { letter: 'solidarity', office: 'house', language: 'be', sent: 1, notConfirmed: 0 },
    ]);
    expect(countsToCsv(countLetters(progress, known))).toBe(
      'letter,office,language,sent,notConfirmed\r\npolitical-prisoners,senate,en,2,0\r\npolitical-prisoners,white-house,en,0,1\r\nsolidarity,house,be,1,0\r\n');
    expect(JSON.parse(countsToJson(countLetters(progress, known)))).toMatchObject({ format: 'write-for-belarus-counts', version: 1 });
  });
});

describe('no personal data can appear in the export', () => {
  // Every personal value, and each word of it, in every place a stored entry could carry text.
  const profile = createProfile({ firstName: 'alesia', lastName: 'kavalenka', city: 'chicago' });
  const personal = [...Object.values(TEST_PROFILE), ...Object.values(profile)].filter((v) => v.length > 2);
  const hostile: ProgressEntry[] = personal.flatMap((value) => {
    const slug = value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
    return [
      entry({ letterId: slug, host: slug }),
      entry({ host: `${slug}.senate.gov` }),
      entry({ letterId: `${slug}-political-prisoners`, date: '1990-01-01' }),
    ];
  });
  const progress: Progress = { entries: [...hostile, entry(), entry({ office: 'dhs', language: 'ru' })] };

  it('is built only from the letter library, office kinds, languages and numbers', () => {
    const vocabulary = new Set<string>([...known, 'other', ...OFFICES, ...LANGUAGES, 'letter', 'office', 'language', 'sent', 'notConfirmed']);
    const csv = countsToCsv(countLetters(progress, known));
    const cells = csv.trim().split(/\r\n|,/);
    for (const cell of cells) expect(vocabulary.has(cell) || /^\d+$/.test(cell), `unexpected cell "${cell}"`).toBe(true);
  });

  it('carries no name, address, email, phone, office site or date, in CSV or JSON', () => {
    const outputs = [countsToCsv(countLetters(progress, known)), countsToJson(countLetters(progress, known))];
    for (const output of outputs) {
      for (const value of personal) expect(output.toLowerCase()).not.toContain(value.toLowerCase());
      expect(output).not.toMatch(/@|senate\.gov|\d{4}-\d{2}-\d{2}|1990/);
    }
  });

  it('a letter that is not in the library is counted as "other", not by its name', () => {
    expect(countLetters({ entries: [entry({ letterId: 'alesia-kavalenka' })] }, known)).toEqual(
      [{ letter: 'other', office: 'senate', language: 'en', sent: 1, notConfirmed: 0 }]);
  });
});
