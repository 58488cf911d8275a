import * as z from 'zod/mini';
import { LANGUAGES } from './letter.ts';
import { plainText } from './plain-text.ts';

export const UI_LANGUAGES = ['auto', ...LANGUAGES] as const;

export const NOTE_MAX = 1000;

/** The stored settings item's version (src/shared/storage.ts holds its migrations). */
export const SETTINGS_VERSION = 2;

/** The personal note: appended to every letter, so it gets the same checks as a name. Line breaks are fine. */
const NoteSchema = z.string().check(z.maxLength(NOTE_MAX, 'errTooLong'), ...plainText({ multiline: true }));

/** Choices the supporter makes once. Every field has a default, so a bad value never blocks the popup. */
export const SettingsSchema = z.object({
  /** Fill a recognised form as soon as it opens, without pressing "Fill this page". */
  autoFill: z.catch(z.boolean(), false),
  /** The office sites (top-level hosts) the person confirmed for fill on open, one by one, in the popup. */
  autoFillSites: z.catch(z.array(z.string().check(z.regex(/^[a-z0-9.-]{1,253}$/))).check(z.maxLength(200)), []),
  /** Ask the office for a reply where the form asks. */
  wantsResponse: z.catch(z.boolean(), true),
  /** The popup's language; 'auto' follows the browser. */
  uiLanguage: z.catch(z.enum(UI_LANGUAGES), 'auto'),
  /** The letter chosen in the picker. */
  letterId: z.catch(z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)), 'political-prisoners'),
  /**
   * The language the supporter reads the letter in, beside the English that is sent ('auto':
   * the popup's language). Offices always receive English (SENT_LANGUAGE in letter-kinds.ts).
   */
  letterLanguage: z.catch(z.enum(UI_LANGUAGES), 'auto'),
  /** A personal note added before the signature. */
  note: z.catch(NoteSchema, ''),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = z.parse(SettingsSchema, {});

/** Why a note cannot be saved (a message key), or null when it can. */
export function noteProblem(note: string): string | null {
  const result = z.safeParse(NoteSchema, note);
  return result.success ? null : result.error.issues[0]?.message ?? 'errTooLong';
}

/**
 * Whether a backup file may set each setting. A file is a stranger's input: anything that widens
 * what the extension does on its own (filling as a page opens, and any list of sites allowed to
 * be filled that way) is only ever set by the supporter in the popup. Every setting must be
 * decided here; README's Backup section says the same.
 */
export const SETTING_FROM_FILE: { [K in keyof Settings]: 'import' | 'never' } & Record<string, 'import' | 'never'> = {
  autoFill: 'never',
  // The office sites confirmed one by one for fill on open: consent given in the popup, never by a file.
  autoFillSites: 'never',
  // Narrows or keeps what is sent: the reply box is ticked on the office's own form, where the person sees it.
  wantsResponse: 'import',
  uiLanguage: 'import',
  // Only a letter this version has; the import shows which one.
  letterId: 'import',
  letterLanguage: 'import',
  // Appended to every letter: shown in full in the import's confirmation.
  note: 'import',
};

/** Settings a file may set; every other key (including any added later and not yet decided) stays as stored. */
export const importableSetting = (key: string): boolean =>
  (SETTING_FROM_FILE as Record<string, string>)[key] === 'import';
