import { expect, extensionWorker, popupUrl, seed, test } from './harness.ts';
import { TEST_PROFILE } from '../support/factories.ts';

test.describe('the supporter\'s details', () => {
  test('a first-time supporter saves a profile; it lives only in the extension\'s storage', async ({ launched: { context } }) => {
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await expect(popup.getByRole('button', { name: 'Save my details' })).toBeVisible();
    await popup.getByLabel('Prefix').selectOption('Mx.');
    await popup.getByLabel('First name').fill('Alesia');
    await popup.getByLabel('Last name').fill('Kavalenka');
    await popup.getByLabel('Email').fill('alesia.kavalenka@example.org');
    await popup.getByLabel('Phone (optional)').fill('(312) 555-0147');
    await popup.getByLabel('Street address').fill('1200 W Belmont Ave');
    await popup.getByLabel('City').fill('Chicago');
    await popup.getByLabel('State').selectOption('IL');
    await popup.getByLabel('ZIP code').fill('60657');
    await popup.getByRole('button', { name: 'Save my details' }).click();
    await expect(popup.getByText('Saved.')).toBeVisible();
    const stored = await (await extensionWorker(context)).evaluate(() => chrome.storage.local.get('profile'));
    expect(stored.profile).toEqual({ version: 1, data: { ...TEST_PROFILE, prefix: 'Mx.', street2: '', zip4: '' } });
  });

  test('bad input gets a message beside the field, and nothing is saved half-way', async ({ launched: { context } }) => {
    await seed(context);
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await popup.getByRole('button', { name: 'Your details' }).click();
    await popup.getByLabel('Email').fill('alesia@');
    await popup.getByLabel('ZIP code').fill('6065');
    await popup.getByLabel('City').fill('Evanston');
    await popup.getByRole('button', { name: 'Save my details' }).click();
    await expect(popup.getByText('This does not look like an email address.')).toBeVisible();
    await expect(popup.getByText('A ZIP code is 5 digits.')).toBeVisible();
    await expect(popup.getByText('Nothing was saved: please correct the marked fields.')).toBeVisible();
    await expect(popup.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    const stored = await (await extensionWorker(context)).evaluate(() => chrome.storage.local.get('profile'));
    expect((stored.profile as { data: unknown }).data).toEqual(TEST_PROFILE);
  });
});

test.describe('the letter picker', () => {
  test('previews the chosen letter signed with the supporter\'s name, city and state', async ({ launched: { context } }) => {
    await seed(context);
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await popup.getByLabel('Letter', { exact: true }).selectOption('state-department');
    const preview = popup.locator('pre.preview');
    await expect(preview).toContainText('Dear Secretary');
    await expect(preview).toContainText('Alesia Kavalenka');
    await expect(preview).toContainText('Chicago, Illinois');
    await expect(popup.getByText('Belarus: diplomacy and sanctions to free political prisoners')).toBeVisible();
    await expect(popup.locator('#letter-facts')).toHaveText('Facts as of August 27, 2020');
  });

  test('a personal note goes in before the signature, and the language to read in is kept', async ({ launched: { context } }) => {
    await seed(context);
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await popup.getByLabel(/Your own words/).fill('My uncle was held in Akrestsina in 2020.');
    await popup.getByLabel('Read the letter in').selectOption('ru');
    const preview = popup.locator('pre.preview');
    await expect(preview).toContainText('My uncle was held in Akrestsina in 2020.\n\n');
    await expect(preview).toContainText('Dear Senator');
    await expect(popup.locator('pre.preview-translation')).toContainText('Уважаем');
    await expect(popup.locator('pre.preview-translation')).toContainText('My uncle was held in Akrestsina in 2020.');
    await popup.reload();
    await expect(popup.getByLabel('Read the letter in')).toHaveValue('ru');
    await expect(popup.locator('pre.preview')).toContainText('My uncle was held in Akrestsina in 2020.');
  });
});
