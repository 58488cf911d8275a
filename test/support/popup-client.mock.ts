import type { PopupClient } from '../../src/popup/client.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/shared/progress.ts';
import type { Settings } from '../../src/shared/settings.ts';
import library from './letters.ts';
import { createSettings, TEST_PROFILE } from './factories.ts';

/** A popup client with everything in memory: the popup renders with it, and tests read what it was asked. */
export function createMockClient(options: { settings?: Partial<Settings>; progress?: Progress } = {}) {
  const calls = { opened: [] as string[], savedProgress: [] as Progress[] };
  let progress = options.progress ?? EMPTY_PROGRESS;
  const client: PopupClient = {
    letters: library,
    loadProfile: async () => ({ value: TEST_PROFILE, found: true, reset: [] }),
    saveProfile: async () => {},
    loadSettings: async () => ({ value: createSettings(options.settings), found: true, reset: [] }),
    saveSettings: async () => {},
    activeTabStatus: async () => ({ frames: [] }),
    fillActiveTab: async () => [],
    loadProgress: async () => ({ value: progress, found: true, reset: [] }),
    saveProgress: async (next) => { progress = next; calls.savedProgress.push(next); },
    openTab: async (url) => { calls.opened.push(url); },
  };
  return { client, calls };
}
