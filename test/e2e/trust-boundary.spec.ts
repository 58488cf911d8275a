import type { BrowserContext, Page } from '@playwright/test';
import { TEST_PROFILE } from '../support/factories.ts';
import { openAndFill, storedProgress } from './campaign-helpers.ts';
import { expect, extensionWorker, fixture, observeFields, openPopupOver, seed, test, waitForRecognition } from './harness.ts';
import { clickPanelButton, readPanel } from './panel.ts';

// The trust boundary (test/fixtures/pages/trust.json): the profile goes only into an office's own
// form, on its own top-level page or in a form frame the registry names inside one, after the
// person asked; every write is reported in the popup; the log says "sent" only when it was.

// Where nothing is recognised the popup offers no Fill and says so; where a fill finds nothing, it says that.
const NO_FORM = /No contact form/;

/** Every value the page's annotated fields hold now, in every frame, that is not the page's own. */
async function profileInPage(page: Page): Promise<string[]> {
  const values = Object.values(TEST_PROFILE).filter((v) => v.length > 3);
  return (await observeFields(page)).map((f) => f.after.value).filter((v) => values.some((p) => v.includes(p)) || v.includes('Kavalenka'));
}

/** Press "Fill this page" and return what the popup says, with the list of what was put into the page. */
async function fillAndRead(context: BrowserContext, page: Page): Promise<{ said: string; listed: string }> {
  const popup = await openPopupOver(context, page);
  await popup.locator('#fill-page').waitFor();
  if (await popup.locator('#fill-page').isDisabled()) {
    const said = await popup.locator('#no-form-hint').innerText();
    await popup.close();
    return { said, listed: '' };
  }
  await popup.locator('#fill-page').click();
  await popup.locator('#fill-result').filter({ hasText: /\S/ }).waitFor();
  const said = await popup.locator('#fill-result').innerText();
  const list = popup.locator('#written-fields');
  const listed = await list.count() ? await list.innerText() : '';
  await popup.close();
  return { said, listed };
}

/**
 * Ask for a fill of the tab as the keyboard shortcut does (the popup offers Fill only where a form
 * is recognised; Alt+Shift+F also works on a page whose form has not appeared yet). Returns the
 * problems the background reported.
 */
async function fillByShortcut(context: BrowserContext, page: Page): Promise<(string | null)[]> {
  const popup = await openPopupOver(context, page);
  const problems = await popup.evaluate(async () => {
    // No `tabs` permission: tabs carry no URL here, so the page is the active tab, as for the shortcut.
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const reports = await chrome.runtime.sendMessage({ kind: 'fillTab', args: [tab!.id] }) as { problem: string | null }[];
    return reports.map((r) => r.problem);
  });
  await popup.close();
  return problems;
}

/** Wait until the extension's look runs in the top-level page of `host` (its shelf holds its answer handler). */
async function waitForTop(context: BrowserContext, host: string): Promise<void> {
  const worker = await extensionWorker(context);
  await expect.poll(() => worker.evaluate(async (h) => {
    const tabs = await chrome.tabs.query({});
    const looks = await Promise.all(tabs.map((t) => chrome.scripting.executeScript({
      target: { tabId: t.id!, frameIds: [0] },
      func: () => {
        const shelf = Object.getOwnPropertyDescriptor(globalThis, Symbol.for('write-for-belarus.look'))?.value as { heard?: unknown } | undefined;
        return typeof shelf?.heard === 'function' ? location.hostname : null;
      },
    }).catch(() => [])));
    return looks.flat().some((r) => r.result === h);
  }, host)).toBe(true);
}

const value = (page: Page, selector: string) => page.locator(selector).inputValue();

