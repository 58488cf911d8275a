import fc from 'fast-check';
import type { BrowserContext, Page } from '@playwright/test';
import { TEST_PROFILE } from '../support/factories.ts';
import { expect, fixture, popupUrl, seed, test } from './harness.ts';
import { propertySeed } from '../support/property-seed.ts';

// Property, in real Chromium with real layout: on generated pages that hide boxes in random
// ways (and random strengths, nestings and orders) beside a visible contact form, no hidden box
// ever gets a value, and the visible form is filled. Bounded: CASES pages per run.

const CASES = Number(process.env.HIDING_CASES ?? 60);
const BASE = fixture('hostile-hiding').url;

/** One way to hide a box: a style for a wrapper around it, for the box itself, and markup after it. */
interface Way { name: string; wrapper?: string; input?: string; after?: string; box?: string }

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true });

const ways: fc.Arbitrary<Way> = fc.oneof(
  num(0, 0.24).map((o) => ({ name: `opacity ${o}`, input: `opacity:${o}` })),
  fc.tuple(num(0.05, 0.49), num(0.05, 0.49)).filter(([a, b]) => a * b < 0.24)
    .map(([a, b]) => ({ name: `opacities ${a}×${b}`, wrapper: `opacity:${a}`, input: `opacity:${b}` })),
  num(0, 0.24).map((o) => ({ name: `filter opacity ${o}`, wrapper: `filter:opacity(${o})` })),
  fc.constantFrom('inset(100%)', 'inset(50%)', 'circle(0)', 'polygon(0 0, 0 0, 0 0)', 'ellipse(0 0)')
    .map((c) => ({ name: `clip-path ${c}`, input: `clip-path:${c}` })),
  fc.integer({ min: 0, max: 3 }).map((n) => ({ name: `clip rect ${n}`, input: `position:absolute;clip:rect(${n}px,${n}px,${n}px,${n}px)` })),
  fc.constant({ name: 'mask', input: 'mask-image:linear-gradient(transparent,transparent);-webkit-mask-image:linear-gradient(transparent,transparent)' }),
  fc.integer({ min: 0, max: 7 }).map((h) => ({ name: `height ${h}px`, input: `height:${h}px;padding:0;border:0;min-height:0` })),
  fc.integer({ min: 0, max: 7 }).map((w) => ({ name: `width ${w}px`, input: `width:${w}px;padding:0;border:0;font-size:0` })),
  num(0, 0.15).map((s) => ({ name: `scaleY ${s}`, input: `transform:scaleY(${s})` })),
  fc.integer({ min: 5000, max: 60000 }).chain((d) => fc.constantFrom(
    { name: `left -${d}`, input: `position:absolute;left:-${d}px` },
    { name: `top -${d}`, input: `position:absolute;top:-${d}px` },
    { name: `left ${d}`, input: `position:absolute;left:${d}px` },
  )),
  fc.integer({ min: 0, max: 8 }).map((d) => ({ name: `text ${255 - d} on white`, input: `color:rgb(${255 - d},${255 - d},${255 - d});background:#fff;border:0` })),
  fc.constant({ name: 'transparent text', input: 'color:transparent;background:transparent;border:0' }),
  fc.constant({ name: 'font-size 0', input: 'font-size:0' }),
  fc.integer({ min: 60, max: 600 }).map((h) => ({ name: `scrolled ${h}`, wrapper: 'height:40px;overflow:hidden', after: '', input: `margin-top:${h}px` })),
  fc.constant({ name: 'covered', wrapper: 'position:relative', after: '<div style="position:absolute;inset:-6px;background:#fff"></div>' }),
  fc.constant({ name: 'covered by a pseudo-element', wrapper: 'position:relative', after: '<span class="pseudo"></span>' }),
  fc.constant({ name: 'negative z-index', wrapper: 'background:#fff', input: 'position:relative;z-index:-1' }),
  fc.constant({ name: 'visibility hidden', wrapper: 'visibility:hidden' }),
  fc.constant({ name: 'closed details', wrapper: 'details' }),
  fc.constant({ name: 'aria-hidden', wrapper: 'aria-hidden' }),
  // Drawn, but not readable.
  fc.constant({ name: 'text fill transparent', input: '-webkit-text-fill-color:transparent' }),
  fc.constantFrom('oklch(1 0 0)', 'oklch(0.999 0.001 90)', 'lab(100 0 0)', 'color(srgb 1 1 1)', 'hwb(0 100% 0%)')
    .map((c) => ({ name: `text ${c} on white`, input: `color:${c};background:#fff` })),
  num(0, 0.19).map((a) => ({ name: `text color(srgb 0 0 0 / ${a})`, input: `color:color(srgb 0 0 0 / ${a})` })),
  fc.integer({ min: 400, max: 20000 }).map((n) => ({ name: `text-indent -${n}`, input: `text-indent:-${n}px` })),
  fc.oneof(num(0, 0.39), num(3.1, 200)).map((b) => ({ name: `brightness ${b}`, wrapper: `filter:brightness(${b})` })),
  num(0, 0.39).map((c) => ({ name: `contrast ${c}`, wrapper: `filter:contrast(${c})` })),
  fc.constantFrom('screen', 'lighten', 'difference', 'color-dodge', 'exclusion').map((m) => ({ name: `blend ${m}`, wrapper: `mix-blend-mode:${m}` })),
  fc.integer({ min: 0, max: 6 }).map((h) => ({ name: `paint contained in ${h}px`, wrapper: `contain:paint;height:${h}px` })),
  fc.integer({ min: 26, max: 49 }).map((x) => ({ name: `clip-path window ${100 - 2 * x}% wide`, input: `clip-path:inset(0 ${x}%)` })),
  num(0.01, 0.35).map((k) => ({ name: `scaleX ${k}`, input: `transform:scaleX(${k});transform-origin:0 0` })),
  num(0.05, 0.35).map((k) => ({ name: `scale ${k}`, input: `transform:scale(${k})` })),
  num(0.05, 0.35).map((z) => ({ name: `zoom ${z}`, wrapper: `zoom:${z}` })),
  // Seen only through a scrolling box too small to show half of it, scrolled to its middle.
  fc.oneof(
    fc.integer({ min: 8, max: 300 }).map((w) => ({ w, h: 80 })),
    fc.integer({ min: 8, max: 17 }).map((h) => ({ w: 640, h })),
  ).map(({ w, h }) => ({ name: `scroll window ${w}×${h}`, wrapper: 'scroll-window', input: `margin:${h}px ${w}px`, box: `width:${w}px;height:${h}px` })),
  fc.constant({ name: 'under its own label', wrapper: 'label-cover' }),
  num(0.001, 0.18).map((a) => ({ name: `font-size-adjust ${a}`, input: `font-size-adjust:${a}` })),
  fc.integer({ min: 250, max: 399 }).map((n) => ({ name: `text-indent -${n}`, input: `text-indent:-${n}px` })),
  fc.constantFrom('disc', 'circle', 'square').map((t) => ({ name: `text-security ${t}`, input: `-webkit-text-security:${t}` })),
  fc.integer({ min: 40, max: 1000 }).map((n) => ({ name: `letter-spacing ${n}`, input: `letter-spacing:${n}px` })),
  fc.integer({ min: 40, max: 3000 }).map((n) => ({ name: `word-spacing ${n}`, input: `word-spacing:${n}px` })),
  fc.tuple(fc.constantFrom('left', 'right'), fc.integer({ min: 97, max: 100 })).map(([side, p]) => ({ name: `padding-${side} ${p}%`, input: `padding-${side}:${p}%${side === 'right' ? ';direction:rtl' : ''}` })),
  fc.tuple(fc.constantFrom('ex-height', 'cap-height', 'ch-width', 'ic-width'), num(0.001, 0.18)).map(([m, a]) => ({ name: `font-size-adjust ${m} ${a}`, input: `font-size-adjust:${m} ${a}` })),
  // Painted over, greyed, struck through, stroked, stacked or smeared.
  fc.integer({ min: 30, max: 400 }).map((n) => ({ name: `inset shadow ${n}px`, input: `box-shadow:inset 0 0 0 ${n}px #222;color:#222` })),
  fc.constantFrom('linear', 'radial').map((g) => ({ name: `${g} gradient`, input: `background:#fff ${g}-gradient(#222,#222);color:#222` })),
  num(0.36, 0.64).map((i) => ({ name: `invert ${i}`, wrapper: `filter:invert(${i})` })),
  fc.integer({ min: 6, max: 40 }).map((t) => ({ name: `line-through ${t}px`, input: `text-decoration:line-through ${t}px #fff` })),
  fc.integer({ min: 3, max: 12 }).map((w) => ({ name: `text-stroke ${w}px`, input: `-webkit-text-stroke:${w}px #fff` })),
  num(0.45, 1).map((e) => ({ name: `letter-spacing -${e}em`, input: `letter-spacing:-${e}em` })),
  fc.integer({ min: 70, max: 88 }).map((d) => ({ name: `skewX ${d}deg`, input: `transform:skewX(${d}deg)` })),
  fc.tuple(num(0.41, 0.5), num(2.8, 2.99)).map(([c, b]) => ({ name: `contrast ${c} brightness ${b}`, wrapper: `filter:contrast(${c}) brightness(${b})` })),
  num(0.5, 0.95).map((f) => ({ name: `start cut away ${f}`, input: `clip-path:inset(0 0 0 ${f * 100}%)` })),
  fc.integer({ min: 236, max: 250 }).map((v) => ({ name: `pale text ${v} at half opacity`, input: `color:rgb(${v},${v},${v});opacity:0.5` })),
);

