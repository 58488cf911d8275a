// Large and odd pages around a real office form: what a visit and a fill cost on each, side by
// side with the no-op content script, and whether the form still got filled.
//
//   npx tsx tools/bench/page-shapes.ts [--build <dir> [--build <dir> …]]   (BENCH_RUNS=3, SHAPES=openShadows,textWall)
//
// Each shape (shapes.ts) is the senator's form replica of test/fixtures/pages (senate-gravity-labels) with
// something appended: thousands of shadow trees, of paragraphs, of style rules, a 20,000-option
// select, 3,000 nested boxes, thirty frames, a 2 MB draft, the bench's 5,000-control surveys, a
// design system's sheet of 4,000 rules (80 of them focus rings; alone, and on a page marking each
// field's box as it is filled), a 1,500-row grid of fields, labels naming no field, overlapping
// boxes, icons drawn by ::before and by SVG <use> (plain, and with a filter painting past the box),
// 300 shadow trees nested, a label of 500 KB, a radio group of 5,000, 40 selects of 2,500
// options, 3,000 small forms, 3,000 shadow trees nested by a script, a clock ticking and a class
// moving every frame beside the 5,000-control survey, 2,000 running animations, 5,000 sections the
// browser skips drawing (content-visibility), a drawing of 20,000 shapes, a sheet from another site
// with each field's box marked as it is filled (alone, and beside the survey). Per shape, the medians of the
// runs: the page's load in ms with the no-op and with the extension, the visit's script time over
// the no-op's, the fill alone's script time, its whole main-thread time and its longest task
// (tools/bench/speed.ts), and the values of the first name, the email and the message after the
// fill ("-": no such box). Several builds are measured in turns, each one's line numbered by its
// place.
import { launch, seed } from '../../test/e2e/harness.ts';
import { TEST_PROFILE } from '../../test/support/factories.ts';
import { SHAPE_FORM as form, shapeResponse, SHAPES } from './shapes.ts';
import { closeAll, fill, median, noopExtension, remoteControl, visit } from './speed.ts';

const args = process.argv.slice(2);
// Several builds (`--build a --build b`) are measured in turns, each visit beside the same no-op.
const builds = args.flatMap((arg, i) => (arg === '--build' && args[i + 1] ? [args[i + 1]!] : []));
if (!builds.length) builds.push('dist');
const chosen = process.env.SHAPES?.split(',');
const shapes = Object.keys(SHAPES).filter((s) => !chosen || chosen.includes(s));
const runs = Number(process.env.BENCH_RUNS ?? 3);

const noop = await launch({ extensionDir: noopExtension(builds[0]!) });
const reals = await Promise.all(builds.map((build) => launch({ extensionDir: build })));
for (const context of [noop.context, ...reals.map((r) => r.context)]) {
  await context.route((url) => url.searchParams.has('shape'), (route) => {
    const shape = new URL(route.request().url()).searchParams.get('shape')!;
    const answer = shapeResponse(shape);
    return answer ? route.fulfill({ status: 200, ...answer }) : route.fulfill({ status: 404, body: '' });
  });
}
const remotes = [];
for (const real of reals) {
  await seed(real.context, TEST_PROFILE, {});
  remotes.push(await remoteControl(real.context));
}

const FILLED = `(() => { const v = (s) => document.querySelector(s)?.value ?? '-';
  return [v('#input_2_1_3'), v('[data-expect="email"]'), v('textarea').slice(0, 10)].join(' / '); })()`;
const ms = (list: number[], digits = 1) => (list.length ? median(list).toFixed(digits) : '-');

console.log(`${builds.length > 1 ? `builds ${builds.join(', ')}` : `build ${builds[0]}`}, ${runs} runs a shape, the no-op and the extension in turns (the order rotating)`);
let turn = 0;
for (const shape of shapes) {
  const url = `${form.url}?shape=${shape}`;
  const noopLoad: number[] = [], noopScript: number[] = [];
  const per = builds.map(() => ({ load: [] as number[], script: [] as number[], fillScript: [] as number[], fillTask: [] as number[], longest: [] as number[], filled: '' }));
  for (let i = 0; i < runs; i++, turn++) {
    // The no-op and each build in turns, the order rotating run by run: the side that goes second pays on a small page.
    for (let k = 0; k <= reals.length; k++) {
      const side = (k + turn) % (reals.length + 1);
      if (side === 0) {
        const base = await visit(noop.context, url);
        noopLoad.push(base.loadMs);
        noopScript.push(base.load.script);
        await closeAll(base);
        continue;
      }
      const b = side - 1;
      const m = per[b]!;
      const mine = await visit(reals[b]!.context, url);
      m.load.push(mine.loadMs);
      m.script.push(mine.load.script);
      const done = await fill(remotes[b]!, mine);
      if (done) { m.fillScript.push(done.script); m.fillTask.push(done.task); m.longest.push(done.longest); }
      await mine.page.waitForTimeout(300);
      m.filled = await mine.page.evaluate(FILLED).catch((error: unknown) => String(error)) as string;
      await closeAll(mine);
    }
  }
  for (const [b, m] of per.entries()) {
    const visitOver = m.script.length ? (median(m.script) - median(noopScript)).toFixed(2) : '-';
    const name = builds.length > 1 ? `${shape} [${b + 1}]` : shape;
    console.log(`${name.padEnd(14)} load ${ms(noopLoad, 0)} → ${ms(m.load, 0)} ms | visit +${visitOver} ms | fill ${m.fillScript.length ? ms(m.fillScript) : 'none'} ms, task ${ms(m.fillTask)}, longest ${ms(m.longest)} | ${m.filled}`);
  }
}
await Promise.all([noop.context, ...reals.map((r) => r.context)].map((c) => c.close()));
