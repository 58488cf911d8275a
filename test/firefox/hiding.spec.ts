import { fixture } from '../e2e/harness.ts';
import { fieldProblems, letterFacts } from '../support/judge-page.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { aroundFill, expect, fillFromPopup, newTab, seed, test, waitForRecognition, type Firefox } from './harness.ts';

// The hiding pages of the Chromium tests (test/e2e/hiding.spec.ts) in Firefox: its own style
// engine, its own colours (oklch(), color() are read through a canvas there too), its own
// zoom and hit testing. No box a person cannot see gets a value; the form beside them fills.

/** Open a hiding page, fill it from the popup: its fields, checked as a person would, and its traps. */
async function fillHidingPage(firefox: Firefox, id: string, query = '') {
  const form = fixture(id);
  await seed(firefox, TEST_PROFILE, { letterId: form.letter });
  const { page } = await newTab(firefox);
  await page.goto(form.url + query);
  await waitForRecognition(firefox, page);
  const fields = await aroundFill(page, () => fillFromPopup(firefox, page));
  expect(fieldProblems(fields, letterFacts(form.letter, form.messageLimit))).toEqual([]);
  return { page, fields, traps: fields.filter((f) => f.expect === 'never') };
}

test('each of the ways a page can hide a box keeps it empty in Firefox, and the visible form beside them fills', async ({ firefox }) => {
  const { fields, traps } = await fillHidingPage(firefox, 'hostile-hiding');
  expect(traps).toHaveLength(73);
  expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
  for (const role of ['first', 'last', 'email', 'street', 'city', 'zip', 'message']) {
    expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
  }
});

