import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NewerDataError, profileItem, read, settingsItem, update, upgradeStored, watch, write, writeAll } from '../../src/shared/storage.ts';
import type { StoredItem } from '../../src/shared/stored-item.ts';
import * as z from 'zod/mini';
import { fakeBrowser, resetFakeBrowser } from '../support/fake-browser.ts';
import { createProfile, createSettings } from '../support/factories.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser.ts')).fakeBrowser }));

const local = fakeBrowser.storage.local;
const stored = (key: string) => local.data.get(key);

beforeEach(resetFakeBrowser);

describe('nothing ever silently overwrites a profile', () => {
  it('refuses to overwrite an entry a newer version wrote, and leaves it as it was', async () => {
    const newer = { version: 2, data: { ...createProfile(), country: 'US' } };
    await local.set({ profile: newer });
    await expect(write(profileItem, createProfile({ firstName: 'Other' }))).rejects.toBeInstanceOf(NewerDataError);
    await expect(update(settingsItem, { autoFill: true }).then(() => write(profileItem, createProfile()))).rejects.toThrow(/newer version/);
    expect(stored('profile')).toEqual(newer);
    expect((await read(profileItem)).newer).toBe(true);
  });

  it('writes several items all at once, or none when one is refused', async () => {
    await local.set({ settings: { version: 9, data: {} } });
    await expect(writeAll([{ item: profileItem, value: createProfile() }, { item: settingsItem, value: createSettings() }])).rejects.toBeInstanceOf(NewerDataError);
    expect(stored('profile')).toBeUndefined();
  });
});

describe('two popups changing settings at once end in one consistent state', () => {
  it('merges each change into the freshest stored value', async () => {
    await write(settingsItem, createSettings());
    await Promise.all([
      update(settingsItem, { autoFill: true }),
      update(settingsItem, { note: 'From the other popup' }),
      update(settingsItem, { letterLanguage: 'be' }),
    ]);
    expect((await read(settingsItem)).value).toEqual(createSettings({ autoFill: true, note: 'From the other popup', letterLanguage: 'be' }));
  });

  it('tells a watcher which settings changed elsewhere', async () => {
    await write(settingsItem, createSettings());
    const seen: string[][] = [];
    const stop = watch(settingsItem, (_result, changed) => seen.push(changed));
    await update(settingsItem, { wantsResponse: false });
    stop();
    await update(settingsItem, { autoFill: true });
    expect(seen).toEqual([['wantsResponse']]);
  });

  it('a change the schema refuses keeps the stored value instead of resetting it', async () => {
    await write(settingsItem, createSettings({ note: 'Thank you.' }));
    await update(settingsItem, { note: 'Thank you.\u200B', wantsResponse: false });
    expect((await read(settingsItem)).value).toEqual(createSettings({ note: 'Thank you.', wantsResponse: false }));
  });
});

describe('stored items are upgraded on install or update, writing only what changed', () => {
  const noteItem: StoredItem<{ text: string; pinned: boolean }> = {
    key: 'note', version: 2, schema: z.object({ text: z.string().check(z.minLength(1)), pinned: z.boolean() }),
    migrations: { 2: (old) => ({ text: (old as { body: string }).body, pinned: false }) }, fallback: { text: '', pinned: false },
  };

  it('rewrites an older entry in the current shape', async () => {
    await local.set({ note: { version: 1, data: { body: 'Remember' } } });
    expect(await upgradeStored([noteItem])).toEqual(['note']);
    expect(stored('note')).toEqual({ version: 2, data: { text: 'Remember', pinned: false } });
  });

  it('leaves current, newer, missing and unreadable entries alone', async () => {
    await local.set({ profile: { version: 1, data: createProfile() }, settings: { version: 5, data: {} }, note: { version: 1, data: { body: '' } } });
    const before = structuredClone(Object.fromEntries(local.data));
    expect(await upgradeStored([profileItem, settingsItem, noteItem])).toEqual([]);
    expect(Object.fromEntries(local.data)).toEqual(before);
  });
});
