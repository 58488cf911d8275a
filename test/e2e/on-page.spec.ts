import { TEST_PROFILE } from '../support/factories.ts';
import { badgeText, openAndFill, tabIdOf } from './campaign-helpers.ts';
import { CONTACT_FIELDS, expect, extensionWorker, fillFromPopup, fillWrittenPage, fixture, FIXTURES, observeFields, seed, test, waitForRecognition } from './harness.ts';
import { clickPanelButton, expectNothingCovered, panelHasFocus, readPanel } from './panel.ts';

test.describe('the toolbar badge', () => {
  test('shows on a recognised form and not on other pages of the office', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    await page.goto(fixture('campaign-form').url);
    await waitForRecognition(context, page);
    const tabId = await tabIdOf(context, 'www.campaign-test.senate.gov');
    await expect.poll(() => badgeText(context, tabId)).toBe('✓');

    for (const other of ['campaign-about', 'campaign-thank-you']) {
      await page.goto(fixture(other).url);
      await page.waitForTimeout(500);
      expect(await badgeText(context, tabId), other).toBe('');
    }
    await page.goto(fixture('campaign-form').url);
    await expect.poll(() => badgeText(context, tabId)).toBe('✓');
  });
});

test.describe('the panel on the page', () => {
  test('Undo puts every field back as it was, radios included, and keeps what the person typed', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { letterId: 'political-prisoners' });
    const page = await context.newPage();
    await page.goto(fixture('campaign-form').url);
    await waitForRecognition(context, page);
    await page.locator('#subject').fill('My own subject');
    const before = await observeFields(page);

    await fillFromPopup(context, page);
    const filled = await observeFields(page);
    expect(filled.filter((f, i) => f.after.value !== before[i]!.after.value || f.after.checked !== before[i]!.after.checked).length).toBeGreaterThan(8);
    expect(await page.locator('#resp-yes').isChecked()).toBe(true);
    expect(await page.locator('#subject').inputValue()).toBe('My own subject');

    await clickPanelButton(page, 'Undo the fill');
    await expect.poll(() => readPanel(page).then((p) => p?.text)).toMatch(/Put \d+ fields back as they were/);
    expect(await observeFields(page)).toEqual(before);
    expect(await page.locator('#resp-no').isChecked()).toBe(true);
  });

  test('names the CAPTCHA, the required field left and Submit, and shows each one', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-form');
    const panel = (await readPanel(page))!;
    expect(panel.text).toContain('Solve the CAPTCHA');
    expect(panel.text).toContain('Fill in “Occupation*” (required)');
    expect(panel.text).toMatch(/Check the form, then press “Submit” yourself/);
    expect(panel.text).not.toMatch(/Phone|Subscribe/);
    // One summary line, not a list of every role filled.
    expect(panel.text).toMatch(/Filled \d+ fields\./);
    expect(panel.text).not.toMatch(/first name|email confirmation/);

    // Outlined from the start, and brought into view on request.
    for (const [item, selector] of [[/CAPTCHA/, '.g-recaptcha'], [/Submit/, '#submit']] as const) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await clickPanelButton(page, 'Show', item);
      const target = page.locator(selector);
      await expect(target).toBeInViewport();
      expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    }
    await clickPanelButton(page, 'Show', /Occupation/);
    await expect(page.locator('#occupation')).toBeFocused();
  });

  test('works from the keyboard: Tab reaches its buttons before the form\'s fields, Enter presses them', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-form');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 10 && !await panelHasFocus(page); i++) await page.keyboard.press('Tab');
    expect(await panelHasFocus(page)).toBe(true);
    // Close, then Show for the CAPTCHA, the Occupation field and Submit, then Undo.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#first')).toHaveValue('');
    await expect.poll(() => readPanel(page).then((p) => p?.text)).toMatch(/Put \d+ fields back/);
  });

  test('closes, and does not come back on that page', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-form');
    await clickPanelButton(page, 'Close');
    expect(await readPanel(page)).toBeNull();
    expect(await page.locator('#submit').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    await fillFromPopup(context, page);
    await page.waitForTimeout(300);
    expect(await readPanel(page)).toBeNull();
  });

  for (const width of [1100, 1600]) {
    test(`covers no field of a centred form (window ${width}px wide)`, async ({ launched: { context } }) => {
      const form = fixture('campaign-form');
      await seed(context, TEST_PROFILE, { letterId: form.letter });
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(form.url);
      await waitForRecognition(context, page);
      await fillFromPopup(context, page);
      await expect.poll(() => readPanel(page)).not.toBeNull();
      await expectNothingCovered(page);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expectNothingCovered(page);
      await page.setViewportSize({ width: width === 1600 ? 900 : 1600, height: 900 });
      await page.waitForTimeout(200);
      await expectNothingCovered(page);
    });
  }

  test('never stands over a field the fill wrote, even one the page draws outside the form, where the panel would go', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'hostile-panel-spot');
    await expect(page.locator('#phone')).not.toHaveValue('');
    await expectNothingCovered(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expectNothingCovered(page);
  });

  for (const form of FIXTURES.filter((p) => p.kind === 'form')) {
    test(`covers no field of ${form.id}`, async ({ launched: { context } }) => {
      const page = await openAndFill(context, form.id);
      await expectNothingCovered(page);
      const panel = (await readPanel(page))!;
      expect(panel.text).toMatch(/press “[^”]+”( yourself|: the next step)/i);
    });
  }
});

test.describe('a form under a banner', () => {
  test('a cookie banner over the whole page: the popup says the form is covered and fills nothing; once the banner is closed, Fill fills it', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE);
    const body = `<!doctype html><html><body style="font: 16px sans-serif">
<h1>Write to the Senator</h1><form action="/send">${CONTACT_FIELDS}</form>
<div id="banner" style="position: fixed; inset: 0; background: #fff; z-index: 10"><p>This site uses cookies.</p>
<button type="button" onclick="document.getElementById('banner').remove()">Accept</button></div></body></html>`;
    const { page, said } = await fillWrittenPage(context, 'https://www.scott.senate.gov/contact/covered', body);
    expect(said).toMatch(/covered or hidden: close any banner or pop-up over it/);
    const values = () => page.evaluate(() => ['first', 'last', 'email', 'message'].map((id) => (document.getElementById(id) as HTMLInputElement).value));
    expect(await values()).toEqual(['', '', '', '']);
    await page.getByRole('button', { name: 'Accept' }).click();
    expect(await fillFromPopup(context, page)).toMatch(/Filled 4 fields/);
    const [first, last, email, message] = await values();
    expect([first, last, email]).toEqual([TEST_PROFILE.firstName, TEST_PROFILE.lastName, TEST_PROFILE.email]);
    expect(message).toContain(TEST_PROFILE.lastName);
  });
});

test.describe('the keyboard shortcut', () => {
  // Headless Chromium does not route key presses to extension shortcuts, so the browser test
  // checks the declaration and test/unit/commands.test.ts checks what the shortcut does.
  test('Alt+Shift+F is declared for filling the page', async ({ launched: { context } }) => {
    const commands = await (await extensionWorker(context)).evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'fill-page', shortcut: 'Alt+Shift+F', description: 'Fill the official contact form on this page' }));
  });
});
