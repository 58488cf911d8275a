import library from 'virtual:letters';
import { prepareLetter } from '../core/prepare-letter.ts';
import type { Letter, Office } from '../shared/letter.ts';
import type { FillRequest } from '../shared/messages.ts';
import type { Profile } from '../shared/profile.ts';
import type { Settings } from '../shared/settings.ts';
import { read, profileItem, settingsItem } from '../shared/storage.ts';

/** The letter the supporter chose; the first one if that letter is no longer in the library. */
export function chosenLetter(settings: Settings): Letter | undefined {
  return library.letters.find((l) => l.id === settings.letterId) ?? library.letters[0];
}

/** The chosen letter, written for this office and signed by the supporter. */
export function fillRequestFor(profile: Profile, settings: Settings, office: Office | null, today = new Date()): FillRequest | null {
  const letter = chosenLetter(settings);
  if (!letter) return null;
  // Always the English letter and subject: the reading language only changes what the popup shows.
  const prepared = prepareLetter(letter, library.salutations, { letterId: letter.id, note: settings.note }, office, profile, today);
  return { profile, subject: prepared.subject, messages: prepared.messages, topics: prepared.topics, wantsResponse: settings.wantsResponse };
}

/** What is stored now: a request maker for any office, or null until a complete profile is saved. */
export async function storedFill(): Promise<{ requestFor: ((office: Office | null) => FillRequest | null) | null; settings: Settings }> {
  const [profile, settings] = await Promise.all([read(profileItem), read(settingsItem)]);
  const usable = profile.found && profile.reset.length === 0;
  return {
    requestFor: usable ? (office) => fillRequestFor(profile.value, settings.value, office) : null,
    settings: settings.value,
  };
}
