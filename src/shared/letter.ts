import * as z from 'zod/mini';
import { OFFICES } from './letter-kinds.ts';

export * from './letter-kinds.ts';

export const LetterTextSchema = z.object({
  title: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  subject: z.string().check(z.minLength(1), z.maxLength(100)),
  variants: z.object({
    full: z.string().check(z.minLength(1)),
    '2000': z.string().check(z.minLength(1)),
    '500': z.string().check(z.minLength(1)),
  }),
});
export type LetterText = z.infer<typeof LetterTextSchema>;

export const LetterSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  order: z.number(),
  offices: z.array(z.enum(OFFICES)).check(z.minLength(1)),
  topics: z.array(z.string()).check(z.minLength(1)),
  source: z.string(),
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
