import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/letter-date.ts';
import { LANGUAGES } from '../../src/shared/letter-kinds.ts';

const LOCALES = { en: 'en-US', ru: 'ru-RU', be: 'be-BY' } as const;

describe("a letter's date, written out", () => {
  it('is the date Intl.DateTimeFormat writes with a long month, for every language and every day of 1999 to 2101', () => {
    for (const language of LANGUAGES) {
      const intl = new Intl.DateTimeFormat(LOCALES[language], { year: 'numeric', month: 'long', day: 'numeric' });
      const wrong: string[] = [];
      for (let day = new Date(1999, 0, 1); day.getFullYear() <= 2101; day.setDate(day.getDate() + 1)) {
        const ours = formatDate(day, language);
        if (ours !== intl.format(day)) wrong.push(`${ours} ≠ ${intl.format(day)}`);
      }
      expect(wrong.slice(0, 5), language).toEqual([]);
    }
  });

  it('reads as a person writes it in each language', () => {
    const day = new Date(2026, 11, 3);
    expect(formatDate(day, 'en')).toBe('December 3, 2026');
    expect(formatDate(day, 'ru')).toBe('3 декабря 2026 г.');
    expect(formatDate(day, 'be')).toBe('3 снежня 2026 г.');
  });

  it('is the day where the supporter is, late at night as in the morning', () => {
    expect(formatDate(new Date(2026, 0, 31, 23, 59), 'en')).toBe('January 31, 2026');
    expect(formatDate(new Date(2026, 1, 1, 0, 0), 'be')).toBe('1 лютага 2026 г.');
  });
});
