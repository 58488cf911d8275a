import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { prepareLetter, translateLetter } from '../../src/core/prepare-letter.ts';
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
    // The language the letter is read in is a separate choice, untouched by the switch.
    await expect(popup.locator('#letter-language')).toHaveValue('auto');
  });
});

test.describe('with the popup in Russian, offices get the English letter and the supporter reads it in Russian', () => {
  // Guillemets, straight and typographic quotes, an apostrophe, a dash and a line break: the note goes as written.
  const NOTE = 'Прошу «не откладывать» решение.\nМоя семья живёт в Минске; "это важно" — и д\'Артаньян тоже.';
  const CYRILLIC = /[\u0400-\u04FF]/;

  for (const { id, office, message, subject } of [
    { id: 'state-department', office: 'state-department' as const, message: '#message', subject: '#subject' },
    { id: 'senate-cf7', office: 'senate' as const, message: '[name="your-message"]', subject: '[name="subject"]' },
  ]) {
    test(`--lang=ru on ${id}: the form gets the English letter and subject; the popup shows the Russian translation`, async ({ browserIn }) => {
      const context = await browserIn('ru');
      const letterId = id === 'state-department' ? 'state-department' : 'political-prisoners';
      const letter = library.letters.find((l) => l.id === letterId)!;
      await seed(context, TEST_PROFILE, { letterId });
      const page = await context.newPage();
      await page.goto(fixture(id).url);
      await waitForRecognition(context, page);

      const popup = await openPopupOver(context, page);
      await expect(popup.locator('#letter-heading')).toHaveText(RUSSIAN.heading);
      await popup.locator('#letter-note').fill(NOTE);
      await expect.poll(async () => (await storedSettings(context)).note).toBe(NOTE);
      // The English the office will receive, and under it the Russian to read.
      const sent = prepareLetter(letter, library.salutations, { letterId, note: NOTE }, office, TEST_PROFILE, new Date());
      const read = translateLetter(letter, library.salutations, 'ru', { letterId, note: NOTE }, office, TEST_PROFILE, new Date());
      await expect(popup.locator('#letter-translation-heading')).toHaveText('Что вы отправляете — по-русски');
      await expect(popup.locator('.translation .subject span')).toHaveText(letter.texts.ru.subject);
      expect((await popup.locator('pre.preview-translation').innerText()).trim()).toBe(read.messages[0]!.trim());
      expect((await popup.locator('pre.preview').innerText()).trim()).toBe(sent.messages[0]!.trim());
      await expect(popup.locator('#letter-facts')).toContainText('Факты — по состоянию на');
      await popup.close();

      const said = await fillFromPopup(context, page);
      expect(said).toMatch(/Заполнено/);
      const written = (await page.locator(message).inputValue()).replace(/\r\n/g, '\n');
      expect(written).toBe(sent.messages[0]);
      expect(written.startsWith(`${library.salutations.en[office]},`)).toBe(true);
      expect(written).toContain(NOTE);
      // Nothing Cyrillic but the supporter's own note reaches the office.
      expect(written.replace(NOTE, '')).not.toMatch(CYRILLIC);
      await expect(page.locator(subject)).toHaveValue(letter.texts.en.subject);
      expect(letter.texts.en.subject).not.toMatch(CYRILLIC);
    });
  }
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
