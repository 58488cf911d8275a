import * as z from 'zod/mini';

/** One stored item: its key, the shape of its current version, and how to read older ones. */
export interface StoredItem<T> {
  key: string;
  version: number;
  schema: z.ZodMiniType<T>;
  /** Keyed by the version they produce: `2: (v1) => v2`. */
  migrations: Record<number, (old: unknown) => unknown>;
  /** Field defaults used when a stored field is missing or invalid. */
  fallback: T;
}

export interface ReadResult<T> {
  value: T;
  /** The item was in storage (false: a first run). */
  found: boolean;
  /** Fields that were invalid and fell back to their defaults; empty when all was well. */
  reset: string[];
}

/** What sits in storage under the item's key; an export file carries the same envelope. */
export const EnvelopeSchema = z.object({ version: z.number(), data: z.unknown() });

export function migrate<T>(item: StoredItem<T>, version: number, data: unknown): unknown {
  let current = data;
  for (let v = version + 1; v <= item.version; v++) {
    const step = item.migrations[v];
    if (step) current = step(current);
  }
  return current;
}

/**
 * Parse stored data, keeping every valid field: a corrupt entry never wipes what is still
 * good, and the caller learns which fields were reset.
 */
export function readEnvelope<T>(item: StoredItem<T>, raw: unknown): ReadResult<T> {
  if (raw === undefined) return { value: item.fallback, found: false, reset: [] };
  const envelope = z.safeParse(EnvelopeSchema, raw);
  const data = envelope.success && envelope.data.version <= item.version
    ? migrate(item, envelope.data.version, envelope.data.data)
    : raw;
  const whole = z.safeParse(item.schema, data);
  if (whole.success) return { value: whole.data, found: true, reset: [] };

  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const shape = (item.schema as unknown as { shape: Record<string, z.ZodMiniType> }).shape;
  const value = { ...item.fallback } as Record<string, unknown>;
  const reset: string[] = [];
  for (const key of Object.keys(item.fallback as object)) {
    const parsed = z.safeParse(shape[key]!, record[key]);
    if (parsed.success) value[key] = parsed.data;
    else reset.push(key);
  }
  return { value: value as T, found: true, reset };
}

export function envelope<T>(item: StoredItem<T>, value: T) {
  return { version: item.version, data: value };
}
