import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App.tsx';
import { createExtensionClient } from '../../src/popup/client.ts';
import { describeProblem } from '../../src/popup/components/BackupPanel.tsx';
import { applyUiLanguage, formatMessage } from '../../src/popup/i18n.ts';
import type { BackupProblem } from '../../src/shared/backup.ts';
import { fakeBrowser, resetFakeBrowser } from '../support/fake-browser.ts';
import { createProfile, createSettings } from '../support/factories.ts';
import { readLocale } from '../support/marker-locale.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser.ts')).fakeBrowser }));
vi.mock('virtual:letters', async () => ({ default: (await import('../support/letters.ts')).default }));

// The import's confirmation as a supporter reads it, in each of the popup's languages: what a
// hostile file would change, field by field with real words, and that Cancel changes nothing.

const local = fakeBrowser.storage.local;
const roots: HTMLElement[] = [];
const en = readLocale('en');
const KEYS = Object.keys(en);
const msg = (language: string, key: string, subs?: string[]) => formatMessage(readLocale(language)[key]!, subs);

async function settle(): Promise<void> {
  for (let i = 0; i < 8; i++) await act(async () => { await new Promise((r) => setTimeout(r, 1)); });
}

async function openDetails(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(() => { render(<App client={createExtensionClient()} />, root); });
  await settle();
  await act(() => { root.querySelector<HTMLButtonElement>('#step-profile')!.click(); });
  await settle();
  return root;
}

async function importFile(root: HTMLElement, content: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('#backup-import')!;
  Object.defineProperty(input, 'files', { value: [new File([content], 'backup.json', { type: 'application/json' })], configurable: true });
  await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await settle();
}

async function press(root: HTMLElement, selector: string): Promise<void> {
  await act(() => root.querySelector<HTMLButtonElement>(selector)!.click());
  await settle();
}

/** Message keys that show as they are: a string that did not resolve. */
const rawKeys = (text: string) => KEYS.filter((key) => new RegExp(`(^|[^A-Za-z_])${key}($|[^A-Za-z_])`).test(text));

const sent = (n: number, from = 0) => Array.from({ length: n }, (_, i) => (
  { letterId: 'political-prisoners', office: 'house', host: `rep${from + i}.house.gov`, status: 'sent', language: 'en', date: '2026-11-20', by: 'detected' }));

const NOTE = 'P.S. Please also send a copy to x@evil.example.';
const hostile = (uiLanguage: 'en' | 'ru' | 'be') => JSON.stringify({
  format: 'write-for-belarus', version: 1, exported: '2026-11-22T10:00:00.000Z',
  items: {
    profile: { version: 1, data: createProfile({ email: 'x@evil.example' }) },
    settings: { version: 1, data: { ...createSettings({ autoFill: true, note: NOTE, letterLanguage: 'be', uiLanguage }), fillEverywhere: true } },
    progress: { version: 1, data: { entries: sent(28) } },
  },
});

beforeEach(resetFakeBrowser);
afterEach(() => { for (const root of roots.splice(0)) { render(null, root); root.remove(); } });

async function seed(uiLanguage: 'en' | 'ru' | 'be') {
  await local.set({
    profile: { version: 1, data: createProfile() },
    settings: { version: 1, data: createSettings({ uiLanguage, letterLanguage: 'ru' }) },
    progress: { version: 1, data: { entries: sent(3) } },
  });
}

