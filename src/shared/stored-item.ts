import * as z from 'zod/mini';

/** One stored item: its key, the shape of its current version, and how to read older ones. */
export interface StoredItem<T> {
  key: string;
  version: number;
  schema: z.ZodMiniType<T>;
  /** Keyed by the version they produce: `2: (v1) => v2`. Old shapes keep their names (`ProfileV1`). */
  migrations: Record<number, (old: unknown) => unknown>;
  /** Field defaults used when a stored field is missing or invalid. */
  fallback: T;
}

export interface ReadResult<T> {
  value: T;
  /** The item was in storage (false: a first run). */
  found: boolean;
  /** Fields that were invalid (or missing and needed) and fell back to their defaults; empty when all was well. */
  reset: string[];
  /**
   * Stored by a newer version of the extension (after a downgrade): shown as far as this version
   * can read it, and never overwritten.
   */
  newer?: boolean;
}

/** What sits in storage under the item's key; an export file carries the same envelope. */
export const EnvelopeSchema = z.object({ version: z.number().check(z.int(), z.minimum(0)), data: z.unknown() });

export type Envelope = z.infer<typeof EnvelopeSchema>;

/** Run the migrations from `version` up to the item's current version. */
export function migrate<T>(item: StoredItem<T>, version: number, data: unknown): unknown {
  let current = data;
  for (let v = version + 1; v <= item.version; v++) {
    const step = item.migrations[v];
    if (step) current = step(current);
  }
  return current;
}

type Shape = Record<string, z.ZodMiniType>;

/** The fields of an object schema; null for any other kind of schema. */
function shapeOf(schema: z.ZodMiniType): Shape | null {
  const shape = (schema as unknown as { shape?: unknown }).shape;
  return typeof shape === 'object' && shape !== null ? shape as Shape : null;
}

/**
 * A field's schema without its `.catch()`: a caught field always "parses", so to tell the
 * supporter which values were replaced we check against what the catch wraps.
 */
function strict(schema: z.ZodMiniType): z.ZodMiniType {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodMiniType } } })._zod.def;
  return def.type === 'catch' && def.innerType ? def.innerType : schema;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Read data of the current shape field by field: every valid field is kept, every invalid one
 * falls back to its default and is named in `reset`. A field that is simply missing takes its
 * default silently when that default is itself valid (a setting added since).
 */
export function readFields<T>(item: StoredItem<T>, data: unknown): { value: T; reset: string[] } {
  const shape = shapeOf(item.schema);
  if (!shape) {
    const whole = z.safeParse(item.schema, data);
    return whole.success ? { value: whole.data, reset: [] } : { value: item.fallback, reset: [item.key] };
  }
  const record = isRecord(data) ? data : {};
  const fallback = item.fallback as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  const reset: string[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const parsed = z.safeParse(strict(schema), record[key]);
    if (parsed.success) { value[key] = parsed.data; continue; }
    value[key] = fallback[key];
    const missing = record[key] === undefined;
    if (!missing || !z.safeParse(strict(schema), fallback[key]).success) reset.push(key);
  }
  return { value: value as T, reset };
}

/**
 * Why one field's value does not read: the first issue's message (a message key for the
 * fields the popup explains), or null when it reads.
 */
export function fieldIssue<T>(item: StoredItem<T>, field: string, value: unknown): string | null {
  const schema = shapeOf(item.schema)?.[field];
  if (!schema) return null;
  const parsed = z.safeParse(strict(schema), value);
  return parsed.success ? null : parsed.error.issues[0]?.message ?? '';
}

/**
 * Parse what storage holds, keeping every valid field: a corrupt entry never wipes what is still
 * good, and the caller learns which fields were reset. Never throws.
 */
export function readEnvelope<T>(item: StoredItem<T>, raw: unknown): ReadResult<T> {
  if (raw === undefined) return { value: item.fallback, found: false, reset: [] };
  const envelope = z.safeParse(EnvelopeSchema, raw);
  // Not an envelope: junk, or data from before items were versioned. Read it as the current shape.
  if (!envelope.success) return { ...readFields(item, raw), found: true };
  const { version, data } = envelope.data;
  if (version > item.version) return { ...readFields(item, data), found: true, newer: true };
  let current: unknown;
  try {
    current = migrate(item, version, data);
  } catch (error) {
    // A migration that cannot handle this data: keep what still reads as the current shape.
    console.warn(`Write for Belarus: could not migrate "${item.key}" from version ${version}`, error);
    current = data;
  }
  return { ...readFields(item, current), found: true };
}

export function envelope<T>(item: StoredItem<T>, value: T): Envelope {
  return { version: item.version, data: value };
}

/** The version an entry in storage was written with, or null when it is not an envelope. */
export function storedVersion(raw: unknown): number | null {
  const parsed = z.safeParse(EnvelopeSchema, raw);
  return parsed.success ? parsed.data.version : null;
}