test('an opaque cover a hit test passes through (pointer-events: none however set, inert, SVG, laid on during the fill) hides the box under it in Firefox', async ({ firefox }) => {
  const { fields, traps } = await fillHidingPage(firefox, 'hostile-passthrough-covers');
  expect(traps).toHaveLength(7);
  expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
  for (const role of ['first', 'last', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
});

for (const [how, query] of [['', ''], [' (the new one put in inside a box that is not)', '?wrapped']]) {
  test(`a cover made inert in answer to the fill's events on an earlier box hides the box under it in Firefox${how}`, async ({ firefox }) => {
    const { fields, traps } = await fillHidingPage(firefox, 'hostile-inert-during-fill', query);
    expect(traps).toHaveLength(6);
    expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
    for (const role of ['first', 'last', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
  });
}

test('an inert cover put in between the read and the writes (the page hears the last fill\'s panel taken away as a new fill reads it) hides the box under it in Firefox', async ({ firefox }) => {
  const form = fixture('hostile-inert-after-read');
  await seed(firefox, TEST_PROFILE, { letterId: form.letter });
  const { page } = await newTab(firefox);
  await page.goto(form.url);
  await waitForRecognition(firefox, page);
  expect(await fillFromPopup(firefox, page)).toMatch(/Filled 5 fields/);
  const values = () => page.evaluate(() => Object.fromEntries(['first', 'last', 'email', 'city', 'message'].map((id) => [id, (document.getElementById(id) as HTMLInputElement).value])));
  // The page emptied its form when the panel came; the next fill takes the panel away as it reads.
  expect(await values()).toEqual({ first: '', last: '', email: '', city: '', message: '' });
  expect(await fillFromPopup(firefox, page)).toMatch(/Filled 3 fields/);
  const after = await values();
  expect({ ...after, message: after.message !== '' }).toEqual({ first: TEST_PROFILE.firstName, last: TEST_PROFILE.lastName, email: '', city: '', message: true });
});

for (const [sheets, query] of [['its sheet read', ''], ['beside a sheet of more rules than the page has elements', '?sheets=many'], ['a painter a bold word', '?painters=kinds'], ['its sheet one a script made', '?sheets=adopted']]) {
  test(`paint another element draws beyond its box (a shadow's spread, an outline, drop shadows, an SVG filter's flood, a border image set outward; written with -webkit-box-shadow, var(), all: inherit) hides the box under it in Firefox; a card's shadow, a focus ring do not (${sheets})`, async ({ firefox }) => {
    const { fields, traps } = await fillHidingPage(firefox, 'hostile-overpaint', query);
    expect(traps).toHaveLength(11);
    expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
    for (const role of ['first', 'last', 'email', 'street', 'city', 'zip', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
  });
}

for (const [way, how] of [['has', 'a rule keyed on :has() of the form around the marked box'], ['after', 'a rule keyed on :has() of the box holding the marked one'], ['nested', 'a :has() rule written nested'], ['wide', 'a rule under @container, the region grown by a box in it'], ['grown', 'a shadow an animation the mark starts grows a moment later'], ['dir', 'words alone changed, turning right-to-left a box that finds its own direction'], ['empty', 'a hint emptied of its words']]) {
  test(`paint shown far from the change the page made on the first name's box (${how}) hides the box under it in Firefox before it is written: the page never hears a value there; with nothing marked the box is filled`, async ({ firefox }) => {
    const { page, fields, traps } = await fillHidingPage(firefox, 'hostile-far-restyle', `?only=${way}`);
    expect(traps.map((f) => f.name)).toEqual([`t-${way}`].map((id) => ({ 't-has': 'a1', 't-after': 'a2', 't-nested': 'a3', 't-wide': 'a4', 't-grown': 'a6', 't-dir': 'a7', 't-empty': 'a8' })[id]));
    expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
    for (const role of ['first', 'last', 'email', 'street', 'city', 'zip', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
    const heard = await page.evaluate(() => (window as unknown as { heard: [string, string][] }).heard);
    expect(heard.filter(([id, value]) => id.startsWith('t-') && value !== '')).toEqual([]);
    expect(heard).toContainEqual(['first', TEST_PROFILE.firstName]);
    const { page: bare } = await newTab(firefox);
    await bare.goto(`${fixture('hostile-far-restyle').url}?only=${way}&bare`);
    await waitForRecognition(firefox, bare);
    await fillFromPopup(firefox, bare);
    expect(await bare.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('[id^="t-"]')].filter((box) => box.value !== '').map((box) => box.id))).toEqual([`t-${way}`]);
  });
}

test('what SVG paints beyond a shape\'s box and its SVG\'s (a filter attribute\'s flood, a use element\'s copy of a filtered shape, a wide stroke, markers) hides the box under it in Firefox; sprite icons, an arrow\'s small head do not', async ({ firefox }) => {
  const { fields, traps } = await fillHidingPage(firefox, 'hostile-svg-paint');
  expect(traps).toHaveLength(7);
  expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
  for (const role of ['first', 'last', 'email', 'street', 'city', 'zip', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
});

test('paint a ::before or ::after draws beyond its box, and a link\'s colours only a visited link gets, hide the box under it in Firefox; a required star, a card\'s faint shadow do not', async ({ firefox }) => {
  const { fields, traps } = await fillHidingPage(firefox, 'hostile-pseudo-paint');
  expect(traps).toHaveLength(7);
  expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
  for (const role of ['first', 'last', 'email', 'street', 'city', 'zip', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
});

for (const [sheets, query] of [['style elements', ''], ['every sheet one a script made, which a content script sees listed only through the page\'s view of the list', '?sheets=adopted']]) {
  test(`what elements in shadow trees, open or closed, draw over a box hides it in Firefox; a badge and a button drawn in shadow trees do not (${sheets})`, async ({ firefox }) => {
    const { page, fields, traps } = await fillHidingPage(firefox, 'hostile-shadow-covers', query);
    if (query) expect(await page.evaluate(() => [document.querySelectorAll('style').length, document.adoptedStyleSheets.length])).toEqual([0, 1]);
    expect(traps).toHaveLength(17);
    expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
    for (const role of ['first', 'last', 'email', 'street', 'city', 'zip', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
  });
}

test('a cover over the part of a box where its text is drawn hides it in Firefox, though the box\'s centre is bare; icons, hints and chevrons do not', async ({ firefox }) => {
  const { fields, traps } = await fillHidingPage(firefox, 'hostile-holed-covers');
  expect(traps).toHaveLength(11);
  expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
  for (const role of ['prefix', 'first', 'last']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
});

test('the layers design systems draw over a box leave it filled in Firefox; layers that hide its text without a background do not', async ({ firefox }) => {
  const { fields, traps } = await fillHidingPage(firefox, 'hostile-overlays');
  expect(traps).toHaveLength(5);
  expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
  for (const role of ['first', 'last', 'email', 'phone', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
});

test('a long page keeps drawing frames while Firefox fills it, and a box it hides at a frame between two writes gets nothing', async ({ firefox }) => {
  const { page, fields, traps } = await fillHidingPage(firefox, 'hostile-hidden-between-frames');
  expect(traps.map((f) => [f.name, f.after.value])).toEqual([['email', '']]);
  for (const role of ['first', 'last', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
  // The page drew frames between the fill's first write and its last.
  const inputs = await page.evaluate(() => (window as unknown as { inputsSeen: [string, number][] }).inputsSeen);
  expect(inputs.map(([id]) => id)).toEqual(['first', 'last', 'message']);
  expect(inputs.at(-1)![1]).toBeGreaterThan(inputs[0]![1]);
});

test('3,000 shadow trees nested one inside another beside the form leave the form filled whole in Firefox, and the innermost box empty', async ({ firefox }) => {
  const { fields, traps } = await fillHidingPage(firefox, 'hostile-deep-shadows');
  for (const role of ['first', 'last', 'email', 'city', 'zip', 'message']) expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
  expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
});
