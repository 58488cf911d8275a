import type { CDPSession, Page } from '@playwright/test';
import { FILLER_FILE } from '../../src/background/filler-file.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { expect, extensionWorker, fillFromPopup, fixture, observeFields, seed, test, waitForRecognition } from './harness.ts';

// Visiting an office's form page costs it a cheap look; the page is read in full only when the
// person asks for a fill, and the code that reads it (the filler) is not even in the page before.
// Counted three ways, none of them a hook in the product: the messages the background receives
// (none: a visit sends nothing), the extension's scripts V8 parses in the page, and V8's own call
// counts for the full read.

/** Calls of the content script's full read, from V8's precise coverage of the page's renderer. */
async function fullReads(cdp: CDPSession, sources: Map<string, string>): Promise<number> {
  const { result } = await cdp.send('Profiler.takePreciseCoverage') as {
    result: { scriptId: string; url: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }[];
  };
  let calls = 0;
  for (const script of result) {
    if (!script.url.startsWith('chrome-extension://')) continue;
    const source = sources.get(script.scriptId) ?? '';
    // The full read is the one function holding this selector: a form-like container for each control.
    const at = source.indexOf('[role="form"], form');
    if (at < 0) continue;
    const holding = script.functions.map((f) => f.ranges[0]!).filter((r) => r.startOffset <= at && at < r.endOffset)
      .sort((a, b) => (a.endOffset - a.startOffset) - (b.endOffset - b.startOffset));
    calls += holding[0]?.count ?? 0;
  }
  return calls;
}

async function watchReads(page: Page): Promise<{ cdp: CDPSession; sources: Map<string, string>; urls: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const sources = new Map<string, string>();
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (e: { scriptId: string; url: string }) => {
    if (e.url.startsWith('chrome-extension://')) {
      urls.push(new URL(e.url).pathname);
      void cdp.send('Debugger.getScriptSource', { scriptId: e.scriptId })
        .then((r) => sources.set(e.scriptId, (r as { scriptSource: string }).scriptSource)).catch(() => {});
    }
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  return { cdp, sources, urls };
}

test('a recognised form is not read until the person asks for a fill', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE, { autoFill: false });
  const worker = await extensionWorker(context);
  await worker.evaluate(() => {
    const w = self as unknown as { kinds: string[] };
    w.kinds = [];
    chrome.runtime.onMessage.addListener((message: { kind?: string }) => { w.kinds.push(String(message?.kind)); return undefined; });
  });
  const page = await context.newPage();
  // A page of the same site first, so the renderer (and the coverage started in it) stays for the form.
  await page.goto(fixture('campaign-about').url);
  const { cdp, sources, urls } = await watchReads(page);
  await page.goto(fixture('senate-gravity-labels').url);
  await waitForRecognition(context, page);
  // The page changes under the watch, as pages do: still no read.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Updated' })));
  await page.waitForTimeout(1200);

  // Recognised, and the page sent the extension nothing: the background took the look's finding.
  expect(await worker.evaluate(() => (self as unknown as { kinds: string[] }).kinds)).toEqual([]);
  // The look is in the page; the filler, which holds the full read, is not.
  await expect.poll(() => urls).toContain('/src/content/index.js');
  expect(urls).not.toContain(`/${FILLER_FILE}`);
  expect(await fullReads(cdp, sources)).toBe(0);
  expect((await observeFields(page)).find((f) => f.expect === 'email')?.after.value).toBe('');

  // The person asks: the page is read once, and filled.
  await fillFromPopup(context, page);
  expect(urls.filter((u) => u === `/${FILLER_FILE}`)).toHaveLength(1);
  // Its source arrives from the debugger a moment after it is parsed.
  await expect.poll(() => fullReads(cdp, sources)).toBe(1);
  expect((await observeFields(page)).find((f) => f.expect === 'email')?.after.value).toBe(TEST_PROFILE.email);
});
