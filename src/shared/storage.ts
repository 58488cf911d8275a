import { browser } from './browser.ts';
import { ProfileSchema, type Profile } from './profile.ts';
import { EMPTY_PROGRESS, ProgressSchema, type Progress } from './progress.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './settings.ts';
import { envelope, migrate, readEnvelope, readFields, storedVersion, type ReadResult, type StoredItem } from './stored-item.ts';

export const EMPTY_PROFILE: Profile = {
  prefix: '', firstName: '', lastName: '', email: '', phone: '', street: '', street2: '',
  city: '', state: 'IL', zip: '', zip4: '',
};

export const profileItem: StoredItem<Profile> = {
  key: 'profile', version: 1, schema: ProfileSchema, migrations: {}, fallback: EMPTY_PROFILE,
};

export const settingsItem: StoredItem<Settings> = {
  key: 'settings', version: SETTINGS_VERSION, schema: SettingsSchema, fallback: DEFAULT_SETTINGS,
  migrations: {
    // Version 1's letterLanguage was the language sent; letters now always go in English and it
    // is the language the supporter reads them in. 'en' was the default: follow the popup.
    2: (old) => (typeof old === 'object' && old !== null && (old as { letterLanguage?: unknown }).letterLanguage === 'en' ? { ...old, letterLanguage: 'auto' } : old),
  },
};

/** Which offices the supporter has written to, per letter (the guided campaign's sending log). */
export const progressItem: StoredItem<Progress> = {
  key: 'progress', version: 1, schema: ProgressSchema, migrations: {}, fallback: EMPTY_PROGRESS,
};

/** The supporter's items: upgraded when the extension updates, and carried by the export file. */
export const STORED_ITEMS: readonly StoredItem<any>[] = [profileItem, settingsItem, progressItem]; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Storage holds this item in a newer version's shape: this version must not overwrite it. */
export class NewerDataError extends Error {
  constructor(readonly key: string) {
    super(`"${key}" was saved by a newer version of the extension`);
    this.name = 'NewerDataError';
  }
}

/**
 * One writer at a time for each item, across the popup, other extension pages and the
 * background (they share an origin, so Web Locks span them); a read-change-write never
 * interleaves with another.
 */
export function withLock<R>(key: string, task: () => Promise<R>): Promise<R> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`write-for-belarus:${key}`, task);
  // Without Web Locks, at least this context's writers take turns.
  const run = (queues.get(key) ?? Promise.resolve()).then(task);
  queues.set(key, run.catch(() => {}));
  return run;
}

const queues = new Map<string, Promise<unknown>>();

async function readRaw(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

export async function read<T>(item: StoredItem<T>): Promise<ReadResult<T>> {
  return readEnvelope(item, await readRaw(item.key));
}

async function writeUnlocked<T>(item: StoredItem<T>, value: T): Promise<void> {
  if ((storedVersion(await readRaw(item.key)) ?? 0) > item.version) throw new NewerDataError(item.key);
  await browser.storage.local.set({ [item.key]: envelope(item, value) });
}

/** Replace the item. Refuses (NewerDataError) when a newer version of the extension wrote it. */
export function write<T>(item: StoredItem<T>, value: T): Promise<void> {
  return withLock(item.key, () => writeUnlocked(item, value));
}

/**
 * Change some fields of an object item, merged into the freshest stored value: two popups
 * changing different settings at once both keep their change. Returns what was written.
 */
export function update<T extends object>(item: StoredItem<T>, changes: Partial<T>): Promise<T> {
  return withLock(item.key, async () => {
    const current = readEnvelope(item, await readRaw(item.key));
    if (current.newer) throw new NewerDataError(item.key);
    const { value: next, reset } = readFields(item, { ...current.value, ...changes });
    // A change the schema refuses keeps the stored value: a bad change never wipes a good one.
    for (const key of reset) {
      if (Object.hasOwn(changes, key)) (next as Record<string, unknown>)[key] = (current.value as Record<string, unknown>)[key];
    }
    await browser.storage.local.set({ [item.key]: envelope(item, next) });
    return next;
  });
}

/**
 * Several items at once, in one storage write: all of them change, or (on a refusal) none.
 * The fields named in `keep` keep what is stored at the moment of writing (an import never sets them).
 */
export function writeAll(entries: { item: StoredItem<unknown>; value: unknown; keep?: readonly string[] }[]): Promise<void> {
  const keys = entries.map((e) => e.item.key);
  const run = async () => {
    const stored = await browser.storage.local.get(keys);
    for (const { item } of entries) {
      if ((storedVersion(stored[item.key]) ?? 0) > item.version) throw new NewerDataError(item.key);
    }
    const merged = (item: StoredItem<unknown>, value: unknown, keep: readonly string[] = []) => {
      if (!keep.length) return value;
      const now = readEnvelope(item, stored[item.key]).value as Record<string, unknown>;
      return { ...(value as Record<string, unknown>), ...Object.fromEntries(keep.map((field) => [field, now[field]])) };
    };
    await browser.storage.local.set(Object.fromEntries(entries.map(({ item, value, keep }) => [item.key, envelope(item, merged(item, value, keep))])));
  };
  // Nested locks, taken in a fixed order so two writers of the same items cannot deadlock.
  return [...keys].sort().reduceRight<() => Promise<void>>((inner, key) => () => withLock(key, inner), run)();
}

/**
 * Tell `listener` each time the item changes in storage (another popup, a tab, the background),
 * with the fields whose value changed.
 */
export function watch<T>(item: StoredItem<T>, listener: (result: ReadResult<T>, changed: string[], raw: unknown) => void): () => void {
  const onChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes[item.key];
    if (area !== 'local' || !change) return;
    const before = readEnvelope(item, change.oldValue).value as Record<string, unknown>;
    const after = readEnvelope(item, change.newValue);
    const changed = Object.keys(after.value as object)
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify((after.value as Record<string, unknown>)[key]));
    listener(after, changed, change.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * Bring older stored items up to the current version (on install or update). Writes only when
 * the entry is older and every field survived the migration; anything else is left as it is for
 * the popup to show, so nothing is lost without the supporter knowing.
 */
export async function upgradeStored(items: readonly StoredItem<unknown>[] = STORED_ITEMS): Promise<string[]> {
  const upgraded: string[] = [];
  for (const item of items) {
    await withLock(item.key, async () => {
      const raw = await readRaw(item.key);
      const version = storedVersion(raw);
      if (version === null || version >= item.version) return;
      let data: unknown;
      try {
        data = migrate(item, version, (raw as { data: unknown }).data);
      } catch {
        return;
      }
      const { value, reset } = readFields(item, data);
      if (reset.length) return;
      await browser.storage.local.set({ [item.key]: envelope(item, value) });
      upgraded.push(item.key);
    });
  }
  return upgraded;
}
