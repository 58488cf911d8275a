// The accuracy part of `npm run bench`: the labelled real-world set (test/fixtures/corpus), each
// page served at an official address and filled from the popup by the built extension in
// Chromium, as written and with every name and id scrambled. Reports precision (of the fields it
// wrote, how many were right), recall (of the fields a person would fill, how many it filled
// right), writes into payment, account or consent fields, and submits.
// Run alone: `npm run build && npx tsx tools/bench/corpus.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { scrambleNamesAndIds } from '../../test/fixtures/scramble.ts';
import { CORPUS, CORPUS_DIR, describeScore, emptyScore, pairUp, precision, recall, scorePage, type CorpusScore } from '../../test/support/corpus.ts';
import { TEST_PROFILE } from '../../test/support/factories.ts';
import library from '../../test/support/letters.ts';
import { DIST, fillFromPopup, launch, seed, waitForRecognition } from '../../test/e2e/harness.ts';

// The letter for House pages; the corpus is served on a House address.
const LETTER = 'congress-petition';

// Read in the page as a string, so that no build helper wraps it.
const READ_FIELDS = `[...document.querySelectorAll('[data-expect]')].map((el) => ({
  expect: el.dataset.expect ?? '', expectValue: el.dataset.expectValue ?? null, expectChecked: el.dataset.expectChecked ?? null,
  forbidden: el.dataset.forbidden ?? null, tag: el.tagName.toLowerCase(), type: (el.type ?? '').toLowerCase(),
  name: el.getAttribute('name') ?? '', value: el.value ?? '', checked: !!el.checked,
}))`;

const read = (page: Page) => page.evaluate(READ_FIELDS) as Promise<Parameters<typeof pairUp>[0]>;

async function runVariant(extensionDir: string, transform?: (html: string) => string): Promise<CorpusScore & { submits: number }> {
  const score = { ...emptyScore(), submits: 0 };
  const { context, requests } = await launch({ extensionDir });
  // Corpus pages answer at their own addresses; later routes are tried first.
  await context.route(/^https:\/\/www\.corpus-district\.house\.gov\//, (route) => {
    const url = route.request().url().split(/[?#]/)[0]!;
    const page = CORPUS.find((p) => p.url === url);
    if (!page) return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' });
    const html = readFileSync(join(CORPUS_DIR, page.file), 'utf8');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: transform ? transform(html) : html });
  });
  const letter = library.letters.find((l) => l.id === LETTER)!;
  const facts = { subject: letter.texts.en.subject, fullName: `${TEST_PROFILE.firstName} ${TEST_PROFILE.lastName}`, messageLimit: null };
  try {
    await seed(context, TEST_PROFILE, { letterId: LETTER });
    for (const corpusPage of CORPUS) {
      const page = await context.newPage();
      await page.goto(corpusPage.url);
      const recognised = await waitForRecognition(context, page).then(() => true, () => false);
      const before = await read(page);
      const start = requests.length;
      if (recognised) await fillFromPopup(context, page);
      else score.problems.push(`${corpusPage.id}: not recognised as a contact form`);
      await page.waitForTimeout(150);
      scorePage(score, corpusPage.id, pairUp(before, await read(page)), TEST_PROFILE, facts);
      if (page.url() !== corpusPage.url || requests.slice(start).some((u) => /thank-you/.test(u))) score.submits++;
      await page.close();
    }
  } finally {
    await context.close();
  }
  return score;
}

/** Both variants, as the lines the bench prints. */
export async function corpusReport(extensionDir: string): Promise<string> {
  const lines = [`Labelled real-world forms (${CORPUS.length} checkout, sign-up, contact, booking and donation pages, test/fixtures/corpus):`];
  for (const [label, transform] of [['as written', undefined], ['names and ids scrambled', (h: string) => scrambleNamesAndIds(h, 7)]] as const) {
    const score = await runVariant(extensionDir, transform);
    lines.push(`- ${label}: ${describeScore(score)}, ${score.submits} submits`
      + ` — targets: precision ≥ 99.5% ${precision(score) >= 0.995 ? 'met' : 'NOT met'}, recall ≥ 90% ${recall(score) >= 0.9 ? 'met' : 'NOT met'}`);
    for (const problem of score.problems) lines.push(`  - ${problem}`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await corpusReport(DIST));
