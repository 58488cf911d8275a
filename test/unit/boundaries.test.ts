import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { handlers } from '../../src/background/handlers.ts';
import { matchSite, type SiteEntry } from '../../src/core/match-site.ts';
import type { PageSnapshot } from '../../src/core/page-status.ts';
import sites from '../../src/sites/sites.json';
import { fakeBrowser, resetFakeBrowser } from '../support/fake-browser.ts';
import { createField, createProfile, createSettings } from '../support/factories.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser.ts')).fakeBrowser }));
vi.mock('virtual:letters', async () => ({ default: (await import('../support/letters.ts')).default }));

// What reaches the background from outside the extension's own pages is believed only after a
// check: a content script's sender URL must be a registry page, a popup call must come from an
// extension page, and every payload is parsed.

const EXTENSION = fakeBrowser.runtime.id;
const FORM_PAGE = 'https://www.hostile-test.senate.gov/contact';

const fromPage = (url: string, tabId = 7): Runtime.MessageSender => ({ id: EXTENSION, url, tab: { id: tabId } as Runtime.MessageSender['tab'], frameId: 0 });
const fromPopup: Runtime.MessageSender = { id: EXTENSION, url: `chrome-extension://${EXTENSION}/src/popup/index.html` };

const contactForm = (): PageSnapshot => ({
  fields: [
    createField({ ref: 0, labels: ['First Name'] }), createField({ ref: 1, labels: ['Last Name'] }),
    createField({ ref: 2, labels: ['Email'], type: 'email' }), createField({ ref: 3, tag: 'textarea', type: 'textarea', labels: ['Message'] }),
  ],
  groups: [{ index: 0, text: 'Send' }],
});

beforeEach(async () => {
  resetFakeBrowser();
  // The worst case for a leak: a complete profile, and fill on open.
  await fakeBrowser.storage.local.set({ profile: { version: 1, data: createProfile() }, settings: { version: 1, data: createSettings({ autoFill: true, autoFillSites: ['www.hostile-test.senate.gov'] }) } });
});

describe('a registry page gets a plan; nothing else does', () => {
  it('plans for a contact form on a registry page when the supporter fills on open', async () => {
    const answer = await handlers.pageSeen(fromPage(FORM_PAGE), contactForm());
    expect(answer?.status.recognised).toBe(true);
    expect(answer?.plan?.actions.map((a) => a.value)).toContain('alesia.kavalenka@example.org');
  });

  for (const url of [
    'https://www.example.com/contact', 'https://evil.example/?.senate.gov/', 'https://evil.example/#.senate.gov/',
    'https://evil.example/x.senate.gov/', 'https://www.senate.gov.evil.example/', 'https://www.senate.gov@evil.example/',
    'http://www.hostile-test.senate.gov/contact',
  ]) {
    it(`refuses a sender at ${url}: no plan, no profile, nothing recorded`, async () => {
      const answer = await handlers.pageSeen(fromPage(url), contactForm());
      expect(answer).toEqual({ status: { recognised: false, office: null, messageLimit: null, fillable: 0 }, plan: null });
      expect(JSON.stringify(answer)).not.toContain('Kavalenka');
      expect(fakeBrowser.storage.session.data.size).toBe(0);
    });
  }

  it('refuses a sender with no tab (not a content script in a page)', async () => {
    const answer = await handlers.pageSeen({ id: EXTENSION, url: FORM_PAGE }, contactForm());
    expect(answer?.plan).toBeNull();
  });

  it('refuses a snapshot of the wrong shape or size', async () => {
    const huge = { fields: Array.from({ length: 5001 }, (_, ref) => createField({ ref })), groups: [] };
    for (const bad of [null, 'x', { fields: 'x', groups: [] }, { fields: [{ ref: -1 }], groups: [] }, huge,
      { ...contactForm(), fields: contactForm().fields.map((f) => ({ ...f, labels: 'Email' })) }]) {
      expect((await handlers.pageSeen(fromPage(FORM_PAGE), bad as never))?.plan).toBeNull();
    }
  });

  it('refuses a fill report of the wrong shape', async () => {
    expect(await handlers.filled(fromPage(FORM_PAGE), { filled: -1 } as never)).toBe(false);
    expect(await handlers.filled(fromPage('https://www.example.com/'), { filled: 1, roles: ['message'], left: [], captcha: false, submit: true, message: null, problem: null, refs: [] })).toBe(false);
  });
});

