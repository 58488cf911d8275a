import { expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import type { ProgressEntry } from '../../src/shared/progress.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { extensionWorker, fillFromPopup, fixture, seed, waitForRecognition } from './harness.ts';
import { readPanel } from './panel.ts';

// Helpers for the guided campaign's browser tests: the delivery log, tabs, the badge, and a
// supporter who fills a form from the popup and then submits it themselves.

export async function storedProgress(context: BrowserContext): Promise<ProgressEntry[]> {
  const worker = await extensionWorker(context);
  const stored = await worker.evaluate(() => chrome.storage.local.get('progress')) as { progress?: { data: { entries: ProgressEntry[] } } };
  return stored.progress?.data.entries ?? [];
}

export async function tabIdOf(context: BrowserContext, host: string): Promise<number> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async (h) => {
    const stored = await chrome.storage.session.get(null) as Record<string, { host: string }[]>;
    const key = Object.keys(stored).find((k) => k.startsWith('frames:') && stored[k]!.some((f) => f.host === h));
    return Number(key?.slice('frames:'.length));
  }, host);
}

/** The URL of every tab, as the browser has it: a tab the extension opened before Playwright routed it still shows where it went. */
export async function tabUrls(context: BrowserContext): Promise<string[]> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.filter((t) => t.type === 'page').map((t) => t.url);
}

export async function badgeText(context: BrowserContext, tabId: number): Promise<string> {
  return (await extensionWorker(context)).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Open a fixture form, fill it from the popup, and wait for the panel. */
export async function openAndFill(context: BrowserContext, id: string, settings: Parameters<typeof seed>[2] = {}): Promise<Page> {
  const form = fixture(id);
  await seed(context, TEST_PROFILE, { letterId: form.letter, ...settings });
  const page = await context.newPage();
  await page.goto(form.url);
  await waitForRecognition(context, page);
  await fillFromPopup(context, page);
  await expect.poll(() => readPanel(page).then((p) => p?.text ?? '')).toMatch(/Filled \d+ fields/);
  return page;
}

/** What a person does before pressing Submit: type the CAPTCHA code, answer what is still required. */
export async function completeByHand(frame: Frame): Promise<void> {
  const todo = await frame.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')].flatMap((el, index) => {
    const required = el.required || el.getAttribute('aria-required') === 'true';
    const empty = el.type === 'checkbox' || el.type === 'radio' ? !document.querySelector(`[name="${CSS.escape(el.name)}"]:checked`) : !el.value.trim();
    const captcha = /captcha/i.test(el.name + el.id);
    return el.checkVisibility() && empty && (required || captcha) && !/hidden|submit|button|image/.test(el.type) ? [{ index, tag: el.tagName, type: el.type }] : [];
  }));
  for (const { index, tag, type } of todo) {
    const control = frame.locator('input, select, textarea').nth(index);
    if (tag === 'SELECT') await control.selectOption({ index: 1 });
    else if (type === 'checkbox' || type === 'radio') await control.check();
    else await control.fill('R8KWQ');
  }
}

export async function submitByHand(page: Page): Promise<void> {
  await page.locator('#occupation').fill('Engineer');
  await page.locator('#submit').click();
}
