import type { FillReport, TabStatus } from '../../src/shared/messages.ts';
import type { Profile } from '../../src/shared/profile.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/shared/progress.ts';
import type { Settings } from '../../src/shared/settings.ts';
import type { PopupClient } from '../../src/popup/client.ts';
import type { ReadResult } from '../../src/shared/stored-item.ts';
import { EMPTY_PROFILE } from '../../src/shared/storage.ts';
import { createSettings, TEST_PROFILE } from './factories.ts';
import library from './letters.ts';

export interface MockClientOptions {
  /** The stored profile; null for a first run (nothing stored). */
  profile?: Profile | null;
  /** Profile fields that could not be read back and were reset. */
  reset?: string[];
  settings?: Partial<Settings>;
  tab?: TabStatus;
  /** What "Fill this page" reports; an Error makes it fail. */
  fill?: FillReport[] | Error;
  /** The stored delivery log (guided campaign). */
  progress?: Progress;
}

export interface MockClient extends PopupClient {
  /** Every save, in order, as the popup made it. */
  saved: { profiles: Profile[]; settings: Settings[]; progress: Progress[] };
  fills: number;
  /** Official pages the popup opened in new tabs. */
  opened: string[];
}

/** A popup client with the real letter library and in-memory storage: no extension needed. */
export function createMockClient(options: MockClientOptions = {}): MockClient {
  let profile = options.profile === undefined ? TEST_PROFILE : options.profile;
  let settings = createSettings(options.settings);
  const reset = options.reset ?? [];
  let progress = options.progress ?? EMPTY_PROGRESS;
  const client: MockClient = {
    letters: library,
    saved: { profiles: [], settings: [], progress: [] },
    fills: 0,
    opened: [],
    async loadProfile(): Promise<ReadResult<Profile>> {
      return { value: profile ?? EMPTY_PROFILE, found: profile !== null, reset };
    },
    async saveProfile(value) {
      profile = value;
      client.saved.profiles.push(value);
    },
    async loadSettings(): Promise<ReadResult<Settings>> {
      return { value: settings, found: true, reset: [] };
    },
    async saveSettings(value) {
      settings = value;
      client.saved.settings.push(value);
    },
    async activeTabStatus() {
      return options.tab ?? { frames: [] };
    },
    async fillActiveTab() {
      client.fills++;
      if (options.fill instanceof Error) throw options.fill;
      return options.fill ?? [];
    },
    async loadProgress() {
      return { value: progress, found: true, reset: [] };
    },
    async changeProgress(change) {
      progress = change(progress);
      client.saved.progress.push(progress);
      return progress;
    },
    async openTab(url) {
      client.opened.push(url);
    },
  };
  return client;
}

/** A tab holding one recognised form of `office`. */
export function recognisedTab(office: TabStatus['frames'][number]['status']['office'], messageLimit: number | null = null): TabStatus {
  return { frames: [{ frameId: 0, host: 'example.senate.gov', url: 'https://example.senate.gov/contact', siteId: 'senate', status: { recognised: true, office, messageLimit, fillable: 9 } }] };
}

export function createFillReport(overrides: Partial<FillReport> = {}): FillReport {
  return { filled: 9, roles: [], left: [], captcha: true, submit: true, message: null, problem: null, written: [], ...overrides };
}
