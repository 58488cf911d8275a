import { test as base, chromium, type BrowserContext, type Page, type Worker, type Route } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Profile } from '../../src/shared/profile.ts';
import { SETTINGS_VERSION, type Settings } from '../../src/shared/settings.ts';
import { readAnnotatedFields } from '../support/annotated-fields.ts';
import type { ObservedField } from '../support/expectations.ts';
import { createSettings, TEST_PROFILE } from '../support/factories.ts';
import { findChromium } from '../support/find-browser.ts';

/** The build under test: `dist`, or another (WFB_DIST=<dir>), to see a test fail on the build before a fix. */
export const DIST = resolve(process.env.WFB_DIST ?? 'dist');
const PAGES_DIR = resolve('test/fixtures/pages');

export interface FixturePage {
  id: string;
  url: string;
  file: string;
  family: string;
  office: string;
  letter: string;
  kind: 'form' | 'frame' | 'step1' | 'chooser' | 'late' | 'thank-you' | 'other';
  messageLimit: number | null;
  next?: string;
  notes: string;
}

/** Every catalogue in test/fixtures/pages/ (pages.json, and one per feature that needs pages of its own). */
export const FIXTURES: FixturePage[] = readdirSync(PAGES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .flatMap((name) => JSON.parse(readFileSync(join(PAGES_DIR, name), 'utf8')) as FixturePage[]);

export function fixture(id: string): FixturePage {
  const page = FIXTURES.find((p) => p.id === id);
  if (!page) throw new Error(`No fixture page "${id}" in test/fixtures/pages/pages.json`);
  return page;
}

/** The fixture for a URL: exact, else the same page without its query (a GET form's next step). */
export function fixtureFor(url: string): FixturePage | undefined {
  const bare = url.split('#')[0]!;
  const withoutQuery = bare.split('?')[0];
  return FIXTURES.find((p) => p.url === bare) ?? FIXTURES.find((p) => p.url.split('?')[0] === withoutQuery);
}

export interface LaunchOptions {
  /** Rewrite each fixture before serving it (the benchmark serves copies with scrambled names and ids). */
  transform?: (html: string) => string;
  /** --lang for the browser, which picks the extension's _locales. */
  lang?: string;
  userDataDir?: string;
  /** Load the extension from here instead of dist/ (the benchmark loads a copy, so a rebuild cannot disturb it). */
  extensionDir?: string;
  /** Show the window (the demo's --headed). */
  headed?: boolean;
  /** Keep pages left by Back and Forward alive, as a person's browser does (Playwright turns this off). */
  backForwardCache?: boolean;
}

/** Chromium with the built extension, every official host answered from test/fixtures/pages. */
export async function launch(options: LaunchOptions = {}): Promise<{ context: BrowserContext; requests: string[]; userDataDir: string }> {
  const chromiumPath = findChromium().path;
  const extension = options.extensionDir ?? DIST;
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`No build in ${extension}: run npm run build first.`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'wfb-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: !options.headed,
    viewport: { width: 1100, height: 1400 },
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    args: [
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
      // Nothing leaves the machine: every host fails to resolve unless a route answers it.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(/^https?:\/\//, (route) => serve(route, options.transform));
  return { context, requests, userDataDir };
}

async function serve(route: Route, transform?: (html: string) => string): Promise<void> {
  const page = fixtureFor(route.request().url());
  if (!page) return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title><h1>Not found</h1>' });
  let body = readFileSync(join(PAGES_DIR, page.file), 'utf8');
  if (transform) body = transform(body);
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const [worker] = context.serviceWorkers();
  return worker ?? context.waitForEvent('serviceworker');
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await extensionWorker(context)).url()).host;
}

/** Put a profile and settings in the extension's storage, in the stored format. */
export async function seed(context: BrowserContext, profile: Profile | null = TEST_PROFILE, settings: Partial<Settings> = {}): Promise<void> {
  const worker = await extensionWorker(context);
  const values: Record<string, unknown> = { settings: { version: SETTINGS_VERSION, data: createSettings(settings) } };
  if (profile) values.profile = { version: 1, data: profile };
  await worker.evaluate((v) => chrome.storage.local.set(v), values);
}

