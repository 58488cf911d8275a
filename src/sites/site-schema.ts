import * as z from 'zod/mini';
import { OFFICES } from '../shared/letter.ts';

/** A manifest-style match pattern: https, a host (optionally `*.`), a path. */
const MatchPattern = z.string().check(z.regex(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*$/));

/**
 * One entry of the site registry. Data only: the generic classifier does the work; an entry
 * adds what a page cannot tell (which office it is, a limit the server enforces).
 */
export const SiteSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  office: z.enum(OFFICES),
  match: z.array(MatchPattern).check(z.minLength(1)),
  messageLimit: z.optional(z.number().check(z.int(), z.positive())),
  testUrls: z.array(z.url()).check(z.minLength(1)),
  notes: z.string().check(z.minLength(1)),
});
export type Site = z.infer<typeof SiteSchema>;
export const SiteRegistrySchema = z.array(SiteSchema);
