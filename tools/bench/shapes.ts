// The page shapes of the speed benches (page-shapes.ts in Chromium, firefox-fill.ts in Firefox):
// the senator's form replica of test/fixtures/pages with something large or odd appended.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../test/e2e/harness.ts';
import { withSurvey } from './speed.ts';

/** The senator's form replica every shape is built around. */
export const SHAPE_FORM = FIXTURES.find((f) => f.id === 'senate-gravity-labels')!;
/** Its page as the fixture serves it. */
export const SHAPE_PAGE = readFileSync(join('test/fixtures/pages', SHAPE_FORM.file), 'utf8');
const withExtra = (extra: string) => SHAPE_PAGE.replace(/<\/body>/i, `${extra}</body>`);
const times = (n: number, part: (i: number) => string) => Array.from({ length: n }, (_, i) => part(i)).join('');
/** A design system's sheet: 4,000 rules, one in fifty a focus ring (paint beyond the box). */
const designSheet = () => `<style>${times(4000, (i) => i % 50 === 0 ? `.u${i}:focus{box-shadow:0 0 0 3px #2491ff}` : `.u${i}{margin:${i % 7}px;padding:2px 4px;color:#1b1b1b;font:16px/1.4 sans-serif}`)}</style>`;

/** A sheet from another site, as a font service's: the page's scripts and the extension cannot read its rules. */
const foreignSheet = '<link rel="stylesheet" href="https://fonts.shapes-sheets.org/css?shape=sheet">';
/** Each field's box marked once the field has a value, as many form libraries do. */
const marking = "<script>document.addEventListener('input', (e) => e.target.parentElement?.classList.add('has-value'), true);</script>";

/** Each shape's page, by name. */
export const SHAPES: Record<string, () => string> = {
  plain: () => SHAPE_PAGE,
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
  noForm5000: () => withSurvey(SHAPE_PAGE, 5000, 'no-form'),
  manyForms5000: () => withSurvey(SHAPE_PAGE, 5000, 'many-forms'),
  cards5000: () => withSurvey(SHAPE_PAGE, 5000, 'painted-cards'),
  frames: () => withExtra(times(30, (i) => `<iframe src="/frame${i}?shape=frame" width="200" height="100"></iframe>`)),
  gridTable: () => withExtra(`<form><table>${times(1500, (i) => `<tr><td><label for="g${i}">Row ${i}</label></td><td><input id="g${i}" name="g${i}"></td><td><select name="s${i}"><option>A</option><option>B</option></select></td></tr>`)}</table></form>`),
  strayLabels: () => withExtra(`<div>${times(5000, (i) => `<label for="missing${i}">Label ${i}</label>`)}</div>`),
  overlays: () => withExtra(`<div style="position:relative">${times(2000, (i) => `<div style="position:absolute;left:${(i * 7) % 900}px;top:${(i * 13) % 3000}px;width:40px;height:20px;z-index:${i % 50}">o${i}</div>`)}</div>`),
  pseudoIcons: () => withExtra(`<style>.ic::before{content:"\\2713";color:#333}.ic::after{content:attr(data-n);margin-left:2px}</style><ul>${times(5000, (i) => `<li class="ic" data-n="${i}">item ${i}</li>`)}</ul>`),
  svgSprite: () => withExtra(`<svg width="0" height="0"><defs><symbol id="s" viewBox="0 0 10 10"><path d="M1 1h8v8H1z"/></symbol></defs></svg>${times(2000, () => '<svg width="16" height="16"><use href="#s"/></svg>')}`),
  svgIcons: () => withExtra(`<svg width="0" height="0"><defs><symbol id="s" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" filter="drop-shadow(0 0 1px red)"/></symbol></defs></svg>${times(2000, () => '<svg width="16" height="16"><use href="#s"/></svg>')}`),
  nestedShadows: () => withExtra(`${'<x-n><template shadowrootmode="open"><div>'.repeat(300)}<p>inner</p>${'</div></template></x-n>'.repeat(300)}`),
  hugeLabel: () => SHAPE_PAGE.replace(/(<label[^>]*>)/i, `$1<span hidden>${'word '.repeat(100_000)}</span>`),
  radioCrowd: () => withExtra(`<form><fieldset><legend>Pick one</legend>${times(5000, (i) => `<label><input type="radio" name="crowd" value="${i}"> ${i}</label>`)}</fieldset></form>`),
  manySelects: () => withExtra(`<form>${times(40, (i) => `<label>Pick ${i} <select name="p${i}">${times(2500, (j) => `<option value="${j}">Option ${j}</option>`)}</select></label>`)}</form>`),
  manyForms: () => withExtra(times(3000, (i) => `<form action="/find${i}"><label>Search ${i} <input name="q"></label><button>Go</button></form>`)),
  // A page that never stops changing while it is filled: a clock ticking every 4 ms and a class moved along a row of 2,000 boxes every frame, beside the 5,000-control survey.
  ticking5000: () => withSurvey(SHAPE_PAGE, 5000).replace(/<\/body>/i, `<p id="clock">0</p><div id="row">${times(2000, (i) => `<span class="b">${i}</span>`)}</div><style>.on{outline:2px solid red}</style><script>{let n=0;const c=document.getElementById('clock');setInterval(()=>{c.textContent=String(++n)},4);const b=document.querySelectorAll('.b');let k=0;const step=()=>{b[k%b.length].classList.remove('on');k++;b[k%b.length].classList.add('on');requestAnimationFrame(step)};requestAnimationFrame(step);}</script></body>`),
  // 2,000 boxes each running an animation of its own (spinners, shimmering placeholders).
  animated: () => withExtra(`<style>@keyframes spin{to{transform:rotate(360deg)}}@keyframes glow{50%{box-shadow:0 0 8px #09f}}.sp{display:inline-block;width:12px;height:12px;animation:spin 1s linear infinite}.gl{animation:glow 2s infinite}</style>${times(2000, (i) => `<span class="${i % 2 ? 'sp' : 'gl'}">*</span>`)}`),
  // 5,000 sections the browser skips drawing until they are near the window (content-visibility).
  skippedSections: () => withExtra(times(5000, (i) => `<section style="content-visibility:auto;contain-intrinsic-size:auto 120px"><h3>Item ${i}</h3><p>Words about item ${i}.</p><label>Note ${i} <input name="n${i}"></label></section>`)),
  // One inline drawing of 20,000 shapes (a map of districts).
  bigSvg: () => withExtra(`<svg width="900" height="900">${times(20000, (i) => `<rect x="${(i * 7) % 900}" y="${(i * 11) % 900}" width="6" height="6" fill="#${(i % 4096).toString(16).padStart(3, '0')}"/>`)}</svg>`),
  // The page's own sheet beside one from another site, and each field's box marked as it is filled.
  foreignMarked: () => withExtra(`${foreignSheet}${marking}`),
  foreignMarked5000: () => withSurvey(SHAPE_PAGE, 5000).replace(/<\/body>/i, `${foreignSheet}${marking}</body>`),
  deepShadows: () => withExtra(`<div id="nest"></div><script>{let at=document.getElementById('nest');for(let i=0;i<3000;i++){const host=document.createElement('x-level');at.append(host);at=host.attachShadow({mode:i%2?'closed':'open'});}at.append('innermost');}</script>`),
};
/** The page of each frame the frames shape holds (`?shape=frame`). */
export const FRAME = '<!doctype html><form><label>Name <input name="n"></label><label>Comment <textarea name="c"></textarea></label></form>';

/** What a shape's page, a frame's page or the sheet from another site is answered with (`?shape=`). */
export function shapeResponse(shape: string): { contentType: string; body: string } | null {
  if (shape === 'sheet') return { contentType: 'text/css', body: '@font-face { font-family: "Shape Sans"; src: local("Arial"); } h1, h2 { font-family: "Shape Sans", sans-serif; letter-spacing: 0.01em; }' };
  if (shape === 'frame') return { contentType: 'text/html; charset=utf-8', body: FRAME };
  const page = SHAPES[shape];
  return page ? { contentType: 'text/html; charset=utf-8', body: page() } : null;
}

