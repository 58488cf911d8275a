import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { Profile } from '../../src/shared/profile.ts';
import { SETTINGS_VERSION, type Settings } from '../../src/shared/settings.ts';
import { readAnnotatedFields } from '../support/annotated-fields.ts';
import type { ObservedField } from '../support/expectations.ts';
import { createSettings, TEST_PROFILE } from '../support/factories.ts';
import { BrowserNotFound, findFirefox } from '../support/find-browser.ts';
import { fixtureFor } from '../e2e/harness.ts';
import { DevtoolsConnection, type ExtensionTarget } from './devtools-connection.ts';

// Firefox with the Firefox build installed as a temporary add-on, driven by puppeteer-core over
// WebDriver BiDi; every official host answered from test/fixtures/pages, the same catalogue the
// Chromium tests use. Extension pages are reached through Firefox's DevTools protocol.

/** The Firefox build under test: `dist-firefox`, or another (WFB_DIST_FIREFOX=<dir>), to see a test fail on the build before a fix. */
export const DIST_FIREFOX = resolve(process.env.WFB_DIST_FIREFOX ?? 'dist-firefox');
const PAGES_DIR = resolve('test/fixtures/pages');
const POPUP_PATH = 'src/popup/index.html';
const BACKGROUND_PATH = '/_generated_background_page.html';

