import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test as base } from '@playwright/test';
import type { MessageEntry } from '../../src/shared/ui-messages.ts';
import { completeByHand, storedProgress } from './campaign-helpers.ts';
import { expect, fixture, launch, popupUrl, waitForRecognition } from './harness.ts';
import { readPanel } from './panel.ts';

// The supporter's whole path, as a new supporter takes it, in the popup at its real size
// (Chrome shows at most about 380 × 600): first run → details → letter → fill the State
// Department's form → submit → acknowledgement → Open next → a senator named from the directory
// → all done. At every step the one primary button is on screen without scrolling.

const VIEW = { width: 380, height: 600 };
/** The bundled directory names senators until the next Congress begins; after that the journey cannot name them. */
const directory = JSON.parse(readFileSync(resolve('src/sites/senators.json'), 'utf8')) as { validUntil: string };
const today = new Date().toLocaleDateString('sv');
type Lang = 'en' | 'ru' | 'be';

const locale = (lang: Lang) => JSON.parse(readFileSync(resolve(`public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, MessageEntry>;
function say(lang: Lang, key: string, subs: string[] = []): string {
  const entry = locale(lang)[key];
  if (!entry) throw new Error(`No message ${key}`);
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));
  return entry.message.replace(/\$([a-z0-9_]+)\$/gi, (w, n: string) => named.get(n.toLowerCase()) ?? w)
    .replace(/\$([1-9])/g, (_, i: string) => subs[Number(i) - 1] ?? '');
}
function sayCount(lang: Lang, base: string, count: number, subs = [String(count)]): string {
  const category = new Intl.PluralRules(lang).select(count);
  return say(lang, `${base}_${['one', 'few', 'many'].includes(category) ? category : 'other'}`, subs);
}

/** The popup as the toolbar shows it, over `page` (the active tab), at its real size. */
async function popupOver(context: BrowserContext, page: Page): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize(VIEW);
  await popup.goto(await popupUrl(context));
  await page.bringToFront();
  await popup.reload();
  await popup.locator('main').waitFor();
  await popup.evaluate(() => document.fonts.ready);
  return popup;
}

/** The step's one primary (red) button, whole, inside the 600 px the popup shows, with nothing scrolled. */
async function expectPrimaryOnScreen(popup: Page, selector: string): Promise<void> {
  const button = popup.locator(selector);
  await expect(button).toBeVisible();
  await expect(button).toHaveClass(/primary/);
  expect(await popup.evaluate(() => scrollY), 'the popup is not scrolled').toBe(0);
  const box = (await button.boundingBox())!;
  expect(box.y, `${selector} top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${selector} bottom at ${JSON.stringify(box)}`).toBeLessThanOrEqual(VIEW.height);
  await expect(popup.locator('button.primary')).toHaveCount(1);
}

async function panelText(page: Page): Promise<string> {
  return (await readPanel(page))?.text ?? '';
}

// UPDATE_SCREENSHOTS=1 npx playwright test journey writes the README's screenshots to docs/screenshots.
async function shoot(page: Page, name: string): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  mkdirSync(resolve('docs/screenshots'), { recursive: true });
  writeFileSync(resolve(`docs/screenshots/${name}.png`), await page.screenshot());
}

const DURBIN = 'Richard J. Durbin';

for (const lang of ['en', 'ru', 'be'] as const) {
  base(`the whole journey in ${lang}: first run to "all done", each step's button on screen`, async () => {
    base.skip(today >= directory.validUntil, 'The bundled directory of senators is out of date: rebuild src/sites/senators.json with tools/senators.ts');
    base.setTimeout(120_000);
    const { context } = await launch({ lang });
    try {
      const stateDepartment = await context.newPage();
      await stateDepartment.goto(fixture('state-department').url);
      await waitForRecognition(context, stateDepartment);

      // First run: one line on what this is, the path, and the details with no state assumed.
      let popup = await popupOver(context, stateDepartment);
      await expect(popup.locator('#intro')).toHaveText(say(lang, 'ux_intro'));
      await expect(popup.locator('#step-profile')).toHaveAttribute('aria-pressed', 'true');
      await expect(popup.locator('#p-state')).toHaveValue('');
      await expectPrimaryOnScreen(popup, '#save-profile');
      await shoot(popup, `first-run-${lang}`);
      await popup.locator('#p-prefix').selectOption('Ms.');
      await popup.locator('#p-firstName').fill('Alesia');
      await popup.locator('#p-lastName').fill('Kavalenka');
      await popup.locator('#p-email').fill('alesia.kavalenka@example.org');
      await popup.locator('#p-phone').fill('(312) 555-0147');
      await popup.locator('#p-street').fill('1200 W Belmont Ave');
      await popup.locator('#p-city').fill('Chicago');
      await popup.locator('#p-state').selectOption('IL');
      await popup.locator('#p-zip').fill('606571234');
      await popup.locator('#save-profile').click();

      // Straight to the letter, with Fill ready. The letter chosen is not for the State Department: said before filling.
      await expect(popup.locator('#step-letter')).toHaveAttribute('aria-pressed', 'true');
      await expectPrimaryOnScreen(popup, '#fill-page');
      await expect(popup.locator('#warn-letter')).toBeVisible();
      await popup.locator('#change-letter').click();
      await expect(popup.locator('#letter-id')).toBeFocused();
      await popup.locator('#letter-id').selectOption('solidarity');
      await expect(popup.locator('#warn-letter')).toHaveCount(0);
      await popup.evaluate(() => scrollTo(0, 0));
      await expectPrimaryOnScreen(popup, '#fill-page');
      await expect(popup.locator('#letter-summary')).toContainText(say(lang, 'language_en'));
      await shoot(popup, `fill-${lang}`);

      await popup.locator('#fill-page').click();
      await expect(popup.locator('#fill-result')).toContainText(say(lang, 'noticeCaptchaAndSubmit'));
      await expect(popup.locator('#written-fields')).toContainText('Kavalenka');
      await expect(popup.locator('#written-fields')).toContainText('alesia.kavalenka@example.org');
      await popup.close();
      expect((await storedProgress(context)).length).toBe(0);

      // The page's panel, in the same language; the supporter solves the CAPTCHA and submits.
      await expect.poll(() => panelText(stateDepartment)).toContain(say(lang, 'ux_panelSubmit', ['Submit']));
      if (lang === 'en') await shoot(stateDepartment, 'filled-state-department');
      await completeByHand(stateDepartment.mainFrame());
      await stateDepartment.locator('#submit1').click();
      await stateDepartment.waitForURL(fixture('state-department-thank-you').url);
      const next = say(lang, 'ux_senatorNamed', [DURBIN]);
      await expect.poll(() => panelText(stateDepartment)).toContain(say(lang, 'ux_panelAckSent'));
      expect(await panelText(stateDepartment)).toContain(sayCount(lang, 'ux_written', 5, ['1', '5']));
      expect(await panelText(stateDepartment)).toContain(say(lang, 'ux_panelAckNext', [next]));
      if (lang === 'en') await shoot(stateDepartment, 'acknowledgement');

      // Off the form, the one action is Open next: the supporter's own senator, by name, at their own form.
      popup = await popupOver(context, stateDepartment);
      await expectPrimaryOnScreen(popup, '#open-next');
      await expect(popup.locator('#open-next')).toHaveText(say(lang, 'openNext', [next]));
      await shoot(popup, `open-next-${lang}`);
      await expect(popup.locator('#offices-count')).toHaveText(sayCount(lang, 'ux_written', 5, ['1', '5']));
      await expect(popup.locator('#fill-page')).toBeDisabled();
      const opened = context.waitForEvent('page');
      await popup.locator('#open-next').click();
      const senator = await opened;
      await senator.waitForURL(fixture('journey-durbin-contact').url);
      await popup.close();
      await waitForRecognition(context, senator);

      popup = await popupOver(context, senator);
      await expect(popup.locator('#action-heading')).toHaveText(say(lang, 'ux_thisPage', [say(lang, 'ux_senatorOf', [DURBIN, 'Illinois'])]));
      await expect(popup.locator('#warn-state')).toHaveCount(0);
      await expect(popup.locator('#warn-letter')).toHaveCount(0);
      await expectPrimaryOnScreen(popup, '#fill-page');
      await popup.locator('#fill-page').click();
      await expect(popup.locator('#fill-result')).not.toBeEmpty();
      await popup.close();
      await expect.poll(() => panelText(senator)).toContain(say(lang, 'ux_panelSubmit', ['Send']));
      await completeByHand(senator.mainFrame());
      await senator.locator('input[type="submit"]').click();
      await senator.waitForURL(fixture('journey-durbin-thank-you').url);
      await expect.poll(() => panelText(senator)).toContain(sayCount(lang, 'ux_written', 5, ['2', '5']));
      expect(await storedProgress(context)).toMatchObject([
        { letterId: 'solidarity', office: 'state-department', status: 'sent' },
        { letterId: 'solidarity', office: 'senate', host: 'www.durbin.senate.gov', status: 'sent' },
      ]);

      // The other three written some other way: marked by hand, and the letter is done.
      popup = await popupOver(context, senator);
      await popup.locator('#step-offices').click();
      const seats = popup.locator('.seat');
      await expect(seats.locator('.seat-name')).toHaveText([next, say(lang, 'ux_senatorNamed', ['Tammy Duckworth']),
        say(lang, 'seat_house'), say(lang, 'seat_white_house'), say(lang, 'seat_state_department')]);
      for (const index of [1, 2, 3]) await seats.nth(index).locator('select').selectOption('sent');
      await expect(popup.locator('#offices-count')).toHaveText(sayCount(lang, 'ux_written', 5, ['5', '5']));
      await expect(seats.locator('.check-mark')).toHaveText(['✓', '✓', '✓', '✓', '✓']);
      await popup.locator('#step-letter').click();
      await expect(popup.locator('#offices-done')).toHaveText(say(lang, 'officesAllDone'));
      await expect(popup.locator('button.primary')).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
}
