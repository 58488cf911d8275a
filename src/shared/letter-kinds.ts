// Letter vocabulary without zod, so the content script can use it and stay small.

/** Kinds of office a letter can be addressed to; each has its own salutation. */
export const OFFICES = ['senate', 'house', 'white-house', 'state-department', 'dhs'] as const;
export type Office = (typeof OFFICES)[number];

/**
 * Who a letter's opening and ask are written for: one of the letter's own offices, or
 * `default` for any office the letter does not name (and a page whose office is unknown).
 */
export const RECIPIENTS = [...OFFICES, 'default'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export const LANGUAGES = ['en', 'ru', 'be'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language written into an office's form. US offices read English, and a Cyrillic message
 * may be logged as unreadable or refused, so the other languages are only for the supporter to
 * read what they send.
 */
export const SENT_LANGUAGE = 'en' satisfies Language;

/** Length variants: the full letter, and ones that fit forms limited to 2,000 and 500 characters. */
export const VARIANTS = ['full', '2000', '500'] as const;
export type VariantKey = (typeof VARIANTS)[number];
export const VARIANT_LIMITS: Record<VariantKey, number | null> = { full: null, '2000': 2000, '500': 500 };

/** Subjects go into forms whose subject fields commonly take 80 to 100 characters. */
export const SUBJECT_LIMIT = 80;

export const PLACEHOLDERS = ['salutation', 'name', 'city', 'state', 'date', 'note'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The closing line above the signature, per language. */
export const CLOSINGS: Record<Language, string> = { en: 'Sincerely,', ru: 'С уважением,', be: 'З павагай,' };
