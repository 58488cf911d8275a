import { fillsOnOpen } from '../core/trust-boundary.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import { LOOK_KEY } from '../shared/isolated-world.ts';
import type { FormHint, Spotted } from '../shared/messages.ts';
import { showRecognised } from './badge.ts';
import { storedFill } from './fill-request.ts';
import { takeSpotted, tellLook } from './in-page.ts';
import { frameTarget, loadFiller } from './load-filler.ts';
import { awaitingFor } from './progress-log.ts';
import { isPending, recordFrame } from './tab-state.ts';
import { servedSender, type PageSender } from './trusted-sender.ts';

// A visit costs an official page one cheap look for a form. The look leaves what it spotted on
// its shelf, and the background takes it when the tab has loaded: the page sends nothing, so its
// extension bindings are never made. A form spotted later (it loads late, appears after a click,
// or follows a single-page site's navigation) the look reports itself, as `formSpotted`.

/** Mark the page recognised (badge, popup); read it now only for a fill the person asked for here. */
export async function answerSpotted(page: PageSender, hint: FormHint | null | undefined): Promise<Spotted> {
  const pageLimit = typeof hint?.messageLimit === 'number' && Number.isInteger(hint.messageLimit) && hint.messageLimit > 0 ? hint.messageLimit : null;
  const limits = [pageLimit, page.site.messageLimit ?? null].filter((n): n is number => n !== null);
  const status = { recognised: true, office: page.site.office, messageLimit: limits.length ? Math.min(...limits) : null, fillable: 0 };
  await recordFrame(page.tabId, { frameId: page.frameId, host: page.host, url: page.url, siteId: page.site.id, status });
  await showRecognised(page.tabId);
  const { requestFor, settings } = await storedFill();
  // The same rule as pageSeen: a site the person confirmed, or a fill they started on this very page.
  const pending = await isPending(page.tabId, page) && (page.frameId === 0 || await isPending(page.tabId, page.top));
  const readNow = !!requestFor?.(page.site.office) && (pending || fillsOnOpen(settings, page.top.host));
  return { readNow, awaiting: !!await awaitingFor(page.tabId, page.frameId) };
}

/**
 * An office's page finished loading in the tab: take what the look spotted in each of its frames.
 * Only frames on the hosts the extension may reach run the function; each is then judged as a
 * message from it would be (an embedded form only inside an office's page).
 */
export async function takeLooks(tabId: number, tabUrl: string): Promise<void> {
  const taken = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: takeSpotted, args: [LOOK_KEY] }).catch(() => []);
  await Promise.all(taken.map(async ({ frameId, result, documentId }: { frameId: number; result?: unknown; documentId?: string }) => {
    const found = result as ReturnType<typeof takeSpotted> | undefined;
    if (!found || typeof found.url !== 'string') return;
    const sender: Runtime.MessageSender = { id: browser.runtime.id, tab: { id: tabId, url: tabUrl } as Runtime.MessageSender['tab'], frameId, url: found.url, ...(documentId ? { documentId } : {}) };
    const page = await servedSender(sender);
    if (!page) return;
    const reply = await answerSpotted(page, found.hint);
    if (!reply.readNow && !reply.awaiting) return;
    if (reply.readNow && !await loadFiller(tabId, frameId, documentId)) return;
    await browser.scripting.executeScript({ target: frameTarget(tabId, frameId, documentId), func: tellLook, args: [LOOK_KEY, reply] }).catch(() => {});
  }));
}
