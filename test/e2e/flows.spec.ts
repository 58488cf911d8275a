import type { BrowserContext, Page } from '@playwright/test';
import { judgeField } from '../support/expectations.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import library from '../support/letters.ts';
import { aroundFill, expect, extensionWorker, fillFromPopup, fixture, observeFields, openPopupOver, seed, test, waitForRecognition } from './harness.ts';
import { readPanel } from './panel.ts';

const facts = (letterId: string, messageLimit: number | null = null) => ({
  subject: library.letters.find((l) => l.id === letterId)!.texts.en.subject,
  fullName: `${TEST_PROFILE.firstName} ${TEST_PROFILE.lastName}`,
  messageLimit,
});

/** Every annotated field of the page as a person judges it, problems only. */
async function problems(page: Page, letterId: string): Promise<string[]> {
  const fields = await observeFields(page);
  // Judged against the page as it was served: nothing was in it before the extension came.
  return fields.flatMap((f) => {
    const { verdict, why } = judgeField({ ...f, before: { value: f.expect === 'never' || f.expect === 'skip' ? f.after.value : '', checked: false } }, TEST_PROFILE, facts(letterId));
    return verdict === 'correct' || verdict === 'left-alone' ? [] : [`${verdict}: ${f.expect} (${f.name}) ${why}`];
  });
}

/**
 * Wait for a fill the supporter did not start from the popup (fill on open, a form's next step) to end.
 * The fill lets the page draw between fields, so the first name is in before the letter is: its note,
 * drawn once the last field is written, says when the form is done. The note lives in a closed shadow
 * root, out of the page's reach.
 */
async function fillDone(page: Page, timeout = 5_000): Promise<void> {
  await expect.poll(async () => (await readPanel(page))?.text ?? '', { timeout }).toMatch(/Filled \d+ fields/);
}

async function recognisedFrames(context: BrowserContext): Promise<number> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const stored = await chrome.storage.session.get(null) as Record<string, unknown[]>;
    return Object.entries(stored).filter(([k]) => k.startsWith('frames:')).reduce((n, [, v]) => n + v.length, 0);
  });
}

test.describe('pages that are not contact forms', () => {
  test('a senator\'s home page with a newsletter sign-up: nothing recognised, nothing filled', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    const home = fixture('senate-home');
    await page.goto(home.url);
    await page.waitForTimeout(1500);
    expect(await recognisedFrames(context)).toBe(0);
    const fields = await aroundFill(page, async () => {
      // No form here: Fill is not offered, and the popup says why.
      const popup = await openPopupOver(context, page);
      await expect(popup.locator('#fill-page')).toBeDisabled();
      await expect(popup.locator('#no-form-hint')).toBeVisible();
      await popup.close();
    });
    expect(fields.filter((f) => f.after.value !== f.before.value || f.after.checked !== f.before.checked)).toEqual([]);
  });
});

test.describe('multi-step forms: fill what the first step asks, the next step fills when it appears', () => {
  for (const [first, second, letter] of [['senate-zip-auth', 'senate-zip-auth-form', 'political-prisoners'], ['house-required-zip-auth', 'house-required-form', 'congress-petition']] as const) {
    test(`${first} → ${second}`, async ({ launched: { context } }) => {
      await seed(context, TEST_PROFILE, { letterId: letter });
      const page = await context.newPage();
      await page.goto(fixture(first).url);
      await waitForRecognition(context, page);
      await fillFromPopup(context, page);
      expect(await problems(page, letter)).toEqual([]);
      // The supporter checks the first step and goes on.
      await page.locator('button[type="submit"], input[type="submit"]').first().click();
      await page.waitForURL((url) => url.href.startsWith(fixture(second).url));
      // The next step fills itself, a field at a time: its note, drawn once the last field is written, says when it is done.
      await fillDone(page);
      expect(await problems(page, letter)).toEqual([]);
    });
  }
});

