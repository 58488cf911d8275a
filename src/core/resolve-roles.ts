import { parseAutocomplete, widthOf, type Classification } from './classify-field.ts';
import type { FieldSnapshot, Role } from './field.ts';
import { fieldTexts, normaliseText } from './signals.ts';

interface Member {
  field: FieldSnapshot;
  result: Classification;
}

/** A field of the form that has a role but is deliberately left alone, and why. */
export interface SetAside {
  ref: number;
  role: Role;
  reason: 'secondary-phone' | 'other-address-block';
  detail?: string;
}

export interface ResolvedRoles {
  /** Role of each field we may fill. */
  roles: Map<number, Role>;
  /** Fields whose role appears more than once where only one is expected: refused. */
  duplicates: number[];
  setAside: SetAside[];
}

// Roles a form may legitimately carry more than once (radio and checkbox questions, sub-topics).
const REPEATABLE: Role[] = ['response', 'response-inverted', 'topic', 'purpose'];
// The roles that make up one person's name-and-address block (billing, shipping, home, work...).
const BLOCK_ROLES: Role[] = ['prefix', 'first', 'last', 'full-name', 'street', 'street2', 'address', 'city', 'state', 'zip', 'zip4', 'zip-full'];
const ADDRESS_ROLES: Role[] = ['street', 'street2', 'address', 'city', 'state', 'zip', 'zip4', 'zip-full'];
const NAME_ROLES: Role[] = ['prefix', 'first', 'last', 'full-name'];

const isText = (f: FieldSnapshot) => f.tag === 'input' && !['checkbox', 'radio'].includes(f.type);
const roleOf = (roles: Map<number, Role>, m: Member) => roles.get(m.field.ref);

/**
 * Fields that only make sense together: a phone in three boxes (3, 3 and 4 digits, often only
 * the first one labelled), a ZIP followed by its four-digit box, a street box followed by an
 * unlabelled second line.
 */
function joinSplitBoxes(seq: Member[], roles: Map<number, Role>): void {
  const free = (m: Member | undefined, allowed: (Role | undefined)[]) =>
    !!m && isText(m.field) && allowed.includes(roleOf(roles, m)) && !(m.result.kind === 'role' && m.result.score >= 100 && !allowed.includes(m.result.role));
  for (let i = 0; i < seq.length; i++) {
    const [a, b, c] = [seq[i]!, seq[i + 1], seq[i + 2]];
    const first = roleOf(roles, a);
    if ((first === 'phone' || first === 'phone-area') && isText(a.field) && widthOf(a.field) === 3) {
      const parts: (Role | undefined)[] = [undefined, 'phone', 'phone-area', 'phone-exchange', 'phone-line', 'prefix'];
      if (free(b, parts) && widthOf(b!.field) === 3 && free(c, parts) && widthOf(c!.field) === 4) {
        roles.set(a.field.ref, 'phone-area'); roles.set(b!.field.ref, 'phone-exchange'); roles.set(c!.field.ref, 'phone-line');
        i += 2;
        continue;
      }
      if (free(b, parts) && (widthOf(b!.field) === 7 || widthOf(b!.field) === 8)) {
        roles.set(a.field.ref, 'phone-area'); roles.set(b!.field.ref, 'phone-local');
        i += 1;
        continue;
      }
    }
    if (first === 'zip' && isText(a.field) && (a.field.maxLength === null || a.field.maxLength <= 5)
      && free(b, [undefined, 'zip', 'zip4']) && b!.field.maxLength === 4) {
      roles.set(b!.field.ref, 'zip4');
      i += 1;
      continue;
    }
    // "Address: [____] [____]": a box that says nothing at all, right after the street box, is its second line.
    if (first === 'street' && b && isText(b.field) && b.result.kind === 'unknown' && b.result.reason === 'no-signal' && roleOf(roles, b) === undefined) {
      roles.set(b.field.ref, 'street2');
      i += 1;
    }
  }
}

