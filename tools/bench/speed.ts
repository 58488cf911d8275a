// The speed half of `npm run bench`: what the extension costs a page, side by side in one run with
// a content script that does nothing, on the same pages and the same matches.
//
// - visit: renderer main-thread script time of a page load (nothing pressed, fill on open off),
//   the extension minus the no-op, per fixture form;
// - fill: the same page's script time through a fill asked for as the popup asks (panel included),
//   minus the no-op's page load;
// - growth: one fixture form plus N ordinary survey controls: the fill's script time, the page's
//   load time, each side by side with the no-op;
// - a quiet page: an office page with no form that changes all the time (a slideshow, a clock), its
//   script time from load to 6 s later, while the look still watches for a late form;
// - the sizes of the content script (the look) and of the filler, and the popup's first paint with a saved profile.
//
// Script time is read from a Chromium trace of each step on a fresh tab (main-thread.ts): every
// run of script in any world of the page's main thread (the page's scripts, the extension's
// content scripts), promise jobs and compiling included.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { FILLER_FILE } from '../../src/background/filler-file.ts';
import { TEST_PROFILE } from '../../test/support/factories.ts';
import { measure, type MainThread } from './main-thread.ts';
import { extensionId, FIXTURES, launch, popupUrl, seed, type FixturePage } from '../../test/e2e/harness.ts';

export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// 0: the form alone, the base the others' cost per extra control is counted from.
const SURVEY_SIZES = [0, 100, 1000, 5000];
/** Settle time after load, for the content script's look (and the no-op's nothing) to finish; BENCH_SETTLE_MS to count later work too. */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 400);

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** An extension whose content script does nothing, on the same pages as the real one. */
export function noopExtension(real: string): string {
  return contentScriptExtension(real, 'void 0;\n', 'No-op content script');
}

/** An extension whose one content script is `code`, on the same pages (matches, timing, frames) as the real one. */
export function contentScriptExtension(real: string, code: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(real, 'manifest.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'wfb-content-script-'));
  writeFileSync(join(dir, 'content.js'), code);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name, version: '1.0',
    content_scripts: manifest.content_scripts.map((c: { matches: string[]; run_at?: string; all_frames?: boolean }) => ({
      matches: c.matches, run_at: c.run_at, all_frames: c.all_frames, js: ['content.js'],
    })),
  }));
  return dir;
}

/** A fixture form with N ordinary survey questions after it: selects, radios and comment boxes. */
/**
 * How the extra controls stand: in one form of their own, in many forms of 50 (a page of
 * small forms), or in no form at all (the page's body holds them, as it holds the contact form's).
 * \`inert-menu\` puts no controls: a closed, inert menu of n links off the screen instead;
 * \`painted-cards\`, n news cards after the form, each with a shadow beyond its box, as card designs draw.
 */
export const SURVEY_SHAPES = ['one-form', 'many-forms', 'no-form', 'inert-menu', 'painted-cards'] as const;
export type SurveyShape = typeof SURVEY_SHAPES[number];

