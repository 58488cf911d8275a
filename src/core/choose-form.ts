import { classifyField, type Classification } from './classify-field.ts';
import type { FieldSnapshot, GroupSnapshot, Role } from './field.ts';
import { resolveRoles, type SetAside } from './resolve-roles.ts';
import { normaliseText, relinkStrayLabels } from './signals.ts';

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
  /** Fields with a role left alone on purpose: a second phone, another address block. */
  setAside: SetAside[];
}

const SIGN_UP = /newsletter|subscribe|sign up|signup|join (our|my) (list|mailing)|updates|search/;

// A first step that only asks who you are and where you live, before the message form.
const STEP_ROLES: Role[] = ['first', 'last', 'zip4', 'zip-full'];

// The first page of a form in pages ("Next", "Continue"): who you are and where you live, with
// the letter on a later page. Four of these, not a name and an email: that is a sign-up.
const NEXT_PAGE = /\b(next|continue)\b/;
const WHO_AND_WHERE: Role[] = ['first', 'last', 'full-name', 'email', 'phone', 'street', 'city', 'state', 'zip', 'zip-full'];

function isContactForm(roles: Role[], group: GroupSnapshot | undefined): boolean {
  if (roles.includes('message')) return true;
  if (group && SIGN_UP.test(normaliseText(group.text))) return false;
  if (group && NEXT_PAGE.test(normaliseText(group.text)) && new Set(roles.filter((r) => WHO_AND_WHERE.includes(r))).size >= 4) return true;
  const hasZip = roles.includes('zip') || roles.includes('zip-full');
  return hasZip && roles.some((r) => STEP_ROLES.includes(r)) && !roles.includes('email');
}


/**
 * The contact form on the page: the group whose fields make a message form, or a
 * ZIP-code first step. Newsletter sign-ups and search boxes are not contact forms.
 * Only fields a person can see count: a form of invisible boxes (posting who knows where)
 * never wins over the form the person is looking at, however many roles it has.
 */
export function chooseContactForm(fields: FieldSnapshot[], groups: GroupSnapshot[]): { form: ContactForm | null; classified: ClassifiedField[] } {
  const classified = relinkStrayLabels(fields).map((field) => ({ field, result: classifyField(field) }));
  const byGroup = new Map<number, ClassifiedField[]>();
  for (const c of classified) byGroup.set(c.field.group, [...(byGroup.get(c.field.group) ?? []), c]);

  let best: { group: number; form: ContactForm; size: number } | null = null;
  for (const [group, members] of byGroup) {
    const form = resolveForm(group, members);
    // Roles a person can see, plus what seeing the form whole adds (a ZIP+4 box after the ZIP
    // box): an invisible form never outweighs the visible one.
    const visible = new Set(members.filter((c) => c.field.visible).map((c) => c.field.ref));
    const roles = [
      ...members.flatMap((c) => (c.result.kind === 'role' && c.field.visible ? [c.result.role] : [])),
      ...[...form.roles].flatMap(([ref, role]) => (visible.has(ref) ? [role] : [])),
    ];
    if (!isContactForm(roles, groups.find((g) => g.index === group))) continue;
    const size = new Set(roles).size + (roles.includes('message') ? 100 : 0);
    if (!best || size > best.size) best = { group, form, size };
  }
  if (!best) return { form: null, classified };
  return { form: best.form, classified };
}

function resolveForm(group: number, members: ClassifiedField[]): ContactForm {
  return { group, ...resolveRoles(members) };
}