const ROLE_LABELS = ['Email', 'Email Address', 'Phone', 'Phone Number', 'Street Address', 'City'];

const traps = fc.array(fc.record({ way: ways, label: fc.constantFrom(...ROLE_LABELS), depth: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 6 });

function pageHtml(list: { way: Way; label: string; depth: number }[]): string {
  const trapHtml = list.map(({ way, label, depth }, i) => {
    const type = label.startsWith('Email') ? 'email' : label.startsWith('Phone') ? 'tel' : 'text';
    let html = `<label for="trap${i}">${label}</label><input id="trap${i}" name="x${i}" type="${type}" class="trap" style="${way.input ?? ''}">${way.after ?? ''}`;
    if (way.wrapper === 'details') html = `<details><summary>More</summary>${html}</details>`;
    else if (way.wrapper === 'scroll-window') {
      html = `<label for="trap${i}">${label}</label><div class="window" style="${way.box}"><input id="trap${i}" name="x${i}" type="${type}" class="trap" style="${way.input}"></div>`;
    } else if (way.wrapper === 'label-cover') {
      html = `<label class="held">${label} <input id="trap${i}" name="x${i}" type="${type}" class="trap"><span class="veil"></span></label>`;
    }
    else if (way.wrapper === 'aria-hidden') html = `<div aria-hidden="true">${html}</div>`;
    else html = `<div style="${way.wrapper ?? ''}">${html}</div>`;
    for (let d = 0; d < depth; d++) html = `<div>${html}</div>`;
    return html;
  });
  const visible = [
    '<label for="first">First Name</label><input id="first" name="first">',
    '<label for="last">Last Name</label><input id="last" name="last">',
    '<label for="email">Email</label><input id="email" name="email" type="email">',
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact</title><style>
    body{font:16px/1.5 Georgia,serif;margin:0;background:#fff;color:#222}main{max-width:640px;margin:24px auto;background:#fff}
    label{display:block;margin-top:10px}input,textarea{display:block;width:100%;box-sizing:border-box;padding:6px;font:inherit}
    .pseudo{position:absolute;inset:-6px}.pseudo::after{content:"";position:absolute;inset:0;background:#fff}
    .window{position:relative;overflow:auto;scrollbar-width:none}.window input{width:640px}
    .held{position:relative}.veil{position:absolute;left:-4px;right:-4px;bottom:-4px;height:48px;background:#fff}
  </style></head><body><main><h1>Email the office</h1><form action="/thank-you" method="post">
    ${visible[0]}${trapHtml.slice(0, 2).join('')}${visible[1]}${trapHtml.slice(2, 4).join('')}${visible[2]}${trapHtml.slice(4).join('')}
    <label for="message">Message</label><textarea id="message" name="message"></textarea><button type="submit">Send</button>
  </form></main><script>
    // Each window shows the middle of its box, where the fill looks.
    for (const box of document.querySelectorAll('.window')) {
      const field = box.firstElementChild;
      box.scrollLeft = field.offsetLeft + field.offsetWidth / 2 - box.clientWidth / 2;
      box.scrollTop = field.offsetTop + field.offsetHeight / 2 - box.clientHeight / 2;
    }
  </script></body></html>`;
}

/** The tab showing `host`, as the extension knows it (it has no `tabs` permission). */
async function tabOf(remote: Page, host: string, after: number): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const id = await remote.evaluate(async (h) => {
      const stored = await chrome.storage.session.get(null) as Record<string, { host: string }[]>;
      const ids = Object.entries(stored).filter(([k, f]) => k.startsWith('frames:') && f.some((x) => x.host === h)).map(([k]) => Number(k.slice(7)));
      return ids.length ? Math.max(...ids) : null;
    }, host);
    if (id !== null && id > after) return id;
    await remote.waitForTimeout(50);
  }
  throw new Error(`No form recognised on ${host}`);
}

let lastTab = -1;

async function fillViaExtension(remote: Page, host: string): Promise<void> {
  const tabId = await tabOf(remote, host, lastTab);
  lastTab = tabId;
  // Exactly what the popup's Fill button sends.
  await remote.evaluate((id) => chrome.runtime.sendMessage({ kind: 'fillTab', args: [id] }), tabId);
}

test('generated pages that hide boxes in random ways: no hidden box gets a value, the visible form fills', async ({ launched: { context } }) => {
  test.setTimeout(CASES * 8000 + 30_000);
  await seed(context, TEST_PROFILE);
  let html = '';
  await (context as BrowserContext).route((url) => url.href.startsWith(`${BASE}?case=`), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const remote = await context.newPage();
  await remote.goto(await popupUrl(context));
  let n = 0;
  await fc.assert(fc.asyncProperty(traps, async (list) => {
    html = pageHtml(list);
    const page = await context.newPage();
    try {
      await page.goto(`${BASE}?case=${n++}`);
      await fillViaExtension(remote, new URL(BASE).hostname);
      await page.waitForTimeout(100);
      const values = await page.evaluate(() => ({
        traps: [...document.querySelectorAll<HTMLInputElement>('input.trap')].map((i) => i.value),
        email: (document.getElementById('email') as HTMLInputElement).value,
      }));
      expect(values.traps.filter((v) => v !== ''), list.map((t) => t.way.name).join(', ')).toEqual([]);
      expect(values.email).toBe(TEST_PROFILE.email);
    } finally {
      await page.close();
    }
  }), { numRuns: CASES, endOnFailure: true, ...propertySeed() });
  console.log(`hiding property: ${n} generated pages in Chromium`);
});