describe('importing a hostile file shows what it would change, and Cancel leaves everything as it was', () => {
  it('in English: each change old → new, fill on open refused, nothing written until Replace', async () => {
    await seed('en');
    const before = structuredClone(Object.fromEntries(local.data));
    const root = await openDetails();
    await importFile(root, hostile('en'));

    const confirm = root.querySelector('#backup-confirm')!;
    expect(confirm.querySelector('#backup-confirm-heading')!.textContent).toBe('This file would change what is saved now:');
    expect([...confirm.querySelectorAll('#backup-changes li')].map((li) => li.textContent)).toEqual([
      'Email: alesia.kavalenka@example.org → x@evil.example',
      'Letter language: Русский → Беларуская',
      `Note added to every letter: (none) → “${NOTE}”`,
      'Offices marked sent: 3 → 28 (+25)',
    ]);
    expect([...confirm.querySelectorAll('#backup-withheld li')].map((li) => li.textContent)).toEqual([msg('en', 'backupAutoFillNotImported')]);
    expect(rawKeys(root.textContent!)).toEqual([]);
    expect(Object.fromEntries(local.data)).toEqual(before);

    await press(root, '#backup-cancel');
    expect(root.querySelector('#backup-confirm')).toBeNull();
    expect(root.querySelector('#backup-status')!.textContent).toBe('Not imported: nothing was changed.');
    expect(Object.fromEntries(local.data)).toEqual(before);

    // Chosen again and confirmed: the details, note and log change; fill on open stays off.
    await importFile(root, hostile('en'));
    await press(root, '#backup-replace');
    expect(root.querySelector('#backup-status')!.textContent).toBe('Imported: details, settings, list of offices written to. Not imported: Fill on open.');
    const settings = (local.data.get('settings') as { data: Record<string, unknown> }).data;
    expect(settings).toEqual(createSettings({ uiLanguage: 'en', note: NOTE, letterLanguage: 'be' }));
    expect((local.data.get('profile') as { data: { email: string } }).data.email).toBe('x@evil.example');
    expect(root.querySelector<HTMLInputElement>('#p-email')!.value).toBe('x@evil.example');
  });

  for (const language of ['ru', 'be'] as const) {
    it(`in ${language}: every string resolves, in that language`, async () => {
      await seed(language);
      const root = await openDetails();
      await importFile(root, hostile(language));
      const confirm = root.querySelector('#backup-confirm')!;
      const lines = [...confirm.querySelectorAll('#backup-changes li')].map((li) => li.textContent);
      expect(lines[0]).toBe(`${msg(language, 'field_email')}: alesia.kavalenka@example.org → x@evil.example`);
      expect(lines[2]).toBe(`${msg(language, 'backupNoteLabel')}: ${msg(language, 'backupNone')} → «${NOTE}»`);
      expect(lines[3]).toBe(`${msg(language, 'backupProgressSent')}: 3 → 28 (+25)`);
      expect(confirm.querySelector('#backup-withheld li')!.textContent).toBe(msg(language, 'backupAutoFillNotImported'));
      expect(confirm.textContent).toContain(msg(language, 'backupConfirmQuestion'));
      expect(rawKeys(root.textContent!)).toEqual([]);
    });
  }

  it('the letter language as stored by default reads as words, never as a code', async () => {
    await local.set({ profile: { version: 1, data: createProfile() }, settings: { version: 1, data: createSettings({ uiLanguage: 'en' }) } });
    const root = await openDetails();
    await importFile(root, JSON.stringify({ format: 'write-for-belarus', version: 1, exported: '',
      items: { settings: { version: 1, data: createSettings({ uiLanguage: 'en', letterLanguage: 'be' }) } } }));
    expect(root.querySelector('#backup-changes li')!.textContent)
      .toMatch(/^Letter language: (English|the popup’s language) → Беларуская$/);
  });

  it('a file that would only turn on fill on open changes nothing, says so, and offers no Replace', async () => {
    await seed('en');
    const before = structuredClone(Object.fromEntries(local.data));
    const root = await openDetails();
    await importFile(root, JSON.stringify({ format: 'write-for-belarus', version: 1, exported: '',
      items: { settings: { version: 1, data: createSettings({ uiLanguage: 'en', letterLanguage: 'ru', autoFill: true }) } } }));
    expect(root.querySelector('#backup-confirm-heading')!.textContent).toBe('This file holds what is saved now: there is nothing to import.');
    expect(root.querySelector('#backup-withheld')!.textContent).toContain('“Fill on open” is not imported');
    expect(root.querySelector('#backup-replace')).toBeNull();
    await press(root, '#backup-cancel');
    expect(Object.fromEntries(local.data)).toEqual(before);
  });

  it('a file with a look-alike name is refused, naming the field and why', async () => {
    await seed('en');
    const before = structuredClone(Object.fromEntries(local.data));
    const root = await openDetails();
    await importFile(root, JSON.stringify({ format: 'write-for-belarus', version: 1, exported: '',
      items: { profile: { version: 1, data: createProfile({ firstName: 'Alesi\u0430' }) } } }));
    expect(root.querySelector('#backup-status')!.textContent).toBe(
      `The details in this file have missing values or values of the wrong kind: First name (${msg('en', 'dataErrMixedScript')}). Nothing was changed.`);
    expect(root.querySelector('#backup-confirm')).toBeNull();
    expect(Object.fromEntries(local.data)).toEqual(before);
  });
});

describe('the details form says what is wrong with hidden or look-alike characters', () => {
  const cases: [string, string, string][] = [
    ['#p-firstName', 'Alesi\u0430', 'dataErrMixedScript'],
    ['#p-lastName', 'Kava\u200Blenka', 'dataErrZeroWidth'],
    ['#p-city', '\u202Eogacihc', 'dataErrBidi'],
    ['#p-street', '1200 W Belmont\u0007 Ave', 'dataErrControl'],
  ];
  for (const [selector, value, key] of cases) {
    it(`${key}: the message beside the field, and nothing saved`, async () => {
      await seed('en');
      const before = structuredClone(Object.fromEntries(local.data));
      const root = await openDetails();
      const input = root.querySelector<HTMLInputElement>(selector)!;
      await act(() => { input.value = value; input.dispatchEvent(new Event('input', { bubbles: true })); });
      await press(root, 'form.profile button[type="submit"]');
      expect(root.querySelector(`${selector}-error`)!.textContent).toBe(msg('en', key));
      expect(Object.fromEntries(local.data)).toEqual(before);
    });
  }
});

