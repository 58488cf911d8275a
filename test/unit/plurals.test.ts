import { describe, expect, it } from 'vitest';
import { pluralCategory } from '../../src/shared/format-message.ts';
import { LANGUAGES } from '../../src/shared/letter-kinds.ts';
import { BUNDLED, formatMessage, pluralKey } from '../../src/shared/ui-messages.ts';

const say = (language: 'en' | 'ru' | 'be', base: string, n: number, subs = [String(n)]) => formatMessage(BUNDLED[language][pluralKey(base, n, language)]!, subs);

describe('counted messages take the plural form of their language (CLDR rules)', () => {
  it('the written-out rules give the category Intl.PluralRules gives, for every language and count up to 3,000', () => {
    for (const language of LANGUAGES) {
      const intl = new Intl.PluralRules(language);
      const wrong = Array.from({ length: 3001 }, (_, n) => n).filter((n) => pluralCategory(n, language) !== intl.select(n));
      expect(wrong, language).toEqual([]);
    }
  });

  it('English: one and other', () => {
    expect(say('en', 'ux_filledFields', 1)).toBe('Filled 1 field.');
    expect(say('en', 'ux_filledFields', 10)).toBe('Filled 10 fields.');
    expect(say('en', 'ux_written', 1, ['0', '1'])).toBe('0 of 1 office written to');
    expect(say('en', 'ux_written', 5, ['2', '5'])).toBe('2 of 5 offices written to');
  });

  it('Russian: 1, 21 поле; 2–4, 22 поля; 5–20, 11 полей', () => {
    expect([1, 21, 2, 4, 22, 5, 11, 12, 20].map((n) => say('ru', 'ux_filledFields', n))).toEqual([
      'Заполнено 1 поле.', 'Заполнено 21 поле.', 'Заполнено 2 поля.', 'Заполнено 4 поля.', 'Заполнено 22 поля.',
      'Заполнено 5 полей.', 'Заполнено 11 полей.', 'Заполнено 12 полей.', 'Заполнено 20 полей.']);
    expect(say('ru', 'ux_written', 5, ['2', '5'])).toBe('Написано 2 из 5 адресатов');
    expect(say('ru', 'ux_written', 1, ['1', '1'])).toBe('Написано 1 из 1 адресата');
  });

  it('Belarusian: 1 поле, 3 палі, 10 палёў', () => {
    expect([1, 3, 10, 31].map((n) => say('be', 'ux_filledFields', n))).toEqual(
      ['Запоўнена 1 поле.', 'Запоўнена 3 палі.', 'Запоўнена 10 палёў.', 'Запоўнена 31 поле.']);
    expect(say('be', 'ux_written', 5, ['2', '5'])).toBe('Напісана 2 з 5 адрасатаў');
    expect(say('be', 'ux_noteTooLong', 12)).toContain('на 12 знакаў');
  });

  it('every counted message has all four forms in every language', () => {
    for (const language of ['en', 'ru', 'be'] as const) {
      const bases = Object.keys(BUNDLED[language]).filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length));
      for (const base of bases) for (const form of ['one', 'few', 'many']) expect(BUNDLED[language][`${base}_${form}`], `${language} ${base}_${form}`).toBeDefined();
    }
  });
});
