import type { BrowserContext, Page } from '@playwright/test';
import { TEST_PROFILE } from '../support/factories.ts';
import { completeByHand, openAndFill, storedProgress } from './campaign-helpers.ts';
import { expect, fillFromPopup, fixture, launch, openPopupOver, popupUrl, seed, test, waitForRecognition } from './harness.ts';
import { clickPanelButton, readPanel } from './panel.ts';

// Each problem a supporter met on the way (issue 14), as they would meet it in the browser.

const panelText = async (page: Page) => (await readPanel(page))?.text ?? '';

async function openForm(context: BrowserContext, id: string, settings: Parameters<typeof seed>[2] = {}): Promise<Page> {
  await seed(context, TEST_PROFILE, { letterId: fixture(id).letter, ...settings });
  const page = await context.newPage();
  await page.goto(fixture(id).url);
  await waitForRecognition(context, page);
  return page;
}

test.describe('the note never costs the letter', () => {
  test('on a 500-character form a note keeps the short letter; a note too long for even that is measured before filling', async ({ launched: { context } }) => {
    // The 500-character variant leaves room for a sentence or two of the supporter's own.
    const note = 'My uncle was held in Akrestsina in 2020. Please ask about him.';
    const page = await openForm(context, 'senate-gravity-labels', { note });
    let popup = await openPopupOver(context, page);
    const summary = await popup.locator('#letter-summary').innerText();
    const [, length] = /(\d+) of 500 characters/.exec(summary) ?? [];
    expect(Number(length), summary).toBeLessThanOrEqual(500);
    await expect(popup.locator('#warn-note')).toHaveCount(0);
    await popup.locator('#fill-page').click();
    await expect(popup.locator('#fill-result')).not.toBeEmpty();
    const message = await page.locator('textarea[maxlength="500"]').inputValue();
    expect(message).toContain(note);
    expect(message.length).toBeLessThanOrEqual(500);
    await popup.close();

    // A note that even the shortest letter cannot carry: said, with the number of characters, before filling.
    await page.reload();
    await waitForRecognition(context, page);
    popup = await openPopupOver(context, page);
    const long = `${note} ${note} ${note}`;
    await popup.locator('#letter-note').fill(long);
    const warning = popup.locator('#warn-note');
    await expect(warning).toContainText('characters too long for this form');
    const over = Number(/is (\d+) characters? too long/.exec(await warning.innerText())![1]);
    expect(over).toBeGreaterThan(0);
    await expect(popup.locator('#letter-summary')).toContainText('does not fit this form');
    // Exactly that many characters fewer, and it fits: the number is the truth.
    await popup.locator('#letter-note').fill(long.slice(0, long.length - over));
    await expect(warning).toHaveCount(0);
    await expect(popup.locator('#letter-summary')).toContainText('500 of 500 characters');
  });
});

test.describe('your offices, and an office that is not yours', () => {
  test('a senator of another state is flagged before filling, and the letter is logged as that office, not as your senator', async ({ launched: { context } }) => {
    const page = await openForm(context, 'senate-gravity-labels');
    let popup = await openPopupOver(context, page);
    await expect(popup.locator('#action-heading')).toHaveText('This page: Senator Tim Scott (South Carolina)');
    await expect(popup.locator('#warn-state')).toContainText('Tim Scott represents South Carolina, not your state: offices usually answer only their own constituents.');
    await popup.locator('#fill-page').click();
    await expect(popup.locator('#fill-result')).not.toBeEmpty();
    await popup.close();
    await completeByHand(page.mainFrame());
    await page.locator('#gform_submit_button_2').click();
    await page.waitForURL(fixture('senate-thank-you').url);
    await expect.poll(() => storedProgress(context)).toMatchObject([{ office: 'senate', host: 'www.scott.senate.gov', status: 'sent' }]);

    popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await expect(popup.locator('#offices-count')).toHaveText('0 of 4 offices written to');
    await expect(popup.locator('#open-next')).toHaveText('Open next: Senator Richard J. Durbin');
    await popup.locator('#step-offices').click();
    await expect(popup.locator('#offices-elsewhere')).toContainText('Senator Tim Scott (South Carolina)');
    await expect(popup.locator('.seat.sent')).toHaveCount(0);
  });

  test('the State Department letter on a senator\'s form is questioned before filling', async ({ launched: { context } }) => {
    const page = await openForm(context, 'senate-cf7', { letterId: 'state-department' });
    const popup = await openPopupOver(context, page);
    await expect(popup.locator('#warn-letter')).toContainText('This letter is not written for this office');
    await expect(popup.locator('#warn-letter')).toContainText('the Department of State');
  });

  test('no Fill where there is no form: the one action is Open next', async ({ launched: { context } }) => {
    const page = await openForm(context, 'campaign-form');
    await page.goto(fixture('campaign-about').url);
    const popup = await openPopupOver(context, page);
    await expect(popup.locator('#fill-page')).toBeDisabled();
    await expect(popup.locator('#no-form-hint')).toBeVisible();
    await expect(popup.locator('button.primary')).toHaveCount(1);
    await expect(popup.locator('button.primary')).toHaveId('open-next');
  });
});

