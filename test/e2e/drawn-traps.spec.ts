import { TEST_PROFILE } from '../support/factories.ts';
import { expect, fillWrittenPage, seed, test } from './harness.ts';

// A phone box a person cannot read, beside a plain contact form: covered by something its own
// label draws (beside it, or around it), drawn in a <details> whose content box is blurred or
// faint, blended black, outlined inward over its text, covered or faded once a value is in it, its text smeared, skewed, too big or filtered out of sight, masked, shown only
// where the fill's hit test scrolls it, or on a page nobody can scroll to it. Each trap is on a
// page of its own (one phone box per form), so the form is asked for the phone each time and
// only the judgement of the box keeps it empty. The form beside it is filled.

interface Trap { id: string; html: string; css?: string }

const PHONE = '<label for="trap">Phone</label><input type="tel" id="trap" name="phone">';
const covered = (cover: string) => `<div class="wrap"><label for="trap">Phone${cover}</label><input type="tel" id="trap" name="phone"></div>`;
const COVER = 'position:absolute;left:0;right:0;bottom:0;height:40px';
const WRAPPED = '<label class="held">Phone <input type="tel" id="trap" name="phone"></label>';

const TRAPS: Trap[] = [
  { id: 'label-pseudo-cover', css: '.wrap label::after { content: ""; position: absolute; left: 0; right: 0; bottom: 0; height: 40px; background: #fff; }', html: covered('') },
  { id: 'label-image-cover', html: covered(`<img alt="" style="${COVER};width:100%" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='600' height='40'%3E%3Crect width='100%25' height='100%25' fill='%23fff'/%3E%3C/svg%3E">`) },
  { id: 'label-border-cover', html: covered('<span style="position:absolute;left:0;right:0;bottom:0;height:0;border-top:40px solid #fff"></span>') },
  { id: 'label-glyph-cover', html: covered(`<span style="${COVER};overflow:hidden;white-space:nowrap;color:#fff;font:48px/40px monospace;letter-spacing:-2px">${'█'.repeat(40)}</span>`) },
  { id: 'label-faint-layers', html: covered(`<span style="${COVER}">${'<span style="position:absolute;inset:0;background:#ffffff80">'.repeat(7)}${'</span>'.repeat(7)}</span>`) },
  { id: 'text-smeared', css: `#trap { text-shadow: ${[-4, -2, 0, 2, 4].flatMap((x) => [-4, -2, 0, 2, 4].map((y) => `${x}px ${y}px 0 #222`)).join(', ')}; }`, html: PHONE },
  { id: 'wrapper-skewed', html: '<label for="trap">Phone</label><div style="transform: skewX(80deg)"><input type="tel" id="trap" name="phone"></div>' },
  { id: 'glyphs-too-big', css: '#trap { font-size: 390px; height: 38px; padding: 0 2px; }', html: PHONE },
  { id: 'grey-brightened-white', css: '#trap { color: #767676; border-color: #ccc; filter: brightness(2.2); }', html: PHONE },
  { id: 'light-grey-contrasted-white', css: '#trap { color: #bbb; filter: contrast(3); }', html: PHONE },
  { id: 'mask-border-image', html: '<label for="trap">Phone</label><div style="-webkit-mask-box-image: linear-gradient(#0000, #0000) 1 fill"><input type="tel" id="trap" name="phone"></div>' },
  { id: 'shown-only-mid-window', css: '#trap { animation: pin linear none; animation-timeline: view(); } @keyframes pin { 0%, 49.5% { opacity: 0 } 49.6%, 50.4% { opacity: 1 } 50.5%, 100% { opacity: 0 } }', html: `<div style="height: 1400px"></div>${PHONE}` },
  { id: 'page-that-cannot-scroll', css: 'html, body { overflow: hidden; }', html: `<div style="height: 2600px"></div>${PHONE}` },
  { id: 'wrapping-label-pseudo-cover', css: '.held { position: relative; } .held::after { content: ""; position: absolute; left: 0; right: 0; bottom: 0; height: 44px; background: #fff; }', html: WRAPPED },
  { id: 'wrapping-label-over-sunk-box', css: '.held { background: #fff; } #trap { position: relative; z-index: -1; }', html: WRAPPED },
  { id: 'details-content-blurred', css: 'details::details-content { filter: blur(14px); }', html: `<details open><summary>Phone</summary>${PHONE}</details>` },
  { id: 'details-content-faint', css: 'details::details-content { opacity: 0.03; }', html: `<details open><summary>Phone</summary>${PHONE}</details>` },
  { id: 'background-layers-blended-black', css: '#trap { background: #fff linear-gradient(#fff, #fff); background-blend-mode: difference; }', html: PHONE },
  { id: 'outline-drawn-inward', css: '#trap { outline: 24px solid #fff; outline-offset: -22px; }', html: PHONE },
  // Hidden only once the value is in: by CSS alone, or by the page's own listener on the box's input.
  { id: 'covered-once-written', css: '.cov { display: none; position: absolute; left: 0; right: 0; bottom: 0; height: 44px; background: #fff; } #trap:not(:placeholder-shown) + .cov { display: block; }', html: '<div class="wrap"><label for="trap">Phone</label><input type="tel" id="trap" name="phone" placeholder=" "><div class="cov"></div></div>' },
  { id: 'faded-by-its-own-input', html: `${PHONE}<script>document.getElementById('trap').addEventListener('input', (e) => { e.target.style.opacity = '0'; });</script>` },
];

const page = (trap: Trap) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact</title><style>
  body{font:16px/1.5 Georgia,serif;margin:0;background:#fff;color:#222}main{max-width:640px;margin:24px auto}
  label{display:block;margin-top:10px}input,textarea{display:block;width:100%;box-sizing:border-box;padding:6px;font:inherit;border:1px solid #888;background:#fff;color:#222}
  .wrap{position:relative}${trap.css ?? ''}
</style></head><body><main><h1>Email the office</h1><form action="/thank-you" method="post">
  <label for="first">First Name</label><input type="text" id="first" name="first">
  <label for="last">Last Name</label><input type="text" id="last" name="last">
  <label for="email">Email</label><input type="email" id="email" name="email">
  <label for="message">Message</label><textarea id="message" name="message"></textarea>
  ${trap.html}
  <button type="submit">Send</button>
</form></main></body></html>`;

test('a phone box drawn so that nobody can read it, each way on a page of its own, gets no value; the form beside it is filled', async ({ launched: { context } }) => {
  test.setTimeout(TRAPS.length * 15_000 + 30_000);
  await seed(context, TEST_PROFILE);
  const written: string[] = [];
  for (const trap of TRAPS) {
    const { page: tab } = await fillWrittenPage(context, `https://www.drawn-${trap.id}.senate.gov/contact`, page(trap));
    await tab.waitForTimeout(150);
    const state = await tab.evaluate(() => ({
      trap: (document.getElementById('trap') as HTMLInputElement).value,
      email: (document.getElementById('email') as HTMLInputElement).value,
      message: (document.getElementById('message') as HTMLTextAreaElement).value,
    }));
    if (state.trap) written.push(`${trap.id}: ${state.trap}`);
    expect(state.email, trap.id).toBe(TEST_PROFILE.email);
    expect(state.message, trap.id).toContain(TEST_PROFILE.lastName);
    await tab.close();
  }
  expect(written).toEqual([]);
});

