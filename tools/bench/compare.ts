// `npx tsx tools/bench/compare.ts <build> [<build> …]`: builds of the extension side by side with a
// content script that does nothing, on every fixture form, all browsers open at once and taking
// turns page by page (the order rotates), so a shared machine's drift moves every side alike.
// For each build: what a visit costs over the no-op, and the fill alone, as `npm run bench` counts
// them (from a trace, tools/bench/main-thread.ts). To weigh a change, build it into another directory
// (`npx vite build --outDir <dir>`) and compare it with dist/. With BENCH_SURVEY=<n>, one fixture form
// followed by n survey controls is also loaded by every side in turns (the no-op too: is the load
// delayed?) and filled by every build (how the fill grows); BENCH_SURVEY_SHAPE=many-forms or no-form
// stands those controls in forms of 50 or in none, =inert-menu puts a closed inert menu of n links
// on the page instead of a survey, =painted-cards n news cards with a shadow each; BENCH_FORMS=0
// skips the fixture forms. BENCH_POPUP=1 also opens each build's popup with a saved profile, the
// builds taking turns, beside the same page with its script taken out: first and largest paint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, launch, seed } from '../../test/e2e/harness.ts';
import { TEST_PROFILE } from '../../test/support/factories.ts';
import type { MainThread } from './main-thread.ts';
import { closeAll, fill, median, noopExtension, percentile, popupPaint, remoteControl, RUNS, SURVEY_SHAPES, visit, withSurvey, type SurveyShape } from './speed.ts';

const builds = process.argv.slice(2);
if (!builds.length) {
  console.error('Usage: npx tsx tools/bench/compare.ts <build directory> [<build directory> …]');
  process.exit(2);
}
const survey = Number(process.env.BENCH_SURVEY ?? 0);
const shape = (process.env.BENCH_SURVEY_SHAPE ?? 'one-form') as SurveyShape;
if (!SURVEY_SHAPES.includes(shape)) {
  console.error(`BENCH_SURVEY_SHAPE must be one of ${SURVEY_SHAPES.join(', ')}, not "${shape}".`);
  process.exit(2);
}
/** BENCH_FORMS=0: the survey page only. */
const formRuns = process.env.BENCH_FORMS === '0' ? 0 : RUNS;
const sides = [{ name: 'no-op', dir: noopExtension(builds[0]!) }, ...builds.map((dir) => ({ name: dir, dir }))];
const opened = await Promise.all(sides.map(async ({ dir }, i) => {
  const { context } = await launch({ extensionDir: dir });
  if (i > 0) await seed(context, TEST_PROFILE, {});
  return { context, remote: i > 0 ? await remoteControl(context) : null };
}));

const forms = FIXTURES.filter((p) => p.kind === 'form');
const loads = sides.map(() => new Map<string, number[]>());
const fills = sides.map((): number[] => []);
// Main-thread task time of the same fill: layout the fill leaves to the page's next frame still counts here.
const fillTasks = sides.map((): number[] => []);
const surveyFills = sides.map((): MainThread[] => []);
const surveyLoads = sides.map((): number[] => []);
let turn = 0;
try {
  for (const form of forms) for (let run = 0; run < formRuns; run++, turn++) {
    for (let k = 0; k < sides.length; k++) {
      const i = (k + turn) % sides.length;
      const { context, remote } = opened[i]!;
      const v = await visit(context, form.url);
      loads[i]!.set(form.id, [...(loads[i]!.get(form.id) ?? []), v.load.script]);
      const filled = remote ? await fill(remote, v) : null;
      if (filled) { fills[i]!.push(filled.script); fillTasks[i]!.push(filled.task); }
      await closeAll(v);
    }
  }
  if (survey > 0) {
    const base = forms.find((f) => f.id === 'senate-gravity-labels') ?? forms[0]!;
    const body = withSurvey(readFileSync(join('test/fixtures/pages', base.file), 'utf8'), survey, shape);
    const url = `${base.url}?survey=${survey}`;
    for (const { context } of opened) {
      await context.route((u) => u.searchParams.has('survey'), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    }
    for (let run = 0; run < RUNS; run++, turn++) {
      for (let k = 0; k < sides.length; k++) {
        const i = (k + turn) % sides.length;
        const { context, remote } = opened[i]!;
        const v = await visit(context, url);
        surveyLoads[i]!.push(v.loadMs);
        const filled = remote ? await fill(remote, v) : null;
        if (filled) surveyFills[i]!.push(filled);
        await closeAll(v);
      }
    }
  }
} finally {
  await Promise.all(opened.map(({ context }) => context.close()));
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
// BENCH_FORMS=0 ran no fixture form: no table of them.
if (formRuns > 0) {
  console.log(`${forms.length} fixture forms × ${RUNS} runs; script time (from a trace, tools/bench/main-thread.ts)`);
  console.log('| build | visit over the no-op | the fill alone | the fill\'s main-thread tasks (script, style, layout, paint) |');
  console.log('| --- | --- | --- | --- |');
}
sides.forEach((side, i) => {
  if (i === 0 || formRuns === 0) return;
  const visits = forms.flatMap((form) => {
    const baseline = median(loads[0]!.get(form.id) ?? []);
    return (loads[i]!.get(form.id) ?? []).map((load) => load - baseline);
  });
  const stat = (values: number[]) => `median ${ms(median(values))}, p95 ${ms(percentile(values, 95))}`;
  console.log(`| ${side.name} | ${stat(visits)} | ${stat(fills[i]!)} | ${stat(fillTasks[i]!)} |`);
});
if (survey > 0) {
  const extra = shape === 'inert-menu' ? `a closed inert menu of ${survey} links` : shape === 'painted-cards' ? `${survey} news cards with a shadow each` : `${survey} survey controls, ${shape}`;
  console.log(`\nsenate-gravity-labels plus ${extra} (${RUNS} runs each, in turns): the page's load, and the fill alone`);
  console.log('| build | page load (navigation to load event) | the fill alone: script | its main-thread tasks | its longest task |');
  console.log('| --- | --- | --- | --- | --- |');
  const of = (i: number, key: 'script' | 'task' | 'longest') => (i > 0 ? `median ${ms(median(surveyFills[i]!.map((f) => f[key])))}` : '—');
  sides.forEach((side, i) => console.log(`| ${side.name} | median ${ms(median(surveyLoads[i]!))} | ${of(i, 'script')} | ${of(i, 'task')} | ${of(i, 'longest')} |`));
}
if (process.env.BENCH_POPUP === '1') {
  const paints = builds.map(() => ({ first: [] as number[], largest: [] as number[], still: [] as number[] }));
  for (let round = 0; round < RUNS; round++) {
    for (let k = 0; k < builds.length; k++) {
      const i = (k + round) % builds.length;
      const { first, largest, baseline } = await popupPaint(builds[i]!);
      paints[i]!.first.push(...first); paints[i]!.largest.push(...largest); paints[i]!.still.push(...baseline);
    }
  }
  console.log(`\nThe popup with a saved profile, ${RUNS} rounds of at least 5 openings a build, in turns`);
  console.log('| build | first paint | largest paint (the form drawn) | the same page with no script: first paint |');
  console.log('| --- | --- | --- | --- |');
  builds.forEach((dir, i) => console.log(`| ${dir} | median ${ms(median(paints[i]!.first))} | median ${ms(median(paints[i]!.largest))} | median ${ms(median(paints[i]!.still))} |`));
}
