import { FIXTURES, fixture } from '../e2e/harness.ts';
import { fieldProblems, letterFacts } from '../support/judge-page.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { aroundFill, expect, fillFromPopup, newTab, seed, test, waitForRecognition } from './harness.ts';

// The same fixture forms and the same judgement as the Chromium tests (test/e2e/fill-forms.spec.ts),
// in Firefox with the Firefox build: every field a person sees holds the right value, nothing
// forbidden is touched, nothing is submitted.

for (const form of FIXTURES.filter((p) => p.kind === 'form')) {
  test(`${form.id} (${form.family}) is filled from the popup`, async ({ firefox }) => {
    await seed(firefox, TEST_PROFILE, { letterId: form.letter });
    const { page, requests } = await newTab(firefox);
    await page.goto(form.url);
    await waitForRecognition(firefox, page);
    const start = requests.length;
    let said = '';
    const fields = await aroundFill(page, async () => { said = await fillFromPopup(firefox, page); });

    expect(fieldProblems(fields, letterFacts(form.letter, form.messageLimit))).toEqual([]);
    // Fields in every frame were judged (the Intranet Quorum form is in an outreach.senate.gov frame).
    const judged = fields.filter((f) => f.expect !== 'never' && f.expect !== 'skip');
    // A ZIP-code first step asks two boxes; a contact form asks more, the letter among them.
    const firstStep = !fields.some((f) => f.expect === 'message');
    expect(judged.length).toBeGreaterThan(firstStep ? 1 : 3);
    if (!firstStep) expect(fields.filter((f) => f.expect === 'message').map((f) => f.after.value.length > 0)).toContain(true);
    expect(said).toMatch(/\d/);
    expect(page.url()).toBe(form.url);
    expect(requests.slice(start).filter((url) => /thank|success|submit/i.test(url))).toEqual([]);
  });
}

test('a page whose named controls stand in for the document\'s and its forms\' own methods is filled in Firefox, and keeps working', async ({ firefox }) => {
  const form = fixture('hostile-clobber');
  await seed(firefox, TEST_PROFILE, { letterId: form.letter });
  const { page } = await newTab(firefox);
  await page.goto(form.url);
  await waitForRecognition(firefox, page);
  let said = '';
  const fields = await aroundFill(page, async () => { said = await fillFromPopup(firefox, page); });
  expect(fieldProblems(fields, letterFacts(form.letter, form.messageLimit))).toEqual([]);
  expect(said).toMatch(/Filled 6 fields/);
  expect(fields.filter((f) => f.expect === 'never' && f.after.value !== 'x')).toEqual([]);
  await page.click('#check');
  expect(await page.$eval('#checked', (el) => el.textContent)).toBe('Page still works');
});