export function withSurvey(html: string, n: number, shape: SurveyShape = 'one-form'): string {
  // As sites keep their closed side drawers.
  if (shape === 'inert-menu') {
    const links = Array.from({ length: n }, (_, i) => `<li><a href="/issues/${i}">Issue ${i}</a></li>`).join('');
    return html.replace(/<body([^>]*)>/i, `<body$1><nav inert style="position: fixed; left: -400px; top: 0; width: 360px; height: 100vh; overflow: auto"><ul>${links}</ul></nav>`);
  }
  if (shape === 'painted-cards') {
    const cards = Array.from({ length: n }, (_, i) => `<article style="box-shadow: 0 2px 6px rgba(0, 0, 0, 0.4); margin: 8px; padding: 8px"><h3>News ${i}</h3><p>The Senator met constituents about issue ${i}.</p></article>`).join('');
    return html.replace(/<\/body>/i, `<section>${cards}</section></body>`);
  }
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const q = `q${i}`;
    if (i % 3 === 0) rows.push(`<div><label for="${q}">Question ${i}: how would you rate service ${i}?</label><select id="${q}" name="${q}"><option value="">Choose</option><option>1</option><option>2</option><option>3</option></select></div>`);
    else if (i % 3 === 1) rows.push(`<fieldset><legend>Question ${i}: did program ${i} help you?</legend><label><input type="radio" name="${q}" value="y"> Yes</label> <label><input type="radio" name="${q}" value="n"> No</label></fieldset>`);
    else rows.push(`<div><label for="${q}">Question ${i}: a word about agency ${i}</label><input id="${q}" name="${q}" type="text"></div>`);
  }
  const form = (part: string[]) => `<form action="/survey" method="post">${part.join('')}<button type="submit">Send survey</button></form>`;
  const inForms = shape === 'no-form' ? rows.join('')
    : shape === 'many-forms' ? Array.from({ length: Math.ceil(rows.length / 50) }, (_, i) => form(rows.slice(i * 50, i * 50 + 50))).join('')
    : form(rows);
  const survey = `<section><h2>Constituent survey</h2>${inForms}</section>`;
  return html.replace(/<\/body>/i, `${survey}</body>`);
}

interface Visit { page: Page; cdp: CDPSession; load: MainThread; loadMs: number }

export async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { spent } = await measure(cdp, new URL(url).hostname, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
  });
  const loadMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd - nav.startTime : NaN;
  });
  return { page, cdp, load: spent, loadMs };
}

/** The tab id the extension knows this page by (it has no `tabs` permission: found by host). */
export async function tabIdFor(remote: Page, host: string): Promise<number | null> {
  for (let i = 0; i < 50; i++) {
    const id = await remote.evaluate(async (h) => {
      const stored = await chrome.storage.session.get(null) as Record<string, { host: string }[]>;
      // The newest tab of that host: a closed tab's entry may not be forgotten yet.
      const ids = Object.entries(stored).filter(([key, frames]) => key.startsWith('frames:') && frames.some((f) => f.host === h)).map(([key]) => Number(key.slice(7)));
      return ids.length ? Math.max(...ids) : null;
    }, host);
    if (id !== null) return id;
    await remote.waitForTimeout(50);
  }
  return null;
}

/** Ask for a fill exactly as the popup's Fill button does, from an extension page. */
export async function fill(remote: Page, v: Visit): Promise<MainThread | null> {
  const tabId = await tabIdFor(remote, new URL(v.page.url()).hostname);
  if (tabId === null) return null;
  const { spent } = await measure(v.cdp, new URL(v.page.url()).hostname, async () => {
    await remote.evaluate((id) => chrome.runtime.sendMessage({ kind: 'fillTab', args: [id] }), tabId);
    await v.page.waitForTimeout(150);
  });
  return spent;
}

export async function remoteControl(context: BrowserContext): Promise<Page> {
  const remote = await context.newPage();
  await remote.goto(await popupUrl(context));
  return remote;
}

export async function closeAll(v: Pick<Visit, 'page' | 'cdp'>): Promise<void> {
  await v.cdp.detach().catch(() => {});
  await v.page.close();
}

/**
 * Per fixture form: no-op page loads, extension visits, extension visits followed by a fill. Both
 * browsers stay open and take turns page by page (which goes first alternates), so a machine that
 * gets busier or quieter during the run moves both sides alike.
 */