// In English and in Spanish ("Teléfono celular", "Teléfono del trabajo", "Otro teléfono").
const SECONDARY_PHONE = /mobile|\bcell|work|office|business|fax|evening|night|alternat|\balt\b|other|second|celular|m[oó]vil|trabajo|oficina|negocio|\botro\b|altern[oa]|adicional|secundario|noche/;
const MAIN_PHONE = /home|day ?time|\bday\b|primary|main|preferred|casa|hogar|principal|particular|preferido|de d[ií]a/;
// A box the page marks optional is not the one it asks for: "Teléfono celular (opcional)".
const OPTIONAL = /\b(optional|opcional)\b/;
const SPLIT_PHONE: (Role | undefined)[] = ['phone-area', 'phone-exchange', 'phone-line', 'phone-local'];

/**
 * Several phone boxes: a person fills the main one (the only required one, else the plain,
 * home or daytime one over mobile, cell, work or fax) and leaves the rest.
 */
function chooseMainPhone(members: Member[], roles: Map<number, Role>, setAside: SetAside[], duplicates: number[], alsoFilled: Set<number>): void {
  const words = (m: Member) => {
    const t = fieldTexts(m.field);
    return `${t.label} ${t.placeholder} ${t.title} ${t.nearby} ${parseAutocomplete(m.field.autocomplete).tokens.join(' ')}`;
  };
  let phones = members.filter((m) => roleOf(roles, m) === 'phone');
  // The number in parts (area code, exchange, line) is the main phone: a mobile box beside it is a second one.
  if (members.some((m) => SPLIT_PHONE.includes(roleOf(roles, m)))) {
    for (const m of phones) {
      if (m.field.required || !SECONDARY_PHONE.test(words(m))) continue;
      roles.delete(m.field.ref);
      setAside.push({ ref: m.field.ref, role: 'phone', reason: 'secondary-phone', detail: fieldTexts(m.field).label || undefined });
    }
    phones = phones.filter((m) => roles.has(m.field.ref));
  }
  if (phones.length < 2) return;
  const required = phones.filter((m) => m.field.required);
  let main: Member | undefined;
  if (required.length === 1) main = required[0];
  else {
    const all = required.length ? required : phones;
    // The phone not marked optional over one that is, then the plain one over a mobile or work one.
    const optional = (m: Member) => OPTIONAL.test(`${words(m)} ${normaliseText(m.field.placeholder)}`);
    const unmarked = all.filter((m) => !optional(m));
    const pool = unmarked.length ? unmarked : all;
    const plain = unmarked.length === 1 ? unmarked : pool.filter((m) => !SECONDARY_PHONE.test(words(m)));
    const home = plain.filter((m) => MAIN_PHONE.test(words(m)));
    main = plain.length === 1 ? plain[0] : home.length === 1 ? home[0] : undefined;
  }
  for (const m of phones) {
    if (m === main) continue;
    // A second box the form requires (phone and mobile both required) takes the same number, as a person with one phone would write it.
    if (main && m.field.required && required.length > 1) { alsoFilled.add(m.field.ref); continue; }
    roles.delete(m.field.ref);
    if (main) setAside.push({ ref: m.field.ref, role: 'phone', reason: 'secondary-phone', detail: fieldTexts(m.field).label || undefined });
    else duplicates.push(m.field.ref);
  }
}

// Sections a supporter's own address is not: someone else's, or work.
const OTHER_PERSON = /work|business|office|employer|company|recipient|gift|friend|spouse|emergency|alternat|other|previous|former|if different|different|another|billing contact/;
const OTHER_EMAIL = /billing|secondary|alternat|other|work|business|company|invoice/;
const OWN_ADDRESS = /home|mailing|residen|your|permanent|contact/;

/**
 * The same name-and-address fields twice (billing and shipping, home and work): fill one whole
 * block and leave the others. A contact letter needs one address; in a checkout both are the same
 * person's, so the block a person meets first is filled, unless another one says it is their home
 * or mailing address, and never one that belongs to someone else or to work.
 */
