import * as z from 'zod/mini';
import { LANGUAGES } from './letter.ts';

export const UI_LANGUAGES = ['auto', ...LANGUAGES] as const;

/** Choices the supporter makes once. Every field has a default, so a bad value never blocks the popup. */
export const SettingsSchema = z.object({
  /** Fill a recognised form as soon as it opens, without pressing "Fill this page". */
  autoFill: z.catch(z.boolean(), false),
  /** Ask the office for a reply where the form asks. */
  wantsResponse: z.catch(z.boolean(), true),
  /** The popup's language; 'auto' follows the browser. */
  uiLanguage: z.catch(z.enum(UI_LANGUAGES), 'auto'),
  /** The letter chosen in the picker. */
  letterId: z.catch(z.string(), 'political-prisoners'),
  /**
   * The language the supporter reads the letter in, beside the English that is sent ('auto':
   * the popup's language). Offices always receive English (SENT_LANGUAGE in letter-kinds.ts).
   */
  letterLanguage: z.catch(z.enum(UI_LANGUAGES), 'auto'),
  /** A personal note added before the signature. */
  note: z.catch(z.string().check(z.maxLength(1000)), ''),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = z.parse(SettingsSchema, {});