test('the same phone box drawn plainly is filled: the form does ask for the phone', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const { page: tab } = await fillWrittenPage(context, 'https://www.drawn-plain.senate.gov/contact', page({ id: 'plain', html: covered('') }));
  await expect(tab.locator('#trap')).not.toHaveValue('');
});

test('the same phone box held inside its own label, drawn plainly, is filled', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const { page: tab } = await fillWrittenPage(context, 'https://www.drawn-plain-held.senate.gov/contact', page({ id: 'plain-held', html: WRAPPED }));
  await expect(tab.locator('#trap')).not.toHaveValue('');
});

test('the same phone box in an open <details>, and with a focus-ring outline, is filled', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const { page: tab } = await fillWrittenPage(context, 'https://www.drawn-plain-details.senate.gov/contact',
    page({ id: 'plain-details', css: '#trap { outline: 3px solid #005ea2; outline-offset: -3px; }', html: `<details open><summary>Phone</summary>${PHONE}</details>` }));
  await expect(tab.locator('#trap')).not.toHaveValue('');
});

// A page of news cards under the form, each drawing a faint shadow, and one card far below whose
// white shadow, offset by the page's script, lands on the phone box. Every card is a painter the
// fill judges before each write; the far one must still be found, however far its box lies.
const cards = (last: string) => {
  const news = Array.from({ length: 400 }, (_, i) => `<article style="box-shadow:0 2px 6px rgba(0,0,0,.3);margin:8px;padding:8px">News ${i}</article>`).join('');
  return `${PHONE}</form><section>${news}${last}</section><form>`;
};
const FAR_CARD = '<article id="far" style="margin:8px">Last news</article><script>'
  + 'const t = document.getElementById("trap").getBoundingClientRect(); const far = document.getElementById("far");'
  + 'far.style.width = `${t.width}px`; far.style.height = `${t.height}px`; far.style.boxSizing = "border-box"; const c = far.getBoundingClientRect();'
  + 'far.style.boxShadow = `${t.left - c.left}px ${t.top - c.top}px 0 0 #fff`;</script>';