function chooseAddressBlock(members: Member[], roles: Map<number, Role>, setAside: SetAside[]): void {
  type Block = { members: Member[]; roles: Set<Role>; label: string; key: string };
  const blocks: Block[] = [];
  let current: Block | null = null;
  const radios = new Set<string>();
  const keyOf = (m: Member) => {
    const ac = parseAutocomplete(m.field.autocomplete);
    return `${ac.section} ${ac.mode}`.trim();
  };
  for (const m of members) {
    const role = roleOf(roles, m);
    if (!role || !BLOCK_ROLES.includes(role)) continue;
    if (m.field.type === 'radio') {
      if (radios.has(m.field.name)) continue;
      radios.add(m.field.name);
    }
    const key = keyOf(m);
    // A new block starts where a role repeats, or where autocomplete names another section.
    const otherSection = !!current && key !== '' && current.key !== '' && key !== current.key;
    // The same name part twice in a row, before any address ("Primer apellido", "Segundo apellido"),
    // under the same heading, is one person's name with a box too many: no new block, and the
    // repeat is refused as a duplicate later, without taking the address that follows with it.
    const previous = current?.members.at(-1);
    const sameNamePartAgain = !!current && !!previous && NAME_ROLES.includes(role) && roleOf(roles, previous) === role
      && ![...current.roles].some((r) => ADDRESS_ROLES.includes(r)) && normaliseText(previous.field.legend) === normaliseText(m.field.legend);
    if (!current || otherSection || (current.roles.has(role) && !sameNamePartAgain)) {
      // A second street right after the first is line 2, not a new block.
      if (current && !otherSection && role === 'street' && !current.roles.has('street2') && roleOf(roles, current.members.at(-1)!) === 'street') {
        roles.set(m.field.ref, 'street2');
        current.roles.add('street2');
        current.members.push(m);
        continue;
      }
      current = { members: [], roles: new Set(), label: '', key: '' };
      blocks.push(current);
    }
    if (key && !current.key) current.key = key;
    current.members.push(m);
    current.roles.add(role);
    const texts = fieldTexts(m.field);
    if (!current.label.trim()) current.label = `${key} ${texts.legend} ${texts.context}`.trim();
  }
  if (blocks.length < 2) return;
  // A later "block" of one field is a lone repeat, refused as a duplicate later; only real blocks
  // count: an address, or a whole name (a billing contact's first and last name).
  const real = blocks.filter((b) => b.roles.size >= 2 && ([...b.roles].some((r) => ADDRESS_ROLES.includes(r)) || (b.roles.has('first') && b.roles.has('last'))));
  if (real.length < 2) return;
  const candidates = real.filter((b) => !OTHER_PERSON.test(b.label));
  const chosen = candidates.find((b) => OWN_ADDRESS.test(b.label)) ?? candidates[0];
  // Name fields just before an address block, repeated from the chosen one, belong to that block.
  const leave = new Set<Member>();
  for (const block of blocks) {
    if (block === chosen) continue;
    if (real.includes(block) || (block.roles.size >= 2 && [...block.roles].every((r) => chosen?.roles.has(r)))) for (const m of block.members) leave.add(m);
  }
  // A phone or email of another autocomplete section (the recipient's) goes with that section.
  const leftKeys = new Set([...real].filter((b) => b !== chosen && b.key).map((b) => b.key));
  for (const m of members) {
    const role = roleOf(roles, m);
    if (role && !BLOCK_ROLES.includes(role) && leftKeys.has(keyOf(m))) leave.add(m);
  }
  for (const m of leave) {
    const role = roleOf(roles, m);
    if (!role) continue;
    roles.delete(m.field.ref);
    setAside.push({ ref: m.field.ref, role, reason: 'other-address-block', detail: OTHER_BLOCK_DETAIL(m) });
  }
}

