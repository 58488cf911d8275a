import { readFileSync } from 'node:fs';
import { TEST_PROFILE } from '../support/factories.ts';
import { storedProgress, tabUrls } from './campaign-helpers.ts';
import { expect, popupUrl, seed, test } from './harness.ts';

test.describe('the popup guides the campaign', () => {
  test('names the supporter\'s offices, opens the next one\'s own form, and counts what is written', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { letterId: 'solidarity' });
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await expect(popup.locator('#offices-count')).toHaveText('0 of 5 offices written to');
    await expect(popup.locator('#open-next')).toHaveText('Open next: Senator Richard J. Durbin');
    await popup.locator('#open-next').click();
    await expect.poll(() => tabUrls(context)).toContain('https://www.durbin.senate.gov/contact/');

    await popup.locator('#step-offices').click();
    await expect(popup.locator('.seat-name')).toHaveText(['Senator Richard J. Durbin', 'Senator Tammy Duckworth', 'Your Representative', 'The President', 'The Department of State']);
    await expect(popup.locator('#directory-date')).toContainText('Senators as of 2026-06-15');
    await popup.locator('.seat').nth(0).locator('select').selectOption('sent');
    await expect(popup.locator('#offices-count')).toHaveText('1 of 5 offices written to');
    await expect(popup.locator('.seat').nth(0).locator('.check-mark')).toHaveText('✓');
    await expect(popup.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    expect(await storedProgress(context)).toMatchObject([{ letterId: 'solidarity', office: 'senate', status: 'sent', by: 'hand', host: '' }]);

    await popup.locator('.seat[data-office="house"] button').click();
    await expect.poll(() => tabUrls(context)).toContain('https://www.house.gov/representatives/find-your-representative');

    await popup.locator('#step-letter').click();
    await expect(popup.locator('#open-next')).toHaveText('Open next: Senator Tammy Duckworth');

    await popup.locator('#step-offices').click();
    await popup.locator('#reset-progress').click();
    await popup.locator('#reset-progress-yes').click();
    await expect(popup.locator('#offices-count')).toHaveText('0 of 5 offices written to');
    // The popup shows the reset as it writes it; the write lands a moment later.
    await expect.poll(() => storedProgress(context)).toEqual([]);
  });

  test('saves counts for organisers with no name, address or email in them', async ({ launched: { context } }) => {
    await seed(context, TEST_PROFILE, { letterId: 'political-prisoners' });
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await popup.locator('#step-offices').click();
    await popup.locator('.seat').nth(0).locator('select').selectOption('sent');
    await popup.locator('.summary summary').click();
    for (const [button, shape] of [['#export-csv', /^letter,office,language,sent,notConfirmed\r\npolitical-prisoners,senate,en,1,0\r\n$/], ['#export-json', /"rows"/]] as const) {
      const download = popup.waitForEvent('download');
      await popup.locator(button).click();
      const text = readFileSync((await (await download).path())!, 'utf8');
      expect(text).toMatch(shape);
      for (const value of Object.values(TEST_PROFILE).filter((v) => v.length > 2)) expect(text).not.toContain(value);
    }
  });
});
