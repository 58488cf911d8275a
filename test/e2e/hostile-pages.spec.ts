import type { BrowserContext, Page } from '@playwright/test';
import { judgeField, type ObservedField } from '../support/expectations.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import library from '../support/letters.ts';
import { aroundFill, expect, fillFromPopup, fixture, observeFields, openPopupOver, seed, test, waitForRecognition } from './harness.ts';

// Odd and hostile pages (test/fixtures/pages/hostile.json): the extension stays correct or
// refuses cleanly — nothing escapes, the page keeps working, forbidden fields stay untouched.

const letter = library.letters.find((l) => l.id === 'political-prisoners')!;
const FACTS = { subject: letter.texts.en.subject, fullName: `${TEST_PROFILE.firstName} ${TEST_PROFILE.lastName}`, messageLimit: null };

/** Fields a person would call wrong, missed, or touched when they must not be. */
function problems(fields: ObservedField[], allowMissed = false): string[] {
  return fields.flatMap((field) => {
    const { verdict, why } = judgeField(field, TEST_PROFILE, FACTS);
    if (verdict === 'correct' || verdict === 'left-alone' || (allowMissed && verdict === 'missed')) return [];
    return [`${verdict}: ${field.expect} (${field.tag} ${field.name}) ${why}`];
  });
}

const errorsOf = new WeakMap<Page, string[]>();

async function open(context: BrowserContext, id: string, settings = {}): Promise<Page> {
  await seed(context, TEST_PROFILE, settings);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  errorsOf.set(page, errors);
  await page.goto(fixture(id).url);
  return page;
}

const pageErrors = (page: Page) => errorsOf.get(page) ?? [];

