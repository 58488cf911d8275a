import { fixture } from '../e2e/harness.ts';
import { fieldProblems, letterFacts } from '../support/judge-page.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { aroundFill, expect, fillFromPopup, newTab, seed, test, waitForRecognition } from './harness.ts';

// The hiding page of the Chromium tests (test/e2e/hiding.spec.ts) in Firefox: its own style
// engine, its own colours (oklch(), color() are read through a canvas there too), its own
// zoom and hit testing. No box a person cannot see gets a value; the form beside them fills.

test('each of the ways a page can hide a box keeps it empty in Firefox, and the visible form beside them fills', async ({ firefox }) => {
  const form = fixture('hostile-hiding');
  await seed(firefox, TEST_PROFILE, { letterId: form.letter });
  const { page } = await newTab(firefox);
  await page.goto(form.url);
  await waitForRecognition(firefox, page);
  const fields = await aroundFill(page, () => fillFromPopup(firefox, page));
  expect(fieldProblems(fields, letterFacts(form.letter, form.messageLimit))).toEqual([]);
  const traps = fields.filter((f) => f.expect === 'never');
  expect(traps).toHaveLength(73);
  expect(traps.filter((f) => f.after.value !== '').map((f) => f.name)).toEqual([]);
  for (const role of ['first', 'last', 'email', 'street', 'city', 'zip', 'message']) {
    expect(fields.find((f) => f.expect === role)?.after.value, role).not.toBe('');
  }
});