const OTHER_BLOCK_DETAIL = (m: Member) => fieldTexts(m.field).legend || parseAutocomplete(m.field.autocomplete).mode || undefined;

const ADDITIONAL = /\b(additional|further|anything else|optional)\b/;

/**
 * Two free-text boxes ("Order notes" and "Message"): the one whose words say message is the
 * message; the other is not ours. Equal support stays a duplicate, refused.
 */
function keepStrongestMessage(members: Member[], roles: Map<number, Role>): void {
  const boxes = members.filter((m) => roles.get(m.field.ref) === 'message' && m.result.kind === 'role');
  if (boxes.length < 2) return;
  // "Additional comments", "Anything else (optional)": a box beside the letter's own, whatever its words.
  const extra = (m: Member) => { const t = fieldTexts(m.field); return ADDITIONAL.test(`${t.label} ${t.placeholder} ${normaliseText(m.field.nearby)}`); };
  const main = boxes.filter((m) => !extra(m));
  if (main.length === 1) {
    for (const m of boxes) if (m !== main[0]) roles.delete(m.field.ref);
    return;
  }
  const score = (m: Member) => (m.result.kind === 'role' ? m.result.score : 0);
  const best = Math.max(...boxes.map(score));
  const top = boxes.filter((m) => score(m) === best);
  if (top.length !== 1) return;
  for (const m of boxes) if (m !== top[0]) roles.delete(m.field.ref);
}

/**
 * The role of each field of the chosen form, seen together: split boxes joined, one main phone,
 * one address block; a second email is the confirmation; other repeats are refused.
 */
export function resolveRoles(members: Member[]): ResolvedRoles {
  const roles = new Map<number, Role>();
  for (const { field, result } of members) if (result.kind === 'role') roles.set(field.ref, result.role);
  const setAside: SetAside[] = [];
  const duplicates: number[] = [];

  joinSplitBoxes(members.filter((m) => m.result.kind !== 'forbidden'), roles);
  chooseAddressBlock(members, roles, setAside);
  const alsoFilled = new Set<number>();
  chooseMainPhone(members, roles, setAside, duplicates, alsoFilled);

  keepStrongestMessage(members, roles);
  const seen = new Map<Role, number[]>();
  const questions = new Set<string>();
  let previous: Role | undefined;
  for (const { field } of members) {
    let role = roles.get(field.ref);
    if (!role) continue;
    if (role === 'email' && seen.has('email') && !seen.has('email-confirm')) {
      // The confirmation box follows the email box; a later one in a billing or work section is another address.
      const t = fieldTexts(field);
      if (previous === 'email' || !OTHER_EMAIL.test(`${t.label} ${t.context} ${t.legend}`)) role = 'email-confirm';
      else { roles.delete(field.ref); setAside.push({ ref: field.ref, role, reason: 'other-address-block', detail: t.label || undefined }); continue; }
    }
    previous = role;
    if (alsoFilled.has(field.ref)) continue;
    if (role === 'street' && seen.has('street') && !seen.has('street2')) role = 'street2';
    roles.set(field.ref, role);
    // Radios of one question share a name: one answer, not a repeat.
    if (field.type === 'radio' && field.name) {
      const key = `${role}|${field.name}`;
      if (questions.has(key)) continue;
      questions.add(key);
    }
    seen.set(role, [...(seen.get(role) ?? []), field.ref]);
  }
  for (const [role, refs] of seen) {
    if (refs.length < 2 || REPEATABLE.includes(role)) continue;
    for (const ref of refs) { duplicates.push(ref); roles.delete(ref); }
  }
  // A refused radio question drops all its boxes.
  for (const { field } of members) {
    if (field.type === 'radio' && roles.has(field.ref) && duplicates.some((d) => members.find((m) => m.field.ref === d)?.field.name === field.name && field.name)) roles.delete(field.ref);
  }
  return { roles, duplicates, setAside };
}
