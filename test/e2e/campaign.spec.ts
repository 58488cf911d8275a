import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDate } from '../../src/core/progress.ts';
import type { ProgressEntry } from '../../src/shared/progress.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { expect, extensionWorker, fillFromPopup, fixture, FIXTURES, launch, observeFields, popupUrl, seed, test, waitForRecognition } from './harness.ts';
import { clickPanelButton, overlaps, readPanel, type Box } from './panel.ts';

async function storedProgress(context: BrowserContext): Promise<ProgressEntry[]> {
  const worker = await extensionWorker(context);
  const stored = await worker.evaluate(() => chrome.storage.local.get('progress')) as { progress?: { data: { entries: ProgressEntry[] } } };
  return stored.progress?.data.entries ?? [];
}

async function tabIdOf(context: BrowserContext, host: string): Promise<number> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async (h) => {
    const stored = await chrome.storage.session.get(null) as Record<string, { host: string }[]>;
    const key = Object.keys(stored).find((k) => k.startsWith('frames:') && stored[k]!.some((f) => f.host === h));
    return Number(key?.slice('frames:'.length));
  }, host);
}

/** The URL of every tab, as the browser has it: a tab the extension opened before Playwright routed it still shows where it went. */
async function tabUrls(context: BrowserContext): Promise<string[]> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.filter((t) => t.type === 'page').map((t) => t.url);
}

async function badgeText(context: BrowserContext, tabId: number): Promise<string> {
  return (await extensionWorker(context)).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Open a fixture form, fill it from the popup, and wait for the panel. */
async function openAndFill(context: BrowserContext, id: string, settings: Parameters<typeof seed>[2] = {}): Promise<Page> {
  const form = fixture(id);
  await seed(context, TEST_PROFILE, { letterId: form.letter, ...settings });
  const page = await context.newPage();
  await page.goto(form.url);
  await waitForRecognition(context, page);
  await fillFromPopup(context, page);
  await expect.poll(() => readPanel(page).then((p) => p?.text ?? '')).toMatch(/Filled \d+ fields/);
  return page;
}

/** Boxes of every control and button a person uses in the page's forms, in any frame, in the window's coordinates. */
async function formBoxes(page: Page): Promise<{ what: string; box: Box }[]> {
  const all: { what: string; box: Box }[] = [];
  for (const frame of page.frames()) {
    const offset = frame === page.mainFrame() ? { x: 0, y: 0 } : await (await frame.frameElement()).boundingBox();
    if (!offset) continue;
    const boxes = await frame.evaluate(() => [...document.querySelectorAll('form input, form select, form textarea, form button, .g-recaptcha, .h-captcha, img[id*="aptcha"]')]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 1)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { what: `${el.tagName.toLowerCase()}#${el.id || el.getAttribute('name')}`, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
      }));
    all.push(...boxes.map((b) => ({ ...b, box: { ...b.box, x: b.box.x + offset.x, y: b.box.y + offset.y } })));
  }
  return all;
}

async function expectNothingCovered(page: Page): Promise<void> {
  const panel = await readPanel(page);
  expect(panel).not.toBeNull();
  const covered = (await formBoxes(page)).filter((f) => overlaps(f.box, panel!.box)).map((f) => f.what);
  expect(covered, `panel at ${JSON.stringify(panel!.box)}`).toEqual([]);
}

async function submitByHand(page: Page): Promise<void> {
  await page.locator('#occupation').fill('Engineer');
  await page.locator('#submit').click();
}

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
    expect(panel.text).toContain('press Submit yourself');
    expect(panel.text).not.toMatch(/Phone|Subscribe/);

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

  for (const form of FIXTURES.filter((p) => p.kind === 'form')) {
    test(`covers no field of ${form.id}`, async ({ launched: { context } }) => {
      const page = await openAndFill(context, form.id);
      await expectNothingCovered(page);
      const panel = (await readPanel(page))!;
      expect(panel.text).toContain('press Submit yourself');
    });
  }
});

test.describe('did it go through: the delivery log', () => {
  test('a submit followed by the office\'s thank-you page is logged as sent', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-form', { letterLanguage: 'ru' });
    await page.waitForTimeout(300);
    expect(await storedProgress(context), 'nothing is recorded before the person submits').toEqual([]);

    await submitByHand(page);
    await page.waitForURL(fixture('campaign-thank-you').url);
    await expect.poll(() => storedProgress(context)).toEqual([{
      letterId: 'political-prisoners', office: 'senate', host: 'www.campaign-test.senate.gov',
      status: 'sent', language: 'ru', date: localDate(), by: 'detected',
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

  test('a form that answers on the same page is logged as sent', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-ajax-form');
    await submitByHand(page);
    await expect(page.getByText('Your message was sent')).toBeVisible();
    await expect.poll(() => storedProgress(context)).toMatchObject([{ letterId: 'solidarity', office: 'house', status: 'sent' }]);
  });

  test('a submit the page fakes is not recorded', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'campaign-ajax-form');
    await page.evaluate(() => document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await page.waitForTimeout(1500);
    expect(await storedProgress(context)).toEqual([]);
  });

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
      await expect(popup.locator('#offices-count')).toHaveText('1 of 3 offices written to');
      await second.context.close();
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});

test.describe('the popup guides the campaign', () => {
  test('lists the letter\'s offices from the profile and opens the next one\'s official page', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { letterId: 'solidarity' });
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await expect(popup.locator('#offices-count')).toHaveText('0 of 5 offices written to');
    await expect(popup.locator('.seat-name')).toHaveText(['Senator 1 of your state', 'Senator 2 of your state', 'Your Representative', 'The President', 'The Department of State']);

    await popup.locator('#open-next').click();
    await expect.poll(() => tabUrls(context)).toContain('https://www.senate.gov/states/IL/intro.htm');

    await popup.locator('.seat').nth(0).locator('select').selectOption('sent');
    await expect(popup.locator('#offices-count')).toHaveText('1 of 5 offices written to');
    await expect(popup.locator('#open-next')).toHaveText('Open next: Senator 2 of your state');
    await expect(popup.locator('#offices-left')).toContainText('Your Representative');
    expect(await storedProgress(context)).toMatchObject([{ letterId: 'solidarity', office: 'senate', status: 'sent', by: 'hand', host: '' }]);

    await popup.locator('.seat[data-office="house"] button').click();
    await expect.poll(() => tabUrls(context)).toContain('https://www.house.gov/representatives/find-your-representative');

    await popup.locator('#reset-progress').click();
    await popup.locator('#reset-progress-yes').click();
    await expect(popup.locator('#offices-count')).toHaveText('0 of 5 offices written to');
    expect(await storedProgress(context)).toEqual([]);
  });

  test('saves counts for organisers with no name, address or email in them', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { letterId: 'political-prisoners' });
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await popup.locator('.seat').nth(0).locator('select').selectOption('sent');
    await popup.locator('.summary summary').click();
    for (const [button, shape] of [['#export-csv', /^letter,office,language,sent,notConfirmed\r\npolitical-prisoners,senate,en,1,0\r\n$/], ['#export-json', /"rows"/]] as const) {
      const download = popup.waitForEvent('download');
      await popup.locator(button).click();
      const text = readFileSync((await (await download).path())!, 'utf8');
      expect(text).toMatch(shape);
      for (const value of Object.values(TEST_PROFILE).filter((v) => v.length > 2)) expect(text).not.toContain(value);
    }
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
