// Large and odd pages around a real office form: what a visit and a fill cost on each, side by
// side with the no-op content script, and whether the form still got filled.
//
//   npx tsx tools/bench/page-shapes.ts [--build <dir>]      (BENCH_RUNS=3, SHAPES=openShadows,textwall)
//
// Each shape is the senator's form replica of test/fixtures/pages (senate-gravity-labels) with
// something appended: thousands of shadow trees, of paragraphs, of style rules, a 20,000-option
// select, 3,000 nested boxes, thirty frames, a 2 MB draft, the bench's 5,000-control surveys. Per
// shape, the medians of the runs: the page's load in ms with the no-op and with the extension, the
// visit's script time over the no-op's, the fill alone's script time, its whole main-thread time and
// its longest task (tools/bench/speed.ts), and the values of the first name, the email and the
// message after the fill ("-": no such box).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, launch, seed } from '../../test/e2e/harness.ts';
import { TEST_PROFILE } from '../../test/support/factories.ts';
import { closeAll, fill, median, noopExtension, remoteControl, visit, withSurvey } from './speed.ts';

const form = FIXTURES.find((f) => f.id === 'senate-gravity-labels')!;
const page = readFileSync(join('test/fixtures/pages', form.file), 'utf8');
const withExtra = (extra: string) => page.replace(/<\/body>/i, `${extra}</body>`);
const times = (n: number, part: (i: number) => string) => Array.from({ length: n }, (_, i) => part(i)).join('');

const SHAPES: Record<string, () => string> = {
  plain: () => page,
  deep: () => withExtra(`${'<div>'.repeat(3000)}<p>deep words</p>${'</div>'.repeat(3000)}`),
  bigSelect: () => withExtra(`<form><select name="pick">${times(20000, (i) => `<option>Choice ${i}</option>`)}</select></form>`),
  openShadows: () => withExtra(times(2000, (i) => `<x-card><template shadowrootmode="open"><style>p{box-shadow:0 0 2px red}</style><p>card ${i}</p><slot></slot></template><span>slot ${i}</span></x-card>`)),
  closedShadows: () => withExtra(times(2000, (i) => `<x-card><template shadowrootmode="closed"><p>card ${i}</p><input name="q${i}"></template></x-card>`)),
  textWall: () => withExtra(times(30000, (i) => `<p>Paragraph ${i} about the state of affairs, please write to us.</p>`)),
  sameLabels: () => withExtra(`<div>${times(5000, () => '<label for="input_2_1_3">Email</label>')}</div>`),
  manyRules: () => withExtra(`<style>${times(5000, (i) => `.c${i}{box-shadow:0 0 3px #000}`)}</style><div>${times(5000, (i) => `<div class="c${i}">box ${i}</div>`)}</div>`),
  bigDraft: () => withExtra(`<form><textarea name="notes">${'x'.repeat(2_000_000)}</textarea></form>`),
  noForm5000: () => withSurvey(page, 5000, 'no-form'),
  manyForms5000: () => withSurvey(page, 5000, 'many-forms'),
  cards5000: () => withSurvey(page, 5000, 'painted-cards'),
  frames: () => withExtra(times(30, (i) => `<iframe src="/frame${i}?shape=frame" width="200" height="100"></iframe>`)),
};
const FRAME = '<!doctype html><form><label>Name <input name="n"></label><label>Comment <textarea name="c"></textarea></label></form>';

const args = process.argv.slice(2);
const build = args.includes('--build') ? args[args.indexOf('--build') + 1]! : 'dist';
const chosen = process.env.SHAPES?.split(',');
const shapes = Object.keys(SHAPES).filter((s) => !chosen || chosen.includes(s));
const runs = Number(process.env.BENCH_RUNS ?? 3);

const noop = await launch({ extensionDir: noopExtension(build) });
const real = await launch({ extensionDir: build });
for (const context of [noop.context, real.context]) {
  await context.route((url) => url.searchParams.has('shape'), (route) => {
    const shape = new URL(route.request().url()).searchParams.get('shape')!;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shape === 'frame' ? FRAME : SHAPES[shape]!() });
  });
}
await seed(real.context, TEST_PROFILE, {});
const remote = await remoteControl(real.context);

const FILLED = `(() => { const v = (s) => document.querySelector(s)?.value ?? '-';
  return [v('#input_2_1_3'), v('[data-expect="email"]'), v('textarea').slice(0, 10)].join(' / '); })()`;
const ms = (list: number[], digits = 1) => (list.length ? median(list).toFixed(digits) : '-');

console.log(`build ${build}, ${runs} runs a shape, the no-op and the extension in turns`);
for (const shape of shapes) {
  const url = `${form.url}?shape=${shape}`;
  const noopLoad: number[] = [], noopScript: number[] = [], load: number[] = [], script: number[] = [];
  const fillScript: number[] = [], fillTask: number[] = [], longest: number[] = [];
  let filled = '';
  for (let i = 0; i < runs; i++) {
    const base = await visit(noop.context, url);
    noopLoad.push(base.loadMs);
    noopScript.push(base.load.script);
    await closeAll(base);
    const mine = await visit(real.context, url);
    load.push(mine.loadMs);
    script.push(mine.load.script);
    const done = await fill(remote, mine);
    if (done) { fillScript.push(done.script); fillTask.push(done.task); longest.push(done.longest); }
    await mine.page.waitForTimeout(300);
    filled = await mine.page.evaluate(FILLED).catch((error: unknown) => String(error)) as string;
    await closeAll(mine);
  }
  const visitOver = script.length ? (median(script) - median(noopScript)).toFixed(2) : '-';
  console.log(`${shape.padEnd(14)} load ${ms(noopLoad, 0)} → ${ms(load, 0)} ms | visit +${visitOver} ms | fill ${fillScript.length ? ms(fillScript) : 'none'} ms, task ${ms(fillTask)}, longest ${ms(longest)} | ${filled}`);
}
await Promise.all([noop.context.close(), real.context.close()]);