describe('popup calls are answered only for extension pages', () => {
  it('gives a content script neither the tab status nor a fill', async () => {
    expect(await handlers.tabStatus(fromPage(FORM_PAGE), 7)).toEqual({ frames: [] });
    expect(await handlers.fillTab(fromPage(FORM_PAGE), 7)).toEqual([]);
    expect(await handlers.fillTab({ id: 'another-extension', url: `chrome-extension://another-extension/popup.html` }, 7)).toEqual([]);
    expect(fakeBrowser.storage.session.data.size).toBe(0);
  });

  it('answers the popup', async () => {
    expect(await handlers.tabStatus(fromPopup, 7)).toEqual({ frames: [], site: null });
  });
});

describe('site detection reads the host, never the rest of the URL', () => {
  it('does not take a query, fragment, path or user name for the host', () => {
    for (const url of ['https://evil.example/?.senate.gov/', 'https://evil.example/#.senate.gov/', 'https://evil.example/a.senate.gov/',
      'https://evil.example?.senate.gov/', 'https://x:y@evil.example/.senate.gov/', 'https://evil.example\\.senate.gov/']) {
      expect(matchSite(sites as SiteEntry[], url), url).toBeNull();
    }
  });
});

describe('embedded forms are served only inside an office\'s top-level page', () => {
  const IQ = 'https://outreach.senate.gov/iqextranet/EForm.aspx?__cid=SenBennet&__fid=100008&iframe=Y';
  const OUTER = 'https://www.bennet.senate.gov/contact/';
  const fromFrame = (url: string, tabUrl?: string): Runtime.MessageSender =>
    ({ id: EXTENSION, url, tab: { id: 7, ...(tabUrl ? { url: tabUrl } : {}) } as Runtime.MessageSender['tab'], frameId: 3 });
  const withSite = (host: string) => fakeBrowser.storage.local.set({ settings: { version: 1, data: createSettings({ autoFill: true, autoFillSites: [host] }) } });
  /** The browser runs the extension's question in the tab's top frame when it is on a host the extension may reach; a stranger's page it refuses. */
  const onTop = (url: string | null) => {
    fakeBrowser.scripting.executeScript = (async (injection: { target: { frameIds?: number[] } }) => {
      if (url === null) throw new Error('Cannot access contents of the page.');
      return injection.target.frameIds?.[0] === 0 ? [{ frameId: 0, result: url }] : [];
    }) as never;
  };
  afterEach(() => resetFakeBrowser());

  it('fills the Intranet Quorum frame inside a senator\'s page the person confirmed', async () => {
    await withSite('www.bennet.senate.gov');
    onTop(OUTER);
    const answer = await handlers.pageSeen(fromFrame(IQ, OUTER), contactForm());
    expect(answer?.plan?.actions.map((a) => a.value)).toContain('alesia.kavalenka@example.org');
  });

  it('gives nothing to the same frame on a stranger\'s page', async () => {
    await withSite('www.bennet.senate.gov');
    onTop(null);
    for (const tabUrl of ['https://evil.example/', undefined]) {
      const answer = await handlers.pageSeen(fromFrame(IQ, tabUrl), contactForm());
      expect(answer).toEqual({ status: { recognised: false, office: null, messageLimit: null, fillable: 0 }, plan: null });
    }
  }, 10_000);

  it('gives nothing to a frame when the page on top is not an office\'s, though it runs the extension\'s script', async () => {
    onTop('https://a.b.senate.gov/contact');
    const answer = await handlers.pageSeen(fromFrame(IQ), contactForm());
    expect(answer?.plan).toBeNull();
    expect(answer?.status.recognised).toBe(false);
  }, 10_000);

  it('gives nothing to an office\'s own page shown in a frame, nor to a deep subdomain on top', async () => {
    onTop(OUTER);
    expect((await handlers.pageSeen(fromFrame('https://www.bennet.senate.gov/contact/', OUTER), contactForm()))?.status.recognised).toBe(false);
    expect((await handlers.pageSeen(fromPage('https://a.b.senate.gov/contact'), contactForm()))?.status.recognised).toBe(false);
  });

  it('does not fill on open a site the person did not confirm, though the form is recognised', async () => {
    await withSite('www.another-office.senate.gov');
    const answer = await handlers.pageSeen(fromPage(FORM_PAGE), contactForm());
    expect(answer?.status.recognised).toBe(true);
    expect(answer?.plan).toBeNull();
  });

  it('does not choose a form that posts to another host', async () => {
    const answer = await handlers.pageSeen(fromPage(FORM_PAGE), { ...contactForm(), posts: [['https://collector.example/']] });
    expect(answer?.status.recognised).toBe(false);
    expect(JSON.stringify(answer)).not.toContain('Kavalenka');
  });
});