export async function popupUrl(context: BrowserContext): Promise<string> {
  return `chrome-extension://${await extensionId(context)}/src/popup/index.html`;
}

/**
 * Open the popup over `page` as a supporter would: the popup is loaded in its own tab, then
 * the form's tab is brought to the front, so "the active tab" is the form.
 */
export async function openPopupOver(context: BrowserContext, page: Page): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(await popupUrl(context));
  await page.bringToFront();
  await popup.reload();
  await popup.locator('main').waitFor();
  return popup;
}

/** Wait until the content script has told the background that this tab holds a form. */
export async function waitForRecognition(context: BrowserContext, page: Page): Promise<void> {
  const worker = await extensionWorker(context);
  await page.waitForFunction(() => document.readyState === 'complete');
  const url = page.url();
  // The extension has no `tabs` permission, so tabs are told apart by the hosts they reported.
  const hosts = page.frames().map((f) => { try { return new URL(f.url()).hostname; } catch { return ''; } });
  for (let i = 0; i < 100; i++) {
    const recognised = await worker.evaluate(async (pageHosts) => {
      const stored = await chrome.storage.session.get(null) as Record<string, { host: string }[]>;
      return Object.entries(stored).some(([key, frames]) => key.startsWith('frames:') && frames.some((f) => pageHosts.includes(f.host)));
    }, hosts);
    if (recognised) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`The extension did not recognise a form on ${url}`);
}

/** Press "Fill this page" in the popup and return what the popup then says. */
export async function fillFromPopup(context: BrowserContext, page: Page): Promise<string> {
  const popup = await openPopupOver(context, page);
  await popup.locator('#fill-page').click();
  const result = popup.locator('#fill-result');
  await result.filter({ hasText: /\S/ }).waitFor();
  const text = await result.innerText();
  await popup.close();
  return text;
}

/** The plain contact form a test writes its page around: first and last name, email, message, Send. */
export const CONTACT_FIELDS = `  <label for="first">First Name</label><input type="text" id="first" name="first">
  <label for="last">Last Name</label><input type="text" id="last" name="last">
  <label for="email">Email</label><input type="email" id="email" name="email">
  <label for="message">Message</label><textarea id="message" name="message"></textarea>
  <button type="submit">Send</button>`;

/**
 * A page the test wrote, served at an office's address, recognised by the extension and filled
 * from the popup: the tab, and what the popup said.
 */
export async function fillWrittenPage(context: BrowserContext, url: string, body: string): Promise<{ page: Page; said: string }> {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.goto(url);
  await waitForRecognition(context, page);
  return { page, said: await fillFromPopup(context, page) };
}

/** Every annotated control of the page (and of its same-origin or cross-origin frames). */
export async function observeFields(page: Page): Promise<Omit<ObservedField, 'before'>[]> {
  const all: Omit<ObservedField, 'before'>[] = [];
  for (const frame of page.frames()) {
    const fields = await frame.evaluate(readAnnotatedFields).catch(() => []);
    all.push(...fields.map((f) => ({ ...f, index: all.length + f.index })));
  }
  return all;
}

/** Snapshot before, act, snapshot after: the fields as a person sees them either side of the fill. */
export async function aroundFill(page: Page, act: () => Promise<unknown>): Promise<ObservedField[]> {
  const before = await observeFields(page);
  await act();
  await page.waitForTimeout(150);
  const after = await observeFields(page);
  return after.map((f, i) => ({ ...f, before: before[i]?.after ?? { value: '', checked: false } }));
}

export const test = base.extend<{ launched: Awaited<ReturnType<typeof launch>> }>({
  // eslint-disable-next-line no-empty-pattern
  launched: async ({}, use) => {
    const launched = await launch();
    await use(launched);
    await launched.context.close();
    rmSync(launched.userDataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
