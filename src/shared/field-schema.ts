import * as z from 'zod/mini';
import type { FieldSnapshot, GroupSnapshot } from '../core/field.ts';
import type { PageSnapshot } from '../core/page-status.ts';

// A page snapshot comes from a content script inside a page we do not control: its size and
// every field's shape are checked before the classifier sees it.

const text = (max: number) => z.string().check(z.maxLength(max));

export const FieldSnapshotSchema = z.object({
  ref: z.number().check(z.int(), z.minimum(0)),
  tag: z.enum(['input', 'select', 'textarea']),
  type: text(40), name: text(500), id: text(500), autocomplete: text(200), placeholder: text(500),
  labels: z.array(text(500)).check(z.maxLength(20)),
  ariaLabel: text(500), legend: text(500), nearby: text(500), heading: z.optional(text(500)), title: text(500),
  options: z.array(z.object({ value: text(500), text: text(500), disabled: z.boolean() })).check(z.maxLength(1000)),
  maxLength: z.nullable(z.number().check(z.int(), z.minimum(0))),
  size: z.optional(z.nullable(z.number().check(z.int(), z.minimum(0)))),
  pattern: text(1000), required: z.boolean(), visible: z.boolean(), disabled: z.boolean(), readOnly: z.boolean(),
  value: text(100_000), checked: z.boolean(), pageDefault: text(100_000), defaultChecked: z.boolean(),
  group: z.number().check(z.int(), z.minimum(0)), nearCaptcha: z.boolean(),
});

export const PageSnapshotSchema = z.object({
  fields: z.array(FieldSnapshotSchema).check(z.maxLength(5000)),
  groups: z.array(z.object({ index: z.number().check(z.int(), z.minimum(0)), text: text(2000) })).check(z.maxLength(5000)),
  posts: z.optional(z.array(z.array(text(4000)).check(z.maxLength(20))).check(z.maxLength(5000))),
});

// The schema and the core's types must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const shapesAgree: [Same<z.infer<typeof FieldSnapshotSchema>, FieldSnapshot>, Same<z.infer<typeof PageSnapshotSchema>['groups'][number], GroupSnapshot>, Same<z.infer<typeof PageSnapshotSchema>, PageSnapshot>] = [true, true, true];
