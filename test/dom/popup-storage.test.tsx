import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App.tsx';
import { createExtensionClient } from '../../src/popup/client.ts';
import { fakeBrowser, resetFakeBrowser } from '../support/fake-browser.ts';
import { createProfile, createSettings } from '../support/factories.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser.ts')).fakeBrowser }));
// The letters plugin's watch-file import does not resolve under vitest: load the library as the build does.
vi.mock('virtual:letters', async () => ({ default: (await import('../support/letters.ts')).default }));

// The popup over the real client and an in-memory storage: what a supporter sees when what is
// stored is damaged, when two popups change settings at once, and when a file is imported.

const local = fakeBrowser.storage.local;
const roots: HTMLElement[] = [];

async function settle(): Promise<void> {
  for (let i = 0; i < 8; i++) await act(async () => { await new Promise((r) => setTimeout(r, 1)); });
}

async function openPopup(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(() => { render(<App client={createExtensionClient()} />, root); });
  await settle();
  return root;
}

async function act$(fn: () => void): Promise<void> {
  await act(fn);
  await settle();
}

function profileTab(root: HTMLElement): HTMLButtonElement {
  return root.querySelector('#step-profile') as HTMLButtonElement;
}

beforeEach(resetFakeBrowser);
afterEach(() => { for (const root of roots.splice(0)) { render(null, root); root.remove(); } });

describe('a damaged profile keeps its valid fields, and the popup says which were reset', () => {
  it('shows the kept values and names the reset fields', async () => {
    await local.set({ profile: { version: 1, data: { ...createProfile(), email: 12, zip: 'abcde' } } });
    const root = await openPopup();
    expect(root.querySelector<HTMLInputElement>('#p-firstName')!.value).toBe('Alesia');
    expect(root.querySelector<HTMLInputElement>('#p-email')!.value).toBe('');
    expect(root.querySelector('.profile .notice')!.textContent).toBe('profileResetNotice field_email, field_zip');
    // Nothing was written back: the damaged entry is still there until the supporter saves.
    expect(local.data.get('profile')).toMatchObject({ data: { email: 12 } });
  });

  it('names settings that were reset', async () => {
    await local.set({ profile: { version: 1, data: createProfile() }, settings: { version: 1, data: { autoFill: 'yes', note: 5 } } });
    const root = await openPopup();
    expect(root.querySelector('#settings-reset')!.textContent).toBe('settingsResetNotice settingName_autoFill, settingName_note');
  });

  it('says when a newer version wrote the profile, and a save leaves it alone', async () => {
    const newer = { version: 4, data: { ...createProfile(), country: 'US' } };
    await local.set({ profile: newer });
    const root = await openPopup();
    expect(root.querySelector('#storage-newer')).not.toBeNull();
    await act$(() => profileTab(root).click());
    await act$(() => root.querySelector<HTMLFormElement>('form.profile')!.requestSubmit());
    expect(root.querySelector('.profile .status')!.textContent).toBe('profileSaveFailed');
    expect(local.data.get('profile')).toEqual(newer);
  });
});

describe('two popups changing settings at once end in one consistent state', () => {
  it('keeps both changes, and each popup shows the other\'s', async () => {
    await local.set({ profile: { version: 1, data: createProfile() }, settings: { version: 1, data: createSettings() } });
    const [a, b] = [await openPopup(), await openPopup()];
    const autoFill = (root: HTMLElement) => root.querySelector<HTMLInputElement>('.fill input[type="checkbox"]')!;
    const note = (root: HTMLElement) => root.querySelector<HTMLTextAreaElement>('#letter-note')!;
    await act$(() => {
      autoFill(a).click();
      note(b).value = 'From the second popup';
      note(b).dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect((local.data.get('settings') as { data: object }).data).toEqual(createSettings({ autoFill: true, note: 'From the second popup' }));
    expect(autoFill(b).checked).toBe(true);
    expect(note(a).value).toBe('From the second popup');
  });

  it('does not move a popup back while the supporter types on', async () => {
    await local.set({ profile: { version: 1, data: createProfile() }, settings: { version: 1, data: createSettings() } });
    const root = await openPopup();
    const note = root.querySelector<HTMLTextAreaElement>('#letter-note')!;
    await act(() => {
      for (const text of ['T', 'Th', 'Tha', 'Than', 'Thank you']) {
        note.value = text;
        note.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await settle();
    await vi.waitFor(() => expect((local.data.get('settings') as { data: { note: string } }).data.note).toBe('Thank you'));
    await settle();
    expect(note.value).toBe('Thank you');
  });
});

describe('import: a bad file changes nothing and says why; a good one replaces after a confirmation', () => {
  async function importFile(root: HTMLElement, content: string | Blob): Promise<void> {
    const input = root.querySelector<HTMLInputElement>('#backup-import')!;
    const file = new File([content], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act$(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  }

  it('refuses a file that is not JSON', async () => {
    await local.set({ profile: { version: 1, data: createProfile() } });
    const before = structuredClone(Object.fromEntries(local.data));
    const root = await openPopup();
    await act$(() => profileTab(root).click());
    await importFile(root, 'not json at all');
    expect(root.querySelector('#backup-status')!.textContent).toBe('backup_not_json');
    expect(Object.fromEntries(local.data)).toEqual(before);
  });

  it('names the bad fields of a file with wrong types', async () => {
    await local.set({ profile: { version: 1, data: createProfile() } });
    const root = await openPopup();
    await act$(() => profileTab(root).click());
    await importFile(root, JSON.stringify({ format: 'write-for-belarus', version: 1, exported: '', items: { profile: { version: 1, data: { ...createProfile(), zip: 606 } } } }));
    expect(root.querySelector('#backup-status')!.textContent).toBe('backup_bad_item backupItem_profile field_zip');
  });

  it('imports a good file after the supporter confirms, and the form shows it', async () => {
    await local.set({ profile: { version: 1, data: createProfile() } });
    const root = await openPopup();
    await act$(() => profileTab(root).click());
    const imported = createProfile({ firstName: 'Maryia', city: 'Evanston' });
    await importFile(root, JSON.stringify({ format: 'write-for-belarus', version: 1, exported: '', items: { profile: { version: 1, data: imported } } }));
    expect(local.data.get('profile')).toEqual({ version: 1, data: createProfile() });
    await act$(() => root.querySelector<HTMLButtonElement>('#backup-replace')!.click());
    expect(local.data.get('profile')).toEqual({ version: 1, data: imported });
    expect(root.querySelector<HTMLInputElement>('#p-firstName')!.value).toBe('Maryia');
    expect(root.querySelector('#backup-status')!.textContent).toBe('backupImported backupItem_profile');
  });
});
