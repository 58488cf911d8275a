import { fixture } from '../e2e/harness.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { expect, fillFromPopup, newTab, observeFields, seed, test, waitForRecognition, type Firefox } from './harness.ts';
import { clickPanelButton, readPanel } from './panel.ts';

// The panel on the page after a fill, in Firefox: it says what was filled and what is left, and
// its Undo, pressed with the mouse, puts the page back as it was.

async function openCampaignForm(firefox: Firefox) {
  const form = fixture('campaign-form');
  await seed(firefox, TEST_PROFILE, { letterId: form.letter });
  const { page } = await newTab(firefox);
  await page.goto(form.url);
  await waitForRecognition(firefox, page);
  return page;
}

test('Undo puts every field back as it was, radios included, and keeps what the person typed', async ({ firefox }) => {
  const page = await openCampaignForm(firefox);
  await page.type('#subject', 'My own subject');
  const before = await observeFields(page);

  await fillFromPopup(firefox, page);
  const filled = await observeFields(page);
  expect(filled.filter((f, i) => f.after.value !== before[i]!.after.value || f.after.checked !== before[i]!.after.checked).length).toBeGreaterThan(8);
  expect(await page.$eval('#resp-yes', (el) => (el as HTMLInputElement).checked)).toBe(true);
  expect(await page.$eval('#subject', (el) => (el as HTMLInputElement).value)).toBe('My own subject');
  const panel = await readPanel(firefox, page);
  expect(panel?.text).toMatch(/CAPTCHA/);
  expect(panel?.text).toMatch(/Occupation/);

  await clickPanelButton(firefox, page, /Undo/);
  await expect.poll(async () => (await readPanel(firefox, page))?.buttons.some((b) => /Undo/.test(b.text))).toBe(false);
  expect(await observeFields(page)).toEqual(before);
  expect(await page.$eval('#resp-no', (el) => (el as HTMLInputElement).checked)).toBe(true);
});

test('Close takes the panel away, and it does not come back on that page', async ({ firefox }) => {
  const page = await openCampaignForm(firefox);
  await fillFromPopup(firefox, page);
  expect(await readPanel(firefox, page)).not.toBeNull();
  await clickPanelButton(firefox, page, /^Close$/);
  await expect.poll(() => readPanel(firefox, page)).toBeNull();
  await fillFromPopup(firefox, page);
  await new Promise((r) => setTimeout(r, 300));
  expect(await readPanel(firefox, page)).toBeNull();
});
