import { TEST_PROFILE } from '../support/factories.ts';
import { CONTACT_FIELDS, expect, fillWrittenPage, seed, test } from './harness.ts';

// The look finds the filler through a door in the extension's isolated world. A page cannot reach
// that world, but its elements show through the window's named properties there, and it may
// guess the door's name: elements named and id'd like it, and a fake filler (or look's shelf)
// under the same symbol in its own world, must neither keep the real filler from starting nor
// stand in for it.

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact</title></head><body><main>
<div id="writeForBelarusFiller"></div><img name="writeForBelarusFiller" alt="" width="1" height="1">
<iframe name="writeForBelarusFiller" src="about:blank" width="1" height="1"></iframe>
<h1>Email the office</h1><form action="contact/send" method="post">
${CONTACT_FIELDS}
</form></main><script>
  window.faked = 0;
  const fake = { readPage() { window.faked++; return Promise.resolve(true); }, forget() { window.faked++; }, acknowledge() { window.faked++; } };
  window[Symbol.for('write-for-belarus.filler')] = fake;
  // A fake of the look's shelf: a finding of its own, and an answer handler.
  window[Symbol.for('write-for-belarus.look')] = { asked: true, hint: { messageLimit: 3 }, heard() { window.faked++; } };
  window.writeForBelarusFiller = fake;
</script></body></html>`;

test('a page that names its elements after the filler\'s door, or leaves a fake filler there, is filled by the real one', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE);
  const { page: tab, said } = await fillWrittenPage(context, 'https://www.door.senate.gov/contact', page);
  await expect(tab.locator('#first')).toHaveValue(TEST_PROFILE.firstName);
  await expect(tab.locator('#email')).toHaveValue(TEST_PROFILE.email);
  // Not cut to the fake shelf's three characters.
  expect((await tab.locator('#message').inputValue()).length).toBeGreaterThan(100);
  expect(said).toMatch(/Filled [1-9]/);
  expect(await tab.evaluate(() => (window as unknown as { faked: number }).faked)).toBe(0);
});

test('with fill on open, the same page fills as it opens', async ({ launched: { context } }) => {
  await seed(context, TEST_PROFILE, { autoFill: true, autoFillSites: ['www.door-open.senate.gov'] });
  const tab = await context.newPage();
  await context.route('https://www.door-open.senate.gov/contact', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }));
  await tab.goto('https://www.door-open.senate.gov/contact');
  await expect(tab.locator('#email')).toHaveValue(TEST_PROFILE.email);
  expect(await tab.evaluate(() => (window as unknown as { faked: number }).faked)).toBe(0);
});
