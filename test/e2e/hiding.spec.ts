import type { BrowserContext, Page } from '@playwright/test';
import { HOST_TAG_NAMES, NEVER_HOST_TAGS } from '../../src/content/host-tags.ts';
import { judgeField, type ObservedField } from '../support/expectations.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import library from '../support/letters.ts';
import { aroundFill, expect, fillFromPopup, fillWrittenPage, fixture, seed, test, waitForRecognition } from './harness.ts';

// Only what a person can see gets a value: hostile pages hide boxes every way CSS allows, behind
// a real form the person is looking at (test/fixtures/pages/hiding.json).

const letter = library.letters.find((l) => l.id === 'political-prisoners')!;
const FACTS = { subject: letter.texts.en.subject, fullName: `${TEST_PROFILE.firstName} ${TEST_PROFILE.lastName}`, messageLimit: null };


function problems(fields: ObservedField[]): string[] {
  return fields.flatMap((field) => {
    const { verdict, why } = judgeField(field, TEST_PROFILE, FACTS);
    return verdict === 'correct' || verdict === 'left-alone' ? [] : [`${verdict}: ${field.expect} (${field.name}) ${why}`];
  });
}

/** Every box on the page with any value at all, by id: what the page could send on. */
async function valuesIn(page: Page, selector: string): Promise<Record<string, string>> {
  return page.evaluate((sel) => Object.fromEntries([...document.querySelectorAll<HTMLInputElement>(sel)]
    .filter((el) => el.value !== '').map((el) => [el.id, el.value])), selector);
}

async function openAndFill(context: BrowserContext, id: string, query = ''): Promise<{ page: Page; fields: ObservedField[]; said: string }> {
  await seed(context, TEST_PROFILE);
  const page = await context.newPage();
  await page.goto(fixture(id).url + query);
  await waitForRecognition(context, page);
  let said = '';
  const fields = await aroundFill(page, async () => { said = await fillFromPopup(context, page); });
  return { page, fields, said };
}

/** A page of traps (ids t-…) beside a contact form: every trap empty, the form's seven fields filled and reported. */
async function expectTrapsEmptyFormFilled({ page, fields, said }: { page: Page; fields: ObservedField[]; said: string }): Promise<void> {
  expect(problems(fields)).toEqual([]);
  expect(await valuesIn(page, '[id^="t-"]')).toEqual({});
  expect(await valuesIn(page, '#first, #last, #email, #street, #city, #zip')).toEqual({
    first: TEST_PROFILE.firstName, last: TEST_PROFILE.lastName, email: TEST_PROFILE.email,
    street: `${TEST_PROFILE.street}, ${TEST_PROFILE.street2}`, city: TEST_PROFILE.city, zip: TEST_PROFILE.zip,
  });
  await expect(page.locator('#message')).not.toHaveValue('');
  expect(said).toMatch(/Filled 7 fields/);
}

