import type { Page } from 'puppeteer-core';
import { fixture } from '../e2e/harness.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { fieldProblems, letterFacts } from '../support/judge-page.ts';
import { expect, fillFromPopup, newTab, observeFields, seed, test, waitForRecognition, type Firefox } from './harness.ts';
import { readPanel } from './panel.ts';

// Multi-step forms and the "fill on open" setting in Firefox, judged as test/e2e/flows.spec.ts
// judges them in Chromium.

/** Every annotated field judged against the page as it was served: nothing was in it before the extension came. */
async function problems(page: Page, letterId: string): Promise<string[]> {
  const fields = (await observeFields(page)).map((f) => ({
    ...f, before: { value: f.expect === 'never' || f.expect === 'skip' ? f.after.value : '', checked: false },
  }));
  return fieldProblems(fields, letterFacts(letterId));
}

/**
 * Wait for a fill the supporter did not start from the popup (fill on open, a form's next step) to end:
 * the fill lets the page draw between fields, and its note is drawn once the last field is written.
 */
async function fillDone(firefox: Firefox, page: Page): Promise<void> {
  await expect.poll(async () => (await readPanel(firefox, page))?.text ?? '', { timeout: 10_000 }).toMatch(/Filled \d+ fields/);
}

test.describe('multi-step forms: the first step is filled, the next step fills when it appears', () => {
  for (const [first, second] of [['house-required-zip-auth', 'house-required-form'], ['senate-zip-auth', 'senate-zip-auth-form']] as const) {
    test(`${first} → ${second}`, async ({ firefox }) => {
      const letter = fixture(first).letter;
      await seed(firefox, TEST_PROFILE, { letterId: letter });
      const { page } = await newTab(firefox);
      await page.goto(fixture(first).url);
      await waitForRecognition(firefox, page);
      await fillFromPopup(firefox, page);
      const step1 = await observeFields(page);
      expect(step1.find((f) => f.expect === 'zip')?.after.value).toBe(TEST_PROFILE.zip);
      expect(await problems(page, letter)).toEqual([]);

      // The supporter checks the first step and goes on, with a click of their own.
      await Promise.all([page.waitForNavigation(), page.click('button[type="submit"], input[type="submit"]')]);
      expect(page.url().startsWith(fixture(second).url)).toBe(true);
      await fillDone(firefox, page);
      expect(await problems(page, letter)).toEqual([]);
    });
  }
});

test.describe('the "fill recognised forms as soon as I open them" setting', () => {
  test('off (the default): opening the State Department form fills nothing', async ({ firefox }) => {
    await seed(firefox);
    const { page } = await newTab(firefox);
    await page.goto(fixture('state-department').url);
    await waitForRecognition(firefox, page);
    await new Promise((r) => setTimeout(r, 500));
    expect((await observeFields(page)).filter((f) => f.after.value !== '' && !['hidden', 'submit'].includes(f.type))).toEqual([]);
  });

  test('on: the State Department form is filled on opening, CAPTCHA left alone', async ({ firefox }) => {
    await seed(firefox, TEST_PROFILE, { autoFill: true, autoFillSites: ['register.state.gov'], letterId: 'state-department' });
    const { page } = await newTab(firefox);
    await page.goto(fixture('state-department').url);
    await fillDone(firefox, page);
    expect(await problems(page, 'state-department')).toEqual([]);
  });

  test('on: a form a script adds late is filled when it arrives', async ({ firefox }) => {
    await seed(firefox, TEST_PROFILE, { autoFill: true, autoFillSites: [new URL(fixture('senate-late-load').url).hostname] });
    const { page } = await newTab(firefox);
    await page.goto(fixture('senate-late-load').url);
    await fillDone(firefox, page);
    expect(await problems(page, 'political-prisoners')).toEqual([]);
  });

  test('on: a form added late to a page that never stops changing (a clock ticking every 100 ms) is still filled', async ({ firefox }) => {
    await seed(firefox, TEST_PROFILE, { autoFill: true, autoFillSites: [new URL(fixture('senate-late-load').url).hostname] });
    const { page } = await newTab(firefox);
    await page.evaluateOnNewDocument(() => addEventListener('DOMContentLoaded', () => {
      const clock = document.createElement('p');
      document.body.prepend(clock);
      setInterval(() => { clock.textContent = new Date().toISOString(); }, 100);
    }));
    await page.goto(fixture('senate-late-load').url);
    await fillDone(firefox, page);
    expect(await problems(page, 'political-prisoners')).toEqual([]);
  });
});
