import { TEST_PROFILE } from '../support/factories.ts';
import { expect, fillFromPopup, fixture, seed, test, waitForRecognition } from './harness.ts';

// On a page of thousands of controls, judging a field just after the previous write makes the
// browser bring its whole rendering up to date at once, field after field, in one long task. The
// fill lets the page render between fields instead. The page's own frames then run in the middle
// of a fill, so a page can change what a person sees between two writes: each field must still be
// judged in the same task as its own write, not before the frame.

test('a long page keeps drawing frames while it is filled, and a box it hides at a frame between two writes gets nothing', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const tab = await context.newPage();
  await tab.goto(fixture('hostile-hidden-between-frames').url);
  await waitForRecognition(context, tab);
  const said = await fillFromPopup(context, tab);
  const values = await tab.evaluate(() => Object.fromEntries(['first', 'last', 'email', 'message'].map((id) => [id, (document.getElementById(id) as HTMLInputElement).value])));
  expect(values.first).toBe(TEST_PROFILE.firstName);
  expect(values.last).toBe(TEST_PROFILE.lastName);
  expect(values.message).not.toBe('');
  // Hidden by the page before its turn came: never written, nor counted.
  expect(values.email).toBe('');
  expect(said).toMatch(/Filled 3 fields/);
  // The page drew frames between the fill's first write and its last.
  const inputs = await tab.evaluate(() => (window as unknown as { inputsSeen: [string, number][] }).inputsSeen);
  expect(inputs.map(([id]) => id)).toEqual(['first', 'last', 'message']);
  expect(inputs.at(-1)![1]).toBeGreaterThan(inputs[0]![1]);
  // No survey box took anything.
  expect(await tab.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('#survey input')].filter((el) => el.value).length)).toBe(0);
});