test.describe('the extension stays correct on hostile pages', () => {
  test('honeypots hidden in boxes with no height or width, clipped, transparent or off-screen stay empty', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-honeypots');
    await waitForRecognition(context, page);
    let said = '';
    const fields = await aroundFill(page, async () => { said = await fillFromPopup(context, page); });
    expect(problems(fields)).toEqual([]);
    expect(said).toMatch(/Filled \d+ fields/);
  });

  test('a page that shows its own site\'s contact form again in frames it fades, moves off or covers: the frames get nothing (only named form services are served in a frame); the form the person sees fills', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-hidden-frame');
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
    await waitForRecognition(context, page);
    let said = '';
    const fields = await aroundFill(page, async () => { said = await fillFromPopup(context, page); });
    // Three frames of eight fields each, all left as the page made them.
    expect(fields.filter((f) => f.expect === 'never')).toHaveLength(24);
    expect(problems(fields)).toEqual([]);
    for (const frame of page.frames().slice(1)) {
      expect(await frame.evaluate(() => [...document.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value).join('')), frame.url()).toBe('');
    }
    expect(fields.find((f) => f.expect === 'message')?.after.value).not.toBe('');
    expect(said).toMatch(/Filled \d+ fields/);
  });

  test('a page that redefines value setters and dispatchEvent in its own world neither fools nor overhears the fill', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-prototypes');
    await waitForRecognition(context, page);
    const fields = await aroundFill(page, () => fillFromPopup(context, page));
    expect(problems(fields)).toEqual([]);
    expect(fields.filter((f) => f.after.value === 'HIJACKED')).toEqual([]);
    // The page's hooks never ran for the extension's writes and events: nothing of the profile reached them.
    expect(await page.evaluate(() => ({ stolen: (window as never as { __stolen: string[] }).__stolen, dispatched: (window as never as { __dispatched: number }).__dispatched })))
      .toEqual({ stolen: [], dispatched: 0 });
  });

  test('listeners that throw, clear or rewrite values leave each field right or as the page made it, and the page keeps working', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-listeners');
    await waitForRecognition(context, page);
    let said = '';
    const fields = await aroundFill(page, async () => { said = await fillFromPopup(context, page); });
    expect(problems(fields)).toEqual([]);
    expect(said).toMatch(/Filled \d+ fields/);
    // The page's own errors are its own; its counter heard the fill and its button still works.
    expect(pageErrors(page).every((m) => /analytics is down|broken/.test(m))).toBe(true);
    await expect(page.locator('#count')).not.toHaveText('0 characters');
    await page.locator('#check').click();
    await expect(page.locator('#checked')).toHaveText('Page still works');
  });

  test('a form re-rendered on every keystroke: nothing is written into elements that are gone, and each press fills what is there', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-rerender');
    await waitForRecognition(context, page);
    const first = await aroundFill(page, () => fillFromPopup(context, page));
    expect(problems(first, true)).toEqual([]);
    expect(first.find((f) => f.expect === 'first')?.after.value).toBe(TEST_PROFILE.firstName);
    // Pressing again fills the next fields; the supporter's page never holds a wrong value.
    for (let press = 0; press < 8; press++) {
      const fields = await aroundFill(page, () => fillFromPopup(context, page));
      expect(problems(fields, true)).toEqual([]);
      if (fields.every((f) => f.expect === 'skip' || f.after.value)) break;
    }
    const done = await observeFields(page);
    expect(done.filter((f) => f.expect !== 'skip' && !f.after.value).map((f) => f.expect)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test('a form of 5,000 fields is filled quickly and none of its survey questions is touched', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-many-fields');
    const start = Date.now();
    await waitForRecognition(context, page);
    const fields = await aroundFill(page, () => fillFromPopup(context, page));
    const seconds = (Date.now() - start) / 1000;
    console.log(`5,000-field form: recognised and filled in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(20);
    expect(fields.length).toBeGreaterThanOrEqual(5000);
    expect(problems(fields)).toEqual([]);
    expect(fields.filter((f) => f.expect === 'message')[0]?.after.value).toContain(FACTS.fullName);
  });

  test('a survey of 3,000 questions before the contact form: the contact form is still read and filled, and no question is touched', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-survey-first');
    await waitForRecognition(context, page);
    const fields = await aroundFill(page, () => fillFromPopup(context, page));
    expect(fields.filter((f) => f.expect === 'never').length).toBeGreaterThan(3000);
    expect(problems(fields)).toEqual([]);
    expect(fields.filter((f) => f.expect !== 'never' && !f.after.value).map((f) => f.expect)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test('one form, a survey of 3,000 questions first and the contact part at its end: the contact part is read and filled, and no question is touched', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-survey-in-form');
    await waitForRecognition(context, page);
    const fields = await aroundFill(page, () => fillFromPopup(context, page));
    expect(fields.filter((f) => f.expect === 'never').length).toBeGreaterThan(3000);
    expect(problems(fields)).toEqual([]);
    expect(fields.filter((f) => f.expect !== 'never' && !f.after.value).map((f) => f.expect)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test('long texts and malformed counts anywhere on the page (a form address, option values, a draft, a name, a width): the contact form is filled whole, the other form left alone', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-odd-attributes');
    await waitForRecognition(context, page);
    const fields = await aroundFill(page, () => fillFromPopup(context, page));
    expect(problems(fields)).toEqual([]);
    expect(fields.filter((f) => f.expect !== 'never' && !f.after.value).map((f) => f.expect)).toEqual([]);
    expect(await page.locator('#topic option:checked').textContent()).toBe('Foreign Affairs');
    expect(pageErrors(page)).toEqual([]);
  });

  test('a form ten shadow roots deep is refused cleanly: nothing filled, nothing broken', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-shadow');
    await page.waitForTimeout(1500);
    const before = await page.evaluate(() => (window as never as { __shadowFields: () => { value: string }[] }).__shadowFields());
    // Not recognised as a form, so Fill is not offered at all.
    const fields = await aroundFill(page, async () => {
      const popup = await openPopupOver(context, page);
      await expect(popup.locator('#fill-page')).toBeDisabled();
      await popup.close();
    });
    expect(problems(fields)).toEqual([]);
    const after = await page.evaluate(() => (window as never as { __shadowFields: () => { value: string }[] }).__shadowFields());
    expect(after).toEqual(before);
    expect(after.length).toBe(6);
    expect(pageErrors(page)).toEqual([]);
  });

  test('3,000 shadow trees nested one inside another beside the form: the form is filled whole, the innermost box left alone', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-deep-shadows');
    await waitForRecognition(context, page);
    let said = '';
    const fields = await aroundFill(page, async () => { said = await fillFromPopup(context, page); });
    expect(said).toContain('Filled 6 fields');
    expect(problems(fields)).toEqual([]);
    expect(fields.filter((f) => f.expect !== 'never' && !f.after.value).map((f) => f.expect)).toEqual([]);
    expect(await page.evaluate(() => (window as never as { __deepest: () => string }).__deepest())).toBe('');
    expect(pageErrors(page)).toEqual([]);
  });

  test('controls named like the form\'s own properties (id, action, submit, elements...) leave the fill right, and nothing is submitted', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-form-names');
    await waitForRecognition(context, page);
    let said = '';
    const fields = await aroundFill(page, async () => { said = await fillFromPopup(context, page); });
    expect(problems(fields)).toEqual([]);
    expect(said).toMatch(/Filled \d+ fields/);
    expect(page.url()).toBe(fixture('hostile-form-names').url);
  });

  test('DOM clobbering of the document\'s and the form\'s own methods neither stops nor hides the fill, and the page keeps working', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-clobber');
    await page.waitForTimeout(1500);
    // The page's own document.querySelectorAll is an <img>: read the fields one by one.
    const values = () => Promise.all(['#first', '#last', '#email', '#city', '#zip', '#message'].map((id) => page.locator(id).inputValue()));
    expect(await values()).toEqual(['', '', '', '', '', '']);
    const said = await fillFromPopup(context, page);
    expect(said).toMatch(/Filled 6 fields/);
    const [first, last, email, city, zip, message] = await values();
    expect([first, last, email, city, zip]).toEqual([TEST_PROFILE.firstName, TEST_PROFILE.lastName, TEST_PROFILE.email, TEST_PROFILE.city, TEST_PROFILE.zip]);
    expect(message).toContain(FACTS.fullName);
    expect(pageErrors(page)).toEqual([]);
    await page.locator('#check').click();
    await expect(page.locator('#checked')).toHaveText('Page still works');
  });
});

test.describe('nothing the page controls makes the extension fill or answer', () => {
  test('window messages and events shaped like the extension\'s own get nothing, and nothing fills until the supporter asks', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-messages');
    await waitForRecognition(context, page);
    const untouched = await aroundFill(page, async () => {
      await page.evaluate(() => (window as never as { __attack: () => void }).__attack());
      await page.waitForTimeout(1000);
    });
    expect(untouched.filter((f) => f.after.value !== f.before.value)).toEqual([]);
    const probe = await page.evaluate(() => ({ heard: (window as never as { __heard: unknown[] }).__heard, probe: (window as never as { __probe: object }).__probe }));
    expect(probe.heard).toEqual([]);
    expect(probe.probe).toEqual({ runtime: false });
    // The supporter's own fill is untouched by what the page sent: its values, not the page's.
    const fields = await aroundFill(page, () => fillFromPopup(context, page));
    expect(problems(fields)).toEqual([]);
  });

  test('with fill on open, a page\'s fake messages still cannot choose a value', async ({ launched: { context } }) => {
    const page = await open(context, 'hostile-messages', { autoFill: true, autoFillSites: ['www.hostile-test.senate.gov'] });
    await waitForRecognition(context, page);
    await page.evaluate(() => (window as never as { __attack: () => void }).__attack());
    await page.waitForTimeout(800);
    const fields = await observeFields(page);
    expect(fields.find((f) => f.expect === 'first')?.after.value).toBe(TEST_PROFILE.firstName);
    expect(fields.filter((f) => f.after.value === 'PAGE-CHOSEN')).toEqual([]);
  });
});
