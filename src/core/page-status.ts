import { chooseContactForm } from './choose-form.ts';
import type { FieldSnapshot, GroupSnapshot } from './field.ts';
import type { FillInput, FillPlan } from './fill-plan.ts';
import type { SiteEntry } from './match-site.ts';
import { planFill } from './plan-fill.ts';
import type { PageStatus } from '../shared/messages.ts';

/** What a content script saw on its page: the only thing it sends for the extension to reason about. */
export interface PageSnapshot {
  fields: FieldSnapshot[];
  groups: GroupSnapshot[];
  /** Where each group's form sends, by group index: its action and any submit button's own formaction. */
  posts?: string[][];
}

/** Is there a contact form, for which office, and what does its message take? */
export function statusOf(snapshot: PageSnapshot, site: SiteEntry | null): PageStatus {
  const { form } = chooseContactForm(snapshot.fields, snapshot.groups);
  const office = site?.office ?? null;
  if (!form) return { recognised: false, office, messageLimit: null, fillable: 0 };
  const message = snapshot.fields.find((f) => form.roles.get(f.ref) === 'message');
  const limits = [message?.maxLength ?? null, site?.messageLimit ?? null].filter((n): n is number => n !== null);
  return { recognised: true, office, messageLimit: limits.length ? Math.min(...limits) : null, fillable: form.roles.size };
}

/**
 * A contact form is in the page's fields, but no part of it is shown to the person (covered by a
 * banner or a pop-up, or hidden): the form the page would have with every field shown.
 */
export function hiddenContactForm(snapshot: PageSnapshot, site: SiteEntry | null): boolean {
  if (statusOf(snapshot, site).recognised) return false;
  return statusOf({ ...snapshot, fields: snapshot.fields.map((f) => ({ ...f, visible: true })) }, site).recognised;
}

export function planFor(snapshot: PageSnapshot, input: Omit<FillInput, 'knownMessageLimit'>, site: SiteEntry | null): FillPlan {
  return planFill(snapshot.fields, snapshot.groups, { ...input, knownMessageLimit: site?.messageLimit ?? null });
}