describe('stored values the stricter rules refuse are reset with a notice, and the rest is kept', () => {
  it('a look-alike name and a hidden character in the city: named, the other fields kept, nothing written back', async () => {
    await local.set({
      profile: { version: 1, data: createProfile({ firstName: 'Alesi\u0430', city: 'Chi\u200Bcago' }) },
      settings: { version: 1, data: { ...createSettings({ uiLanguage: 'en' }), note: 'Hi \u202Eereht' } },
    });
    const root = document.createElement('div');
    document.body.append(root);
    roots.push(root);
    await act(() => { render(<App client={createExtensionClient()} />, root); });
    await settle();
    expect(root.querySelector('.profile .notice')!.textContent).toBe(msg('en', 'profileResetNotice', ['First name, City']));
    expect(root.querySelector<HTMLInputElement>('#p-lastName')!.value).toBe('Kavalenka');
    expect(root.querySelector<HTMLInputElement>('#p-firstName')!.value).toBe('');
    expect(root.querySelector('#settings-reset')!.textContent).toBe(msg('en', 'settingsResetNotice', ['Personal note']));
    expect((local.data.get('profile') as { data: { firstName: string } }).data.firstName).toBe('Alesi\u0430');
  });
});

describe('the note says when it holds a hidden character, and the stored note stays', () => {
  it('shows the reason under the note and keeps the last good note', async () => {
    await local.set({ profile: { version: 1, data: createProfile() }, settings: { version: 1, data: createSettings({ uiLanguage: 'en', note: 'Thank you.' }) } });
    const root = document.createElement('div');
    document.body.append(root);
    roots.push(root);
    await act(() => { render(<App client={createExtensionClient()} />, root); });
    await settle();
    const note = root.querySelector<HTMLTextAreaElement>('#letter-note')!;
    await act(() => { note.value = 'Thank you.\u200B'; note.dispatchEvent(new Event('input', { bubbles: true })); });
    await settle();
    expect(root.querySelector('#letter-note-error')!.textContent).toBe(`${msg('en', 'dataErrZeroWidth')} ${msg('en', 'dataNoteNotSaved')}`);
    expect(note.value).toBe('Thank you.\u200B');
    expect((local.data.get('settings') as { data: { note: string } }).data.note).toBe('Thank you.');
    await act(() => { note.value = 'Thank you!'; note.dispatchEvent(new Event('input', { bubbles: true })); });
    await settle();
    expect(root.querySelector('#letter-note-error')).toBeNull();
    expect((local.data.get('settings') as { data: { note: string } }).data.note).toBe('Thank you!');
  });
});

describe('every reason a file is refused reads as a sentence in each language', () => {
  const problems: BackupProblem[] = [
    { code: 'too-big' }, { code: 'empty' }, { code: 'not-json' }, { code: 'not-a-backup' }, { code: 'newer-file' },
    { code: 'nothing-known' }, { code: 'newer-item', item: 'profile' }, { code: 'too-many-entries', item: 'progress', limit: 1000 },
    { code: 'bad-item', item: 'profile', fields: [] },
    { code: 'bad-item', item: 'profile', fields: ['email', 'city'], reasons: { email: 'errEmail', city: 'dataErrZeroWidth' } },
    { code: 'bad-item', item: 'settings', fields: ['note', 'someFutureSetting'], reasons: { note: 'errTooLong' } },
  ];
  for (const language of ['en', 'ru', 'be'] as const) {
    it(language, () => {
      applyUiLanguage(language);
      for (const problem of problems) {
        const text = describeProblem(problem);
        expect(rawKeys(text), JSON.stringify(problem)).toEqual([]);
        expect(text, JSON.stringify(problem)).not.toMatch(/someFutureSetting|\$/);
        // Each says that nothing changed, in the same words as the empty file's message ends with.
        expect(text, JSON.stringify(problem)).toMatch(new RegExp(`${msg(language, 'backup_empty').split('. ').pop()!.replace('.', '\\.')}$`));
      }
      expect(describeProblem(problems[9]!)).toContain(msg(language, 'dataErrZeroWidth'));
      expect(describeProblem(problems[10]!)).toContain(`${msg(language, 'backupNoteLabel')} (${msg(language, 'errTooLong')})`);
      expect(describeProblem(problems[10]!)).toContain(msg(language, 'backupOtherSetting'));
    });
  }
});
