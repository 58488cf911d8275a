import type { SiteEntry } from './match-site.ts';
import type { PageSnapshot } from './page-status.ts';

// Pure rules of where the profile may go. The background applies them to what the browser says
// about each sender (its URL, its frame), never to what a page claims.

/** A page as the rules see it: its exact host and path (no query, no fragment). */
export interface PageKey { host: string; path: string }

export function pageKey(url: string): PageKey {
  const u = new URL(url);
  return { host: u.hostname, path: u.pathname };
}

const bare = (host: string) => host.replace(/^www\./, '');

/**
 * Does a form post to the office's own site, or to a form service the registry names? `posts`
 * holds where the form sends (its action, any submit button's own formaction); a form without an
 * action, or one a script sends (`javascript:`), posts nowhere of its own and counts as home.
 */
export function postsHome(posts: readonly string[], pageUrl: string, site: SiteEntry): boolean {
  const page = new URL(pageUrl);
  return posts.every((raw) => {
    let target: URL;
    try { target = new URL(raw, page); } catch { return false; }
    if (target.protocol === 'javascript:') return true;
    // Over https only: a form sent over plain http hands the profile to every network on the way.
    if (target.protocol !== 'https:') return false;
    return bare(target.hostname) === bare(page.hostname) || (site.formHosts ?? []).includes(target.hostname);
  });
}

/** The snapshot without the fields of forms that post elsewhere: such a form is never chosen, never filled. */
export function keepHomeForms(snapshot: PageSnapshot, pageUrl: string, site: SiteEntry): PageSnapshot {
  const away = new Set((snapshot.posts ?? []).flatMap((posts, group) => (postsHome(posts, pageUrl, site) ? [] : [group])));
  if (!away.size) return snapshot;
  return { ...snapshot, fields: snapshot.fields.filter((f) => !away.has(f.group)) };
}

/** Where a planned group's form leads: the next page of a multi-step form, on the office's own site. */
export function nextPageOf(snapshot: PageSnapshot, group: number | null, pageUrl: string, site: SiteEntry): PageKey | null {
  const action = group === null ? undefined : snapshot.posts?.[group]?.[0];
  if (!action || !postsHome([action], pageUrl, site)) return null;
  try {
    const next = new URL(action, pageUrl);
    return next.protocol === 'https:' ? pageKey(next.href) : null;
  } catch { return null; }
}

/**
 * "Fill when the form appears": set by the person pressing Fill, it names the exact pages it
 * holds for (the page, and the next step its form posts to) and expires.
 */
export interface PendingMark { pages: PageKey[]; until: number }

const samePage = (a: PageKey, b: PageKey) => a.host === b.host && a.path === b.path;

export function pendingCovers(mark: PendingMark | null | undefined, page: PageKey, now: number): boolean {
  return !!mark && mark.until > now && Array.isArray(mark.pages) && mark.pages.some((p) => samePage(p, page));
}

/** A new top-level page in the tab: the mark holds only if this is one of its pages. */
export function pendingAfterNavigation(mark: PendingMark | null | undefined, top: PageKey, now: number): PendingMark | null {
  return pendingCovers(mark, top, now) ? mark! : null;
}

export function withPage(mark: PendingMark, page: PageKey): PendingMark {
  return mark.pages.some((p) => samePage(p, page)) ? mark : { ...mark, pages: [...mark.pages, page] };
}

/** Fill on open: only when the person turned it on and confirmed this office's site in the extension's own popup. */
export function fillsOnOpen(settings: { autoFill: boolean; autoFillSites: readonly string[] }, topHost: string | null): boolean {
  return settings.autoFill && topHost !== null && settings.autoFillSites.includes(topHost);
}
