import { EnvelopeSchema, fieldIssue, migrate, readFields, type Envelope, type StoredItem } from './stored-item.ts';
import * as z from 'zod/mini';
import { MAX_ENTRIES, SEND_STATUSES, type Progress, type SendStatus } from './progress.ts';
import { importableSetting } from './settings.ts';

// The export file: every item in its stored envelope, so a newer extension reads an older file
// with the same migrations it uses for storage. Items this version does not know are ignored,
// and new items slot in under their own key.
export const BACKUP_FORMAT = 'write-for-belarus';
export const BACKUP_VERSION = 1;
/** Checked before the file is read, and again before it is parsed: a backup is a few KB. */
export const MAX_BACKUP_BYTES = 1_000_000;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When it was made, as an ISO date. */
  exported: string;
  items: Record<string, Envelope>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- items of any shape
type AnyItem = StoredItem<any>;

export interface BackupEntry {
  item: AnyItem;
  value: unknown;
  /**
   * Fields not taken from the file: at the moment of writing they keep what is stored then
   * (settings that widen what the extension does, a letter this version lacks).
   */
  keep?: string[];
}

/** Why a file cannot be imported. Each code has a message `backup_<code>` in _locales. */
export type BackupProblem =
  | { code: 'too-big' }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'not-a-backup' }
  | { code: 'newer-file' }
  | { code: 'nothing-known' }
  | { code: 'newer-item'; item: string }
  | { code: 'bad-item'; item: string; fields: string[]; reasons?: Record<string, string> }
  | { code: 'too-many-entries'; item: string; limit: number };

/** Entries of the sending log the file holds but the import leaves out. */
export interface SkippedEntries {
  /** Entries that do not read (a date in the future, an unknown office…). */
  damaged: number;
  /** Entries for letters this version of the extension does not have. */
  unknownLetter: number;
}

export type ParsedBackup =
  | { ok: true; exported: string; entries: BackupEntry[]; skipped: SkippedEntries }
  | { ok: false; problem: BackupProblem };

/** What a checked file knows about this version: the letters it has. */
export interface BackupContext {
  letterIds: readonly string[];
}

/** The file for items as they are stored (`envelope(item, value)`, or as found when a newer version wrote them). */
export function createBackup(items: Record<string, Envelope>, now = new Date()): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exported: now.toISOString(), items };
}

export function backupFileName(now = new Date()): string {
  return `write-for-belarus-${now.toISOString().slice(0, 10)}.json`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().check(z.int(), z.minimum(1)),
  items: z.record(z.string(), z.unknown()),
});

/** One item from the file, in the current shape, or what is wrong with it. Strict: no field is defaulted away. */
function readItem(item: AnyItem, raw: unknown): { value: unknown } | BackupProblem {
  const parsed = z.safeParse(EnvelopeSchema, raw);
  if (!parsed.success || !isRecord(parsed.data.data)) return { code: 'bad-item', item: item.key, fields: [] };
  if (parsed.data.version > item.version) return { code: 'newer-item', item: item.key };
  let data: unknown;
  try {
    data = migrate(item, parsed.data.version, parsed.data.data);
  } catch {
    return { code: 'bad-item', item: item.key, fields: [] };
  }
  if (item.key === 'progress' && Array.isArray((data as { entries?: unknown }).entries)
    && (data as { entries: unknown[] }).entries.length > MAX_ENTRIES) {
    return { code: 'too-many-entries', item: item.key, limit: MAX_ENTRIES };
  }
  const { value, reset } = readFields(item, data);
  if (!reset.length) return { value };
  const reasons: Record<string, string> = {};
  for (const field of reset) {
    const reason = fieldIssue(item, field, (data as Record<string, unknown>)[field]);
    if (reason) reasons[field] = reason;
  }
  return { code: 'bad-item', item: item.key, fields: reset, reasons };
}

/** How many entries the sending log in `data` holds, as written (read entries are fewer when some are damaged). */
const rawEntryCount = (data: unknown): number => {
  const entries = isRecord(data) ? data.entries : undefined;
  return Array.isArray(entries) ? entries.length : 0;
};

/**
 * Check an export file completely before anything is written: the size, JSON, the format,
 * its version, and every field of every item this version knows.
 */
