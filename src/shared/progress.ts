import * as z from 'zod/mini';
import { isCalendarDate, localDateAfter } from '../core/text-checks.ts';
import { LANGUAGES, OFFICES } from './letter.ts';

/** What became of one letter sent to one office: confirmed by the office's page, or not. */
export const SEND_STATUSES = ['sent', 'not-confirmed'] as const;
export type SendStatus = (typeof SEND_STATUSES)[number];

/** No entry is older than this: the extension did not exist before. */
const FIRST_DATE = '2020-01-01';

export const ProgressEntrySchema = z.object({
  letterId: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
  office: z.enum(OFFICES),
  /** The office's site where the submit was seen; '' for an office the supporter marked by hand. */
  host: z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.-]*$/)),
  status: z.enum(SEND_STATUSES),
  language: z.enum(LANGUAGES),
  /**
   * Local date, YYYY-MM-DD: no time of day, nothing more precise than the supporter needs. A real
   * day, not before the campaign could have begun and not after tomorrow (a clock a few hours
   * ahead, or another time zone, may say tomorrow; nothing says next year).
   */
  date: z.string().check(z.refine<string>((date) => isCalendarDate(date) && date >= FIRST_DATE && date <= localDateAfter(new Date(), 1))),
  by: z.enum(['detected', 'hand']),
  /** For an office with two seats (the senators), the one the supporter marked by hand. */
  seat: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(9))),
});
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;

/** Far more than one supporter writes (each letter × each office site): a bound, not a quota. */
export const MAX_ENTRIES = 1000;

/** Keep every entry that still reads; one damaged entry never costs the supporter the rest. */
const entries = z.pipe(
  z.catch(z.array(z.unknown()), []),
  z.transform((list: unknown[]) => list.flatMap((raw) => {
    const parsed = z.safeParse(ProgressEntrySchema, raw);
    return parsed.success ? [parsed.data] : [];
  }).slice(-MAX_ENTRIES)),
);

/** The supporter's own record of which offices they have written to. It never leaves the browser. */
export const ProgressSchema = z.object({ entries });
export type Progress = z.infer<typeof ProgressSchema>;

export const EMPTY_PROGRESS: Progress = { entries: [] };
