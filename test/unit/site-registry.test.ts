import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { matchSite, patternToRegExp, type SiteEntry } from '../../src/core/match-site.ts';
import { SiteRegistrySchema } from '../../src/sites/site-schema.ts';
import sites from '../../src/sites/sites.json';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const contentMatches: string[] = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);

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

  it('treats *.senate.gov as the domain and its subdomains', () => {
    expect(patternToRegExp('https://*.senate.gov/*').test('https://senate.gov/')).toBe(true);
    expect(patternToRegExp('https://*.senate.gov/*').test('https://a.b.senate.gov/x')).toBe(true);
    expect(patternToRegExp('https://*.senate.gov/*').test('https://notsenate.gov/')).toBe(false);
  });
});
