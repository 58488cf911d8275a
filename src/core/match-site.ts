import type { Office } from '../shared/letter.ts';

export interface SiteEntry {
  id: string;
  office: Office;
  /** Top-level pages of the office's own site. */
  match: string[];
  /** Embedded form frames (a form service's pages), filled only inside a top-level page of an office. */
  frames?: string[];
  /** Hosts the office's forms may post to besides the page's own. */
  formHosts?: string[];
  messageLimit?: number;
}

/** `{name}` in a pattern stands for one host label: an office's name (never `www`, the chamber's own site). */
const NAME = '{name}';
const NAME_RE = '(?!www\\.)[a-z0-9-]+';

/**
 * A match pattern as a RegExp. `*.senate.gov` also matches `senate.gov` and any depth below it
 * (manifest semantics); `{name}.senate.gov` matches exactly one label, so `a.b.senate.gov` is not
 * an office. No wildcard crosses into the path: `https://evil.example?.senate.gov/` is not a senate page.
 */
export function patternToRegExp(pattern: string): RegExp {
  const [, host = '', path = ''] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostRe = host.startsWith('*.')
    ? `([a-z0-9-]+\\.)*${escape(host.slice(2))}`
    : host.split(NAME).map(escape).join(NAME_RE);
  return new RegExp(`^https://${hostRe}${escape(path).replace(/\*/g, '.*')}$`);
}

/** How specific a pattern is: its literal characters (a `{name}` counts for nothing). */
const specificity = (pattern: string) => pattern.replaceAll(NAME, '').length;

function best<S extends SiteEntry>(sites: readonly S[], url: string, patterns: (site: S) => readonly string[] | undefined): S | null {
  let found: { site: S; score: number } | null = null;
  for (const site of sites) {
    for (const pattern of patterns(site) ?? []) {
      const score = specificity(pattern);
      if (patternToRegExp(pattern).test(url) && (!found || score > found.score)) found = { site, score };
    }
  }
  return found?.site ?? null;
}

/** The registry entry for a top-level page of an office's own site (the most specific pattern wins). */
export function matchTopSite<S extends SiteEntry>(sites: readonly S[], url: string): S | null {
  return best(sites, url, (s) => s.match);
}

/** The registry entry for an embedded form frame the registry names. */
export function matchFrameSite<S extends SiteEntry>(sites: readonly S[], url: string): S | null {
  return best(sites, url, (s) => s.frames);
}

/** Any page the registry names, top-level or frame (for tools and the registry's own checks). */
export function matchSite<S extends SiteEntry>(sites: readonly S[], url: string): S | null {
  return matchTopSite(sites, url) ?? matchFrameSite(sites, url);
}

/**
 * The content script's match patterns, derived from the registry: `{name}` becomes `*` (the
 * manifest cannot say "one label"; the background refuses the rest), and a pattern another one
 * already covers is dropped.
 */
export function manifestMatches(sites: readonly SiteEntry[]): string[] {
  const all = sites.flatMap((s) => [...s.match, ...(s.frames ?? [])])
    .map((p) => p.replace(/^https:\/\/(www\.)?\{name\}\./, 'https://*.'));
  const unique = [...new Set(all)];
  const covers = (wide: string, narrow: string) => wide !== narrow && wide.startsWith('https://*.') && wide.endsWith('/*')
    && patternToRegExp(wide).test(narrow.replace(/^https:\/\/\*\./, 'https://x.').replace(/\*$/, ''));
  return unique.filter((p) => !unique.some((q) => covers(q, p)));
}
