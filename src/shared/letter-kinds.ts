// Letter vocabulary without zod, so the content script can use it and stay small.

/** Kinds of office a letter can be addressed to; each has its own salutation. */
export const OFFICES = ['senate', 'house', 'white-house', 'state-department', 'dhs'] as const;
export type Office = (typeof OFFICES)[number];

export const LANGUAGES = ['en', 'ru', 'be'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Length variants: the full letter, and ones that fit forms limited to 2,000 and 500 characters. */
export const VARIANTS = ['full', '2000', '500'] as const;
export type VariantKey = (typeof VARIANTS)[number];
export const VARIANT_LIMITS: Record<VariantKey, number | null> = { full: null, '2000': 2000, '500': 500 };

export const PLACEHOLDERS = ['salutation', 'name', 'city', 'state', 'date', 'note'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
