import { beforeEach, describe, expect, it, vi } from 'vitest';

const getMessage = vi.hoisted(() => vi.fn((key: string, _subs?: string[]) => `browser:${key}`));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage } } }));

const { applyUiLanguage, currentLanguage, formatMessage, languageName, t } = await import('../../src/popup/i18n.ts');

describe('placeholders are filled the way Chrome fills them', () => {
  it('maps named placeholders to their $1… content, then fills the substitutions', () => {
    const entry = { message: '$COUNT$ of $LIMIT$ characters', placeholders: { count: { content: '$1' }, limit: { content: '$2' } } };
    expect(formatMessage(entry, ['480', '500'])).toBe('480 of 500 characters');
  });

  it('matches placeholder names in any case', () => {
    expect(formatMessage({ message: 'For: $offices$', placeholders: { OFFICES: { content: '$1' } } }, ['the President'])).toBe('For: the President');
  });

  it('takes literal placeholder content as it is, and $$ as a dollar sign', () => {
    expect(formatMessage({ message: '$NAME$ costs $$0', placeholders: { name: { content: 'Write for Belarus' } } })).toBe('Write for Belarus costs $0');
  });

  it('leaves a missing substitution empty and never re-reads a substituted $', () => {
    expect(formatMessage({ message: 'a $1 b $2' }, ['$2'])).toBe('a $2 b ');
  });
});

describe('the chosen language is used; auto asks the browser', () => {
  beforeEach(() => { getMessage.mockClear(); });

  it('auto: every string comes from browser.i18n, which follows the browser', () => {
    applyUiLanguage('auto');
    expect(t('fillButton')).toBe('browser:fillButton');
    expect(getMessage).toHaveBeenCalledWith('fillButton', undefined);
  });

  it('a chosen language reads the bundled messages, without the browser', () => {
    applyUiLanguage('be');
    expect(t('fillButton')).toBe('Запоўніць гэту старонку');
    expect(t('fillDone', ['9'])).toBe('Запоўнена палёў: 9.');
    applyUiLanguage('ru');
    expect(t('previewCountLimit', ['480', '500'])).toBe('Символов: 480 из 500, допустимых в этой форме');
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('an unknown key shows as itself, so a missing message is visible rather than blank', () => {
    applyUiLanguage('ru');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('sets <html lang> and the title, and knows the language under auto from the browser\'s locale', () => {
    applyUiLanguage('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(document.title).toBe('Write for Belarus');
    getMessage.mockImplementation((key: string) => (key === 'localeCode' ? 'be' : key === 'extName' ? 'Write for Belarus' : ''));
    applyUiLanguage('auto');
    expect(currentLanguage()).toBe('be');
    expect(document.documentElement.lang).toBe('be');
    getMessage.mockImplementation(() => '');
    expect(currentLanguage()).toBe('en');
  });

  it('names each language in itself', () => {
    expect(['en', 'ru', 'be'].map((l) => languageName(l as 'en'))).toEqual(['English', 'Русский', 'Беларуская']);
  });
});