async function perForm(extension: string, noop: string, forms: FixturePage[]) {
  const visits: number[] = [];
  const fills: number[] = [];
  const fillOnly: number[] = [];
  const noopLoads: number[] = [];
  const base = await launch({ extensionDir: noop });
  const real = await launch({ extensionDir: extension });
  try {
    await seed(real.context, TEST_PROFILE, {});
    const remote = await remoteControl(real.context);
    let turn = 0;
    for (const form of forms) {
      const baseline: number[] = [];
      const mine: { load: number; fill: MainThread | null }[] = [];
      for (let run = 0; run < RUNS; run++) {
        const sides = [
          async () => { const v = await visit(base.context, form.url); baseline.push(v.load.script); await closeAll(v); },
          async () => { const v = await visit(real.context, form.url); mine.push({ load: v.load.script, fill: await fill(remote, v) }); await closeAll(v); },
        ];
        if (turn++ % 2) sides.reverse();
        for (const side of sides) await side();
      }
      const noopMedian = median(baseline);
      noopLoads.push(...baseline);
      for (const { load, fill: filled } of mine) {
        visits.push(load - noopMedian);
        if (filled) { fills.push(load + filled.script - noopMedian); fillOnly.push(filled.script); }
      }
    }
  } finally {
    await Promise.all([base.context.close(), real.context.close()]);
  }
  return { visits, fills, fillOnly, noop: noopLoads };
}

/**
 * One form plus N survey controls: the fill's script time and the page's load, side by side with
 * the no-op. Both browsers stay open and take turns, as in \`perForm\`; N = 0 is the form alone,
 * from which each size's cost per extra control is counted.
 */
async function growth(extension: string, noop: string, base: FixturePage) {
  const html = readFileSync(join('test/fixtures/pages', base.file), 'utf8');
  const urlFor = (n: number) => `${base.url}${base.url.includes('?') ? '&' : '?'}survey=${n}`;
  const serve = async (context: BrowserContext) => {
    await context.route((url) => url.searchParams.has('survey'), (route) => {
      const n = Number(new URL(route.request().url()).searchParams.get('survey'));
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: n ? withSurvey(html, n) : html });
    });
  };
  const rows: { n: number; noopLoadMs: number; loadMs: number; visit: number; fill: number }[] = [];
  const plain = await launch({ extensionDir: noop });
  const real = await launch({ extensionDir: extension });
  try {
    await Promise.all([serve(plain.context), serve(real.context)]);
    await seed(real.context, TEST_PROFILE, {});
    const remote = await remoteControl(real.context);
    let turn = 0;
    for (const n of SURVEY_SIZES) {
      const noopLoads: number[] = []; const noopScript: number[] = [];
      const loads: number[] = []; const scripts: number[] = []; const fills: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const sides = [
          async () => { const v = await visit(plain.context, urlFor(n)); noopLoads.push(v.loadMs); noopScript.push(v.load.script); await closeAll(v); },
          async () => {
            const v = await visit(real.context, urlFor(n));
            loads.push(v.loadMs); scripts.push(v.load.script);
            const filled = await fill(remote, v);
            if (filled) fills.push(filled.script);
            await closeAll(v);
          },
        ];
        if (turn++ % 2) sides.reverse();
        for (const side of sides) await side();
      }
      rows.push({ n, noopLoadMs: median(noopLoads), loadMs: median(loads), visit: median(scripts) - median(noopScript), fill: median(fills) });
    }
  } finally {
    await Promise.all([plain.context.close(), real.context.close()]);
  }
  return rows;
}

/**
 * The baseline for the popup: an extension whose popup page is the real one's HTML and style
 * sheet with no script, its loading line written in: what any extension page costs to paint here.
 */
export function staticPopupExtension(real: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wfb-static-popup-'));
  const html = readFileSync(join(real, 'src/popup/index.html'), 'utf8');
  const sheet = /href="\/(assets\/[^"]+\.css)"/.exec(html)?.[1];
  mkdirSync(join(dir, 'assets'));
  if (sheet) copyFileSync(join(real, sheet), join(dir, sheet));
  writeFileSync(join(dir, 'popup.html'), html.replace(/<script\b[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<body>[\s\S]*<\/body>/, '<body><div id="app"><main><p class="loading">Loading…</p></main></div></body>'));
  writeFileSync(join(dir, 'worker.js'), 'void 0;\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Static popup', version: '1.0', background: { service_worker: 'worker.js' } }));
  return dir;
}

