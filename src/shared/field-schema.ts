import * as z from 'zod/mini';
import type { FieldSnapshot, GroupSnapshot } from '../core/field.ts';
import type { PageSnapshot } from '../core/page-status.ts';
import { SNAPSHOT_LIMITS as L } from '../core/snapshot-limits.ts';

// A page snapshot comes from a content script inside a page we do not control: its size and
// every field's shape are checked before the classifier sees it.

const text = (max: number) => z.string().check(z.maxLength(max));

export const FieldSnapshotSchema = z.object({
  ref: z.number().check(z.int(), z.minimum(0)),
  tag: z.enum(['input', 'select', 'textarea']),
  type: text(L.type), name: text(L.name), id: text(L.name), autocomplete: text(L.autocomplete), placeholder: text(L.words),
  labels: z.array(text(L.words)).check(z.maxLength(L.labels)),
  ariaLabel: text(L.words), legend: text(L.words), nearby: text(L.words), heading: z.optional(text(L.words)), title: text(L.words),
  options: z.array(z.object({ value: text(L.words), text: text(L.words), disabled: z.boolean() })).check(z.maxLength(L.options)),
  maxLength: z.nullable(z.number().check(z.int(), z.minimum(0))),
  size: z.optional(z.nullable(z.number().check(z.int(), z.minimum(0)))),
  pattern: text(L.pattern), required: z.boolean(), visible: z.boolean(), disabled: z.boolean(), readOnly: z.boolean(),
  value: text(L.value), checked: z.boolean(), pageDefault: text(L.value), defaultChecked: z.boolean(),
  group: z.number().check(z.int(), z.minimum(0)), nearCaptcha: z.boolean(),
});

export const PageSnapshotSchema = z.object({
  fields: z.array(FieldSnapshotSchema).check(z.maxLength(L.fields)),
  groups: z.array(z.object({ index: z.number().check(z.int(), z.minimum(0)), text: text(L.groupText) })).check(z.maxLength(L.fields)),
  posts: z.optional(z.array(z.array(text(L.place)).check(z.maxLength(L.places))).check(z.maxLength(L.fields))),
});

// The schema and the core's types must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const shapesAgree: [Same<z.infer<typeof FieldSnapshotSchema>, FieldSnapshot>, Same<z.infer<typeof PageSnapshotSchema>['groups'][number], GroupSnapshot>, Same<z.infer<typeof PageSnapshotSchema>, PageSnapshot>] = [true, true, true];
