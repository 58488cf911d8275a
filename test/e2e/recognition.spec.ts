import type { BrowserContext } from '@playwright/test';
import { TEST_PROFILE } from '../support/factories.ts';
import { CONTACT_FIELDS, expect, extensionWorker, fillFromPopup, launch, seed, test } from './harness.ts';

// A visit sends the extension nothing: the background takes what the look spotted once the tab
// has loaded. A form the background did not come for (the page never finishes loading) or that
// appears after it came (shown late) the look reports itself. Either way the page is recognised
// and fills when the person asks.

const contactPage = (extra: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact</title></head><body><main>
<h1>Email the office</h1>${extra}</main></body></html>`;
const FORM = `<form action="contact/send" method="post">\n${CONTACT_FIELDS}\n</form>`;
/** The form, put on the page 1.5 s after it loaded. */
const SHOWN_LATE = `<div id="here"></div><template id="form">${FORM}</template>
<script>setTimeout(() => document.getElementById('here').append(document.getElementById('form').content.cloneNode(true)), 1500);</script>`;

/** The hosts the extension has recorded a recognised form for, in any tab. */
async function recognisedHosts(context: BrowserContext): Promise<string[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const stored = await chrome.storage.session.get(null) as Record<string, { host: string }[]>;
    return Object.entries(stored).filter(([key]) => key.startsWith('frames:')).flatMap(([, frames]) => frames.map((f) => f.host));
  });
}

test('a page that never finishes loading (an image that hangs) is recognised and fills', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const url = 'https://www.slow-load.senate.gov/contact';
  await context.route('https://www.slow-load.senate.gov/hangs.png', () => { /* never answered: the page's load never ends */ });
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: contactPage(`<img src="/hangs.png" alt="" width="10" height="10">${FORM}`) }));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await expect.poll(() => recognisedHosts(context), { timeout: 8000 }).toContain('www.slow-load.senate.gov');
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  expect(await fillFromPopup(context, page)).toMatch(/Filled [1-9]/);
  await expect(page.locator('#email')).toHaveValue(TEST_PROFILE.email);
});

test('a form shown a while after the page loaded is recognised and fills', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const url = 'https://www.late-form.senate.gov/contact';
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: contactPage(SHOWN_LATE) }));
  const page = await context.newPage();
  await page.goto(url);
  // Loaded, looked at, and nothing there yet.
  await page.waitForTimeout(700);
  expect(await recognisedHosts(context)).not.toContain('www.late-form.senate.gov');
  await expect.poll(() => recognisedHosts(context), { timeout: 8000 }).toContain('www.late-form.senate.gov');
  expect(await fillFromPopup(context, page)).toMatch(/Filled [1-9]/);
  await expect(page.locator('#email')).toHaveValue(TEST_PROFILE.email);
});

test('with fill on open, a form shown late fills as it appears', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: ['www.late-open.senate.gov'] });
  const url = 'https://www.late-open.senate.gov/contact';
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: contactPage(SHOWN_LATE) }));
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('#email')).toHaveValue(TEST_PROFILE.email, { timeout: 8000 });
});

test('a form in a popover, shown by a button on a page with a search box, is recognised and fills', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const url = 'https://www.popover-form.senate.gov/contact';
  // Showing a popover changes no attribute of the page: only its toggle event says so.
  const body = contactPage(`<form role="search"><input type="text" name="q" aria-label="Search"></form>
<button type="button" popovertarget="write">Write to the senator</button>
<div id="write" popover="manual">${FORM}</div>`);
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(700);
  expect(await recognisedHosts(context)).not.toContain('www.popover-form.senate.gov');
  await page.getByRole('button', { name: 'Write to the senator' }).click();
  await expect.poll(() => recognisedHosts(context), { timeout: 8000 }).toContain('www.popover-form.senate.gov');
  expect(await fillFromPopup(context, page)).toMatch(/Filled [1-9]/);
  await expect(page.locator('#email')).toHaveValue(TEST_PROFILE.email);
});

/** Visit the form, then another page of the site, then go Back: is the form recognised again, and does it fill? */
async function comeBack(context: BrowserContext, host: string, { slowImage = false } = {}): Promise<{ restored: boolean }> {
  await seed(context, TEST_PROFILE);
  // The page notes whether the browser brought it back alive from its page cache. A slow image
  // keeps it loading for a while, so the look begins before the page has loaded.
  const image = slowImage ? '<img src="/slow.png" alt="" width="1" height="1">' : '';
  const withNote = (html: string) => html.replace('<main>', `<main>${image}<script>addEventListener("pageshow", (e) => { document.documentElement.dataset.restored = String(e.persisted); });</script>`);
  if (slowImage) {
    await context.route(`https://${host}/slow.png`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.alloc(0) });
    });
  }
  await context.route(`https://${host}/contact`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withNote(contactPage(FORM)) }));
  await context.route(`https://${host}/about`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: contactPage('<p>About the senator.</p>') }));
  const page = await context.newPage();
  await page.goto(`https://${host}/contact`);
  await expect.poll(() => recognisedHosts(context)).toContain(host);
  await page.goto(`https://${host}/about`);
  await expect.poll(() => recognisedHosts(context)).not.toContain(host);
  // A page restored from the cache fires no load: wait for the address only.
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.restored ?? null)).not.toBeNull();
  const restored = await page.evaluate(() => document.documentElement.dataset.restored === 'true');
  await expect.poll(() => recognisedHosts(context), { timeout: 8000 }).toContain(host);
  expect(await fillFromPopup(context, page)).toMatch(/Filled [1-9]/);
  await expect(page.locator('#email')).toHaveValue(TEST_PROFILE.email);
  return { restored };
}

test('a form page the person comes back to with Back is recognised again and fills', async ({ launched: { context } }) => {
  expect((await comeBack(context, 'www.come-back.senate.gov')).restored).toBe(false);
});

test('the same when the browser brings the page back alive from its page cache', async () => {
  const { context } = await launch({ backForwardCache: true });
  try {
    expect((await comeBack(context, 'www.come-back-cached.senate.gov')).restored).toBe(true);
  } finally {
    await context.close();
  }
});

test('the same when the page was still loading as the look began (an image slow to come)', async () => {
  const { context } = await launch({ backForwardCache: true });
  try {
    expect((await comeBack(context, 'www.come-back-slow.senate.gov', { slowImage: true })).restored).toBe(true);
  } finally {
    await context.close();
  }
});
