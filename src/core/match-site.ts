import type { Office } from '../shared/letter.ts';

export interface SiteEntry {
  id: string;
  office: Office;
  match: string[];
  messageLimit?: number;
}

/**
 * A manifest match pattern as a RegExp: `*.senate.gov` also matches `senate.gov` itself. The
 * wildcard takes host labels only, so `https://evil.example?.senate.gov/` is not a senate page.
 */
export function patternToRegExp(pattern: string): RegExp {
  const [, host = '', path = ''] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostRe = host.startsWith('*.') ? `([a-z0-9-]+\\.)*${escape(host.slice(2))}` : escape(host);
  return new RegExp(`^https://${hostRe}${escape(path).replace(/\*/g, '.*')}$`);
}

/** The most specific registry entry for a URL (the longest matching pattern wins). */
export function matchSite<S extends SiteEntry>(sites: readonly S[], url: string): S | null {
  let best: { site: S; length: number } | null = null;
  for (const site of sites) {
    for (const pattern of site.match) {
      if (patternToRegExp(pattern).test(url) && (!best || pattern.length > best.length)) {
        best = { site, length: pattern.length };
      }
    }
  }
  return best?.site ?? null;
}
