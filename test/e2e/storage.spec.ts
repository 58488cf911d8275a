import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createProfile, createSettings, TEST_PROFILE } from '../support/factories.ts';
import { expect, extensionWorker, popupUrl, seed, test } from './harness.ts';

// A profile is never lost: damaged storage keeps what is valid and says what was reset, a bad
// import file changes nothing, and an export imports back as it was.

async function stored(context: BrowserContext): Promise<Record<string, unknown>> {
  return (await extensionWorker(context)).evaluate(() => chrome.storage.local.get(null));
}

async function setStored(context: BrowserContext, values: Record<string, unknown>): Promise<void> {
  await (await extensionWorker(context)).evaluate((v) => chrome.storage.local.set(v), values);
}

async function openPopup(context: BrowserContext): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(await popupUrl(context));
  await popup.locator('main').waitFor();
  return popup;
}

async function openBackup(context: BrowserContext): Promise<Page> {
  const popup = await openPopup(context);
  await popup.getByRole('button', { name: 'Your details' }).click();
  await expect(popup.getByRole('heading', { name: 'Backup' })).toBeVisible();
  return popup;
}

test.describe('damaged storage', () => {
  test('a corrupted profile keeps its valid fields, and the popup names the ones reset', async ({ launched: { context } }) => {
    await seed(context);
    await setStored(context, { profile: { version: 1, data: { ...TEST_PROFILE, email: 42, zip: 'not a zip', city: null } } });
    const popup = await openPopup(context);
    // The popup opens on the details, with the notice and every valid field as it was.
    await expect(popup.getByRole('alert')).toHaveText('Some saved details could not be read and were cleared: Email, City, ZIP code. Please check them and save again.');
    await expect(popup.getByLabel('First name')).toHaveValue(TEST_PROFILE.firstName);
    await expect(popup.getByLabel('Street address')).toHaveValue(TEST_PROFILE.street);
    await expect(popup.getByLabel('Email')).toHaveValue('');
    // Nothing was written back behind the supporter's back.
    expect((await stored(context)).profile).toMatchObject({ data: { email: 42 } });
    await popup.getByRole('button', { name: 'Letter' }).click();
    await expect(popup.locator('#fill-page')).toBeDisabled();
    // The supporter completes the details and saves: whole again.
    await popup.getByRole('button', { name: 'Your details' }).click();
    await popup.getByLabel('Email').fill(TEST_PROFILE.email);
    await popup.getByLabel('City').fill(TEST_PROFILE.city);
    await popup.getByLabel('ZIP code').fill(TEST_PROFILE.zip);
    await popup.getByRole('button', { name: 'Save my details' }).click();
    await expect(popup.getByText('Saved.')).toBeVisible();
    expect((await stored(context)).profile).toEqual({ version: 1, data: TEST_PROFILE });
  });

  test('a profile saved by a newer version is shown, and a save leaves it as it was', async ({ launched: { context } }) => {
    const newer = { version: 3, data: { ...TEST_PROFILE, pronouns: 'she/her' } };
    await setStored(context, { profile: newer });
    const popup = await openPopup(context);
    await expect(popup.locator('#storage-newer')).toContainText('newer version of Write for Belarus');
    await popup.getByRole('button', { name: 'Your details' }).click();
    await expect(popup.getByLabel('First name')).toHaveValue(TEST_PROFILE.firstName);
    await popup.getByLabel('City').fill('Evanston');
    await popup.getByRole('button', { name: 'Save my details' }).click();
    await expect(popup.getByText('Not saved: the details already stored were left as they were.')).toBeVisible();
    expect((await stored(context)).profile).toEqual(newer);
  });

  test('two popups changing settings at once end in one state that holds both changes', async ({ launched: { context } }) => {
    await seed(context);
    const [a, b] = [await openPopup(context), await openPopup(context)];
    await a.getByLabel('Fill recognised forms as soon as I open them').check();
    await b.getByLabel('Your own words (optional, added before your signature)').fill('Greetings from Chicago.');
    await expect(async () => {
      expect(((await stored(context)).settings as { data: unknown }).data)
        .toEqual(createSettings({ autoFill: true, note: 'Greetings from Chicago.' }));
    }).toPass();
    // Each popup shows the other's change.
    await expect(b.getByLabel('Fill recognised forms as soon as I open them')).toBeChecked();
    await expect(a.getByLabel('Your own words (optional, added before your signature)')).toHaveValue('Greetings from Chicago.');
  });
});

