import library from 'virtual:letters';
import { browser } from '../shared/browser.ts';
import { sendToBackground, type FillReport, type TabStatus } from '../shared/messages.ts';
import type { Profile } from '../shared/profile.ts';
import type { Progress } from '../shared/progress.ts';
import type { Settings } from '../shared/settings.ts';
import { profileItem, progressItem, read, settingsItem, write } from '../shared/storage.ts';
import type { ReadResult } from '../shared/stored-item.ts';
import type { LetterLibrary } from '../shared/letter.ts';

/** Everything the popup asks of the extension. Components get it as a prop; tests pass a fake. */
export interface PopupClient {
  letters: LetterLibrary;
  loadProfile(): Promise<ReadResult<Profile>>;
  saveProfile(profile: Profile): Promise<void>;
  loadSettings(): Promise<ReadResult<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
  activeTabStatus(): Promise<TabStatus>;
  fillActiveTab(): Promise<FillReport[]>;
  loadProgress(): Promise<ReadResult<Progress>>;
  saveProgress(progress: Progress): Promise<void>;
  /** Open an office's official page in a new tab (needs no permission). */
  openTab(url: string): Promise<void>;
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export const extensionClient: PopupClient = {
  letters: library,
  loadProfile: () => read(profileItem),
  saveProfile: (profile) => write(profileItem, profile),
  loadSettings: () => read(settingsItem),
  saveSettings: (settings) => write(settingsItem, settings),
  async activeTabStatus() {
    const tabId = await activeTabId();
    return tabId === null ? { frames: [] } : sendToBackground('tabStatus', tabId);
  },
  async fillActiveTab() {
    const tabId = await activeTabId();
    return tabId === null ? [] : sendToBackground('fillTab', tabId);
  },
  loadProgress: () => read(progressItem),
  saveProgress: (progress) => write(progressItem, progress),
  async openTab(url) {
    await browser.tabs.create({ url });
  },
};
