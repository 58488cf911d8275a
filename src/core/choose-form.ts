import { classifyField, type Classification } from './classify-field.ts';
import type { FieldSnapshot, GroupSnapshot, Role } from './field.ts';
import { normaliseText } from './signals.ts';

export interface ClassifiedField {
  field: FieldSnapshot;
  result: Classification;
}

export interface ContactForm {
  group: number;
  /** Role of each field of the form we may fill, after the form-level fixes below. */
  roles: Map<number, Role>;
  /** Fields whose role appears more than once where only one is expected: refused. */
  duplicates: number[];
}

const SIGN_UP = /newsletter|subscribe|sign up|signup|join (our|my) (list|mailing)|updates|search/;

// A first step that only asks who you are and where you live, before the message form.
const STEP_ROLES: Role[] = ['first', 'last', 'zip4', 'zip-full'];

function isContactForm(roles: Role[], group: GroupSnapshot | undefined): boolean {
  if (roles.includes('message')) return true;
  if (group && SIGN_UP.test(normaliseText(group.text))) return false;
  const hasZip = roles.includes('zip') || roles.includes('zip-full');
  return hasZip && roles.some((r) => STEP_ROLES.includes(r)) && !roles.includes('email');
}

// Roles a form may legitimately carry more than once.
const REPEATABLE: Role[] = ['response', 'response-inverted', 'topic'];

/**
 * The contact form on the page: the group whose fields make a message form, or a
 * ZIP-code first step. Newsletter sign-ups and search boxes are not contact forms.
 * Only fields a person can see count: a form of invisible boxes (posting who knows where)
 * never wins over the form the person is looking at, however many roles it has.
 */
export function chooseContactForm(fields: FieldSnapshot[], groups: GroupSnapshot[]): { form: ContactForm | null; classified: ClassifiedField[] } {
  const classified = fields.map((field) => ({ field, result: classifyField(field) }));
  const byGroup = new Map<number, ClassifiedField[]>();
  for (const c of classified) byGroup.set(c.field.group, [...(byGroup.get(c.field.group) ?? []), c]);

  let best: { group: number; members: ClassifiedField[]; size: number } | null = null;
  for (const [group, members] of byGroup) {
    const roles = members.flatMap((c) => (c.result.kind === 'role' && c.field.visible ? [c.result.role] : []));
    if (!isContactForm(roles, groups.find((g) => g.index === group))) continue;
    const size = new Set(roles).size + (roles.includes('message') ? 100 : 0);
    if (!best || size > best.size) best = { group, members, size };
  }
  if (!best) return { form: null, classified };
  return { form: resolveRoles(best.group, best.members), classified };
}

/** Second email is the confirmation; second street is line 2; other repeats are refused. */
function resolveRoles(group: number, members: ClassifiedField[]): ContactForm {
  const roles = new Map<number, Role>();
  const seen = new Map<Role, number[]>();
  for (const { field, result } of members) {
    if (result.kind !== 'role') continue;
    let role = result.role;
    if (role === 'email' && seen.has('email') && !seen.has('email-confirm')) role = 'email-confirm';
    if (role === 'street' && seen.has('street') && !seen.has('street2')) role = 'street2';
    seen.set(role, [...(seen.get(role) ?? []), field.ref]);
    roles.set(field.ref, role);
  }
  const duplicates: number[] = [];
  for (const [role, refs] of seen) {
    if (refs.length < 2 || REPEATABLE.includes(role)) continue;
    // Radios and checkboxes of one group share a name: one question, not a duplicate.
    for (const ref of refs) { duplicates.push(ref); roles.delete(ref); }
  }
  return { group, roles, duplicates };
}
