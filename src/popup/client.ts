import library from 'virtual:letters';
import { backupFileName, createBackup, parseBackup, planImport, type BackupEntry, type BackupProblem, type ImportPlan } from '../shared/backup.ts';
import { browser } from '../shared/browser.ts';
import { sendToBackground, type FillReport, type TabStatus } from '../shared/messages.ts';
import type { Profile } from '../shared/profile.ts';
import { changeProgress } from '../shared/progress-store.ts';
import type { Progress } from '../shared/progress.ts';
import type { Settings } from '../shared/settings.ts';
import { STORED_ITEMS, profileItem, progressItem, read, settingsItem, update, watch, write, writeAll } from '../shared/storage.ts';
import { envelope, type Envelope, type ReadResult } from '../shared/stored-item.ts';
import type { Language, LetterLibrary } from '../shared/letter.ts';
import { OwnWrites } from './own-writes.ts';

/** Changes made elsewhere (another popup, a tab, an import), for the popup to show as they happen. */
export interface StoredListener {
  profile(result: ReadResult<Profile>): void;
  /** Only the settings that changed. */
  settings(changes: Partial<Settings>): void;
}

export interface BackupClient {
  /** The export file's name and text, from what is stored now. */
  exportFile(): Promise<{ name: string; text: string }>;
  /** Check a file completely and compare it with what is stored now; writes nothing. */
  check(text: string): Promise<{ ok: true; plan: ImportPlan } | { ok: false; problem: BackupProblem }>;
  /** Write what a checked file holds, all at once. */
  importEntries(entries: BackupEntry[]): Promise<void>;
  /** A letter's title in `language`, to name the letter a file chooses; null for a letter this version lacks. */
  letterTitle(id: string, language: Language): string | null;
}

/** Everything the popup asks of the extension. Components get it as a prop; tests pass a fake. */
export interface PopupClient {
  letters: LetterLibrary;
  loadProfile(): Promise<ReadResult<Profile>>;
  saveProfile(profile: Profile): Promise<void>;
  loadSettings(): Promise<ReadResult<Settings>>;
  /** Only the settings that differ from what the popup last knew are written, into the freshest stored value. */
  saveSettings(settings: Settings): Promise<void>;
  activeTabStatus(): Promise<TabStatus>;
  fillActiveTab(): Promise<FillReport[]>;
  watchStored?(listener: StoredListener): () => void;
  backup?: BackupClient;
  loadProgress(): Promise<ReadResult<Progress>>;
  /** Change the sending log from its freshest stored value (the background may have just written to it). */
  changeProgress(change: (progress: Progress) => Progress): Promise<Progress>;
  watchProgress?(listener: (progress: Progress) => void): () => void;
  /** Open an office's official page in a new tab (needs no permission). */
  openTab(url: string): Promise<void>;
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The real client. Each popup gets its own: it remembers what this popup knows and wrote. */
export function createExtensionClient(): PopupClient {
  const own = new OwnWrites();
  let known: Settings | null = null;

  const backup: BackupClient = {
    async exportFile() {
      const items: Record<string, Envelope> = {};
      const stored = await browser.storage.local.get(STORED_ITEMS.map((i) => i.key));
      for (const item of STORED_ITEMS) {
        const result = await read(item);
        if (!result.found) continue;
        // A newer version's entry goes out as it is, for that version to read back.
        items[item.key] = result.newer ? stored[item.key] as Envelope : envelope(item, result.value);
      }
      return { name: backupFileName(), text: `${JSON.stringify(createBackup(items), null, 2)}\n` };
    },
    async check(text) {
      const context = { letterIds: library.letters.map((l) => l.id) };
      const parsed = parseBackup(text, STORED_ITEMS, context);
      if (!parsed.ok) return parsed;
      const current: Record<string, unknown> = {};
      for (const item of STORED_ITEMS) current[item.key] = (await read(item)).value;
      return { ok: true, plan: planImport(parsed, current, context) };
    },
    letterTitle: (id, language) => library.letters.find((l) => l.id === id)?.texts[language].title ?? null,
    async importEntries(entries) {
      for (const { item, value } of entries) own.note(item.key, value);
      await writeAll(entries);
      const settings = entries.find((e) => e.item === settingsItem);
      if (settings) known = settings.value as Settings;
    },
  };

  return {
    letters: library,
    loadProfile: () => read(profileItem),
    async saveProfile(profile) {
      own.note(profileItem.key, profile);
      try {
        await write(profileItem, profile);
      } catch (error) {
        own.forget(profileItem.key, profile);
        throw error;
      }
    },
    async loadSettings() {
      const result = await read(settingsItem);
      known = result.value;
      return result;
    },
    async saveSettings(settings) {
      const changes = Object.fromEntries(Object.entries(settings)
        .filter(([key, value]) => !known || !same(known[key as keyof Settings], value))) as Partial<Settings>;
      known = settings;
      if (!Object.keys(changes).length) return;
      for (const [key, value] of Object.entries(changes)) own.note(`settings.${key}`, value);
      await update(settingsItem, changes);
    },
    async activeTabStatus() {
      const tabId = await activeTabId();
      return tabId === null ? { frames: [] } : sendToBackground('tabStatus', tabId);
    },
    async fillActiveTab() {
      const tabId = await activeTabId();
      return tabId === null ? [] : sendToBackground('fillTab', tabId);
    },
    watchStored(listener) {
      const stopProfile = watch(profileItem, (result) => {
        if (!own.isEcho(profileItem.key, result.value)) listener.profile(result);
      });
      const stopSettings = watch(settingsItem, (result, changed) => {
        if (own.isEcho(settingsItem.key, result.value)) return;
        const external: Record<string, unknown> = {};
        for (const key of changed) {
          const value = result.value[key as keyof Settings];
          if (!own.isEcho(`settings.${key}`, value)) external[key] = value;
        }
        if (!Object.keys(external).length) return;
        known = { ...(known ?? result.value), ...external };
        listener.settings(external as Partial<Settings>);
      });
      return () => { stopProfile(); stopSettings(); };
    },
    backup,
    loadProgress: () => read(progressItem),
    changeProgress,
    watchProgress: (listener) => watch(progressItem, (result) => listener(result.value)),
    async openTab(url) {
      await browser.tabs.create({ url });
    },
  };
}

export const extensionClient: PopupClient = createExtensionClient();
