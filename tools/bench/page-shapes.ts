// Large and odd pages around a real office form: what a visit and a fill cost on each, side by
// side with the no-op content script, and whether the form still got filled.
//
//   npx tsx tools/bench/page-shapes.ts [--build <dir> [--build <dir> …]]   (BENCH_RUNS=3, SHAPES=openShadows,textWall)
//
// Each shape is the senator's form replica of test/fixtures/pages (senate-gravity-labels) with
// something appended: thousands of shadow trees, of paragraphs, of style rules, a 20,000-option
// select, 3,000 nested boxes, thirty frames, a 2 MB draft, the bench's 5,000-control surveys, a
// design system's sheet of 4,000 rules (80 of them focus rings; alone, and on a page marking each
// field's box as it is filled), a 1,500-row grid of fields, labels naming no field, overlapping
// boxes, icons drawn by ::before and by SVG <use> (plain, and with a filter painting past the box),
// 300 shadow trees nested, a label of 500 KB, a radio group of 5,000, 40 selects of 2,500
// options, 3,000 small forms, 3,000 shadow trees nested by a script. Per shape, the medians of the
// runs: the page's load in ms with the no-op and with the extension, the visit's script time over
// the no-op's, the fill alone's script time, its whole main-thread time and its longest task
// (tools/bench/speed.ts), and the values of the first name, the email and the message after the
// fill ("-": no such box). Several builds are measured in turns, each one's line numbered by its
// place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, launch, seed } from '../../test/e2e/harness.ts';
import { TEST_PROFILE } from '../../test/support/factories.ts';
import { closeAll, fill, median, noopExtension, remoteControl, visit, withSurvey } from './speed.ts';

const form = FIXTURES.find((f) => f.id === 'senate-gravity-labels')!;
const page = readFileSync(join('test/fixtures/pages', form.file), 'utf8');
const withExtra = (extra: string) => page.replace(/<\/body>/i, `${extra}</body>`);
const times = (n: number, part: (i: number) => string) => Array.from({ length: n }, (_, i) => part(i)).join('');
/** A design system's sheet: 4,000 rules, one in fifty a focus ring (paint beyond the box). */
const designSheet = () => `<style>${times(4000, (i) => i % 50 === 0 ? `.u${i}:focus{box-shadow:0 0 0 3px #2491ff}` : `.u${i}{margin:${i % 7}px;padding:2px 4px;color:#1b1b1b;font:16px/1.4 sans-serif}`)}</style>`;

const SHAPES: Record<string, () => string> = {
  plain: () => page,
  deep: () => withExtra(`${'<div>'.repeat(3000)}<p>deep words</p>${'</div>'.repeat(3000)}`),
  bigSelect: () => withExtra(`<form><select name="pick">${times(20000, (i) => `<option>Choice ${i}</option>`)}</select></form>`),
  openShadows: () => withExtra(times(2000, (i) => `<x-card><template shadowrootmode="open"><style>p{box-shadow:0 0 2px red}</style><p>card ${i}</p><slot></slot></template><span>slot ${i}</span></x-card>`)),
  closedShadows: () => withExtra(times(2000, (i) => `<x-card><template shadowrootmode="closed"><p>card ${i}</p><input name="q${i}"></template></x-card>`)),
  textWall: () => withExtra(times(30000, (i) => `<p>Paragraph ${i} about the state of affairs, please write to us.</p>`)),
  sameLabels: () => withExtra(`<div>${times(5000, () => '<label for="input_2_1_3">Email</label>')}</div>`),
  designSheet: () => withExtra(designSheet()),
  // The same sheet on a page that marks each field's box as it is filled, as many form libraries do.
  markedFields: () => withExtra(`${designSheet()}<script>document.addEventListener('input', (e) => e.target.parentElement?.classList.add('has-value'), true);</script>`),
  manyRules: () => withExtra(`<style>${times(5000, (i) => `.c${i}{box-shadow:0 0 3px #000}`)}</style><div>${times(5000, (i) => `<div class="c${i}">box ${i}</div>`)}</div>`),
  bigDraft: () => withExtra(`<form><textarea name="notes">${'x'.repeat(2_000_000)}</textarea></form>`),
  noForm5000: () => withSurvey(page, 5000, 'no-form'),
  manyForms5000: () => withSurvey(page, 5000, 'many-forms'),
  cards5000: () => withSurvey(page, 5000, 'painted-cards'),
  frames: () => withExtra(times(30, (i) => `<iframe src="/frame${i}?shape=frame" width="200" height="100"></iframe>`)),
  gridTable: () => withExtra(`<form><table>${times(1500, (i) => `<tr><td><label for="g${i}">Row ${i}</label></td><td><input id="g${i}" name="g${i}"></td><td><select name="s${i}"><option>A</option><option>B</option></select></td></tr>`)}</table></form>`),
  strayLabels: () => withExtra(`<div>${times(5000, (i) => `<label for="missing${i}">Label ${i}</label>`)}</div>`),
  overlays: () => withExtra(`<div style="position:relative">${times(2000, (i) => `<div style="position:absolute;left:${(i * 7) % 900}px;top:${(i * 13) % 3000}px;width:40px;height:20px;z-index:${i % 50}">o${i}</div>`)}</div>`),
  pseudoIcons: () => withExtra(`<style>.ic::before{content:"\\2713";color:#333}.ic::after{content:attr(data-n);margin-left:2px}</style><ul>${times(5000, (i) => `<li class="ic" data-n="${i}">item ${i}</li>`)}</ul>`),
  svgSprite: () => withExtra(`<svg width="0" height="0"><defs><symbol id="s" viewBox="0 0 10 10"><path d="M1 1h8v8H1z"/></symbol></defs></svg>${times(2000, () => '<svg width="16" height="16"><use href="#s"/></svg>')}`),
  svgIcons: () => withExtra(`<svg width="0" height="0"><defs><symbol id="s" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" filter="drop-shadow(0 0 1px red)"/></symbol></defs></svg>${times(2000, () => '<svg width="16" height="16"><use href="#s"/></svg>')}`),
  nestedShadows: () => withExtra(`${'<x-n><template shadowrootmode="open"><div>'.repeat(300)}<p>inner</p>${'</div></template></x-n>'.repeat(300)}`),
  hugeLabel: () => page.replace(/(<label[^>]*>)/i, `$1<span hidden>${'word '.repeat(100_000)}</span>`),
  radioCrowd: () => withExtra(`<form><fieldset><legend>Pick one</legend>${times(5000, (i) => `<label><input type="radio" name="crowd" value="${i}"> ${i}</label>`)}</fieldset></form>`),
  manySelects: () => withExtra(`<form>${times(40, (i) => `<label>Pick ${i} <select name="p${i}">${times(2500, (j) => `<option value="${j}">Option ${j}</option>`)}</select></label>`)}</form>`),
  manyForms: () => withExtra(times(3000, (i) => `<form action="/find${i}"><label>Search ${i} <input name="q"></label><button>Go</button></form>`)),
  deepShadows: () => withExtra(`<div id="nest"></div><script>{let at=document.getElementById('nest');for(let i=0;i<3000;i++){const host=document.createElement('x-level');at.append(host);at=host.attachShadow({mode:i%2?'closed':'open'});}at.append('innermost');}</script>`),
};
const FRAME = '<!doctype html><form><label>Name <input name="n"></label><label>Comment <textarea name="c"></textarea></label></form>';

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
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shape === 'frame' ? FRAME : SHAPES[shape]!() });
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
