import { browser } from './browser.ts';
import { ProfileSchema, type Profile } from './profile.ts';
import { EMPTY_PROGRESS, ProgressSchema, type Progress } from './progress.ts';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './settings.ts';
import { envelope, readEnvelope, type ReadResult, type StoredItem } from './stored-item.ts';

export const EMPTY_PROFILE: Profile = {
  prefix: '', firstName: '', lastName: '', email: '', phone: '', street: '', street2: '',
  city: '', state: 'IL', zip: '', zip4: '',
};

export const profileItem: StoredItem<Profile> = {
  key: 'profile', version: 1, schema: ProfileSchema, migrations: {}, fallback: EMPTY_PROFILE,
};

export const settingsItem: StoredItem<Settings> = {
  key: 'settings', version: 1, schema: SettingsSchema, migrations: {}, fallback: DEFAULT_SETTINGS,
};

/** Which offices the supporter has written to, per letter (the guided campaign). */
export const progressItem: StoredItem<Progress> = {
  key: 'progress', version: 1, schema: ProgressSchema, migrations: {}, fallback: EMPTY_PROGRESS,
};

export async function read<T>(item: StoredItem<T>): Promise<ReadResult<T>> {
  const stored = await browser.storage.local.get(item.key);
  return readEnvelope(item, stored[item.key]);
}

export async function write<T>(item: StoredItem<T>, value: T): Promise<void> {
  await browser.storage.local.set({ [item.key]: envelope(item, value) });
}
