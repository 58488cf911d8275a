import * as z from 'zod/mini';
import { OFFICES } from './letter-kinds.ts';

export * from './letter-kinds.ts';

const Text = z.string().check(z.minLength(1));
/** Pieces written for each recipient (office kind or `default`); the build proves each one the letter needs is there. */
const PerRecipient = z.record(z.string(), Text);

export const LetterTextSchema = z.object({
  title: Text,
  description: Text,
  subject: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The first paragraph after the salutation, per length variant and recipient. */
  openings: z.object({ full: PerRecipient, '2000': PerRecipient, '500': PerRecipient }),
  /** What the letter says between the opening and the ask, per length variant. */
  bodies: z.object({ full: Text, '2000': Text, '500': Text }),
  /** The last paragraph(s), what this office is asked to do, per length variant and recipient. */
  asks: z.object({ full: PerRecipient, '2000': PerRecipient, '500': PerRecipient }),
});
export type LetterText = z.infer<typeof LetterTextSchema>;

export const LetterSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  order: z.number(),
  offices: z.array(z.enum(OFFICES)).check(z.minLength(1)),
  topics: z.array(z.string()).check(z.minLength(1)),
  source: z.string(),
  /** The date the letter's facts are from: YYYY-MM or YYYY-MM-DD. */
  factsAsOf: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
  texts: z.object({ en: LetterTextSchema, ru: LetterTextSchema, be: LetterTextSchema }),
});
export type Letter = z.infer<typeof LetterSchema>;

const SalutationsSchema = z.object({
  senate: z.string(),
  house: z.string(),
  'white-house': z.string(),
  'state-department': z.string(),
  dhs: z.string(),
  default: z.string(),
});
export type Salutations = z.infer<typeof SalutationsSchema>;

/** Everything under letters/, compiled at build time into one module. */
export const LetterLibrarySchema = z.object({
  salutations: z.object({ en: SalutationsSchema, ru: SalutationsSchema, be: SalutationsSchema }),
  letters: z.array(LetterSchema).check(z.minLength(1)),
});
export type LetterLibrary = z.infer<typeof LetterLibrarySchema>;
