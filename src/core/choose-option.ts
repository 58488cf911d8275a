import type { SelectOption } from './field.ts';
import { looksLikePlaceholderOption, NEWSLETTER, normaliseText } from './signals.ts';
import { stateInText, US_STATES, type StateCode } from './us-states.ts';

const plain = (text: string) => normaliseText(text).replace(/[.,]/g, '').trim();

function real(options: SelectOption[]): SelectOption[] {
  return options.filter((o, i) => !o.disabled && !(i === 0 && looksLikePlaceholderOption(o.text, o.value)) && o.text.trim() !== '');
}

// A value that is words ("Foreign Relations"), not a code, number or GUID, says what the option means.
const wordsValue = (value: string) => (/^[a-z][a-z&/,.' -]{3,}$/i.test(value.trim()) && /[a-z]{3}/i.test(value) ? plain(value) : '');

// The same courtesy title in Spanish: Ms. is Sra., as Mrs. is.
const SPANISH_PREFIX: Record<string, string> = { mr: 'sr', mrs: 'sra', ms: 'sra', miss: 'srta' };

/** "Ms." matches "Ms", "ms." and a value of "Ms"; never a placeholder. */
export function choosePrefix(options: SelectOption[], prefix: string): SelectOption | null {
  const wanted = plain(prefix);
  if (!wanted) return null;
  const candidates = real(options);
  const spanish = SPANISH_PREFIX[wanted];
  return candidates.find((o) => plain(o.text) === wanted || plain(o.value) === wanted)
    // "Srta./Sra. (Ms.)": the English title named in brackets.
    ?? candidates.find((o) => plain(o.text).includes(`(${wanted})`))
    ?? (spanish ? candidates.find((o) => plain(o.text) === spanish || plain(o.value) === spanish) : undefined)
    ?? null;
}

/** A state by postal code, by name, or in the `6_CO` style of Intranet Quorum forms. */
export function chooseState(options: SelectOption[], code: StateCode): SelectOption | null {
  const name = US_STATES[code].toLowerCase();
  const candidates = real(options);
  return (
    candidates.find((o) => o.value.toUpperCase() === code) ??
    candidates.find((o) => plain(o.text) === name.replace(/\./g, '')) ??
    candidates.find((o) => o.text.trim().toUpperCase() === code) ??
    candidates.find((o) => new RegExp(`^\\d+_${code}$`).test(o.value.toUpperCase())) ??
    candidates.find((o) => stateInText(o.text) === code) ??
    null
  );
}

/**
 * The first of the letter's preferred topics that the form offers: the option's text is the
 * topic, or contains it as whole words ("Foreign Relations / National Security").
 */
export function chooseTopic(options: SelectOption[], topics: string[]): SelectOption | null {
  return chooseTopicWithReason(options, topics)?.option ?? null;
}

// Short forms of a topic's words, as old lists print them ("INT'L AFFAIRS/TRADE").
const topicWords = (text: string) => plain(text).replace(/\bint'?l\b/g, 'international');

// Foreign affairs by other words: "World Affairs", "Global Affairs", "International Issues",
// "Foreign & Military Affairs". A word for abroad right before a word for affairs; "foreign" may
// stand up to two words off ("Foreign Trade and Policy"), the others must be next to it ("Global
// Health Issues" is health).
const FOREIGN_AFFAIRS = /\b(international|world|global) (affairs|relations|policy|issues)\b|\bforeign( [a-z&]+){0,2} (affairs|relations|policy|issues)\b/;
const foreignAffairs = (o: SelectOption) => FOREIGN_AFFAIRS.test(topicWords(o.text)) || FOREIGN_AFFAIRS.test(wordsValue(o.value));

function offered(candidates: SelectOption[], topic: string): SelectOption | null {
  const wanted = plain(topic);
  const exact = candidates.find((o) => topicWords(o.text) === wanted || wordsValue(o.value) === wanted);
  if (exact) return exact;
  const words = new RegExp(`(^|[^a-z])${wanted.replace(/[^a-z0-9 ]/g, '')}([^a-z]|$)`);
  return candidates.find((o) => words.test(topicWords(o.text)) || words.test(wordsValue(o.value))) ?? null;
}

function firstOffered(candidates: SelectOption[], topics: string[]): SelectOption | null {
  for (const topic of topics) {
    const found = offered(candidates, topic);
    if (found) return found;
    // At the letter's first foreign-affairs topic: any of its foreign-affairs topics as the list
    // words it, else the list's own foreign-affairs option in other words.
    if (FOREIGN_AFFAIRS.test(plain(topic))) {
      for (const same of topics) {
        const other = FOREIGN_AFFAIRS.test(plain(same)) ? offered(candidates, same) : null;
        if (other) return other;
      }
      const worded = candidates.find(foreignAffairs);
      if (worded) return worded;
    }
  }
  return null;
}

/**
 * Topics nearest in meaning to a letter about Belarus (prisoners, repression, sanctions, refugees),
 * best first, for a list that offers none of the letter's own topics.
 */
export const NEAREST_TOPICS = [
  'Human Rights', 'Civil Rights', 'Civil Liberties', 'International Affairs', 'International Relations',
  'Foreign Aid', 'Democracy', 'National Security', 'Defense', 'Armed Services', 'Homeland Security',
  // The same, as a Spanish list names them.
  'Relaciones Exteriores', 'Asuntos Exteriores', 'Derechos Humanos', 'Asuntos Internacionales', 'Política Exterior',
];

// The list's own catch-all: "Other", "General", "Comments", "Something else".
const GENERAL = /^(other|others|general|general (comments?|inquiry|inquiries|issues?|questions?|topics?)|comments?|comment on an issue|something else|misc|miscellaneous|other (issues?|topics?|subjects?|concerns?)|not listed|none of the above|all other( issues)?)$/;

export type TopicHow = 'letter' | 'nearest' | 'general';

/**
 * The letter's own topics in order; else the nearest in meaning; else the list's general option.
 * Never the placeholder. Both the option's text and a value made of words are read (`FR` shown,
 * "Foreign Relations" sent).
 */
export function chooseTopicWithReason(options: SelectOption[], topics: string[]): { option: SelectOption; how: TopicHow } | null {
  const own = firstOffered(real(options), topics);
  if (own) return { option: own, how: 'letter' };
  // A guess must never land on a "Select…" option, wherever the list puts it.
  const candidates = real(options).filter((o) => !looksLikePlaceholderOption(o.text, o.value));
  const near = firstOffered(candidates, NEAREST_TOPICS);
  if (near) return { option: near, how: 'nearest' };
  const general = candidates.find((o) => GENERAL.test(plain(o.text).replace(/\s*\/.*$/, '')) || GENERAL.test(wordsValue(o.value)));
  return general ? { option: general, how: 'general' } : null;
}

// Options that mean writing to the office, best first: an opinion or comment, then a message.
const WRITING = [
  /\b(share|express|give|voice)\b.*\b(opinion|views?|comments?|thoughts|concerns?)\b|\b(opinion|comment)s? on\b/,
  /\bcomments?\b|\bopinion\b|\bviews?\b|\bfeedback\b/,
  /\b(email|e-mail|write( to)?|contact|message|send a message( to)?)\b.*\b(senator|congress\w*|representative|president|secretary|office|governor|me|us)\b|^(email|write|contact|send a message)\b/,
];
// Options that ask the office to do something: not a letter.
const NOT_WRITING = /schedul|request|\btours?\b|\bflags?\b|case|help with|assist|agency|meeting|visit|invit|media|press|\bjobs?\b|intern|academy|nominat|appointment|location|problem|newsletter|subscri|ticket|event|grant|greeting|congratulat|recognition|letter of (support|recommendation)/;

/** "What would you like to do?": the option that means writing to this office. */
export function choosePurpose(options: SelectOption[]): SelectOption | null {
  const candidates = real(options).filter((o) => !looksLikePlaceholderOption(o.text, o.value) && !NOT_WRITING.test(plain(o.text)));
  for (const pattern of WRITING) {
    const found = candidates.find((o) => pattern.test(plain(o.text)));
    if (found) return found;
  }
  return null;
}

/** "Yes, I would like a response" or "No": the option that says what the supporter wants. */
export function chooseYesNo(options: SelectOption[], yes: boolean): SelectOption | null {
  // "How would you like a response?": by email is a yes the supporter can be reached by.
  const pattern = yes ? /^(yes|y|true|s[ií]|да|так)(?![a-zа-яёіў])|\bplease (contact|respond|reply)|\bwould like\b|^(by |via )?e-?mail\b/ : /^(no|n|false|нет|не)(?![a-zа-яёіў])|\bnot\b|don't|no response/;
  // "Yes, and subscribe me to the e-newsletter" is a yes the supporter never gave.
  return real(options).find((o) => pattern.test(plain(o.text)) && !NEWSLETTER.test(`${plain(o.text)} ${plain(o.value)}`)) ?? null;
}