test.describe('forms that appear later', () => {
  test('revealed by a click: Fill is offered once the form shows, and fills it', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    await page.goto(fixture('senate-reveal-click').url);
    await page.waitForTimeout(500);
    const popup = await openPopupOver(context, page);
    await expect(popup.locator('#fill-page')).toBeDisabled();
    await popup.close();
    await page.getByRole('button', { name: 'Share your opinion' }).click();
    await waitForRecognition(context, page);
    await fillFromPopup(context, page);
    await expect.poll(async () => (await observeFields(page)).find((f) => f.expect === 'first')?.after.value).toBe('Alesia');
    expect(await problems(page, 'political-prisoners')).toEqual([]);
  });

  test('a purpose chooser: the email form fills after the supporter picks it, the chooser is theirs', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    await page.goto(fixture('senate-purpose-chooser').url);
    await page.waitForTimeout(500);
    await page.locator('select[data-purpose-chooser]').selectOption('Email the Senator');
    await waitForRecognition(context, page);
    await fillFromPopup(context, page);
    await expect.poll(async () => (await observeFields(page)).find((f) => f.expect === 'message')?.after.value ?? '').toContain('Kavalenka');
    expect(await problems(page, 'political-prisoners')).toEqual([]);
  });

  test('loaded late by a script: recognised when it arrives, and filled at once with "fill on open"', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: [new URL(fixture('senate-late-load').url).hostname] });
    const page = await context.newPage();
    await page.goto(fixture('senate-late-load').url);
    await waitForRecognition(context, page);
    await fillDone(page);
    expect(await problems(page, 'political-prisoners')).toEqual([]);
  });

  test('loaded late on a page that never stops changing (a clock ticking every 100 ms): still recognised and filled', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: [new URL(fixture('senate-late-load').url).hostname] });
    const page = await context.newPage();
    // The page never pauses for the 250 ms a burst of changes is waited out: the look must not wait for ever.
    await page.addInitScript(() => addEventListener('DOMContentLoaded', () => {
      const clock = document.createElement('p');
      document.body.prepend(clock);
      setInterval(() => { clock.textContent = new Date().toISOString(); }, 100);
    }));
    await page.goto(fixture('senate-late-load').url);
    await fillDone(page, 6_000);
    expect(await problems(page, 'political-prisoners')).toEqual([]);
  });
});

test.describe('the "fill recognised pages as soon as I open them" setting', () => {
  test('off (the default): opening a form fills nothing', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    await page.goto(fixture('state-department').url);
    await waitForRecognition(context, page);
    await page.waitForTimeout(500);
    expect((await observeFields(page)).filter((f) => f.after.value !== '' && !['hidden', 'submit'].includes(f.type))).toEqual([]);
  });

  test('on: the State Department form is filled on opening, CAPTCHA left alone', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: ['register.state.gov'], letterId: 'state-department' });
    const page = await context.newPage();
    await page.goto(fixture('state-department').url);
    await expect.poll(async () => (await observeFields(page)).find((f) => f.expect === 'first')?.after.value).toBe('Alesia');
    await fillDone(page);
    expect(await problems(page, 'state-department')).toEqual([]);
  });
});

test('a single-page site: the form drawn after a client-side navigation is recognised and filled', async ({ launched: { context } }) => {
  await seed(context);
  const page = await context.newPage();
  await page.goto(fixture('senate-spa').url);
  await page.waitForTimeout(500);
  expect(await recognisedFrames(context)).toBe(0);
  await page.getByRole('link', { name: 'Contact' }).click();
  await expect(page).toHaveURL(/\/contact\/$/);
  await waitForRecognition(context, page);
  await fillFromPopup(context, page);
  expect(await problems(page, 'political-prisoners')).toEqual([]);
});

test('an ordinary page of an office\'s site sends the extension nothing', async ({ launched: { context } }) => {
  await seed(context);
  const worker = await extensionWorker(context);
  // Count every message the background receives from now on.
  await worker.evaluate(() => {
    const w = self as unknown as { received: number };
    w.received = 0;
    chrome.runtime.onMessage.addListener(() => { w.received++; return undefined; });
  });
  const page = await context.newPage();
  await page.goto(fixture('senate-home').url);
  await page.waitForTimeout(1500);
  expect(await worker.evaluate(() => (self as unknown as { received: number }).received)).toBe(0);
});