test.describe('export and import', () => {
  test('a bad file gets a clear message and changes nothing', async ({ launched: { context } }, testInfo) => {
    await seed(context);
    const before = await stored(context);
    const popup = await openBackup(context);
    const input = popup.locator('#backup-import');
    const status = popup.locator('#backup-status');
    const file = (name: string, content: string | Buffer) => {
      const path = testInfo.outputPath(name);
      writeFileSync(path, content);
      return path;
    };
    const cases: [string, string | Buffer, string][] = [
      ['photo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'the file is not JSON text'],
      ['other.json', JSON.stringify({ hello: 'world' }), 'does not have the backup\'s format'],
      ['newer.json', JSON.stringify({ format: 'write-for-belarus', version: 2, exported: '', items: {} }), 'made by a newer version'],
      ['types.json', JSON.stringify({ format: 'write-for-belarus', version: 1, exported: '', items: { profile: { version: 1, data: { ...TEST_PROFILE, email: 5, zip: '1' } } } }),
        'The details in this file have missing values or values of the wrong kind: Email, ZIP code.'],
      ['junk.json', `{"junk": "${'x'.repeat(3_000_000)}"}`, 'too big'],
    ];
    for (const [name, content, message] of cases) {
      await input.setInputFiles(file(name, content));
      await expect(status).toContainText(message);
      await expect(status).toContainText('Nothing was changed.');
      await expect(popup.locator('#backup-confirm')).toHaveCount(0);
    }
    expect(await stored(context)).toEqual(before);
  });

  test('an export imports back as it was, after the supporter confirms', async ({ launched: { context } }, testInfo) => {
    await seed(context, TEST_PROFILE);
    // Settings as this version stores them (version 2: letters are read in a language and sent in English).
    await setStored(context, { settings: { version: 2, data: createSettings({ note: 'Thank you for your work.', letterLanguage: 'be' }) } });
    const original = await stored(context);
    const popup = await openBackup(context);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export to a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^write-for-belarus-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(testInfo.outputDir, download.suggestedFilename());
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ format: 'write-for-belarus', version: 1, items: { profile: original.profile, settings: original.settings } });
    await expect(popup.locator('#backup-status')).toContainText('Saved as');

    // Something else is saved since; the import brings the exported data back.
    await setStored(context, { profile: { version: 1, data: createProfile({ firstName: 'Maryia', city: 'Evanston' }) }, settings: { version: 1, data: createSettings({ letterLanguage: 'ru' }) } });
    await popup.reload();
    await popup.getByRole('button', { name: 'Your details' }).click();
    await expect(popup.getByLabel('First name')).toHaveValue('Maryia');
    await popup.locator('#backup-import').setInputFiles(path);
    await expect(popup.locator('#backup-confirm')).toContainText('This file would change what is saved now:');
    await expect(popup.locator('#backup-changes li')).toHaveText([
      'First name: Maryia → Alesia',
      'City: Evanston → Chicago',
      'Letter language: Русский → Беларуская',
      'Note added to every letter: (none) → “Thank you for your work.”',
    ]);
    await popup.getByRole('button', { name: 'Replace' }).click();
    await expect(popup.locator('#backup-status')).toHaveText('Imported: details, settings.');
    await expect(popup.getByLabel('First name')).toHaveValue(TEST_PROFILE.firstName);
    expect(await stored(context)).toEqual(original);
  });
});