test.describe('a box a person cannot see never gets a value', () => {
  test('each of the ways a page can hide a box (73 of them) keeps it empty, and the visible form beside them fills', async ({ launched: { context } }) => {
    const { page, fields, said } = await openAndFill(context, 'hostile-hiding');
    expect(problems(fields)).toEqual([]);
    // Named one by one, so a failure says which way of hiding got through.
    expect(await valuesIn(page, '[id^="t-"]')).toEqual({});
    expect(fields.filter((f) => f.expect === 'never').length).toBe(73);
    for (const role of ['first', 'last', 'email', 'street', 'city', 'zip', 'message']) {
      expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
    }
    expect(said).toMatch(/Filled \d+ fields/);
  });

  test('a second form of invisible boxes posting elsewhere, with more to ask, loses to the form the person sees', async ({ launched: { context } }) => {
    const { page, fields } = await openAndFill(context, 'hostile-second-form');
    expect(problems(fields)).toEqual([]);
    expect(await valuesIn(page, '[id^="u-"], [id^="f-"]')).toEqual({});
    expect(fields.find((f) => f.expect === 'message')?.after.value).toContain(FACTS.fullName);
    expect(fields.find((f) => f.expect === 'email')?.after.value).toBe(TEST_PROFILE.email);
  });

  test('fields the page hides in answer to the fill\'s own focus, input and change events are not written', async ({ launched: { context } }) => {
    const { page, fields } = await openAndFill(context, 'hostile-hide-on-events');
    expect(problems(fields)).toEqual([]);
    expect(await valuesIn(page, '#email, #phone, #city')).toEqual({});
    // The fields still in sight, before and after the hidden ones, were filled.
    expect(fields.find((f) => f.expect === 'last')?.after.value).toBe(TEST_PROFILE.lastName);
    expect(fields.find((f) => f.expect === 'zip')?.after.value).toBe(TEST_PROFILE.zip);
  });

  test('an opaque cover a hit test passes through (pointer-events: none however set, inert, SVG, laid on during the fill) hides the box under it', async ({ launched: { context } }) => {
    const { page, fields, said } = await openAndFill(context, 'hostile-passthrough-covers');
    expect(problems(fields)).toEqual([]);
    expect(await valuesIn(page, '#email, #phone, #street, #city, #zip, #subject, #state')).toEqual({});
    for (const role of ['first', 'last', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
    expect(said).toMatch(/Filled 3 fields/);
    // The covers are the page's own again: the pointer passes through them once the fill is done.
    const box = (await page.locator('#phone').boundingBox())!;
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe('phone');
  });

  for (const [how, query] of [['put in', ''], ['put in inside a box that is not', '?wrapped']]) {
    test(`a cover made inert in answer to the fill's events on an earlier box (${how}, made inert, moved into an inert part, shown by a class) hides the box under it`, async ({ launched: { context } }) => {
      const { page, fields, said } = await openAndFill(context, 'hostile-inert-during-fill', query);
      expect(problems(fields)).toEqual([]);
      expect(await valuesIn(page, '#email, #phone, #street, #city, #zip, #subject')).toEqual({});
      expect(await valuesIn(page, '#first, #last')).toEqual({ first: TEST_PROFILE.firstName, last: TEST_PROFILE.lastName });
      await expect(page.locator('#message')).not.toHaveValue('');
      expect(said).toMatch(/Filled 3 fields/);
    });
  }

  test('an inert cover put in between the read and the writes (the page hears the last fill\'s panel taken away as a new fill reads it, and covers two boxes at once) hides the box under it', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE);
    const page = await context.newPage();
    await page.goto(fixture('hostile-inert-after-read').url);
    await waitForRecognition(context, page);
    const said = await fillFromPopup(context, page);
    expect(said).toMatch(/Filled 5 fields/);
    // The page emptied its form when the panel came.
    expect(await valuesIn(page, '#first, #last, #email, #city')).toEqual({});
    const again = await fillFromPopup(context, page);
    expect(await valuesIn(page, '#email, #city')).toEqual({});
    expect(await valuesIn(page, '#first, #last')).toEqual({ first: TEST_PROFILE.firstName, last: TEST_PROFILE.lastName });
    await expect(page.locator('#message')).not.toHaveValue('');
    expect(again).toMatch(/Filled 3 fields/);
  });

  for (const [sheets, query] of [['its sheet read', ''], ['beside a sheet of more rules than the page has elements, every element looked at instead', '?sheets=many'], ['its sheet read, a painter a bold word, a kind no shadow tree is attached to', '?painters=kinds'], ['its sheet one a script made, adopted by the document', '?sheets=adopted']]) {
    test(`paint another element draws beyond its box (a shadow's spread, an outline, drop shadows, an SVG filter's flood, a border image set outward; written with -webkit-box-shadow, var(), all: inherit), which no hit test finds, hides the box under it; a card's shadow, a focus ring, a field's own outline do not (${sheets})`, async ({ launched: { context } }) => {
      const { page, fields, said } = await openAndFill(context, 'hostile-overpaint', query);
      if (query === '?sheets=many') expect(await page.evaluate(() => document.styleSheets.length)).toBe(2);
      if (query === '?painters=kinds') expect(await page.evaluate(() => document.getElementById('p-webkit')!.localName)).toBe('b');
      if (query === '?sheets=adopted') expect(await page.evaluate(() => [document.styleSheets.length, document.adoptedStyleSheets.length])).toEqual([0, 1]);
      await expectTrapsEmptyFormFilled({ page, fields, said });
    });
  }

  for (const [way, how] of [['has', 'a rule keyed on :has() of the form around the marked box'], ['after', 'a rule keyed on :has() of the box holding the marked one, the painter after it'], ['nested', 'a :has() rule written nested in another'], ['wide', 'a rule under @container, the region grown by a box in it'], ['scope', 'a rule under @scope bounded by :has()'], ['grown', 'a shadow an animation the mark starts grows a moment later, nothing recorded meanwhile'], ['dir', 'words alone changed, turning right-to-left a box that finds its own direction, and a rule on :dir()'], ['empty', 'a hint emptied of its words, and a rule on :empty']]) {
    test(`paint shown far from the change the page made on the first name's box (${how}) hides the box under it before it is written: the page never hears a value there; with nothing marked the box is filled`, async ({ launched: { context } }) => {
      const { page, fields, said } = await openAndFill(context, 'hostile-far-restyle', `?only=${way}`);
      expect(await page.locator('[id^="t-"]').evaluateAll((boxes) => boxes.map((box) => box.id))).toEqual([`t-${way}`]);
      await expectTrapsEmptyFormFilled({ page, fields, said });
      // The trap was covered when it came to be written: not written and taken back after.
      const heard = await page.evaluate(() => (window as unknown as { heard: [string, string][] }).heard);
      expect(heard.filter(([id, value]) => id.startsWith('t-') && value !== '')).toEqual([]);
      expect(heard).toContainEqual(['first', TEST_PROFILE.firstName]);
      await page.close();
      // The trap is a box this fill takes: with nothing marked, it is filled.
      const bare = await openAndFill(context, 'hostile-far-restyle', `?only=${way}&bare`);
      expect(Object.keys(await valuesIn(bare.page, '[id^="t-"]'))).toEqual([`t-${way}`]);
    });
  }

  test('what SVG paints beyond a shape\'s box and its SVG\'s, set by no style rule (a filter attribute\'s flood, a use element\'s copy of a filtered shape, of a group, of a copy; a wide stroke; a marker overflowing its window; a marker sized in stroke widths), hides the box under it; sprite icons, a pixel\'s blur, an arrow\'s small head do not; the same boxes with nothing drawn over them are filled', async ({ launched: { context } }) => {
    const { page, fields, said } = await openAndFill(context, 'hostile-svg-paint');
    await expectTrapsEmptyFormFilled({ page, fields, said });
    await page.close();
    // The traps are boxes this fill would take: with nothing drawn over them, each is filled.
    const bare = await openAndFill(context, 'hostile-svg-paint', '?bare');
    expect(await valuesIn(bare.page, '[id^="t-"]')).toEqual({
      't-attr': expect.stringMatching(/^\D*312\D*555\D*0147$/), 't-use': TEST_PROFILE.state, 't-group': letter.texts.en.subject, 't-nested': TEST_PROFILE.street2,
      't-stroke': TEST_PROFILE.prefix, 't-marker': TEST_PROFILE.email, 't-band': `${TEST_PROFILE.firstName} ${TEST_PROFILE.lastName}`,
    });
  });

  for (const [sheets, query] of [['sheets it can read', ''], ['a sheet of another origin, which it cannot read', '?sheets=unread']]) {
    test(`paint a ::before or ::after draws beyond its box, and a link's outline or background in a colour only a visited link gets, hide the box under it; a required star, a card's faint shadow, a ring away from any box do not (${sheets})`, async ({ launched: { context } }) => {
      const { page, fields, said } = await openAndFill(context, 'hostile-pseudo-paint', query);
      if (query) expect(await page.evaluate(() => document.styleSheets[0]!.href)).toMatch(/^data:text\/css/);
      await expectTrapsEmptyFormFilled({ page, fields, said });
    });
  }

  test('the search for shadow trees passes over only tags Chromium refuses a shadow root to, in HTML and in SVG; every tag it counts as a host, and a custom element, takes one', async ({ launched: { context } }) => {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>Tags</title>');
    const wrong = await page.evaluate(({ never, hosts }) => {
      const takes = (el: Element) => { try { el.attachShadow({ mode: 'open' }); return true; } catch { return false; } };
      const svg = 'http://www.w3.org/2000/svg';
      return {
        taken: never.filter((tag) => takes(document.createElement(tag)) || takes(document.createElementNS(svg, tag))),
        refused: [...hosts, 'x-card'].filter((tag) => !takes(document.createElement(tag))),
      };
    }, { never: NEVER_HOST_TAGS, hosts: HOST_TAG_NAMES });
    expect(wrong).toEqual({ taken: [], refused: [] });
  });

  for (const [sheets, query] of [['style elements', ''], ['every sheet one a script made, adopted by the document and by each tree', '?sheets=adopted']]) {
    test(`what elements in shadow trees, open or closed, draw over a box (a white box, a spread shadow, an inert white box, one hit tests pass through, an inert element's tree; trees held by a custom element, a div, a section or a span; a host painted by its own tree's sheet, \`:host\` or \`::slotted\`; a part the page's sheet paints, \`::part\`; white paint hit tests pass through by what holds it, a wrapper's rule or style attribute or an SVG attribute) hides it; a badge and a button drawn in shadow trees do not (${sheets})`, async ({ launched: { context } }) => {
      const { page, fields, said } = await openAndFill(context, 'hostile-shadow-covers', query);
      if (query) expect(await page.evaluate(() => [document.querySelectorAll('style').length, document.adoptedStyleSheets.length])).toEqual([0, 1]);
      await expectTrapsEmptyFormFilled({ page, fields, said });
    });
  }

  test('a cover over the part of a box where its text is drawn hides it, though the box\'s centre is bare; icons, hints and chevrons real forms draw do not', async ({ launched: { context } }) => {
    const { page, fields, said } = await openAndFill(context, 'hostile-holed-covers');
    expect(problems(fields)).toEqual([]);
    expect(await valuesIn(page, '#email, #street, #street2, #city, #phone, #zip, #zip4, #t-shadow, #state, #subject, #message')).toEqual({});
    expect(await valuesIn(page, '#prefix, #first, #last')).toEqual({ prefix: TEST_PROFILE.prefix, first: TEST_PROFILE.firstName, last: TEST_PROFILE.lastName });
    expect(said).toMatch(/Filled 3 fields/);
  });

  test('the layers design systems draw over a box (a tinted state layer, a ripple, a focus ring, an underline) leave it filled; layers that hide its text without a background do not', async ({ launched: { context } }) => {
    const { page, fields, said } = await openAndFill(context, 'hostile-overlays');
    expect(problems(fields)).toEqual([]);
    expect(await valuesIn(page, '#street, #city, #zip, #state, #subject')).toEqual({});
    expect(await valuesIn(page, '#first, #last, #email, #phone')).toEqual({
      first: TEST_PROFILE.firstName, last: TEST_PROFILE.lastName, email: TEST_PROFILE.email, phone: '312-555-0147',
    });
    await expect(page.locator('#message')).not.toHaveValue('');
    expect(said).toMatch(/Filled 5 fields/);
  });

  test('filled on opening, the boxes under covers a hit test passes through stay empty too', async ({ launched: { context } }) => {
    const form = fixture('hostile-passthrough-covers');
    await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: [new URL(form.url).hostname] });
    const page = await context.newPage();
    await page.goto(form.url);
    await expect(page.locator('#message')).not.toHaveValue('');
    expect(await valuesIn(page, '#email, #phone, #street, #city, #zip, #subject, #state')).toEqual({});
    await expect(page.locator('#first')).toHaveValue(TEST_PROFILE.firstName);
  });

  test('fields that hide themselves in answer to their own focus (turned hidden, moved away, covered by a copy) get no value', async ({ launched: { context } }) => {
    const { page, fields } = await openAndFill(context, 'hostile-hide-on-own-focus');
    expect(problems(fields)).toEqual([]);
    expect(await valuesIn(page, '#email, #phone, #city, .copy')).toEqual({});
    for (const role of ['first', 'last', 'street', 'zip', 'message']) {
      expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
    }
  });

  test('a box whose text is coloured as the fill\'s tint keeps its own background, so what was written stays readable', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE);
    const { page } = await fillWrittenPage(context, 'https://www.tint-test.senate.gov/contact', `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <style>body{font:16px Georgia,serif;background:#fff;color:#222}label{display:block;margin-top:10px}input,textarea{display:block;width:100%;padding:6px;font:inherit;box-sizing:border-box}
      .dark{background:#2b2b2b;color:#e6f4ea;border:1px solid #000}</style></head><body><main><h1>Email the office</h1><form action="/thank-you" method="post">
      <label for="first">First Name</label><input id="first" name="first"><label for="last">Last Name</label><input id="last" name="last">
      <label for="email">Email</label><input id="email" name="email" type="email" class="dark">
      <label for="message">Message</label><textarea id="message" name="message"></textarea><button type="submit">Send</button></form></main></body></html>`);
    const email = await page.evaluate(() => { const el = document.getElementById('email') as HTMLInputElement; return { value: el.value, background: getComputedStyle(el).backgroundColor }; });
    expect(email).toEqual({ value: TEST_PROFILE.email, background: 'rgb(43, 43, 43)' });
    // The boxes of ordinary colours are tinted as before.
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('first')!).backgroundColor)).toBe('rgb(230, 244, 234)');
  });
});
