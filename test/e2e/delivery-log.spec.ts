import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDate } from '../../src/core/progress.ts';
import { completeByHand, openAndFill, storedProgress, submitByHand } from './campaign-helpers.ts';
import { expect, fixture, FIXTURES, launch, popupUrl, test } from './harness.ts';

test.describe('did it go through: the delivery log', () => {
  test('a submit followed by the office\'s thank-you page is logged as sent', async ({ launched: { context } }) => {
    // Read in Russian, sent in English: the log records the language the office received.
    const page = await openAndFill(context, 'campaign-form', { letterLanguage: 'ru' });
    await page.waitForTimeout(300);
    expect(await storedProgress(context), 'nothing is recorded before the person submits').toEqual([]);

    await submitByHand(page);
    await page.waitForURL(fixture('campaign-thank-you').url);
    await expect.poll(() => storedProgress(context)).toEqual([{
      letterId: 'political-prisoners', office: 'senate', host: 'www.campaign-test.senate.gov',
      status: 'sent', language: 'en', date: localDate(), by: 'detected',
    }]);
  });

  test('a submit that comes back with an error is logged as not confirmed', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-error-form');
    await submitByHand(page);
    await page.waitForURL(fixture('campaign-error-returned').url);
    await expect.poll(() => storedProgress(context)).toMatchObject([{ office: 'senate', host: 'www.campaign-error.senate.gov', status: 'not-confirmed' }]);
    await page.waitForTimeout(1500);
    expect((await storedProgress(context))[0]?.status).toBe('not-confirmed');
  });

  test('a form that answers on the same page is logged as not confirmed: any script can write "thank you" without a request', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-ajax-form');
    await submitByHand(page);
    await expect(page.getByText('Your message was sent')).toBeVisible();
    await expect.poll(() => storedProgress(context)).toMatchObject([{ letterId: 'solidarity', office: 'house', status: 'not-confirmed' }]);
    await page.waitForTimeout(1500);
    expect((await storedProgress(context))[0]?.status).toBe('not-confirmed');
  });

  test('a submit the page fakes is not recorded', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-ajax-form');
    await page.evaluate(() => document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await page.waitForTimeout(1500);
    expect(await storedProgress(context)).toEqual([]);
  });

  type WithThankYou = ReturnType<typeof fixture> & { thankYou?: string; parent?: string };
  for (const form of (FIXTURES as WithThankYou[]).filter((p) => (p.kind === 'form' || p.kind === 'frame') && p.thankYou)) {
    test(`${form.id}: a submit that lands on the office's thank-you page is logged as sent`, async ({ launched: { context } }) => {
      const page = await openAndFill(context, form.parent ?? form.id);
      const frame = page.frames().find((f) => f.url() === form.url) ?? page.mainFrame();
      await completeByHand(frame);
      await frame.locator('form:has(textarea) [type="submit"], form:has(textarea) button:not([type="button"])').first().click();
      await expect.poll(() => frame.url()).toBe(fixture(form.thankYou!).url);
      await expect.poll(() => storedProgress(context)).toMatchObject([{ letterId: form.letter, office: form.office, host: new URL(form.url).hostname, status: 'sent' }]);
    });
  }

  test('progress survives closing the browser and starting it again', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'wfb-progress-'));
    try {
      const first = await launch({ userDataDir });
      const page = await openAndFill(first.context, 'campaign-form');
      await submitByHand(page);
      await expect.poll(() => storedProgress(first.context)).toMatchObject([{ status: 'sent' }]);
      await first.context.close();

      const second = await launch({ userDataDir });
      expect(await storedProgress(second.context)).toMatchObject([{ letterId: 'political-prisoners', status: 'sent' }]);
      const popup = await second.context.newPage();
      await popup.goto(await popupUrl(second.context));
      await expect(popup.locator('#offices-count')).toHaveText('1 of 4 offices written to');
      await second.context.close();
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
