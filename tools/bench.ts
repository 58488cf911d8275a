// `npm run bench`: how well and how fast the extension fills every fixture form, as a person
// would judge it. For each form family: fields correct / wrong / missed, forms fully ready,
// forbidden fields touched, submits; fill latency in Chromium; content script size.
// Each page is also served with every name and id scrambled: opaque names must not matter.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { scrambleNamesAndIds } from '../test/fixtures/scramble.ts';
import { judgeField, type Verdict } from '../test/support/expectations.ts';
import { TEST_PROFILE } from '../test/support/factories.ts';
import library from '../test/support/letters.ts';
import {
  aroundFill, DIST, extensionWorker, FIXTURES, launch, openPopupOver, seed, waitForRecognition, type FixturePage,
} from '../test/e2e/harness.ts';
import { matchSite, type SiteEntry } from '../src/core/match-site.ts';
import { planFor, type PageSnapshot } from '../src/core/page-status.ts';
import { prepareLetter } from '../src/core/prepare-letter.ts';
import sites from '../src/sites/sites.json' with { type: 'json' };
import { corpusReport } from './bench/corpus.ts';
import { scriptSizes, speedReport } from './bench/speed.ts';
import { FILLER_FILE } from '../src/background/filler-file.ts';
import { FILLER_KEY } from '../src/shared/isolated-world.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// The build under test, copied so that a rebuild while the bench runs cannot change it.
const EXTENSION = mkdtempSync(join(tmpdir(), 'wfb-bench-'));
cpSync(DIST, EXTENSION, { recursive: true });
type Row = Record<Verdict, number> & { forms: number; ready: number; submits: number };
const empty = (): Row => ({ correct: 0, wrong: 0, missed: 0, 'forbidden-touched': 0, 'left-alone': 0, forms: 0, ready: 0, submits: 0 });

/**
 * Press Fill in the popup; return ms from the click to the last field the page saw change, in any
 * of its frames (a form may be embedded). The click is timed as the popup receives it: Playwright
 * first waits for the button to hold still over two animation frames, and a popup opened as a tab
 * behind the form's tab may draw none for a second or more, which is no part of the fill.
 */
async function timedFill(context: BrowserContext, page: Page): Promise<number> {
  // Source text: a function this script's compiler names would not stand alone in the page.
  const listen = `window.lastInput = 0;
    for (const type of ['input', 'change']) document.addEventListener(type, () => { window.lastInput = performance.timeOrigin + performance.now(); }, true);`;
  await Promise.all(page.frames().map((frame) => frame.evaluate(listen).catch(() => {})));
  const popup = await openPopupOver(context, page);
  await popup.evaluate(() => {
    document.addEventListener('click', () => { (window as unknown as { clickedAt: number }).clickedAt = performance.timeOrigin + performance.now(); }, { capture: true, once: true });
  });
  await popup.locator('#fill-page').click();
  await popup.locator('#fill-result').filter({ hasText: /\S/ }).waitFor();
  const clicked = await popup.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
  await popup.close();
  const lasts = await Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as unknown as { lastInput?: number }).lastInput ?? 0).catch(() => 0)));
  return Math.max(...lasts) - clicked;
}

/**
 * Ask the filler in the page to collect or apply, as the background does (`scripting.executeScript`
 * into the extension's world, arguments as JSON, the answer awaited), timed in the worker. Written as source text: the
 * function handed to the browser must stand alone, with nothing this script's compiler adds.
 */
async function askFiller(worker: Worker, target: { tabId: number; frameId: number }, kind: string, args: unknown[]): Promise<{ result: unknown; ms: number }> {
  return worker.evaluate(`(async () => {
    const start = performance.now();
    const [done] = await chrome.scripting.executeScript({
      target: { tabId: ${target.tabId}, frameIds: [${target.frameId}] },
      func: async (key, kind, json) => JSON.stringify(await Object.getOwnPropertyDescriptor(globalThis, Symbol.for(key))?.value?.[kind]?.(...JSON.parse(json)) ?? null),
      args: [${JSON.stringify(FILLER_KEY)}, ${JSON.stringify(kind)}, ${JSON.stringify(JSON.stringify(args))}],
    });
    return { result: JSON.parse(done?.result ?? 'null'), ms: performance.now() - start };
  })()`);
}

/**
 * The fill's own work, without the popup and the worker waking: the page reading its fields
 * (one call from the worker, timed there), planning (timed here, same engine), and the page
 * applying the plan (one call, timed in the worker).
 */
