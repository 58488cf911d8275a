// `npx tsx tools/bench/hit-after-change.ts [extra controls]`: what one hit test costs, on a fixture
// form plus N survey controls (5,000 by default), right after each kind of change to the page. The
// fill judges each field with a hit test just before writing it, after the previous write: this
// is the floor of that judgement, whatever the extension's own code does. Run in the page's own
// world with no extension code involved; times from performance.now(), so coarse (0.1 ms).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, launch } from '../../test/e2e/harness.ts';
import { noopExtension, withSurvey } from './speed.ts';

const n = Number(process.argv[2] ?? 5000);
const base = FIXTURES.find((f) => f.id === 'senate-gravity-labels')!;
const { context } = await launch({ extensionDir: noopExtension('dist') });
try {
  const body = withSurvey(readFileSync(join('test/fixtures/pages', base.file), 'utf8'), n);
  await context.route((url) => url.searchParams.has('survey'), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.goto(`${base.url}?survey=${n}`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  // Each change is made to (or beside) one of the contact form's boxes, then the page's layout is
  // brought up to date on its own (scrollX), then the box's centre is hit-tested: two timings.
  // Source text: the function the page runs must stand alone, with nothing this script's compiler adds.
  const rows = await page.evaluate(`(() => {
    const boxes = [...document.querySelector('form:has(textarea)').querySelectorAll('input:not([type=hidden]), textarea')].slice(0, 6);
    const changes = {
      'nothing': () => {},
      'a value written': (box) => { box.value = 'v' + Math.random(); },
      'a placeholder changed': (box) => { box.placeholder = 'p' + Math.random(); },
      'a background colour changed': (box) => { box.style.backgroundColor = box.style.backgroundColor === 'red' ? 'blue' : 'red'; },
      'words added beside the box': (box) => { box.parentElement.append('x'); },
      'the box made wider': (box) => { box.style.width = (200 + Math.round(Math.random() * 50)) + 'px'; },
    };
    const time = (f) => { const start = performance.now(); f(); return performance.now() - start; };
    return Object.entries(changes).map(([name, change]) => {
      let layout = 0;
      let hit = 0;
      for (const box of boxes) {
        change(box);
        layout += time(() => void scrollX);
        const r = box.getBoundingClientRect();
        hit += time(() => document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      }
      return { name, layout: layout / boxes.length, hit: hit / boxes.length };
    });
  })()`) as { name: string; layout: number; hit: number }[];
  console.log(`${base.id} plus ${n} survey controls: the cost of one hit test after each kind of change (mean of 6 boxes)`);
  console.log('| change just before | layout brought up to date | then the hit test |\n| --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.name} | ${r.layout.toFixed(1)} ms | ${r.hit.toFixed(1)} ms |`);
} finally {
  await context.close();
}
