import { EnvelopeSchema, migrate, readFields, type Envelope, type StoredItem } from './stored-item.ts';
import * as z from 'zod/mini';

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
  | { code: 'bad-item'; item: string; fields: string[] };

export type ParsedBackup = { ok: true; exported: string; entries: BackupEntry[] } | { ok: false; problem: BackupProblem };

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
  const { value, reset } = readFields(item, data);
  return reset.length ? { code: 'bad-item', item: item.key, fields: reset } : { value };
}

/**
 * Check an export file completely before anything is written: the size, JSON, the format,
 * its version, and every field of every item this version knows.
 */
export function parseBackup(text: string, items: readonly AnyItem[]): ParsedBackup {
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
  for (const item of items) {
    if (!Object.hasOwn(header.data.items, item.key)) continue;
    const result = readItem(item, header.data.items[item.key]);
    if ('code' in result) return { ok: false, problem: result };
    entries.push({ item, value: result.value });
  }
  if (!entries.length) return { ok: false, problem: { code: 'nothing-known' } };
  const exported = typeof json.exported === 'string' ? json.exported : '';
  return { ok: true, exported, entries };
}
