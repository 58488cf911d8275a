import { expect, extensionWorker, popupUrl, seed, test } from './harness.ts';
import { TEST_PROFILE } from '../support/factories.ts';

test.describe('the supporter\'s details', () => {
  test('a first-time supporter saves a profile; it lives only in the extension\'s storage, and the popup moves on to the letter', async ({ launched: { context } }) => {
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await expect(popup.getByRole('button', { name: 'Save my details' })).toBeVisible();
    await expect(popup.locator('#intro')).toContainText('Three steps: your details, the letter, the offices.');
    // No state is assumed for a new supporter.
    await expect(popup.getByLabel('State')).toHaveValue('');
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
    await expect(popup.locator('#step-letter')).toHaveAttribute('aria-pressed', 'true');
    await expect(popup.locator('#open-next')).toHaveText(/^Open next: Senator /);
    const stored = await (await extensionWorker(context)).evaluate(() => chrome.storage.local.get('profile'));
    expect(stored.profile).toEqual({ version: 1, data: { ...TEST_PROFILE, prefix: 'Mx.', street2: '', zip4: '' } });
    // The phone is shown as people write it; it is stored as digits.
    await popup.locator('#step-profile').click();
    await expect(popup.getByLabel('Phone (optional)')).toHaveValue('(312) 555-0147');
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
    // The keyboard goes to the first field to correct.
    await expect(popup.getByLabel('Email')).toBeFocused();
    const stored = await (await extensionWorker(context)).evaluate(() => chrome.storage.local.get('profile'));
    expect((stored.profile as { data: unknown }).data).toEqual(TEST_PROFILE);
    // An error goes away as the person fixes the field, before any Save.
    await popup.getByLabel('Email').fill('alesia@example.org');
    await expect(popup.getByText('This does not look like an email address.')).toHaveCount(0);
    await expect(popup.getByLabel('Email')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(popup.getByText('A ZIP code is 5 digits.')).toBeVisible();
  });

  test('ZIP+4 with or without the dash; a state that does not match the ZIP is questioned once', async ({ launched: { context } }) => {
    await seed(context);
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await popup.getByRole('button', { name: 'Your details' }).click();
    await popup.getByLabel('ZIP code').fill('606571234');
    await popup.getByLabel('ZIP+4 (optional)').fill('');
    await popup.getByLabel('State').selectOption('TX');
    await expect(popup.locator('#p-state-question')).toHaveText('ZIP code 60657 is in Illinois, but you chose Texas. Is that right?');
    await popup.getByRole('button', { name: 'Save my details' }).click();
    await expect(popup.getByRole('button', { name: 'Save anyway' })).toBeVisible();
    await expect(popup.getByLabel('State')).toBeFocused();
    const read = async () => ((await (await extensionWorker(context)).evaluate(() => chrome.storage.local.get('profile'))).profile as { data: Record<string, string> }).data;
    expect((await read()).state).toBe('IL');
    await popup.getByLabel('State').selectOption('IL');
    await expect(popup.locator('#p-state-question')).toHaveCount(0);
    await popup.getByRole('button', { name: 'Save my details' }).click();
    await expect(popup.getByText('Saved.')).toBeVisible();
    expect(await read()).toMatchObject({ zip: '60657', zip4: '1234', state: 'IL' });
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