test.describe('the panel on the page', () => {
  test('filling again after fill-on-open counts every field that holds the fill, not zero', async ({ launched: { context } }) => {
    const page = await openForm(context, 'campaign-form', { autoFill: true, autoFillSites: ['www.campaign-test.senate.gov'] });
    await expect.poll(() => panelText(page)).toMatch(/Filled \d+ fields\./);
    const first = Number(/Filled (\d+) fields\./.exec(await panelText(page))![1]);
    expect(first).toBeGreaterThan(5);
    const said = await fillFromPopup(context, page);
    expect(said).toContain('already held text and were left as they are');
    expect(said).not.toContain('Filled 0 fields');
    await expect.poll(() => panelText(page)).toContain(`Filled ${first} fields.`);
  });

  test('filled fields are tinted until the person edits them; Undo, then Fill again', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-form');
    const tint = () => page.locator('#first').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await tint()).toBe('rgb(230, 244, 234)');
    expect(await page.locator('#occupation').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(230, 244, 234)');
    await page.locator('#city').click();
    await page.keyboard.type('x');
    expect(await page.locator('#city').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(230, 244, 234)');
    expect(await tint()).toBe('rgb(230, 244, 234)');

    await clickPanelButton(page, 'Undo the fill');
    await expect.poll(() => panelText(page)).toMatch(/Put \d+ fields back as they were/);
    expect(await panelText(page)).not.toContain('Still yours to do');
    await expect(page.locator('#first')).toHaveValue('');
    await clickPanelButton(page, 'Fill again');
    await expect(page.locator('#first')).toHaveValue(TEST_PROFILE.firstName);
    await expect.poll(() => panelText(page)).toMatch(/Filled \d+ fields\./);
    expect(await tint()).toBe('rgb(230, 244, 234)');
  });

  test('on a House ZIP step it names the button as the page does and says the next step fills itself', async ({ launched: { context } }) => {
    const page = await openForm(context, 'house-required-zip-auth');
    await fillFromPopup(context, page);
    await expect.poll(() => panelText(page)).toContain('Press “Go To Next Step”: the next step of the form fills itself.');
    expect(await panelText(page)).toContain('Filled 2 fields.');
  });

  test('"Show" beside the CAPTCHA puts the keyboard in its text box', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'state-department');
    await clickPanelButton(page, 'Show', /CAPTCHA/);
    await expect(page.locator('#RadCaptcha1_CaptchaTextBox')).toBeFocused();
    await page.keyboard.type('R8KWQ');
    await expect(page.locator('#RadCaptcha1_CaptchaTextBox')).toHaveValue('R8KWQ');
  });

  test('speaks the language chosen in the popup, not the browser\'s', async ({ launched: { context } }) => {
    const page = await openForm(context, 'campaign-form', { uiLanguage: 'be' });
    await fillFromPopup(context, page);
    await expect.poll(() => panelText(page)).toMatch(/Запоўнена \d+ палёў\./);
    const text = await panelText(page);
    expect(text).toContain('Праверце форму і самі націсніце «Submit».');
    expect(text).toContain('Адмяніць');
    expect(text).not.toContain('Check the form');
  });

  test('stays on screen in a window 400 px wide, wherever the page is scrolled', async ({ launched: { context } }) => {
    const page = await openForm(context, 'campaign-form');
    await page.setViewportSize({ width: 400, height: 800 });
    await fillFromPopup(context, page);
    await expect.poll(() => readPanel(page)).not.toBeNull();
    for (const where of ['top', 'bottom'] as const) {
      await page.evaluate((w) => window.scrollTo(0, w === 'top' ? 0 : document.body.scrollHeight), where);
      await page.waitForTimeout(100);
      const { box } = (await readPanel(page))!;
      expect(box.y, where).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, where).toBeLessThanOrEqual(800);
      expect(box.width, where).toBeLessThanOrEqual(400);
    }
    // The page can still bring its last field above the panel.
    await page.locator('#submit').scrollIntoViewIfNeeded();
    const submit = (await page.locator('#submit').boundingBox())!;
    const { box } = (await readPanel(page))!;
    expect(submit.y + submit.height).toBeLessThanOrEqual(box.y);
  });
});

test('plurals in the popup follow each language\'s rules', async () => {
  const { context } = await launch({ lang: 'ru' });
  try {
    await seed(context, TEST_PROFILE, { letterId: 'solidarity' });
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await expect(popup.locator('#offices-count')).toHaveText('Написано 0 из 5 адресатов');
    await seed(context, TEST_PROFILE, { letterId: 'state-department' });
    await popup.reload();
    await expect(popup.locator('#offices-count')).toHaveText('Написано 0 из 1 адресата');
  } finally {
    await context.close();
  }
});
