import type { Letter, Salutations } from '../shared/letter.ts';
import { SENT_LANGUAGE, VARIANTS, type Language, type Office, type VariantKey } from '../shared/letter-kinds.ts';
import type { Profile } from '../shared/profile.ts';
import { formatDate } from './letter-date.ts';
import { letterTemplate, recipientFor } from './letter-template.ts';
import { formLength, renderLetter } from './render-letter.ts';
import { US_STATES } from './us-states.ts';

export interface LetterChoice {
  letterId: string;
  /** The supporter's own words, placed before the signature. They go to the office as written. */
  note: string;
}

export interface PreparedLetter {
  subject: string;
  /** Every variant rendered, longest first (full, 2000, 500). */
  messages: string[];
  variants: VariantKey[];
  topics: string[];
}

/** A letter's salutations in every language, as the library holds them. */
export type SalutationTable = Record<Language, Salutations>;

function render(letter: Letter, salutations: SalutationTable, language: Language, office: Office | null, profile: Profile, note: string, today: Date) {
  const values = {
    salutation: office ? salutations[language][office] : salutations[language].default,
    name: `${profile.firstName} ${profile.lastName}`.trim(),
    city: profile.city,
    state: US_STATES[profile.state] ?? profile.state,
    date: formatDate(today, language),
    note,
  };
  const recipient = recipientFor(letter, office);
  const text = letter.texts[language];
  return { subject: text.subject, messages: VARIANTS.map((v) => renderLetter(letterTemplate(text, recipient, v, language), values)) };
}

/**
 * The letter as this office will read it: always the English text and subject (see
 * SENT_LANGUAGE), with the office's own opening and ask, signed by the supporter.
 */
export function prepareLetter(
  letter: Letter,
  salutations: SalutationTable,
  choice: LetterChoice,
  office: Office | null,
  profile: Profile,
  today: Date,
): PreparedLetter {
  const { subject, messages } = render(letter, salutations, SENT_LANGUAGE, office, profile, choice.note, today);
  return { subject, messages, variants: [...VARIANTS], topics: letter.topics };
}

/**
 * The same letter in the supporter's language, piece for piece, so they can read what they
 * send. Never written into a form.
 */
export function translateLetter(
  letter: Letter,
  salutations: SalutationTable,
  language: Language,
  choice: LetterChoice,
  office: Office | null,
  profile: Profile,
  today: Date,
): { subject: string; messages: string[] } {
  return render(letter, salutations, language, office, profile, choice.note, today);
}

/**
 * The longest variant that fits a form's limit as rendered, the supporter's note included:
 * a note never makes the letter jump to a longer variant or go missing. When even the shortest
 * is over, `index` is -1 and `over` says by how many characters.
 */
export function fitLetter(messages: string[], limit: number | null): { index: number; over: number } {
  if (limit === null) return { index: 0, over: 0 };
  const index = messages.findIndex((m) => formLength(m) <= limit);
  const shortest = Math.min(...messages.map(formLength));
  return { index, over: index < 0 ? shortest - limit : 0 };
}