async function workTimings(context: BrowserContext, fixture: FixturePage): Promise<{ load: number; collect: number; plan: number; apply: number } | null> {
  const worker = await extensionWorker(context);
  const target = await worker.evaluate(async () => {
    const stored = await chrome.storage.session.get(null) as Record<string, { frameId: number }[]>;
    const entry = Object.entries(stored).find(([key, frames]) => key.startsWith('frames:') && frames.length);
    return entry ? { tabId: Number(entry[0].slice(7)), frameId: entry[1][0]!.frameId } : null;
  });
  if (!target) return null;
  // A fresh page holds only the look: the filler is loaded first, as the background does for a fill.
  const load = await worker.evaluate(async ({ tabId, frameId, file }) => {
    const start = performance.now();
    await chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return performance.now() - start;
  }, { ...target, file: FILLER_FILE });
  const collected = await askFiller(worker, target, 'collect', []) as { result: unknown; ms: number };
  const site = matchSite(sites as SiteEntry[], fixture.url);
  const letter = library.letters.find((l) => l.id === fixture.letter)!;
  const prepared = prepareLetter(letter, library.salutations, { letterId: letter.id, note: '' }, site?.office ?? null, TEST_PROFILE, new Date());
  const request = { profile: TEST_PROFILE, subject: prepared.subject, messages: prepared.messages, topics: prepared.topics, wantsResponse: true };
  const start = performance.now();
  const plan = planFor(collected.result as PageSnapshot, request, site);
  const planMs = performance.now() - start;
  const applied = await askFiller(worker, target, 'apply', [plan, null]);
  return { load, collect: collected.ms, plan: planMs, apply: applied.ms };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function benchVariant(label: string, transform?: (html: string) => string) {
  const rows = new Map<string, Row>();
  const latencies: number[] = [];
  const work: { load: number; collect: number; plan: number; apply: number }[] = [];
  const failures: string[] = [];
  const { context, requests } = await launch({ extensionDir: EXTENSION, ...(transform ? { transform } : {}) });
  try {
    for (const fixture of FIXTURES.filter((p) => p.kind === 'form')) {
      const row = rows.get(fixture.family) ?? empty();
      rows.set(fixture.family, row);
      await seed(context, TEST_PROFILE, { letterId: fixture.letter });
      const page = await context.newPage();
      const facts = letterFacts(fixture);
      for (let run = 0; run < RUNS; run++) {
        await page.goto(fixture.url);
        await waitForRecognition(context, page).catch(() => {});
        const before = requests.length;
        let ms = NaN;
        const fields = await aroundFill(page, async () => { ms = await timedFill(context, page); });
        if (Number.isFinite(ms) && ms > 0) latencies.push(ms);
        if (run > 0) {
          // A fresh page, timed piece by piece.
          await page.goto(fixture.url);
          await waitForRecognition(context, page).catch(() => {});
          const timings = await workTimings(context, fixture).catch(() => null);
          if (timings) work.push(timings);
          continue;
        }
        row.forms++;
        let ready = true;
        for (const field of fields) {
          const { verdict, why } = judgeField(field, TEST_PROFILE, facts);
          row[verdict]++;
          if (verdict !== 'correct' && verdict !== 'left-alone') {
            ready = false;
            failures.push(`${label} ${fixture.id}: ${verdict} ${field.expect} (${field.name}) ${why}`);
          }
        }
        if (ready) row.ready++;
        if (page.url() !== fixture.url || requests.slice(before).some((u) => /thank|success/i.test(u))) row.submits++;
      }
      await page.close();
    }
  } finally {
    await context.close();
  }
  return { rows, latencies, work, failures };
}

function letterFacts(page: FixturePage) {
  const letter = library.letters.find((l) => l.id === page.letter)!;
  return { subject: letter.texts.en.subject, fullName: `${TEST_PROFILE.firstName} ${TEST_PROFILE.lastName}`, messageLimit: page.messageLimit };
}

function table(label: string, rows: Map<string, Row>): string {
  const lines = [`${label}`, '| family | forms | ready | fields correct | wrong | missed | forbidden touched | left alone (as they must be) | submits |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  const total = empty();
  for (const [family, r] of [...rows].sort()) {
    lines.push(`| ${family} | ${r.forms} | ${r.ready} | ${r.correct} | ${r.wrong} | ${r.missed} | ${r['forbidden-touched']} | ${r['left-alone']} | ${r.submits} |`);
    for (const key of Object.keys(total) as (keyof Row)[]) total[key] += r[key];
  }
  lines.push(`| **all** | ${total.forms} | ${total.ready} | ${total.correct} | ${total.wrong} | ${total.missed} | ${total['forbidden-touched']} | ${total['left-alone']} | ${total.submits} |`);
  return lines.join('\n');
}

const original = await benchVariant('original');
const scrambled = await benchVariant('scrambled', (html) => scrambleNamesAndIds(html, 7));
const all = [...original.latencies, ...scrambled.latencies];
const work = [...original.work, ...scrambled.work];
const p = (values: number[]) => `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;

console.log(table('Fixture forms as written (names and ids as the offices have them):', original.rows));
console.log();
console.log(table('The same forms with every name and id scrambled:', scrambled.rows));
console.log();
console.log(`Fill work (${work.length} fills): load the filler ${p(work.map((w) => w.load))}; read the page ${p(work.map((w) => w.collect))}; plan ${p(work.map((w) => w.plan))}; apply ${p(work.map((w) => w.apply))}; all four ${p(work.map((w) => w.load + w.collect + w.plan + w.apply))}`);
console.log(`From the popup click to the last field filled, worker wake-up and popup included (${all.length} fills): ${p(all)}`);
console.log(scriptSizes(EXTENSION).join('\n'));
console.log();
console.log(await corpusReport(EXTENSION));
const failures = [...original.failures, ...scrambled.failures];
if (failures.length) console.log(`\nNot right yet:\n${failures.map((f) => `- ${f}`).join('\n')}`);

// Speed, side by side with a no-op content script (tools/bench/speed.ts).
console.log();
console.log((await speedReport(EXTENSION)).join('\n'));