/**
 * The popup opened over nothing, with a saved profile: its first paint, and its largest (the form
 * drawn); beside it, in turns, the static popup's first paint.
 */
export async function popupPaint(extension: string) {
  const [{ context }, { context: still }] = [await launch({ extensionDir: extension }), await launch({ extensionDir: staticPopupExtension(extension) })];
  const first: number[] = []; const largest: number[] = []; const baseline: number[] = [];
  try {
    await seed(context, TEST_PROFILE, {});
    await extensionId(context);
    const stillUrl = `chrome-extension://${await extensionId(still)}/popup.html`;
    for (let run = 0; run < Math.max(RUNS, 5); run++) {
      const plain = await still.newPage();
      await plain.goto(stillUrl);
      await plain.locator('main').waitFor();
      baseline.push(await plain.evaluate(() => new Promise<number>((resolve) => {
        new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') resolve(e.startTime); })
          .observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(NaN), 300);
      })));
      await plain.close();
      const page = await context.newPage();
      await page.goto(await popupUrl(context));
      await page.locator('main').waitFor();
      const paints = await page.evaluate(() => new Promise<{ fcp: number; lcp: number }>((resolve) => {
        // Buffered observers: the paint may have been recorded before this script asks for it.
        let fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') fcp = e.startTime; })
          .observe({ type: 'paint', buffered: true });
        let lcp = NaN;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) lcp = e.startTime; })
          .observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ fcp, lcp }), 300);
      }));
      first.push(paints.fcp); largest.push(paints.lcp);
      await page.close();
    }
  } finally { await Promise.all([context.close(), still.close()]); }
  // A paint the browser did not record (rare, on a busy machine) is left out, not counted as zero.
  return { first: first.filter(Number.isFinite), largest: largest.filter(Number.isFinite), baseline: baseline.filter(Number.isFinite) };
}

/** The look every official page loads, and the filler loaded into a page only when a fill is asked for there. */
export function scriptSizes(extension: string): string[] {
  const size = (file: string) => {
    const bytes = readFileSync(join(extension, file));
    return `${bytes.length} bytes raw, ${gzipSync(bytes, { level: 9 }).length} bytes gzip`;
  };
  return [
    `Content script every official page loads (the look, src/content/index.js): ${size('src/content/index.js')}`,
    `Filler, loaded into a page only when a fill is asked for there (${FILLER_FILE}): ${size(FILLER_FILE)}`,
  ];
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
const stats = (values: number[]) => `median ${ms(median(values))}, p95 ${ms(percentile(values, 95))}`;

/** Every speed number, as lines for the bench's output. */
/** How long a page without a form is watched, in the quiet-page measure: the look watches for a late form for 30 s. */
const QUIET_MS = 6000;

/**
 * An office page with no contact form, as most of an office's site is: a search box, a slideshow
 * that changes its slides' classes every 300 ms, and a clock whose words tick every second.
 */
function quietPage(): string {
  const slides = Array.from({ length: 5 }, (_, i) => `<div class="slide${i ? '' : ' on'}"><h2>News ${i + 1}</h2><p>${'The senator met constituents this week. '.repeat(8)}</p></div>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Senator</title><style>.slide{display:none}.slide.on{display:block}</style></head><body>
<header><form role="search" action="/search"><input type="text" name="q" aria-label="Search"></form><p id="clock"></p></header>
<main><div id="slides">${slides}</div>${'<p>News and press releases from the office. </p>'.repeat(150)}</main>
<script>let i = 0; const s = document.querySelectorAll('.slide');
setInterval(() => { s[i].classList.remove('on'); i = (i + 1) % s.length; s[i].classList.add('on'); }, 300);
setInterval(() => { document.getElementById('clock').textContent = new Date().toLocaleTimeString(); }, 1000);</script>
</body></html>`;
}

/** Script time on the quiet page from its load to QUIET_MS later, the no-op's and the extension's, in turns. */
async function quietPageCost(extension: string, noop: string): Promise<{ noop: number[]; mine: number[] }> {
  const url = 'https://www.warner.senate.gov/public/index.cfm/news';
  const sides = await Promise.all([noop, extension].map(async (dir) => {
    const { context } = await launch({ extensionDir: dir });
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: quietPage() }));
    return { context, times: [] as number[] };
  }));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const k of run % 2 ? [1, 0] : [0, 1]) {
        const side = sides[k]!;
        const page = await side.context.newPage();
        const cdp = await side.context.newCDPSession(page);
        await page.goto(url, { waitUntil: 'load' });
        const { spent } = await measure(cdp, new URL(url).hostname, () => page.waitForTimeout(QUIET_MS));
        side.times.push(spent.script);
        await closeAll({ page, cdp });
      }
    }
  } finally {
    await Promise.all(sides.map(({ context }) => context.close()));
  }
  return { noop: sides[0]!.times, mine: sides[1]!.times };
}

