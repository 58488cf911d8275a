import { describe, expect, it, vi } from 'vitest';
import { hasBidiControl, hasControl, hasZeroWidth, isCalendarDate, mixedScriptWords } from '../../src/core/text-checks.ts';
import { validateProfile } from '../../src/shared/profile.ts';
import { ProgressEntrySchema } from '../../src/shared/progress.ts';
import { noteProblem } from '../../src/shared/settings.ts';
import * as z from 'zod/mini';
import { TEST_PROFILE } from '../support/factories.ts';

// Text that came from someone else is checked for what a reader would not see. Each class is
// tried in the profile's free-text fields and the note, as the popup and an import check them.

const input = (overrides: Record<string, string>) => ({ ...TEST_PROFILE, ...overrides }) as Record<string, string>;
const errorsFor = (overrides: Record<string, string>) => {
  const result = validateProfile(input(overrides));
  return result.ok ? {} : result.errors;
};
const TEXT_FIELDS = ['firstName', 'lastName', 'street', 'street2', 'city'] as const;

describe('control characters', () => {
  it('are refused in names and the address, with their own message', () => {
    for (const field of TEXT_FIELDS) {
      for (const bad of ['Ales\u0000ia', 'Ales\u0007ia', 'Ales\nia', 'Ales\u001Bia', 'Ales\u007Fia', 'Ales\u0085ia']) {
        expect(errorsFor({ [field]: bad }), `${field}: ${JSON.stringify(bad)}`).toEqual({ [field]: 'dataErrControl' });
      }
    }
  });

  it('in the note, line breaks are fine and other controls are not', () => {
    expect(noteProblem('Dear friends,\nthank you.\n\tAlesia')).toBeNull();
    expect(noteProblem('thank\u0000you')).toBe('dataErrControl');
    expect(noteProblem('thank\ryou')).toBe('dataErrControl');
    expect(hasControl('a\nb', true)).toBe(false);
    expect(hasControl('a\nb')).toBe(true);
  });
});

describe('bidi overrides, embeddings, isolates and direction marks', () => {
  const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

  it('are refused in every text field and the note', () => {
    for (const ch of bidi) {
      expect(hasBidiControl(`Chi${ch}cago`)).toBe(true);
      for (const field of TEXT_FIELDS) expect(errorsFor({ [field]: `Chi${ch}cago` })).toEqual({ [field]: 'dataErrBidi' });
      expect(noteProblem(`Thank ${ch}you`)).toBe('dataErrBidi');
    }
  });

  it('an override that shows "Chicago" reversed is caught even with nothing else odd', () => {
    expect(errorsFor({ city: '\u202Eogacihc' })).toEqual({ city: 'dataErrBidi' });
  });
});

describe('zero-width characters', () => {
  const zeroWidth = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u2062'];

  it('are refused inside names, the address and the note', () => {
    for (const ch of zeroWidth) {
      expect(hasZeroWidth(`Ale${ch}sia`)).toBe(true);
      for (const field of TEXT_FIELDS) expect(errorsFor({ [field]: `Ale${ch}sia` })).toEqual({ [field]: 'dataErrZeroWidth' });
      expect(noteProblem(`Thank${ch} you`)).toBe('dataErrZeroWidth');
    }
  });

  it('leaves ordinary spaces, hyphens and apostrophes alone', () => {
    expect(validateProfile(input({ firstName: 'Anna-Maria', lastName: "O'Neil", street: '12 St. Mary\u2019s Rd' })).ok).toBe(true);
  });
});

describe('mixed-script look-alikes', () => {
  it('refuses a word mixing Latin and Cyrillic letters (a Cyrillic "а" in a Latin name)', () => {
    expect(mixedScriptWords('Alesi\u0430 Kavalenka')).toEqual(['Alesi\u0430']);
    expect(errorsFor({ firstName: 'Alesi\u0430' })).toEqual({ firstName: 'dataErrMixedScript' });
    expect(errorsFor({ city: 'Chic\u0430go' })).toEqual({ city: 'dataErrMixedScript' });
    // Cyrillic name with a Latin "o", and Greek omicron in a Latin word.
    expect(errorsFor({ lastName: 'Кавалeнка' })).toEqual({ lastName: 'dataErrMixedScript' });
    expect(errorsFor({ street: '1200 W Belm\u03BFnt Ave' })).toEqual({ street: 'dataErrMixedScript' });
    expect(noteProblem('Thank you, Svi\u0430tlana')).toBe('dataErrMixedScript');
  });

  it('takes a name typed wholly in Cyrillic, Belarusian Latin or with accents, and two words in two alphabets', () => {
    for (const name of ['Алеся', 'Кавaленка'.replace('a', 'а'), 'Łukašenka', 'Zoë', 'José', 'Ўладзімір']) {
      expect(validateProfile(input({ firstName: name })).ok, name).toBe(true);
    }
    expect(validateProfile(input({ firstName: 'Алеся', lastName: 'Kavalenka' })).ok).toBe(true);
    expect(noteProblem('Жыве Беларусь! Long live Belarus.')).toBeNull();
    expect(mixedScriptWords('東京タワー')).toEqual([]);
  });
});

describe('e-mail', () => {
  it('takes ordinary addresses', () => {
    for (const email of ['alesia.kavalenka@example.org', 'a+belarus@mail.example.co.uk', 'o_neil@example.com']) {
      expect(validateProfile(input({ email })).ok, email).toBe(true);
    }
  });

  it('refuses what a mail server or an office form would not take, or what hides another address', () => {
    for (const email of ['alesia@', '@example.org', 'alesia@localhost', 'alesia@@example.org', 'alesia..k@example.org',
      '.alesia@example.org', 'alesia@example', 'alesia@ex ample.org', 'alesi\u0430@example.org', 'alesia@example.org\u202E',
      'alesia\u200B@example.org', 'alesia@example.org,x@evil.example', 'alesia@example.org\nBcc: x@evil.example',
      `${'a'.repeat(65)}@example.org`, '"alesia"@example.org']) {
      const errors = errorsFor({ email });
      expect(errors.email, JSON.stringify(email)).toMatch(/^err(Email|TooLong)$/);
    }
  });
});

describe('dates in the sending log', () => {
  const entry = (date: string) => ({ letterId: 'solidarity', office: 'house', host: '', status: 'sent', language: 'en', date, by: 'hand' });
  const accepts = (date: string) => z.safeParse(ProgressEntrySchema, entry(date)).success;

  it('are real calendar days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const date of ['9999-99-99', '2021-02-30', '2023-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-1', '2026-01-01T00:00', '']) {
      expect(isCalendarDate(date), date).toBe(false);
      expect(accepts(date), date).toBe(false);
    }
  });

  it('are not after tomorrow, nor before the campaign', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 22, 12) });
    try {
      expect(accepts('2026-11-22')).toBe(true);
      expect(accepts('2026-11-23')).toBe(true);
      expect(accepts('2026-11-24')).toBe(false);
      expect(accepts('2099-01-01')).toBe(false);
      expect(accepts('2019-12-31')).toBe(false);
      expect(accepts('2020-08-09')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
