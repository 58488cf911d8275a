import type { Role, ForbiddenReason } from './field.ts';
import type { Profile } from '../shared/profile.ts';

/** What the fill needs to know, already rendered for this page's office and language. */
export interface FillInput {
  profile: Profile;
  subject: string;
  /** The letter's variants, longest first, fully rendered (salutation, signature, note). */
  messages: string[];
  /** Topic names that suit the letter, best first. */
  topics: string[];
  wantsResponse: boolean;
  /** A limit the site registry knows although the page does not say it. */
  knownMessageLimit: number | null;
}

export interface FillAction {
  ref: number;
  role: Role;
  /** Text for inputs and textareas, the option value for selects; checkboxes and radios use `checked`. */
  value: string;
  checked?: boolean;
}

export type RefusalReason =
  | 'ambiguous' | 'duplicate' | 'no-matching-option' | 'message-too-long' | 'not-in-profile' | 'kept-your-text'
  // A second phone box (mobile, work) beside the main one; another address block (shipping beside billing).
  | 'secondary-phone' | 'other-address-block';

export interface Refusal {
  ref: number;
  role: Role | null;
  reason: RefusalReason;
  detail?: string;
}

export interface FillPlan {
  /** The form being filled (index of its group), or null when the page has no contact form. */
  group: number | null;
  actions: FillAction[];
  refusals: Refusal[];
  /** Fields the rules forbid touching, with the reason; CAPTCHAs among them are pointed out to the person. */
  forbidden: { ref: number; reason: ForbiddenReason }[];
  /**
   * Choices the supporter should see and may change: a topic the letter did not name (the nearest
   * in meaning, or the list's general option) and the answer to a purpose question. `detail` is
   * the option's text as the page shows it.
   */
  chosen?: { ref: number; role: Role; reason: 'nearest-topic' | 'general-topic' | 'purpose'; detail: string }[];
  /** The message chosen: which variant (0 = full) and its length as forms count it. */
  message: { variant: number; length: number; limit: number | null } | null;
}