export interface Firefox {
  browser: Browser;
  devtools: DevtoolsConnection;
  /** Extension pages that exist now (background page, open popups), by actor. */
  targets: Map<string, ExtensionTarget>;
  /** The content script's sandbox in each page and frame it runs in now, by actor. */
  contentScripts: Map<string, ExtensionTarget>;
  /** Which Firefox, found how, and its version, for the log. */
  description: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll until `probe` gives something truthy. */
export async function until<T>(probe: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `dist`: the Firefox build to install, DIST_FIREFOX by default (a bench installs several, one a browser). */
export async function launchFirefox(options: { headed?: boolean; dist?: string } = {}): Promise<Firefox> {
  const found = findFirefox();
  const executablePath = found.path;
  const dist = resolve(options.dist ?? DIST_FIREFOX);
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No Firefox build in ${dist}: run npm run build:firefox first.`);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const port = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: !options.headed,
    defaultViewport: { width: 1100, height: 1400 },
    args: ['--start-debugger-server', String(port)],
    extraPrefsFirefox: {
      // The DevTools server for the extension's pages, without the "allow this connection?" prompt.
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
      // The popup runs in a background tab here, where Firefox holds timers back to one a second
      // (and Preact's effects wait on one); a real popup is a foreground document.
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
    },
  });
  try {
    await browser.installExtension(dist); // a temporary add-on, as about:debugging loads it
    const devtools = await DevtoolsConnection.open(port);
    const targets = new Map<string, ExtensionTarget>();
    const contentScripts = new Map<string, ExtensionTarget>();
    const listOf = (target: ExtensionTarget & { targetType?: string }) => (target.targetType === 'content_script' ? contentScripts : targets);
    devtools.on('target-available-form', (p: { target: ExtensionTarget }) => listOf(p.target).set(p.target.actor, p.target));
    devtools.on('target-destroyed-form', (p: { target: ExtensionTarget }) => listOf(p.target).delete(p.target.actor));
    const { addons } = await devtools.request('root', 'listAddons') as unknown as { addons: { id: string; actor: string }[] };
    const addon = addons.find((a) => a.id === manifest.browser_specific_settings.gecko.id);
    if (!addon) throw new Error('The add-on is not installed');
    const watcher = await devtools.request(addon.actor, 'getWatcher', {});
    await devtools.request(String(watcher.actor), 'watchTargets', { targetType: 'frame' });
    // Content scripts are listed only to a whole-browser session (the Browser Toolbox's), not to the add-on's.
    const { processDescriptor } = await devtools.request('root', 'getProcess', { id: 0 }) as unknown as { processDescriptor: { actor: string } };
    const everything = await devtools.request(processDescriptor.actor, 'getWatcher', {});
    await devtools.request(String(everything.actor), 'watchTargets', { targetType: 'content_script' });
    const firefox = { browser, devtools, targets, contentScripts, description: `${executablePath} (${found.how}), ${await browser.version()}` };
    await backgroundPage(firefox);
    return firefox;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export async function closeFirefox(firefox: Firefox): Promise<void> {
  firefox.devtools.close();
  await firefox.browser.close();
}

/** The extension's background page, as it is now (an event page may be started again). */
export function backgroundPage(firefox: Firefox): Promise<ExtensionTarget> {
  return until(async () => [...firefox.targets.values()].reverse().find((t) => t.url.endsWith(BACKGROUND_PATH)), 'the background page');
}

/**
 * Run `fn(arg)` in an extension page, where `chrome.*` and `browser.*` are the extension's own
 * APIs; the result comes back through JSON.
 */
export async function inExtension<A, R>(firefox: Firefox, target: ExtensionTarget, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
  // A function compiled by tsx names its inner functions through a helper of its own (`__name`): one that does nothing is given.
  const source = `(async () => { const __name = (f) => f; return JSON.stringify({ value: await (${fn.toString()})(${JSON.stringify(arg ?? null)}) }); })()`;
  const json = await firefox.devtools.evaluate(target, source);
  return (JSON.parse(json!) as { value: Awaited<R> }).value;
}

export async function inBackground<A, R>(firefox: Firefox, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
  return inExtension(firefox, await backgroundPage(firefox), fn, arg);
}

/** Empty the extension's storage and close every tab but a blank one: each test starts afresh in the shared browser. */
export async function resetFirefox(firefox: Firefox): Promise<void> {
  await inBackground(firefox, async () => {
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
  });
  const pages = await firefox.browser.pages();
  const blank = await firefox.browser.newPage();
  for (const page of pages) await page.close();
  await blank.bringToFront();
}

/** Put a profile and settings in the extension's storage, in the stored format. */
export async function seed(firefox: Firefox, profile: Profile | null = TEST_PROFILE, settings: Partial<Settings> = {}): Promise<void> {
  const values: Record<string, unknown> = { settings: { version: SETTINGS_VERSION, data: createSettings(settings) } };
  if (profile) values.profile = { version: 1, data: profile };
  await inBackground(firefox, (v) => chrome.storage.local.set(v), values);
}

export async function setStored(firefox: Firefox, values: Record<string, unknown>): Promise<void> {
  await inBackground(firefox, (v) => chrome.storage.local.set(v), values);
}

export async function stored(firefox: Firefox): Promise<Record<string, unknown>> {
  return inBackground(firefox, () => chrome.storage.local.get(null));
}

function serve(request: HTTPRequest): void {
  const url = request.url();
  if (!/^https?:/.test(url)) {
    void request.continue();
    return;
  }
  const page = fixtureFor(url);
  // Nothing leaves the machine: an address with no fixture gets a 404 from here.
  if (!page) {
    void request.respond({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title><h1>Not found</h1>' });
    return;
  }
  void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(PAGES_DIR, page.file), 'utf8') });
}

/** A new tab that answers every address from the fixtures, at the front; `requests` lists every URL asked for. */
export async function newTab(firefox: Firefox): Promise<{ page: Page; requests: string[] }> {
  const page = await firefox.browser.newPage();
  const requests: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requests.push(request.url());
    serve(request);
  });
  await page.bringToFront();
  return { page, requests };
}

/** The hosts of a page's frames. */
function hostsOf(page: Page): string[] {
  return page.frames().map((f) => { try { return new URL(f.url()).hostname; } catch { return ''; } });
}

/** Wait until the content script has told the background that this tab holds a form. */
export async function waitForRecognition(firefox: Firefox, page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await until(() => inBackground(firefox, async (hosts) => {
    const session = await chrome.storage.session.get(null) as Record<string, { host: string }[]>;
    return Object.entries(session).some(([key, frames]) => key.startsWith('frames:') && frames.some((f) => hosts.includes(f.host)));
  }, hostsOf(page)), `the extension to recognise a form on ${page.url()}`);
}

export interface Popup { target: ExtensionTarget; tabId: number }

/**
 * Open the popup over `page` as a supporter would: in a tab of its own that stays in the
 * background, so that "the active tab" is still the form.
 */
export async function openPopupOver(firefox: Firefox, page: Page | null): Promise<Popup> {
  if (page) await page.bringToFront();
  const before = new Set(firefox.targets.keys());
  const tabId = await inBackground(firefox, async (path) => (await chrome.tabs.create({ url: chrome.runtime.getURL(path), active: false })).id!, POPUP_PATH);
  const target = await until(async () => [...firefox.targets.values()].find((t) => !before.has(t.actor) && t.url.endsWith(POPUP_PATH)), 'the popup');
  const popup = { target, tabId };
  await inPopup(firefox, popup, () => new Promise<void>((done) => {
    const ready = () => !!document.querySelector('main');
    if (ready()) return done();
    new MutationObserver((_, observer) => { if (ready()) { observer.disconnect(); done(); } }).observe(document, { childList: true, subtree: true });
  }));
  return popup;
}

/**
 * Run `fn(arg)` in the content script's own sandbox in the frame at `url`: it sees what the
 * page's scripts cannot, such as the panel's closed shadow root.
 */
export async function inContentScript<A, R>(firefox: Firefox, url: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
  const target = await until(async () => {
    for (const candidate of firefox.contentScripts.values()) {
      const href = await inExtension(firefox, candidate, () => location.href).catch(() => '');
      if (href === url) return candidate;
    }
    return undefined;
  }, `the content script in ${url}`);
  return inExtension(firefox, target, fn, arg);
}

export function inPopup<A, R>(firefox: Firefox, popup: Popup, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
  return inExtension(firefox, popup.target, fn, arg);
}

export async function closePopup(firefox: Firefox, popup: Popup): Promise<void> {
  await inBackground(firefox, (id) => chrome.tabs.remove(id), popup.tabId);
}

/**
 * Press "Fill this page" in the popup and return what the popup then says, as soon as it says it.
 * (The click is a script's: Firefox gives no way to press a button in an extension page as a person does.)
 */
export async function fillFromPopup(firefox: Firefox, page: Page): Promise<string> {
  const popup = await openPopupOver(firefox, page);
  const said = await inPopup(firefox, popup, () => new Promise<string>((done) => {
    const button = document.querySelector<HTMLButtonElement>('#fill-page');
    const result = document.querySelector('#fill-result');
    if (!button || !result || button.disabled) return done(`No enabled "Fill this page" button: ${document.body.innerText.slice(0, 300)}`);
    new MutationObserver((_, observer) => {
      if (/\S/.test(result.textContent ?? '')) { observer.disconnect(); done(result.textContent ?? ''); }
    }).observe(result, { childList: true, subtree: true, characterData: true });
    button.click();
  }));
  await closePopup(firefox, popup);
  return said;
}

/** Every annotated control of the page and of its frames, same-origin or not. */
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
  await sleep(150);
  const after = await observeFields(page);
  return after.map((f, i) => ({ ...f, before: before[i]?.after ?? { value: '', checked: false } }));
}

/**
 * One Firefox for all the tests of a worker (launching it is the slow part), emptied before each
 * test. With no Firefox on the machine the tests are skipped with the finder's message, unless
 * REQUIRE_FIREFOX is set (CI sets it): a developer with only Chromium can still run `npm test`.
 */
export const test = base.extend<{ firefox: Firefox }, { sharedFirefox: Firefox | BrowserNotFound }>({
  sharedFirefox: [async ({}, use) => {
    let firefox: Firefox | BrowserNotFound;
    try {
      firefox = await launchFirefox();
      console.log(`Firefox: ${firefox.description}`);
    } catch (error) {
      // A FIREFOX_PATH that points nowhere is a mistake to report, not a reason to skip.
      if (!(error instanceof BrowserNotFound) || process.env.REQUIRE_FIREFOX || process.env.FIREFOX_PATH) throw error;
      firefox = error;
    }
    await use(firefox);
    if (!(firefox instanceof BrowserNotFound)) await closeFirefox(firefox);
  }, { scope: 'worker', timeout: 60_000 }],
  firefox: async ({ sharedFirefox }, use, testInfo) => {
    testInfo.skip(sharedFirefox instanceof BrowserNotFound, sharedFirefox instanceof BrowserNotFound ? sharedFirefox.message : '');
    const firefox = sharedFirefox as Firefox;
    await resetFirefox(firefox);
    await use(firefox);
  },
});

export { expect } from '@playwright/test';