test.describe('a hostile backup file', () => {
  test('shows each change before anything is written, and never turns on fill on open', async ({ launched: { context } }, testInfo) => {
    await seed(context);
    await setStored(context, { progress: { version: 1, data: { entries: [] } } });
    const before = await stored(context);
    const sent = Array.from({ length: 25 }, (_, i) => ({ letterId: 'political-prisoners', office: 'house', host: `rep${i}.house.gov`,
      status: 'sent', language: 'en', date: '2026-11-20', by: 'detected' }));
    const note = 'Please also write back to x@evil.example.';
    const path = testInfo.outputPath('hostile.json');
    writeFileSync(path, JSON.stringify({
      format: 'write-for-belarus', version: 1, exported: '2026-11-22T10:00:00.000Z',
      items: {
        profile: { version: 1, data: { ...TEST_PROFILE, email: 'x@evil.example' } },
        settings: { version: 1, data: { ...createSettings({ autoFill: true, note }), fillEverywhere: true } },
        progress: { version: 1, data: { entries: [...sent, { ...sent[0], host: 'x.house.gov', date: '9999-99-99' }] } },
        permissions: { version: 1, data: { origins: ['<all_urls>'] } },
      },
    }));
    const popup = await openBackup(context);
    await popup.locator('#backup-import').setInputFiles(path);

    const confirm = popup.locator('#backup-confirm');
    await expect(popup.locator('#backup-changes li')).toHaveText([
      `Email: ${TEST_PROFILE.email} → x@evil.example`,
      `Note added to every letter: (none) → “${note}”`,
      'Offices marked sent: 0 → 25 (+25)',
    ]);
    await expect(popup.locator('#backup-withheld li')).toHaveText([
      /^“Fill on open” is not imported: a file can never turn it on\./,
      'Entries in the list of offices that cannot be read (for example a date in the future) are left out: 1.',
    ]);
    await expect(confirm).not.toContainText(/backup[A-Z_]|data[A-Z]|settingName_/);
    expect(await stored(context)).toEqual(before);

    // Cancel: everything as it was.
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(popup.locator('#backup-status')).toHaveText('Not imported: nothing was changed.');
    expect(await stored(context)).toEqual(before);

    // Confirmed: what was shown changes, and nothing widens.
    await popup.locator('#backup-import').setInputFiles(path);
    await popup.getByRole('button', { name: 'Replace' }).click();
    await expect(popup.locator('#backup-status')).toHaveText('Imported: details, settings, list of offices written to. Not imported: Fill on open.');
    const after = await stored(context) as Record<string, { data: Record<string, unknown> }>;
    expect(after.settings!.data).toEqual(createSettings({ note }));
    expect(after.profile!.data.email).toBe('x@evil.example');
    expect((after.progress!.data.entries as unknown[]).length).toBe(25);
    expect(Object.keys(after).sort()).toEqual(['profile', 'progress', 'settings']);
    await popup.getByRole('button', { name: 'Letter' }).click();
    await expect(popup.getByLabel('Fill recognised forms as soon as I open them')).not.toBeChecked();
  });

  test('a look-alike name or a bidi override in the file is refused, naming the field and why', async ({ launched: { context } }, testInfo) => {
    await seed(context);
    const before = await stored(context);
    const popup = await openBackup(context);
    const path = testInfo.outputPath('lookalike.json');
    writeFileSync(path, JSON.stringify({ format: 'write-for-belarus', version: 1, exported: '', items: {
      profile: { version: 1, data: { ...TEST_PROFILE, firstName: 'Alesi\u0430', city: '\u202Eogacihc' } } } }));
    await popup.locator('#backup-import').setInputFiles(path);
    await expect(popup.locator('#backup-status')).toContainText('First name (A word here mixes letters from two alphabets');
    await expect(popup.locator('#backup-status')).toContainText('City (This has an invisible character that changes the direction of the text');
    await expect(popup.locator('#backup-status')).toContainText('Nothing was changed.');
    await expect(popup.locator('#backup-confirm')).toHaveCount(0);
    expect(await stored(context)).toEqual(before);
  });
});
