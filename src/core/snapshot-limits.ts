/**
 * How long each text of a page snapshot may be, and how many of each list it may hold: the
 * background refuses a snapshot past them (shared/field-schema.ts), so the read cuts every text a
 * page controls to them (content/collect-fields.ts). A page whose every other box is ordinary but
 * one holds a long draft, a long `name` or a long option value is still filled.
 */
export const SNAPSHOT_LIMITS = {
  type: 40,
  /** A box's name and id (a form builder's names run to a hundred characters or so). */
  name: 500,
  autocomplete: 200,
  /** Every word read around a box: a label, a legend, a placeholder, an option's text or value. */
  words: 500,
  labels: 20,
  options: 1000,
  pattern: 1000,
  /** A value, and the page's own default value. */
  value: 100_000,
  fields: 5000,
  groupText: 2000,
  /** A place a form sends to: a URL. */
  place: 4000,
  places: 20,
} as const;

/** The first `max` characters of a text (code units; a pair split at the end is of no matter to a reader of words). */
export const cut = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/** A count an attribute gives (`size`): a whole number from 1 up, or none. */
export function countFrom(attribute: string | null): number | null {
  if (attribute === null || !/^\s*\d{1,6}\s*$/.test(attribute)) return null;
  return Number(attribute) || null;
}
