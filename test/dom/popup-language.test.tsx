import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../src/popup/i18n.ts';
import library from '../support/letters.ts';
import { readLocale } from '../support/marker-locale.ts';
import { createMockClient, recognisedTab } from '../support/popup-client.mock.ts';
import { choose, renderPopup, unmountPopup } from '../support/render-popup.tsx';

const getMessage = vi.hoisted(() => vi.fn<(key: string, subs?: string[]) => string>());
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage } } }));

/** browser.i18n as a browser running in `language` answers it. */
function browserIn(language: string): void {
  const messages = readLocale(language);
  getMessage.mockImplementation((key, subs) => (messages[key] ? formatMessage(messages[key], subs) : ''));
}

const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? null;
const options = (root: HTMLElement, selector: string) => [...root.querySelectorAll(`${selector} option`)].map((o) => o.textContent);
const titles = (language: 'en' | 'ru' | 'be') => library.letters.map((l) => l.texts[language].title);
const prisoners = library.letters.find((l) => l.id === 'political-prisoners')!;

beforeEach(() => browserIn('en'));
afterEach(unmountPopup);

describe('the popup follows the browser unless the supporter chooses a language', () => {
  it('auto: the browser\'s language, read through browser.i18n', async () => {
    browserIn('ru');
    const root = await renderPopup(createMockClient({ settings: { uiLanguage: 'auto' } }));
    expect(text(root, '#fill-page')).toBe('Заполнить эту страницу');
    expect(document.documentElement.lang).toBe('ru');
    expect(getMessage).toHaveBeenCalledWith('fillButton', undefined);
    expect(options(root, '#letter-id')).toEqual(titles('ru'));
  });

  it('a chosen language wins over the browser\'s', async () => {
    const root = await renderPopup(createMockClient({ settings: { uiLanguage: 'be' } }));
    expect(text(root, '#fill-page')).toBe('Запоўніць гэту старонку');
    expect(text(root, 'h1')).toBe('Write for Belarus');
    expect(document.documentElement.lang).toBe('be');
    expect((root.querySelector('#ui-language') as HTMLSelectElement).value).toBe('be');
  });

  it('switching the language changes the popup at once and is saved', async () => {
    const client = createMockClient({ settings: { uiLanguage: 'auto' } });
    const root = await renderPopup(client);
    expect(options(root, '#ui-language')).toEqual(['Auto', 'English', 'Русский', 'Беларуская']);
    await choose(root.querySelector('#ui-language'), 'be');
    expect(text(root, '#fill-page')).toBe('Запоўніць гэту старонку');
    expect(text(root, '#step-letter')).toBe('Ліст');
    expect(options(root, '#ui-language')).toEqual(['Аўта', 'English', 'Русский', 'Беларуская']);
    expect(document.documentElement.lang).toBe('be');
    expect(client.saved.settings.at(-1)?.uiLanguage).toBe('be');
    await choose(root.querySelector('#ui-language'), 'auto');
    expect(text(root, '#fill-page')).toBe('Fill this page');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('the letter picker: titles in the popup\'s language, the letter sent in English, read in the supporter\'s', () => {
  it('titles follow the popup; the office gets English; the translation follows the popup unless chosen', async () => {
    const client = createMockClient({ settings: { uiLanguage: 'be', letterLanguage: 'auto', letterId: prisoners.id } });
    const root = await renderPopup(client);
    expect(options(root, '#letter-id')).toEqual(titles('be'));
    expect(root.querySelector('#letter-id + .hint')?.textContent).toBe(prisoners.texts.be.description);
    // What is sent: English, always.
    expect(text(root, '.letter-preview > .subject span')).toBe(prisoners.texts.en.subject);
    expect(text(root, 'pre.preview')).toContain('Sincerely,');
    expect(root.querySelector('pre.preview')?.getAttribute('lang')).toBe('en');
    // What the supporter reads: the popup's language under 'auto'.
    expect(text(root, '#letter-translation-heading')).toBe('Што вы дасылаеце — па-беларуску');
    expect(text(root, '.translation .subject span')).toBe(prisoners.texts.be.subject);
    expect(text(root, 'pre.preview-translation')).toContain('З павагай,');
    expect(root.querySelector('pre.preview-translation')?.getAttribute('lang')).toBe('be');
    expect(text(root, '#letter-facts')).toBe('Факты — па стане на 7 чэрвеня 2021 года');

    await choose(root.querySelector('#letter-language'), 'ru');
    expect(client.saved.settings.at(-1)?.letterLanguage).toBe('ru');
    expect(text(root, '.letter-preview > .subject span')).toBe(prisoners.texts.en.subject);
    expect(text(root, 'pre.preview')).toContain('Sincerely,');
    expect(text(root, '.translation .subject span')).toBe(prisoners.texts.ru.subject);
    expect(text(root, 'pre.preview-translation')).toContain('С уважением,');

    await choose(root.querySelector('#letter-language'), 'en');
    expect(root.querySelector('.translation')).toBeNull();
    expect(text(root, 'pre.preview')).toContain('Sincerely,');

    await choose(root.querySelector('#ui-language'), 'en');
    await choose(root.querySelector('#letter-language'), 'auto');
    expect(options(root, '#letter-id')).toEqual(titles('en'));
    expect(root.querySelector('.translation')).toBeNull();
    expect(text(root, '#letter-facts')).toBe('Facts as of June 7, 2021');
  });

  it('shows the offices the letter is for, in the popup\'s language, and that offices receive English', async () => {
    const client = createMockClient({ settings: { uiLanguage: 'ru', letterId: prisoners.id }, tab: recognisedTab('senate') });
    const root = await renderPopup(client);
    const hints = [...root.querySelectorAll('.letter .hint')].map((p) => p.textContent);
    expect(hints).toContain('Кому: вашим сенаторам, вашему члену Палаты представителей, Президенту');
    expect(hints.some((h) => h?.startsWith('Ведомства всегда получают письмо и тему на английском'))).toBe(true);
    expect(hints.some((h) => h?.includes('пишите её на английском'))).toBe(true);
    // The page is a senator's: the English letter greets the senator, the translation too.
    expect(text(root, 'pre.preview')?.startsWith('Dear Senator,')).toBe(true);
    expect(text(root, 'pre.preview-translation')?.startsWith('Уважаемый сенатор,')).toBe(true);
  });
});
