import library from 'virtual:letters';
import type { FillRequest } from '../shared/messages.ts';
import type { Profile } from '../shared/profile.ts';
import type { Settings } from '../shared/settings.ts';
import { read, profileItem, settingsItem } from '../shared/storage.ts';

export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The request for the supporter's saved profile and chosen letter; null until both exist. */
export function fillRequestFrom(profile: Profile, settings: Settings): FillRequest | null {
  const letter = library.letters.find((l) => l.id === settings.letterId) ?? library.letters[0];
  if (!letter) return null;
  return {
    profile,
    letter,
    salutations: library.salutations[settings.letterLanguage],
    choice: { letterId: letter.id, language: settings.letterLanguage, note: settings.note },
    wantsResponse: settings.wantsResponse,
    today: localDate(),
  };
}

export async function currentFillRequest(): Promise<{ request: FillRequest | null; settings: Settings }> {
  const [profile, settings] = await Promise.all([read(profileItem), read(settingsItem)]);
  const usable = profile.found && profile.reset.length === 0;
  return { request: usable ? fillRequestFrom(profile.value, settings.value) : null, settings: settings.value };
}
