import type { Language, Letter, Office, Salutations, VariantKey } from '../shared/letter.ts';
import { VARIANTS } from '../shared/letter-kinds.ts';
import type { Profile } from '../shared/profile.ts';
import { formLength, renderLetter } from './render-letter.ts';
import { US_STATES } from './us-states.ts';

export interface LetterChoice {
  letterId: string;
  language: Language;
  /** The supporter's own words, placed before the signature. */
  note: string;
}

export interface PreparedLetter {
  subject: string;
  /** Every variant rendered, longest first (full, 2000, 500). */
  messages: string[];
  variants: VariantKey[];
  topics: string[];
}


export function formatDate(date: Date, language: Language): string {
  const locale = { en: 'en-US', ru: 'ru-RU', be: 'be-BY' }[language];
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** The letter as this office will read it: salutation, the supporter's name, city, state and note. */
export function prepareLetter(
  letter: Letter,
  salutations: Salutations,
  choice: LetterChoice,
  office: Office | null,
  profile: Profile,
  today: Date,
): PreparedLetter {
  const text = letter.texts[choice.language];
  const values = {
    salutation: office ? salutations[office] : salutations.default,
    name: `${profile.firstName} ${profile.lastName}`.trim(),
    city: profile.city,
    state: US_STATES[profile.state] ?? profile.state,
    date: formatDate(today, choice.language),
    note: choice.note,
  };
  return {
    subject: text.subject,
    messages: VARIANTS.map((v) => renderLetter(text.variants[v], values)),
    variants: [...VARIANTS],
    topics: letter.topics,
  };
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