test.describe('only where an office\'s form is', () => {
  test('a stranger\'s page embedding an office\'s forms in 2x2 transparent frames gets nothing, even with fill on open confirmed for those sites', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, {
      autoFill: true, autoFillSites: ['www.bennet.senate.gov', 'outreach.senate.gov', 'www.campaign-test.senate.gov', 'www.foreign-example.org'],
    });
    const page = await context.newPage();
    await page.goto(fixture('trust-foreign-embed').url);
    await expect.poll(() => page.frames().length).toBe(3);
    // Longer than an embedded form waits for an office's page to appear on top of its tab.
    await page.waitForTimeout(4500);
    expect(await profileInPage(page)).toEqual([]);
    const { said } = await fillAndRead(context, page);
    expect(said).toMatch(NO_FORM);
    await page.waitForTimeout(500);
    expect(await profileInPage(page)).toEqual([]);
  });

  test('the same Intranet Quorum frame fills on open inside its senator\'s page, once that site is confirmed', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: ['www.bennet.senate.gov'] });
    const page = await context.newPage();
    await page.goto(fixture('senate-iq-outer').url);
    const frame = () => page.frames().find((f) => f.url().startsWith('https://outreach.senate.gov/'));
    await expect.poll(async () => (await frame()?.locator('textarea').first().inputValue().catch(() => '')) ?? '').toContain('Kavalenka');
  });

  test('a contact form two labels deep under senate.gov is not an office\'s: nothing on open, nothing when Fill is pressed', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: ['www.deep.office.senate.gov'] });
    const page = await context.newPage();
    await page.goto(fixture('trust-deep-subdomain').url);
    await page.waitForTimeout(1500);
    expect(await profileInPage(page)).toEqual([]);
    expect((await fillAndRead(context, page)).said).toMatch(NO_FORM);
    expect(await profileInPage(page)).toEqual([]);
  });

  const postsAway = {
    'trust-post-away': 'a form that posts to another host',
    'trust-post-away-button': 'a form whose only Send button, outside it and joined by form=, posts to another host',
  };
  for (const [id, what] of Object.entries(postsAway)) {
    test(`${what} is never filled, on open or when Fill is pressed`, async ({ launched: { context } }) => {
      await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: ['www.trust-test.senate.gov'] });
      const page = await context.newPage();
      await page.goto(fixture(id).url);
      await page.waitForTimeout(1500);
      expect(await profileInPage(page)).toEqual([]);
      expect((await fillAndRead(context, page)).said).toMatch(/sends what you type to another site/);
      expect(await profileInPage(page)).toEqual([]);
    });
  }

  test('beside a bigger form whose Send posts elsewhere, only the office\'s own form is filled', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    await page.goto(fixture('trust-two-forms').url);
    await waitForRecognition(context, page);
    const { said } = await fillAndRead(context, page);
    expect(said).toMatch(/Filled 4 fields/);
    expect(await value(page, '#first')).toBe(TEST_PROFILE.firstName);
    expect(await value(page, '#message')).toContain('Kavalenka');
    for (const id of ['#p-first', '#p-last', '#p-email', '#p-phone', '#p-street', '#p-city', '#p-zip', '#p-message']) expect(await value(page, id), id).toBe('');
  });
});

test.describe('"fill when the form appears" holds for that page only', () => {
  test('pressed on a page without a form, it fills the form that then appears on that page', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    await page.goto(fixture('campaign-about').url);
    await waitForTop(context, 'www.campaign-test.senate.gov');
    expect(await fillByShortcut(context, page)).toEqual(['waiting-for-form']);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', `<form action="/contact/thank-you" method="post">
      <label for="f">First Name</label><input id="f" name="f"><label for="l">Last Name</label><input id="l" name="l">
      <label for="e">Email</label><input id="e" name="e" type="email"><label for="m">Message</label><textarea id="m" name="m"></textarea>
      <button>Send</button></form>`));
    await expect.poll(() => value(page, '#f')).toBe(TEST_PROFILE.firstName);
  });

  for (const next of ['campaign-form', 'trust-two-forms']) {
    test(`it ends when the tab goes to another page (${next}): nothing is filled there without a click`, async ({ launched: { context } }) => {
      await seed(context);
      const page = await context.newPage();
      await page.goto(fixture('campaign-about').url);
      await waitForTop(context, 'www.campaign-test.senate.gov');
      expect(await fillByShortcut(context, page)).toEqual(['waiting-for-form']);
      await page.goto(fixture(next).url);
      await waitForRecognition(context, page);
      await page.waitForTimeout(1500);
      expect(await profileInPage(page)).toEqual([]);
    });
  }
});

test.describe('only after the person asked', () => {
  test('fill on open applies to the site confirmed in the popup, and to no other', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    await page.goto(fixture('campaign-form').url);
    await waitForRecognition(context, page);
    expect(await profileInPage(page)).toEqual([]);
    const popup = await openPopupOver(context, page);
    const confirm = popup.locator('#auto-fill-site');
    await expect(popup.locator('label', { has: confirm })).toContainText('www.campaign-test.senate.gov');
    await confirm.check();
    // The popup saves as the box is ticked; a person does not close it within the same millisecond.
    const worker = await extensionWorker(context);
    await expect.poll(() => worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('settings')))).toContain('www.campaign-test.senate.gov');
    await popup.close();
    await page.reload();
    await expect.poll(() => value(page, '#first'), { timeout: 15_000 }).toBe(TEST_PROFILE.firstName);
    // Another office's site still waits for the person.
    await page.goto(fixture('trust-two-forms').url);
    await waitForRecognition(context, page);
    await page.waitForTimeout(1000);
    expect(await profileInPage(page)).toEqual([]);
  });

  for (const button of ['Undo the fill', 'Close']) {
    test(`after ${button}, a page's synthetic popstate and new fields fill nothing again`, async ({ launched: { context } }) => {
      await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: ['www.campaign-test.senate.gov'] });
      const page = await context.newPage();
      await page.goto(fixture('campaign-form').url);
      await expect.poll(() => value(page, '#first')).toBe(TEST_PROFILE.firstName);
      await expect.poll(async () => (await readPanel(page))?.text ?? '').toMatch(/Filled \d+ fields/);
      await clickPanelButton(page, button);
      // The person empties a field by hand (after Undo they all are).
      await page.locator('#first').fill('');
      await page.evaluate(() => {
        history.pushState({}, '', '/contact?step=2');
        dispatchEvent(new PopStateEvent('popstate'));
        document.querySelector('form')!.insertAdjacentHTML('beforeend', '<label>Middle name<input name="middle"></label>');
      });
      await page.waitForTimeout(2000);
      expect(await value(page, '#first')).toBe('');
      if (button !== 'Close') expect(await profileInPage(page)).toEqual([]);
    });
  }
});

