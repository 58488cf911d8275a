// `npx tsx tools/bench/visit-floor.ts [<build>]`: what a content script pays on a visit just to touch
// the page, beside what the look pays. Tiny extensions on the same matches as the build, each with a
// content script of one or two lines, open a senator's form in turns (the order rotates), and each
// visit's main-thread script time is read from a trace, as `npm run bench` reads it:
// - nothing: `void 0` (the bench's no-op);
// - the document: one property of `document` read;
// - a message box: the first <textarea> found by tag and asked whether it is rendered (the look's
//   first step, and all it does on a page with a message box);
// - the look: the build's own src/content/index.js, alone (no background to take its finding).
// A content script runs in a world of its own, and the first time a script in that world reaches
// the page's document or an element, the browser makes that world's objects for them: that cost
// is what the second and third lines show, and no look that reads the page can go under it.
// FLOOR_RUNS sets the visits per script (30 by default), FLOOR_FORM the fixture page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, launch } from '../../test/e2e/harness.ts';
import { measure } from './main-thread.ts';
import { contentScriptExtension, median, percentile } from './speed.ts';

const build = process.argv[2] ?? 'dist';
const runs = Number(process.env.FLOOR_RUNS ?? 30);
const page = fixture(process.env.FLOOR_FORM ?? 'senate-gravity-labels');

const scripts: [name: string, code: string][] = [
  ['nothing (void 0)', 'void 0;\n'],
  ['the document (one property read)', 'document.readyState;\n'],
  ['a message box (found by tag, asked if rendered)', "{ const box = document.getElementsByTagName('textarea')[0]; if (box) box.checkVisibility({ visibilityProperty: true }); }\n"],
  ['the look (this build\'s, alone)', readFileSync(join(build, 'src/content/index.js'), 'utf8')],
];

const contexts = await Promise.all(scripts.map(async ([, code]) => (await launch({ extensionDir: contentScriptExtension(build, code, 'Visit floor') })).context));
const seen = scripts.map(() => [] as number[]);
try {
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < scripts.length; k++) {
      const s = (k + round) % scripts.length;
      const tab = await contexts[s]!.newPage();
      const cdp = await contexts[s]!.newCDPSession(tab);
      const { spent } = await measure(cdp, new URL(page.url).hostname, async () => {
        await tab.goto(page.url, { waitUntil: 'load' });
        await tab.waitForTimeout(400);
      });
      seen[s]!.push(spent.script);
      await cdp.detach().catch(() => {});
      await tab.close();
    }
  }
} finally {
  await Promise.all(contexts.map((c) => c.close()));
}
const ms = (v: number) => `${v.toFixed(2)} ms`;
const base = median(seen[0]!);
console.log(`A visit of ${page.url}, main-thread script time, ${runs} visits a script, in turns:`);
console.log('| content script | median | over nothing | p25 | p75 |');
console.log('| --- | --- | --- | --- | --- |');
scripts.forEach(([name], s) => {
  const v = seen[s]!;
  console.log(`| ${name} | ${ms(median(v))} | ${ms(median(v) - base)} | ${ms(percentile(v, 25))} | ${ms(percentile(v, 75))} |`);
});
