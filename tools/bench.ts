// `npm run bench`: how well and how fast the extension fills every fixture form, as a person
// would judge it. For each form family: fields correct / wrong / missed, forms fully ready,
// forbidden fields touched, submits; fill latency in Chromium; content script size.
// Each page is also served with every name and id scrambled: opaque names must not matter.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { scrambleNamesAndIds } from '../test/fixtures/scramble.ts';
import { judgeField, type Verdict } from '../test/support/expectations.ts';
import { TEST_PROFILE } from '../test/support/factories.ts';
import library from '../test/support/letters.ts';
import {
  aroundFill, DIST, FIXTURES, launch, openPopupOver, seed, waitForRecognition, type FixturePage,
} from '../test/e2e/harness.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
type Row = Record<Verdict, number> & { forms: number; ready: number; submits: number };
const empty = (): Row => ({ correct: 0, wrong: 0, missed: 0, 'forbidden-touched': 0, 'left-alone': 0, forms: 0, ready: 0, submits: 0 });

const now = (page: Page) => page.evaluate(() => performance.timeOrigin + performance.now());

/** Press Fill in the popup; return ms from the click to the last field the page saw change. */
async function timedFill(context: BrowserContext, page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { lastInput: number };
    w.lastInput = 0;
    document.addEventListener('input', () => { w.lastInput = performance.timeOrigin + performance.now(); }, true);
    document.addEventListener('change', () => { w.lastInput = performance.timeOrigin + performance.now(); }, true);
  });
  const popup = await openPopupOver(context, page);
  const clicked = await now(popup);
  await popup.locator('#fill-page').click();
  await popup.locator('#fill-result').filter({ hasText: /\S/ }).waitFor();
  await popup.close();
  const last = await page.evaluate(() => (window as unknown as { lastInput: number }).lastInput);
  return last - clicked;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function benchVariant(label: string, transform?: (html: string) => string) {
  const rows = new Map<string, Row>();
  const latencies: number[] = [];
  const failures: string[] = [];
  const { context, requests } = await launch(transform ? { transform } : {});
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
        if (run > 0) continue;
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
  return { rows, latencies, failures };
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
const content = readFileSync(`${DIST}/src/content/index.js`);
const all = [...original.latencies, ...scrambled.latencies];

console.log(table('Fixture forms as written (names and ids as the offices have them):', original.rows));
console.log();
console.log(table('The same forms with every name and id scrambled:', scrambled.rows));
console.log();
console.log(`Fill latency, popup click to the last field filled (${all.length} fills): p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms`);
console.log(`Content script: ${content.length} bytes raw, ${gzipSync(content, { level: 9 }).length} bytes gzip`);
const failures = [...original.failures, ...scrambled.failures];
if (failures.length) console.log(`\nNot right yet:\n${failures.map((f) => `- ${f}`).join('\n')}`);
