// `npx tsx tools/bench/firefox-fill.ts [--build <dir> [--build <dir> …]]` (BENCH_RUNS=2, SHAPES=plain,survey5000; SHAPES=all: every shape)
//
// A fill in Firefox, on the senator's form replica alone and inside large pages (shapes.ts, and the
// bench's survey of 1,000 and 5,000 controls): how long the page stops while the fill runs. Firefox
// gives no trace here as Chromium does (speed.ts), so the page measures itself: a timer of its own
// ticks every 5 ms, and the longest wait between two ticks is the longest time a person could
// not scroll, type or see the page move. Beside it, in the same page, the longest wait over the
// half second before the fill (the page idle, the look loaded): this machine's floor. Also the
// time from opening the popup to its words after "Fill this page" (opening the popup included),
// and the first name, email and message after the fill. Each build runs in a Firefox of its own
// (default dist-firefox, `npm run build:firefox`), the builds in turns, the order rotating; medians.
import { SHAPE_FORM as form, SHAPE_PAGE, shapeResponse, SHAPES } from './shapes.ts';
import { median, withSurvey } from './speed.ts';
import { TEST_PROFILE } from '../../test/support/factories.ts';
import { closeFirefox, fillFromPopup, launchFirefox, seed, waitForRecognition, type Firefox } from '../../test/firefox/harness.ts';

const ALL: Record<string, () => string> = {
  survey1000: () => withSurvey(SHAPE_PAGE, 1000),
  survey5000: () => withSurvey(SHAPE_PAGE, 5000),
  ...SHAPES,
};
const DEFAULT = ['plain', 'survey1000', 'survey5000', 'cards5000', 'manyForms5000', 'openShadows', 'manyRules', 'textWall', 'gridTable'];

const args = process.argv.slice(2);
const builds = args.flatMap((arg, i) => (arg === '--build' && args[i + 1] ? [args[i + 1]!] : []));
if (!builds.length) builds.push('dist-firefox');
const chosen = process.env.SHAPES === 'all' ? Object.keys(ALL) : process.env.SHAPES?.split(',') ?? DEFAULT;
const shapes = chosen.filter((s) => s in ALL);
const runs = Number(process.env.BENCH_RUNS ?? 2);

// As strings: the page's world runs them as written.
const START_TIMER = `(() => { const w = window; w.__longest = 0; let last = performance.now();
  setInterval(() => { const now = performance.now(); w.__longest = Math.max(w.__longest, now - last); last = now; }, 5); })()`;
const TAKE_LONGEST = `(() => { const n = window.__longest; window.__longest = 0; return n; })()`;
const FILLED = `(() => { const v = (s) => document.querySelector(s)?.value ?? '-';
  return [v('#input_2_1_3'), v('[data-expect="email"]'), v('textarea').slice(0, 10)].join(' / '); })()`;

interface Seen { idle: number[]; longest: number[]; took: number[]; filled: string; said: string }

async function once(firefox: Firefox, shape: string, seen: Seen): Promise<void> {
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  const body = ALL[shape]!();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!/^https?:$/.test(url.protocol)) { void request.continue(); return; }
    // Nothing leaves the machine: the shape's page, its frames' page or sheet, else nothing.
    const asked = url.searchParams.get('shape');
    const answer = url.href === `${form.url}?shape=${shape}` ? { contentType: 'text/html; charset=utf-8', body } : asked === 'frame' || asked === 'sheet' ? shapeResponse(asked) : null;
    void request.respond(answer ? { status: 200, ...answer } : { status: 404, body: '' });
  });
  await page.bringToFront();
  await page.goto(`${form.url}?shape=${shape}`, { timeout: 60_000 });
  await waitForRecognition(firefox, page);
  await page.evaluate(START_TIMER);
  await new Promise((r) => setTimeout(r, 500));
  seen.idle.push(await page.evaluate(TAKE_LONGEST) as number);
  const start = Date.now();
  seen.said = await fillFromPopup(firefox, page);
  seen.took.push(Date.now() - start);
  await new Promise((r) => setTimeout(r, 300));
  seen.longest.push(await page.evaluate(TAKE_LONGEST) as number);
  seen.filled = await page.evaluate(FILLED) as string;
  await page.close();
}

const firefoxes: Firefox[] = [];
try {
  for (const build of builds) {
    const firefox = await launchFirefox({ dist: build });
    await seed(firefox, TEST_PROFILE, { letterId: form.letter });
    firefoxes.push(firefox);
  }
  console.log(`${firefoxes[0]!.description}; ${builds.length > 1 ? `builds ${builds.join(', ')}` : `build ${builds[0]}`}, ${runs} fills a shape each, in turns`);
  console.log('| shape | build | longest pause of the page during the fill | idle, before it | popup opened to its words | filled |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  let turn = 0;
  for (const shape of shapes) {
    const per = builds.map((): Seen => ({ idle: [], longest: [], took: [], filled: '', said: '' }));
    for (let i = 0; i < runs; i++, turn++) {
      for (let k = 0; k < builds.length; k++) {
        const b = (k + turn) % builds.length;
        await once(firefoxes[b]!, shape, per[b]!);
      }
    }
    for (const [b, seen] of per.entries()) {
      const ms = (list: number[]) => `${median(list).toFixed(0)} ms`;
      console.log(`| ${shape} | ${b + 1} | ${ms(seen.longest)} | ${ms(seen.idle)} | ${ms(seen.took)} | ${seen.filled} (${seen.said.replace(/\..*/s, '')}) |`);
    }
  }
} finally {
  for (const firefox of firefoxes) await closeFirefox(firefox).catch(() => {});
}