export async function speedReport(extension: string): Promise<string[]> {
  const noop = noopExtension(extension);
  const forms = FIXTURES.filter((p) => p.kind === 'form');
  const lines: string[] = [];
  const per = await perForm(extension, noop, forms);
  lines.push(`Speed, side by side with a content script that does nothing (${forms.length} fixture forms × ${RUNS} runs; renderer main-thread script time from a trace, promise jobs and compiling included):`);
  lines.push('| page | script time over the no-op |', '| --- | --- |');
  lines.push(`| no-op content script, page load (absolute, for scale) | ${stats(per.noop)} |`);
  lines.push(`| visit (nothing pressed, fill on open off) | ${stats(per.visits)} |`);
  lines.push(`| visit + fill from the popup, panel included | ${stats(per.fills)} |`);
  lines.push(`| the fill alone (read, apply, panel, in the page) | ${stats(per.fillOnly)} |`);
  const base = forms.find((f) => f.id === 'senate-gravity-labels') ?? forms[0]!;
  const rows = await growth(extension, noop, base);
  lines.push('');
  lines.push(`Growth: ${base.id} plus N survey controls (selects, radio pairs, text boxes), medians of ${RUNS}, loaded in turns with the no-op:`);
  lines.push('| extra controls | page load, no-op | page load, extension | visit over the no-op | the fill alone | per extra control |', '| --- | --- | --- | --- | --- | --- |');
  // Each extra control's share: the fill's time over the form's own (N = 0), divided among them.
  const alone = rows.find((r) => r.n === 0);
  for (const r of rows) {
    const perControl = r.n && alone ? `${(((r.fill - alone.fill) / r.n) * 1000).toFixed(1)} µs` : '—';
    lines.push(`| ${r.n} | ${ms(r.noopLoadMs)} | ${ms(r.loadMs)} | ${ms(r.visit)} | ${ms(r.fill)} | ${perControl} |`);
  }
  const quiet = await quietPageCost(extension, noop);
  lines.push('');
  lines.push(`An office page with no form (a search box, a slideshow changing every 300 ms, a clock ticking every second), script time from its load to ${QUIET_MS / 1000} s later, medians of ${RUNS}: no-op ${ms(median(quiet.noop))}, extension ${ms(median(quiet.mine))}, over the no-op ${ms(median(quiet.mine) - median(quiet.noop))}`);
  lines.push('', ...scriptSizes(extension));
  const paint = await popupPaint(extension);
  lines.push(`Popup with a saved profile: first paint ${stats(paint.first)}; largest paint (the form drawn) ${stats(paint.largest)}; the same page with no script, for scale: first paint ${stats(paint.baseline)}`);
  return lines;
}
