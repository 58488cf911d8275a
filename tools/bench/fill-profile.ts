// `npx tsx tools/bench/fill-profile.ts [<build>]`: where a fill's time goes in the page, by the
// filler's own functions. The filler of the source checked out is built unminified (names kept)
// into a copy of the build (its look, background and popup), then a senator's form replica (PROFILE_SURVEY=<n> adds n survey controls) is filled
// PROFILE_RUNS times (5) as the popup asks, under V8's sampling profiler. Printed: self time per
// fill by function, the browser's own calls among them (querySelectorAll, elementFromPoint…), and,
// with PROFILE_CALLERS=<function>, where that function's time was spent from (three callers up).
// The profiler overstates native calls made from an extension's world (a trace of the same fill
// counts them smaller): weigh builds against each other, and the page's totals with compare.ts.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, launch, seed } from '../../test/e2e/harness.ts';
import { TEST_PROFILE } from '../../test/support/factories.ts';
import { FILLER_FILE } from '../../src/background/filler-file.ts';
import { buildFiller } from '../filler-script.ts';
import { closeAll, remoteControl, tabIdFor, visit, withSurvey } from './speed.ts';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const source = process.argv[2] ?? 'dist';
const runs = Number(process.env.PROFILE_RUNS ?? 5);
const survey = Number(process.env.PROFILE_SURVEY ?? 0);
const callersOf = process.env.PROFILE_CALLERS;

// The same filler, its names kept: the build's own is minified.
const named = mkdtempSync(join(tmpdir(), 'wfb-profile-'));
cpSync(source, named, { recursive: true });
// As the build makes it (tools/filler-script.ts), before the minifier; with the build's compile hint if it has one.
const code = await buildFiller(process.cwd());
if (code === null) throw new Error('No filler was built from src/content/fill.ts');
const hint = readFileSync(join(source, FILLER_FILE), 'utf8').match(/^\/\/# allFunctionsCalledOnLoad\n/)?.[0] ?? '';
writeFileSync(join(named, FILLER_FILE), hint + code);

const form = fixture('senate-gravity-labels');
const { context } = await launch({ extensionDir: named });
await seed(context, TEST_PROFILE, {});
const html = readFileSync(join('test/fixtures/pages', form.file), 'utf8');
await context.route((url) => url.searchParams.has('profile'), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: survey > 0 ? withSurvey(html, survey) : html }));
const remote = await remoteControl(context);

const self = new Map<string, number>();
const callers = new Map<string, number>();
try {
  for (let run = 0; run < runs; run++) {
    const v = await visit(context, `${form.url}?profile=${survey}`);
    const host = new URL(v.page.url()).hostname;
    const tabId = await tabIdFor(remote, host);
    if (tabId === null) throw new Error(`The extension did not recognise ${host}`);
    await v.cdp.send('Profiler.enable');
    await v.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await v.cdp.send('Profiler.start');
    await remote.evaluate((id) => chrome.runtime.sendMessage({ kind: 'fillTab', args: [id] }), tabId);
    await v.page.waitForTimeout(survey > 0 || process.env.EXTRA ? 3000 : 500);
    const { profile } = await v.cdp.send('Profiler.stop') as { profile: Profile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, ProfileNode>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
    const nameOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? ` ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}` : ''}`;
    // A sample counts for the filler when the filler is on its stack: its own code, or a browser call it made.
    const inFiller = (n: ProfileNode) => { for (let p: ProfileNode | undefined = n; p; p = parent.get(p.id)) if (p.callFrame.url.endsWith(FILLER_FILE)) return true; return false; };
    profile.samples.forEach((id, i) => {
      const node = byId.get(id)!;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!inFiller(node)) return;
      self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + ms);
      if (node.callFrame.functionName !== callersOf) return;
      const chain: string[] = [];
      for (let p = parent.get(node.id); p && chain.length < 3; p = parent.get(p.id)) chain.push(nameOf(p));
      callers.set(chain.join(' < '), (callers.get(chain.join(' < ')) ?? 0) + ms);
    });
    await closeAll(v);
  }
} finally {
  await context.close();
}

const per = (ms: number) => (ms / runs).toFixed(2).padStart(8);
const total = [...self.values()].reduce((sum, ms) => sum + ms, 0);
console.log(`${source}: a senator's form${survey ? ` and ${survey} survey controls` : ''}, ${runs} fills; ms a fill, sampled (the filler's functions and the browser's calls they made)`);
console.log(`${per(total)}  all of it`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${per(ms)}  ${name}`);
if (callersOf) {
  console.log(`\n${callersOf}, by its callers:`);
  for (const [chain, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${per(ms)}  ${chain}`);
}