test('among 400 cards drawing faint shadows, the one far below whose shadow lands on the phone box keeps it empty; under a faint wrapper, or without it, the box is filled', async ({ launched: { context } }) => {
  test.setTimeout(90_000);
  await seed(context, TEST_PROFILE);
  const phoneAfter = async (id: string, last: string) => {
    const { page: tab } = await fillWrittenPage(context, `https://www.drawn-${id}.senate.gov/contact`, page({ id, html: cards(last) }));
    await expect(tab.locator('#email')).toHaveValue(TEST_PROFILE.email);
    const phone = await tab.locator('#trap').inputValue();
    await tab.close();
    return phone;
  };
  expect(await phoneAfter('far-shadow', FAR_CARD)).toBe('');
  expect(await phoneAfter('far-shadow-faint', `<div style="opacity:.3">${FAR_CARD}</div>`)).not.toBe('');
  expect(await phoneAfter('cards-only', '')).not.toBe('');
});

test('a card whose faint shadow the page\'s sheet turns into a white copy over the phone box (a rule put in through the CSSOM, which no observer records) in answer to the fill\'s first change: the phone box ends empty, the form is filled', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const near = '<div id="near" style="box-shadow:0 2px 6px rgba(0,0,0,.3)"></div><script>'
    + 'const near = document.getElementById("near"); const t = document.getElementById("trap").getBoundingClientRect();'
    + 'near.style.width = `${t.width}px`; near.style.height = `${t.height}px`;'
    + 'document.getElementById("first").addEventListener("change", () => { const n = near.getBoundingClientRect(), p = document.getElementById("trap").getBoundingClientRect();'
    + 'document.styleSheets[0].insertRule(`#near { box-shadow: ${p.left - n.left}px ${p.top - n.top}px 0 0 #fff !important }`); });</script>';
  const { page: tab } = await fillWrittenPage(context, 'https://www.drawn-cssom-shadow.senate.gov/contact', page({ id: 'cssom-shadow', html: `${PHONE}${near}` }));
  await tab.waitForTimeout(150);
  await expect(tab.locator('#email')).toHaveValue(TEST_PROFILE.email);
  await expect(tab.locator('#first')).toHaveValue(TEST_PROFILE.firstName);
  await expect(tab.locator('#trap')).toHaveValue('');
  // The page did draw the copy: the rule is in its sheet.
  expect(await tab.evaluate(() => [...document.styleSheets[0]!.cssRules].some((r) => r.cssText.includes('#near')))).toBe(true);
});
