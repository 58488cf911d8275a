import { describe, expect, it } from 'vitest';
import { matchTopSite, type SiteEntry } from '../../src/core/match-site.ts';
import type { PageSnapshot } from '../../src/core/page-status.ts';
import {
  fillsOnOpen, keepHomeForms, nextPageOf, pageKey, pendingAfterNavigation, pendingCovers, postsHome, withPage,
} from '../../src/core/trust-boundary.ts';
import sites from '../../src/sites/sites.json';
import { createField } from '../support/factories.ts';

const SITES = sites as SiteEntry[];
const PAGE = 'https://www.baldwin.senate.gov/contact/contact-tammy';
const senate = matchTopSite(SITES, PAGE)!;
const whiteHouse = matchTopSite(SITES, 'https://www.whitehouse.gov/contact/')!;

describe('a form posts home: to the office\'s own site or a form service the registry names', () => {
  it('accepts the page itself, a relative action, the same host with or without www, and a script-sent form', () => {
    for (const posts of [[PAGE], ['/contact/thank-you'], ['?step=2'], ['https://baldwin.senate.gov/send'], ['javascript:void(0)'], []]) {
      expect(postsHome(posts, PAGE, senate), JSON.stringify(posts)).toBe(true);
    }
  });

  it('refuses another host, another office, a look-alike, mail, and a submit button that sends elsewhere', () => {
    for (const posts of [['https://collector.example/steal'], ['https://www.hirono.senate.gov/contact'], ['https://www.baldwin.senate.gov.evil.example/'],
      ['//evil.example/x'], ['mailto:someone@example.org'], ['data:text/html,x'], [PAGE, 'https://evil.example/'], ['http://[bad']]) {
      expect(postsHome(posts, PAGE, senate), JSON.stringify(posts)).toBe(false);
    }
  });

  it('refuses the office\'s own host over plain http: the profile would cross every network in the clear', () => {
    expect(postsHome(['http://www.baldwin.senate.gov/contact/send'], PAGE, senate)).toBe(false);
    expect(postsHome(['http://forms.whitehouse.gov/contact/'], 'https://www.whitehouse.gov/contact/', whiteHouse)).toBe(false);
  });

  it('accepts a form service only where the registry names it for that site', () => {
    expect(postsHome(['https://forms.whitehouse.gov/contact/'], 'https://www.whitehouse.gov/contact/', whiteHouse)).toBe(true);
    expect(postsHome(['https://forms.whitehouse.gov/contact/'], PAGE, senate)).toBe(false);
  });

  it('drops the fields of a form that posts away, keeping the office\'s own form', () => {
    const snapshot: PageSnapshot = {
      fields: [createField({ ref: 0, group: 0 }), createField({ ref: 1, group: 1 }), createField({ ref: 2, group: 1 })],
      groups: [{ index: 0, text: '' }, { index: 1, text: '' }],
      posts: [['/contact/thank-you'], ['https://collector.example/']],
    };
    expect(keepHomeForms(snapshot, PAGE, senate).fields.map((f) => f.ref)).toEqual([0]);
    expect(keepHomeForms({ ...snapshot, posts: undefined }, PAGE, senate).fields).toHaveLength(3);
  });

  it('knows the next page of a multi-step form only when it is on the office\'s site', () => {
    const snapshot: PageSnapshot = { fields: [], groups: [], posts: [['/contact/contact-tammy/form?zip=60657'], ['https://evil.example/next']] };
    expect(nextPageOf(snapshot, 0, PAGE, senate)).toEqual({ host: 'www.baldwin.senate.gov', path: '/contact/contact-tammy/form' });
    expect(nextPageOf(snapshot, 1, PAGE, senate)).toBeNull();
    expect(nextPageOf(snapshot, null, PAGE, senate)).toBeNull();
  });
});

describe('"fill when the form appears" names exact pages and ends on navigation elsewhere', () => {
  const now = 1_000_000;
  const mark = { pages: [pageKey(PAGE)], until: now + 60_000 };

  it('covers the page it was made on, with any query or fragment', () => {
    expect(pendingCovers(mark, pageKey(`${PAGE}?a=1#x`), now)).toBe(true);
  });

  it('covers no other page of the site, no other host, and nothing once expired', () => {
    expect(pendingCovers(mark, pageKey('https://www.baldwin.senate.gov/'), now)).toBe(false);
    expect(pendingCovers(mark, pageKey('https://www.hirono.senate.gov/contact/contact-tammy'), now)).toBe(false);
    expect(pendingCovers(mark, pageKey(PAGE), now + 60_001)).toBe(false);
    expect(pendingCovers({ pages: [{ host: '*', path: '*' }], until: now + 1 } as never, pageKey(PAGE), now)).toBe(false);
    expect(pendingCovers(null, pageKey(PAGE), now)).toBe(false);
  });

  it('survives a load of one of its pages (the next step joins it), and ends on any other', () => {
    const next = withPage(mark, { host: 'www.baldwin.senate.gov', path: '/contact/contact-tammy/form' });
    expect(pendingAfterNavigation(next, pageKey('https://www.baldwin.senate.gov/contact/contact-tammy/form?zip=1'), now)).toBe(next);
    expect(pendingAfterNavigation(next, pageKey('https://www.hirono.senate.gov/contact/contact-tammy/form'), now)).toBeNull();
    expect(pendingAfterNavigation(mark, pageKey('https://www.baldwin.senate.gov/about'), now)).toBeNull();
    expect(withPage(next, pageKey(PAGE))).toBe(next);
  });
});

describe('fill on open', () => {
  it('fills only on a site the person confirmed, and only when it is on', () => {
    expect(fillsOnOpen({ autoFill: true, autoFillSites: ['www.baldwin.senate.gov'] }, 'www.baldwin.senate.gov')).toBe(true);
    expect(fillsOnOpen({ autoFill: true, autoFillSites: ['www.baldwin.senate.gov'] }, 'www.hirono.senate.gov')).toBe(false);
    expect(fillsOnOpen({ autoFill: false, autoFillSites: ['www.baldwin.senate.gov'] }, 'www.baldwin.senate.gov')).toBe(false);
    expect(fillsOnOpen({ autoFill: true, autoFillSites: [] }, 'www.baldwin.senate.gov')).toBe(false);
    expect(fillsOnOpen({ autoFill: true, autoFillSites: ['www.baldwin.senate.gov'] }, null)).toBe(false);
  });
});
