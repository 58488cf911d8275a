import { expect, extensionId, fillFromPopup, FIXTURES, popupUrl, seed, test, waitForRecognition } from './harness.ts';

test('the extension makes no requests of its own: popup, recognition and fills on official forms', async ({ launched: { context, requests } }) => {
  await seed(context);
  const id = await extensionId(context);
  const popup = await context.newPage();
  await popup.goto(await popupUrl(context));
  await popup.getByRole('button', { name: 'Your details' }).click();
  await popup.close();

  const visited = new Set<string>();
  for (const fixture of FIXTURES.filter((p) => ['state-department', 'senate-guid-cms', 'senate-iq-outer', 'whitehouse-2025'].includes(p.id))) {
    const page = await context.newPage();
    await page.goto(fixture.url);
    await waitForRecognition(context, page);
    await fillFromPopup(context, page);
    for (const frame of page.frames()) visited.add(frame.url());
    await page.close();
  }

  // Every request is the browser loading the extension's own files, or the pages the test opened.
  const foreign = requests.filter((url) => !url.startsWith(`chrome-extension://${id}/`) && !visited.has(url));
  expect(foreign).toEqual([]);
  expect(requests.some((url) => url.startsWith(`chrome-extension://${id}/`))).toBe(true);
});
