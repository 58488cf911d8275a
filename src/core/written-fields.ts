import type { FieldSnapshot } from './field.ts';
import type { FillAction } from './fill-plan.ts';

/** A field the fill wrote, as the supporter reads it in the popup. */
export interface WrittenField { role: string; label: string; value: string }

/**
 * The fields a page reports it wrote (their refs), each as the person sees it: its label as
 * read with the page, and the value the plan put there (an option's text, a box's tick). Only
 * refs the plan has an action for count: a page cannot add values of its own to the record.
 */
export function writtenFields(fields: FieldSnapshot[], actions: FillAction[], refs: number[]): WrittenField[] {
  return refs.flatMap((ref) => {
    const action = actions.find((a) => a.ref === ref);
    if (!action) return [];
    const field = fields.find((f) => f.ref === ref);
    const label = field ? field.labels[0] || field.ariaLabel || field.placeholder || field.nearby : '';
    const value = action.checked !== undefined ? (action.checked ? '✓' : '✗')
      : field?.options.find((o) => o.value === action.value)?.text || action.value;
    return [{ role: action.role, label: label.slice(0, 200), value: value.slice(0, 20_000) }];
  });
}
