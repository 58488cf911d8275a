import type { ProgressEntry } from '../../src/shared/progress.ts';
import { localDate } from '../../src/core/progress.ts';
import { fixture } from '../e2e/harness.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { expect, fillFromPopup, inBackground, newTab, seed, test, waitForRecognition, type Firefox } from './harness.ts';
import { readPanel } from './panel.ts';

// What Firefox does its own way: storage.session (which tab holds a form), the toolbar badge,
// the keyboard shortcut's declaration and the delivery log after the supporter's own submit.

async function tabIdOf(firefox: Firefox, host: string): Promise<number> {
  return inBackground(firefox, async (h) => {
    const session = await chrome.storage.session.get(null) as Record<string, { host: string }[]>;
    const key = Object.keys(session).find((k) => k.startsWith('frames:') && session[k]!.some((f) => f.host === h));
    return Number(key?.slice('frames:'.length));
  }, host);
}

const badgeText = (firefox: Firefox, tabId: number) => inBackground(firefox, (id) => chrome.action.getBadgeText({ tabId: id }), tabId);

async function storedProgress(firefox: Firefox): Promise<ProgressEntry[]> {
  const stored = await inBackground(firefox, () => chrome.storage.local.get('progress')) as { progress?: { data: { entries: ProgressEntry[] } } };
  return stored.progress?.data.entries ?? [];
}

test('the toolbar badge shows on a recognised form and not on other pages of the office', async ({ firefox }) => {
  await seed(firefox);
  const { page } = await newTab(firefox);
  await page.goto(fixture('campaign-form').url);
  await waitForRecognition(firefox, page);
  const tabId = await tabIdOf(firefox, 'www.campaign-test.senate.gov');
  expect(tabId).toBeGreaterThan(0);
  await expect.poll(() => badgeText(firefox, tabId)).toBe('✓');

  for (const other of ['campaign-about', 'campaign-thank-you']) {
    await page.goto(fixture(other).url);
    await new Promise((r) => setTimeout(r, 500));
    expect(await badgeText(firefox, tabId), other).toBe('');
  }
  await page.goto(fixture('campaign-form').url);
  await expect.poll(() => badgeText(firefox, tabId)).toBe('✓');
});

test('a visit sends the extension nothing: the background takes what the look spotted once the tab has loaded', async ({ firefox }) => {
  await seed(firefox);
  await inBackground(firefox, () => {
    const w = globalThis as unknown as { kinds: string[] };
    w.kinds = [];
    chrome.runtime.onMessage.addListener((message: { kind?: string }) => { w.kinds.push(String(message?.kind)); return undefined; });
  });
  const { page } = await newTab(firefox);
  await page.goto(fixture('senate-gravity-labels').url);
  await waitForRecognition(firefox, page);
  const tabId = await tabIdOf(firefox, new URL(fixture('senate-gravity-labels').url).hostname);
  await expect.poll(() => badgeText(firefox, tabId)).toBe('✓');
  expect(await inBackground(firefox, () => (globalThis as unknown as { kinds: string[] }).kinds)).toEqual([]);
});

test('Alt+Shift+F is declared for filling the page', async ({ firefox }) => {
  // As in Chromium, key presses from the test driver reach the page, not the browser's own
  // shortcuts; test/unit/commands.test.ts checks what the shortcut does.
  const commands = await inBackground(firefox, () => chrome.commands.getAll());
  expect(commands).toContainEqual(expect.objectContaining({ name: 'fill-page', shortcut: 'Alt+Shift+F' }));
});

test.describe('the delivery log', () => {
  async function fillCampaignForm(firefox: Firefox, id: string, settings = {}) {
    const form = fixture(id);
    await seed(firefox, TEST_PROFILE, { letterId: form.letter, ...settings });
    const { page } = await newTab(firefox);
    await page.goto(form.url);
    await waitForRecognition(firefox, page);
    await fillFromPopup(firefox, page);
    await expect.poll(async () => (await readPanel(firefox, page))?.text ?? '').toMatch(/\d+/);
    return page;
  }

  test('a submit followed by the office\'s thank-you page is logged as sent', async ({ firefox }) => {
    const page = await fillCampaignForm(firefox, 'campaign-form', { letterLanguage: 'ru' });
    expect(await storedProgress(firefox), 'nothing is recorded before the person submits').toEqual([]);
    await page.type('#occupation', 'Engineer');
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    expect(page.url()).toBe(fixture('campaign-thank-you').url);
    await expect.poll(() => storedProgress(firefox)).toEqual([{
      letterId: 'political-prisoners', office: 'senate', host: 'www.campaign-test.senate.gov',
      status: 'sent', language: 'en', date: localDate(), by: 'detected',
    }]);
  });

  test('a submit that comes back with an error is logged as not confirmed', async ({ firefox }) => {
    const page = await fillCampaignForm(firefox, 'campaign-error-form');
    await page.type('#occupation', 'Engineer');
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    expect(page.url()).toBe(fixture('campaign-error-returned').url);
    await expect.poll(() => storedProgress(firefox)).toMatchObject([{ office: 'senate', host: 'www.campaign-error.senate.gov', status: 'not-confirmed' }]);
  });

  test('a form that answers on the same page is logged as not confirmed: any script can write "thank you"', async ({ firefox }) => {
    const page = await fillCampaignForm(firefox, 'campaign-ajax-form');
    await page.type('#occupation', 'Engineer');
    await page.click('#submit');
    await page.waitForFunction(() => document.body.innerText.includes('Your message was sent'));
    await expect.poll(() => storedProgress(firefox)).toMatchObject([{ letterId: 'solidarity', office: 'house', status: 'not-confirmed' }]);
  });

  test('a submit the page fakes is not recorded', async ({ firefox }) => {
    const page = await fillCampaignForm(firefox, 'campaign-ajax-form');
    await page.evaluate(() => document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await storedProgress(firefox)).toEqual([]);
  });
});
