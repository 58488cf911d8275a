import * as z from 'zod/mini';
import { OFFICES } from '../shared/letter.ts';

/**
 * A page pattern: https, a host, a path. The host is literal, or `{name}.` / `www.{name}.` before a
 * chamber's domain, where `{name}` is one label (an office's name). No `*.`: a deeper or unnamed
 * subdomain is not an office. The manifest's match patterns are derived from these (tools/manifest.ts).
 */
const PagePattern = z.string().check(z.regex(/^https:\/\/((www\.)?\{name\}\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/.*$/));
const Host = z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/));

/**
 * One entry of the site registry. Data only: the generic classifier does the work; an entry
 * adds what a page cannot tell (which office it is, a limit the server enforces, where its
 * forms may be embedded from and post to).
 */
export const SiteSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  office: z.enum(OFFICES),
  /** Top-level pages of the office's own site. */
  match: z.array(PagePattern).check(z.minLength(1)),
  /** Form frames of a form service, filled only when embedded in a top-level page of an office. */
  frames: z.optional(z.array(PagePattern).check(z.minLength(1))),
  /** Hosts the office's forms may post to besides their own page's host. */
  formHosts: z.optional(z.array(Host).check(z.minLength(1))),
  messageLimit: z.optional(z.number().check(z.int(), z.positive())),
  testUrls: z.array(z.url()).check(z.minLength(1)),
  notes: z.string().check(z.minLength(1)),
});
export type Site = z.infer<typeof SiteSchema>;
export const SiteRegistrySchema = z.array(SiteSchema);
