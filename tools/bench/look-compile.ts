// `npx tsx tools/bench/look-compile.ts <build> [<build> …]`: what the look (the content script
// every official page loads) costs as it starts, build against build. Each build's browser opens a
// senator's form page in turns (the order rotates), and a trace of each visit gives the look's own
// run (its EvaluateScript) and, inside it, compiling the file. Finer than a visit's total, which the
// background's question and the page's own scripts blur: this is the part a smaller look shrinks.
// LOOK_RUNS sets the visits per build (30 by default), LOOK_FORM the fixture page.
import { fixture, launch } from '../../test/e2e/harness.ts';
import { traceOf, type TraceEvent } from './main-thread.ts';
import { median, percentile } from './speed.ts';

const builds = process.argv.slice(2);
if (!builds.length) {
  console.error('Usage: npx tsx tools/bench/look-compile.ts <build directory> [<build directory> …]');
  process.exit(2);
}
const runs = Number(process.env.LOOK_RUNS ?? 30);
const page = fixture(process.env.LOOK_FORM ?? 'senate-gravity-labels');

/** The look's run and the compiling inside it, in milliseconds; null when the look did not run. */
function lookIn(events: TraceEvent[]): { run: number; compile: number } | null {
  const run = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && /\/src\/content\/index\.js$/.test(e.args?.data?.url ?? ''));
  if (!run?.dur) return null;
  const end = run.ts + run.dur;
  const compile = events.filter((e) => e.ph === 'X' && e.name === 'v8.compile' && e.pid === run.pid && e.tid === run.tid && e.ts >= run.ts && e.ts + (e.dur ?? 0) <= end)
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return { run: run.dur / 1000, compile: compile / 1000 };
}

const contexts = await Promise.all(builds.map(async (dir) => (await launch({ extensionDir: dir })).context));
const seen = builds.map(() => ({ run: [] as number[], compile: [] as number[] }));
try {
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < builds.length; k++) {
      const b = (k + round) % builds.length;
      const tab = await contexts[b]!.newPage();
      const cdp = await contexts[b]!.newCDPSession(tab);
      const { events } = await traceOf(cdp, async () => {
        await tab.goto(page.url, { waitUntil: 'load' });
        await tab.waitForTimeout(300);
      });
      const look = lookIn(events);
      if (look) { seen[b]!.run.push(look.run); seen[b]!.compile.push(look.compile); }
      await cdp.detach().catch(() => {});
      await tab.close();
    }
  }
} finally {
  await Promise.all(contexts.map((c) => c.close()));
}
const ms = (values: number[], p: number) => `${percentile(values, p).toFixed(2)} ms`;
console.log(`The look on ${page.url}, ${runs} visits a build, builds in turns:`);
builds.forEach((dir, b) => {
  const { run, compile } = seen[b]!;
  console.log(`${dir}: compiling median ${median(compile).toFixed(2)} ms (p25 ${ms(compile, 25)}, p75 ${ms(compile, 75)}); the look's whole run median ${median(run).toFixed(2)} ms (p25 ${ms(run, 25)}, p75 ${ms(run, 75)}); ${run.length} visits traced`);
});
