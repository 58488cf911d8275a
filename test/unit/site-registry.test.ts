import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { manifestMatches, matchFrameSite, matchSite, matchTopSite, patternToRegExp, type SiteEntry } from '../../src/core/match-site.ts';
import { SiteRegistrySchema } from '../../src/sites/site-schema.ts';
import sites from '../../src/sites/sites.json';
import { manifestFor } from '../../tools/manifest.ts';

const manifest = manifestFor('chrome') as { content_scripts: { matches: string[] }[] };
const contentMatches: string[] = manifest.content_scripts.flatMap((c) => c.matches);
const SITES = sites as SiteEntry[];

describe('the site registry', () => {
  it('is valid data', () => {
    const parsed = z.safeParse(SiteRegistrySchema, sites);
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
  });

  it('is sorted by id, with no id twice', () => {
    const ids = sites.map((s) => s.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  for (const site of sites) {
    for (const url of site.testUrls) {
      it(`${url} is ${site.id} and no other site (No? fix the site's match patterns or remove the URL)`, () => {
        expect(matchSite(sites as SiteEntry[], url)?.id).toBe(site.id);
      });
      it(`${url} is covered by manifest.json content_scripts.matches (No? the content script would never run there)`, () => {
        expect(contentMatches.some((pattern) => patternToRegExp(pattern).test(url))).toBe(true);
      });
    }
  }

  it('matches no page outside the official hosts', () => {
    for (const url of ['https://www.example.com/contact', 'https://senate.gov.example.com/', 'https://www.state.gov/contact-us/', 'http://www.warner.senate.gov/contact', 'https://evil.com/?u=https://www.senate.gov/']) {
      expect(matchSite(sites as SiteEntry[], url), url).toBeNull();
    }
  });

  it('names an office by one label under its chamber, with or without www: a deeper or unnamed subdomain is not an office', () => {
    for (const url of ['https://schakowsky.house.gov/contact', 'https://www.campaign-ajax.house.gov/contact', 'https://www.baldwin.senate.gov/feedback', 'https://hirono.senate.gov/x']) {
      expect(matchTopSite(SITES, url)?.office, url).toBeDefined();
    }
    for (const url of ['https://a.b.senate.gov/contact', 'https://www.a.b.senate.gov/', 'https://x.www.baldwin.senate.gov/', 'https://senate.gov/', 'https://www.senate.gov/senators/contact',
      'https://www.house.gov/representatives/find-your-representative', 'https://house.gov/', 'https://deep.sub.schakowsky.house.gov/contact']) {
      expect(matchTopSite(SITES, url), url).toBeNull();
    }
  });

  it('serves the Intranet Quorum form only as an embedded frame, never as a top-level page of its own path', () => {
    const iq = 'https://outreach.senate.gov/iqextranet/EForm.aspx?__cid=SenBennet&__fid=100008&iframe=Y';
    expect(matchFrameSite(SITES, iq)?.id).toBe('senate');
    expect(matchFrameSite(SITES, 'https://www.baldwin.senate.gov/contact')).toBeNull();
    expect(matchFrameSite(SITES, 'https://outreach.senate.gov/other/')).toBeNull();
  });

  it('the most specific entry wins over a {name} pattern (a 500-character office is not a generic senator)', () => {
    expect(matchTopSite(SITES, 'https://www.warner.senate.gov/public/index.cfm/contact')?.id).toBe('senate-500');
  });

  it('gives the content script exactly the pages the registry names, derived, each pattern once and none covered by another', () => {
    expect(contentMatches).toEqual(manifestMatches(SITES));
    expect(contentMatches).toEqual(['https://*.house.gov/*', 'https://*.senate.gov/*', 'https://register.state.gov/contactus/*', 'https://www.whitehouse.gov/*', 'https://forms.whitehouse.gov/*']);
    for (const site of SITES) for (const pattern of [...site.match, ...(site.frames ?? [])]) {
      const example = pattern.replace('{name}', 'office').replace(/\*$/, 'page');
      expect(contentMatches.some((m) => patternToRegExp(m).test(example)), example).toBe(true);
    }
  });

  it('treats *.senate.gov as the domain and its subdomains', () => {
    expect(patternToRegExp('https://*.senate.gov/*').test('https://senate.gov/')).toBe(true);
    expect(patternToRegExp('https://*.senate.gov/*').test('https://a.b.senate.gov/x')).toBe(true);
    expect(patternToRegExp('https://*.senate.gov/*').test('https://notsenate.gov/')).toBe(false);
  });
});
