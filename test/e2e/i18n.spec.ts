import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { prepareLetter } from '../../src/core/prepare-letter.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import library from '../support/letters.ts';
import { expect, extensionWorker, fillFromPopup, fixture, launch, openPopupOver, popupUrl, seed, waitForRecognition } from './harness.ts';

// A browser per test, some started with --lang, so these tests launch their own.
const test = base.extend<{ browserIn: (lang?: string) => Promise<BrowserContext> }>({
  // eslint-disable-next-line no-empty-pattern
  browserIn: async ({}, use) => {
    const opened: Awaited<ReturnType<typeof launch>>[] = [];
    await use(async (lang) => {
      const launched = await launch({ lang });
      opened.push(launched);
      return launched.context;
    });
    for (const { context, userDataDir } of opened) {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  },
});

async function openPopup(context: BrowserContext): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(await popupUrl(context));
  await popup.locator('main').waitFor();
  return popup;
}

async function storedSettings(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = await extensionWorker(context);
  const stored = await worker.evaluate(() => chrome.storage.local.get('settings')) as { settings?: { data: Record<string, unknown> } };
  return stored.settings?.data ?? {};
}

const RUSSIAN = { fill: 'Заполнить эту страницу', letter: 'Письмо', details: 'Ваши данные', heading: 'Ваше письмо', auto: 'Авто' };
const BELARUSIAN = { fill: 'Запоўніць гэту старонку', letter: 'Ліст', details: 'Вашы даныя', heading: 'Ваш ліст', auto: 'Аўта' };

test.describe('the popup follows the browser\'s language', () => {
  for (const [lang, words] of [['ru', RUSSIAN], ['be', BELARUSIAN]] as const) {
    test(`--lang=${lang}: the popup is in ${lang === 'ru' ? 'Russian' : 'Belarusian'}, letter titles too`, async ({ browserIn }) => {
      const context = await browserIn(lang);
      await seed(context);
      const popup = await openPopup(context);
      await expect(popup.locator('#fill-page')).toHaveText(words.fill);
      await expect(popup.getByRole('button', { name: words.letter, exact: true })).toBeVisible();
      await expect(popup.getByRole('button', { name: words.details })).toBeVisible();
      await expect(popup.locator('#letter-heading')).toHaveText(words.heading);
      await expect(popup.locator('#ui-language option:checked')).toHaveText(words.auto);
      await expect(popup.locator('html')).toHaveAttribute('lang', lang);
      const titles = library.letters.map((l) => l.texts[lang].title);
      await expect(popup.locator('#letter-id option')).toHaveText(titles);
    });

    test(`--lang=${lang}: choosing that language explicitly shows the very same popup (placeholders filled as Chrome fills them)`, async ({ browserIn }) => {
      const context = await browserIn(lang);
      await seed(context);
      const popup = await openPopup(context);
      const auto = await popup.locator('main').innerText();
      await popup.locator('#ui-language').selectOption(lang);
      await expect(popup.locator('#ui-language')).toHaveValue(lang);
      expect(await popup.locator('main').innerText()).toBe(auto);
    });
  }
});

test.describe('the supporter can switch the language in the popup', () => {
  test('Беларуская changes the popup at once and survives reopening it', async ({ browserIn }) => {
    const context = await browserIn();
    await seed(context);
    let popup = await openPopup(context);
    await expect(popup.locator('#fill-page')).toHaveText('Fill this page');
    await expect(popup.locator('#ui-language option')).toHaveText(['Auto', 'English', 'Русский', 'Беларуская']);

    await popup.locator('#ui-language').selectOption({ label: 'Беларуская' });
    await expect(popup.locator('#fill-page')).toHaveText(BELARUSIAN.fill);
    await expect(popup.locator('#letter-heading')).toHaveText(BELARUSIAN.heading);
    await expect(popup.locator('html')).toHaveAttribute('lang', 'be');
    await expect.poll(async () => (await storedSettings(context)).uiLanguage).toBe('be');
    await popup.close();

    popup = await openPopup(context);
    await expect(popup.locator('#fill-page')).toHaveText(BELARUSIAN.fill);
    await expect(popup.locator('#ui-language')).toHaveValue('be');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'be');
    // The letter's own language is a separate choice, untouched by the switch.
    await expect(popup.locator('#letter-language')).toHaveValue('en');
  });
});

test.describe('a Russian letter reaches the form exactly as previewed', () => {
  // Guillemets, straight and typographic quotes, an apostrophe, a dash and a line break.
  const NOTE = 'Прошу «не откладывать» решение.\nМоя семья живёт в Минске; "это важно" — и д\'Артаньян тоже.';

  test('Cyrillic, quotes and line breaks arrive intact in the State Department form', async ({ browserIn }) => {
    const context = await browserIn();
    await seed(context);
    const site = fixture('state-department');
    const page = await context.newPage();
    await page.goto(site.url);
    await waitForRecognition(context, page);

    const popup = await openPopupOver(context, page);
    await popup.locator('#letter-id').selectOption('state-department');
    await popup.locator('#letter-language').selectOption('ru');
    await popup.locator('#letter-note').fill(NOTE);
    await expect.poll(async () => (await storedSettings(context)).note).toBe(NOTE);
    const previewed = await popup.locator('pre.preview').innerText();
    await popup.close();

    const said = await fillFromPopup(context, page);
    expect(said).toMatch(/Filled \d+ fields/);
    const letter = library.letters.find((l) => l.id === 'state-department')!;
    const expected = prepareLetter(letter, library.salutations.ru, { letterId: letter.id, language: 'ru', note: NOTE },
      'state-department', TEST_PROFILE, new Date()).messages[0]!;
    const message = (await page.locator('#message').inputValue()).replace(/\r\n/g, '\n');
    expect(message).toBe(expected);
    expect(message).toContain(NOTE);
    expect(message.startsWith(library.salutations.ru['state-department'])).toBe(true);
    expect(message.split('\n').length).toBe(expected.split('\n').length);
    expect(previewed.trim()).toBe(expected.trim());
    await expect(page.locator('#subject')).toHaveValue(letter.texts.ru.subject);
  });
});

test.describe('the popup fits its 380px in every language', () => {
  // UPDATE_SCREENSHOTS=1 npx playwright test i18n also writes docs/screenshots/popup-<lang>.png.
  for (const lang of ['en', 'ru', 'be']) {
    test(`${lang}: nothing sticks out sideways; screenshot`, async ({ browserIn }, testInfo) => {
      const context = await browserIn(lang);
      await seed(context, TEST_PROFILE, { letterId: 'state-department' });
      const page = await context.newPage();
      await page.goto(fixture('state-department').url);
      await waitForRecognition(context, page);
      const popup = await openPopupOver(context, page);
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.evaluate(() => document.fonts.ready);

      const overflow = await popup.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`);
        return { width, scrollWidth: document.documentElement.scrollWidth, out };
      });
      expect(overflow.out).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);

      const png = await popup.screenshot({ fullPage: true });
      await testInfo.attach(`popup-${lang}.png`, { body: png, contentType: 'image/png' });
      if (process.env.UPDATE_SCREENSHOTS) {
        mkdirSync(resolve('docs/screenshots'), { recursive: true });
        writeFileSync(resolve(`docs/screenshots/popup-${lang}.png`), png);
      }
    });
  }
});
