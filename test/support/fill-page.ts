import * as z from 'zod/mini';
import { applyPlan } from '../../src/content/apply-plan.ts';
import { collectFields } from '../../src/content/collect-fields.ts';
import type { FillInput } from '../../src/core/fill-plan.ts';
import { planFill } from '../../src/core/plan-fill.ts';
import { PageSnapshotSchema } from '../../src/shared/field-schema.ts';
import { createProfile } from './factories.ts';

/** What a fill asks for when a test does not say: the test profile, a short letter, a topic to look for. */
export const PAGE_INPUT: FillInput = {
  profile: createProfile(), subject: 'Belarus', messages: ['Dear Secretary'], topics: ['Foreign Relations', 'Foreign Affairs', 'Human Rights'],
  wantsResponse: true, knownMessageLimit: null,
};

/**
 * Put `html` in the page and fill it as the extension does (read, check, plan, apply; layout stubbed by
 * the caller). Each control's value after it, by id: a checkbox's or radio's whether it is ticked,
 * a select's the text of the option chosen.
 */
export function fillPage(html: string, input: Partial<FillInput> = {}): Record<string, string> {
  document.body.innerHTML = html;
  const read = collectFields(document);
  // As the background does: a snapshot past its schema fills nothing.
  const { fields, groups } = z.parse(PageSnapshotSchema, { fields: read.fields, groups: read.groups });
  applyPlan(planFill(fields, groups, { ...PAGE_INPUT, ...input }), read.elements);
  return Object.fromEntries([...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, textarea, select')].map((el) => [
    el.id,
    el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.value ? el.selectedOptions[0].text : '')
      : el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? String(el.checked) : el.value,
  ]));
}