test.describe('the panel and the report cannot be taken from the person', () => {
  test('a page that defines custom element names first and calls attachInternals() can neither read nor rewrite the panel', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    await page.goto(fixture('trust-panel-grab').url);
    await waitForRecognition(context, page);
    const { said } = await fillAndRead(context, page);
    expect(said).toMatch(/Filled 7 fields/);
    await expect.poll(async () => (await readPanel(page))?.text ?? '').toMatch(/Filled 7 fields/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as never as { __grabbed: string[] }).__grabbed)).toEqual([]);
    expect(await page.locator('[data-grabbed-by-page]').count()).toBe(0);
    expect((await readPanel(page))?.text).not.toContain('Nothing else was shared');
  });

  test('controls named like DOM methods (getBoundingClientRect, querySelectorAll, contains...) cannot hide the fill: values written and listed in the popup', async ({ launched: { context } }) => {
    await seed(context);
    const page = await context.newPage();
    await page.goto(fixture('trust-clobbered').url);
    await waitForRecognition(context, page);
    const { said, listed } = await fillAndRead(context, page);
    expect(said).toMatch(/Filled 7 fields/);
    expect(await value(page, '#first')).toBe(TEST_PROFILE.firstName);
    expect(await value(page, '#email')).toBe(TEST_PROFILE.email);
    expect(await value(page, '#message')).toContain('Kavalenka');
    for (const shown of [TEST_PROFILE.firstName, TEST_PROFILE.lastName, TEST_PROFILE.email, TEST_PROFILE.street, TEST_PROFILE.city, TEST_PROFILE.zip]) {
      expect(listed).toContain(shown);
    }
    expect(listed).toMatch(/email\s*:?\s*alesia\.kavalenka@example\.org/i);
  });
});

test.describe('the log says "sent" only when it was', () => {
  test('a page that turns a click into requestSubmit() and writes "Thank you" records nothing; the real Send on the same page is only "not confirmed"', async ({ launched: { context } }) => {
    const page = await openAndFill(context, 'trust-fake-thanks');
    await page.getByRole('button', { name: 'Check spelling' }).click();
    await expect(page.getByText('Thank you! Your message has been received.')).toBeVisible();
    await page.waitForTimeout(1500);
    expect(await storedProgress(context)).toEqual([]);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => storedProgress(context)).toMatchObject([{ office: 'senate', host: 'www.trust-test.senate.gov', status: 'not-confirmed' }]);
    await page.waitForTimeout(1500);
    expect((await storedProgress(context))[0]?.status).toBe('not-confirmed');
  });
});
