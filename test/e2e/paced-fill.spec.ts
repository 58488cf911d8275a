import { TEST_PROFILE } from '../support/factories.ts';
import { CONTACT_FIELDS, expect, fillWrittenPage, seed, test } from './harness.ts';

// On a page of thousands of controls, judging a field just after the previous write makes the
// browser bring its whole rendering up to date at once, field after field, in one long task. The
// fill lets the page render between fields instead. The page's own frames then run in the middle
// of a fill, so a page can change what a person sees between two writes: each field must still be
// judged in the same task as its own write, not before the frame.

const survey = (n: number) => Array.from({ length: n }, (_, i) =>
  `<div><label for="q${i}">Question ${i}: a word about agency ${i}</label><input id="q${i}" name="q${i}" type="text"></div>`).join('');

/** The contact form, then a long survey; the page counts its animation frames and, once the first name is typed, hides the email box at its next frame. */
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact</title></head><body><main>
<h1>Email the office</h1><form action="/contact/send" method="post">
${CONTACT_FIELDS}
</form>
<section><h2>Constituent survey</h2><form action="/survey" method="post">${survey(4000)}<button type="submit">Send survey</button></form></section>
</main><script>
  window.frames_ = 0;
  const tick = () => { window.frames_++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  window.inputs = [];
  document.addEventListener('input', (e) => { window.inputs.push([e.target.id, window.frames_]); });
  document.getElementById('first').addEventListener('input', () => {
    requestAnimationFrame(() => { document.getElementById('email').style.opacity = '0'; });
  }, { once: true });
</script></body></html>`;

test('a long page keeps drawing frames while it is filled, and a box it hides at a frame between two writes gets nothing', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const { page: tab, said } = await fillWrittenPage(context, 'https://www.paced-fill.senate.gov/contact', page);
  const values = await tab.evaluate(() => Object.fromEntries(['first', 'last', 'email', 'message'].map((id) => [id, (document.getElementById(id) as HTMLInputElement).value])));
  expect(values.first).toBe(TEST_PROFILE.firstName);
  expect(values.last).toBe(TEST_PROFILE.lastName);
  expect(values.message).not.toBe('');
  // Hidden by the page before its turn came: never written, nor counted.
  expect(values.email).toBe('');
  expect(said).toMatch(/Filled 3 fields/);
  // The page drew frames between the fill's first write and its last.
  const inputs = await tab.evaluate(() => (window as unknown as { inputs: [string, number][] }).inputs);
  expect(inputs.length).toBeGreaterThanOrEqual(3);
  expect(inputs.at(-1)![1]).toBeGreaterThan(inputs[0]![1]);
  // No survey box took anything.
  expect(await tab.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('[id^="q"]')].filter((el) => el.value).length)).toBe(0);
});