export function parseBackup(text: string, items: readonly AnyItem[], context?: BackupContext): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'too-big' } };
  if (!text.trim()) return { ok: false, problem: { code: 'empty' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const header = z.safeParse(HeaderSchema, json);
  if (!header.success || !isRecord(json)) return { ok: false, problem: { code: 'not-a-backup' } };
  if (header.data.version > BACKUP_VERSION) return { ok: false, problem: { code: 'newer-file' } };
  const entries: BackupEntry[] = [];
  const skipped: SkippedEntries = { damaged: 0, unknownLetter: 0 };
  for (const item of items) {
    if (!Object.hasOwn(header.data.items, item.key)) continue;
    const raw = header.data.items[item.key];
    const result = readItem(item, raw);
    if ('code' in result) return { ok: false, problem: result };
    let value = result.value;
    if (item.key === 'progress') {
      const progress = value as Progress;
      skipped.damaged = rawEntryCount((raw as Envelope).data) - progress.entries.length;
      if (context) {
        const known = progress.entries.filter((e) => context.letterIds.includes(e.letterId));
        skipped.unknownLetter = progress.entries.length - known.length;
        value = { ...progress, entries: known };
      }
    }
    entries.push({ item, value });
  }
  if (!entries.length) return { ok: false, problem: { code: 'nothing-known' } };
  const exported = typeof json.exported === 'string' ? json.exported : '';
  return { ok: true, exported, entries, skipped };
}

/** One field that the import changes, with what is stored now and what the file holds. */
export interface FieldChange {
  item: string;
  field: string;
  before: unknown;
  after: unknown;
}

/** How many offices the sending log marks with a status, now and after the import. */
export interface CountChange {
  status: SendStatus;
  before: number;
  after: number;
}

/** A setting the file holds that is not imported, and why. */
export interface WithheldSetting {
  field: string;
  /** The file's value, which is not used. */
  value: unknown;
  why: 'never-from-file' | 'unknown-letter';
}

/** Everything an import would do, for the supporter to read before anything is written. */
export interface ImportPlan {
  entries: BackupEntry[];
  changes: FieldChange[];
  progress: CountChange[];
  withheld: WithheldSetting[];
  skipped: SkippedEntries;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const withStatus = (progress: Progress | undefined, status: SendStatus) =>
  (progress?.entries ?? []).filter((e) => e.status === status).map((e) => JSON.stringify(e)).sort();

/**
 * Compare a checked file with what is stored now (`current`, by item key): field by field for the
 * details and settings, as counts for the sending log. Settings a file may not set are kept as
 * stored and listed as withheld; a letter this version lacks is kept too.
 */
export function planImport(parsed: Extract<ParsedBackup, { ok: true }>, current: Record<string, unknown>, context: BackupContext): ImportPlan {
  const changes: FieldChange[] = [];
  const progress: CountChange[] = [];
  const withheld: WithheldSetting[] = [];
  const entries = parsed.entries.map((entry): BackupEntry => {
    const { item } = entry;
    const before = current[item.key];
    if (item.key === 'progress') {
      for (const status of SEND_STATUSES) {
        const [was, will] = [withStatus(before as Progress, status), withStatus(entry.value as Progress, status)];
        // Also when the count stays: other offices marked is still a change.
        if (!same(was, will)) progress.push({ status, before: was.length, after: will.length });
      }
      return entry;
    }
    const old = (before ?? item.fallback) as Record<string, unknown>;
    const value = { ...(entry.value as Record<string, unknown>) };
    const keep: string[] = [];
    for (const field of Object.keys(value)) {
      if (item.key === 'settings') {
        const why = !importableSetting(field) ? 'never-from-file'
          : field === 'letterId' && !context.letterIds.includes(value[field] as string) ? 'unknown-letter' : null;
        if (why) {
          if (!same(value[field], old[field])) withheld.push({ field, value: value[field], why });
          value[field] = old[field];
          keep.push(field);
          continue;
        }
      }
      if (!same(value[field], old[field])) changes.push({ item: item.key, field, before: old[field], after: value[field] });
    }
    return keep.length ? { item, value, keep } : { item, value };
  });
  return { entries, changes, progress, withheld, skipped: parsed.skipped };
}

/** Whether confirming would change anything at all. */
export const importChangesSomething = (plan: ImportPlan): boolean => plan.changes.length > 0 || plan.progress.length > 0;
