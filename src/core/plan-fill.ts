import { chooseContactForm } from './choose-form.ts';
import { choosePrefix, choosePurpose, chooseState, chooseTopicWithReason, chooseYesNo } from './choose-option.ts';
import type { FieldSnapshot, GroupSnapshot, Role, SelectOption } from './field.ts';
import type { FillAction, FillInput, FillPlan, Refusal } from './fill-plan.ts';
import { formatPhone } from './format-phone.ts';
import { patternAccepts } from './page-pattern.ts';
import { formLength } from './render-letter.ts';
import { LAST_THEN_FIRST, normaliseText } from './signals.ts';

/**
 * True when the person (not the page) has put something in the field. What the page put there
 * at load (a preselected "Mr.", a checked radio, the office's own state) is a default, not a
 * choice: the supporter's value replaces it. A typed-in prefix box the page filled is the same.
 */
export function personTouched(field: FieldSnapshot, role?: Role): boolean {
  if (field.type === 'checkbox' || field.type === 'radio') return field.checked !== field.defaultChecked;
  if (field.tag === 'select') return field.value !== field.pageDefault;
  if (role === 'prefix' && field.value === field.pageDefault) return false;
  return field.value.trim() !== '';
}

type Chosen = NonNullable<FillPlan['chosen']>[number];

function fitText(text: string, max: number | null): string {
  if (max === null || text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/** A phone split into boxes: area code, exchange, line number, or the seven-digit local number. */
function phonePart(role: Role, phone: string, max: number | null): string | null | undefined {
  const parts: Partial<Record<Role, string>> = {
    'phone-area': phone.slice(0, 3), 'phone-exchange': phone.slice(3, 6), 'phone-line': phone.slice(6),
    'phone-local': max === null || max >= 8 ? `${phone.slice(3, 6)}-${phone.slice(6)}` : phone.slice(3),
  };
  if (!(role in parts)) return undefined;
  return /^\d{10}$/.test(phone) ? parts[role]! : null;
}

type Outcome = { value: string; checked?: boolean } | Refusal['reason'] | null;

/** ZIP+4 with its dash, or nine digits where the box holds only nine characters or its pattern wants them so. */
function zipFull(zip: string, zip4: string, field: FieldSnapshot): string {
  const dashed = `${zip}-${zip4}`;
  return field.maxLength === 9 || (!patternAccepts(field.pattern, dashed) && patternAccepts(field.pattern, zip + zip4)) ? zip + zip4 : dashed;
}

/** The value for one text-like field, or why there is none. */
function textValue(role: Role, field: FieldSnapshot, input: FillInput, hasLine2: boolean): Outcome {
  const p = input.profile;
  // With no box for line 2, the apartment goes on the street line, as a person would write it.
  const street = !hasLine2 && p.street2 && (field.maxLength === null || p.street.length + p.street2.length + 2 <= field.maxLength)
    ? `${p.street}, ${p.street2}` : p.street;
  const address = [p.street, p.street2].filter(Boolean).join('\n');
  // "Name (Last, First)", a placeholder "Doe, Jane": the family name first.
  const lastFirst = LAST_THEN_FIRST.test(normaliseText(`${field.labels.join(' ')} ${field.placeholder}`))
    || /^\s*\p{L}+, \p{L}+\s*$/u.test(field.placeholder);
  const values: Partial<Record<Role, string>> = {
    prefix: p.prefix, first: p.firstName, last: p.lastName, 'full-name': lastFirst ? `${p.lastName}, ${p.firstName}` : `${p.firstName} ${p.lastName}`,
    email: p.email, 'email-confirm': p.email, street, street2: p.street2, address,
    city: p.city, zip: p.zip, zip4: p.zip4, 'zip-full': p.zip4 ? zipFull(p.zip, p.zip4, field) : p.zip,
    signatory: `${p.firstName} ${p.lastName}`,
    state: p.state,
  };
  if (role === 'phone') {
    if (!p.phone) return 'not-in-profile';
    const phone = formatPhone(p.phone, field);
    return phone ? { value: phone } : 'no-matching-option';
  }
  const part = phonePart(role, p.phone, field.maxLength);
  if (part !== undefined) return part === null ? 'not-in-profile' : { value: part };
  if (role === 'subject') return { value: fitText(input.subject, field.maxLength) };
  const value = values[role];
  if (value === undefined) return null;
  if (!value) return 'not-in-profile';
  return { value };
}

/** The option for a topic or purpose question, noting a choice the supporter should see. */
function chooseFor(role: 'topic' | 'purpose', options: SelectOption[], input: FillInput, refOf: (o: SelectOption) => number, chosen: Chosen[]): SelectOption | null {
  if (role === 'purpose') {
    const option = choosePurpose(options);
    if (option) {
      chosen.push({ ref: refOf(option), role, reason: 'purpose', detail: option.text });
      return option;
    }
  }
  const found = chooseTopicWithReason(options, input.topics);
  // "Reason for contacting" over a list of topics: the letter's topic, when the list has it.
  if (role === 'purpose' && found?.how !== 'letter' && found?.how !== 'nearest') return null;
  if (found && found.how !== 'letter') {
    chosen.push({ ref: refOf(found.option), role, reason: found.how === 'nearest' ? 'nearest-topic' : 'general-topic', detail: found.option.text });
  }
  return found?.option ?? null;
}

function selectValue(role: Role, field: FieldSnapshot, input: FillInput, chosen: Chosen[]): Outcome {
  const option =
    role === 'prefix' ? (input.profile.prefix ? choosePrefix(field.options, input.profile.prefix) : undefined)
    : role === 'state' ? chooseState(field.options, input.profile.state)
    : role === 'topic' || role === 'purpose' ? chooseFor(role, field.options, input, () => field.ref, chosen)
    : role === 'response' ? chooseYesNo(field.options, input.wantsResponse)
    : undefined;
  if (option === undefined) return role === 'prefix' ? 'not-in-profile' : null;
  return option ? { value: option.value } : 'no-matching-option';
}

/** Which of a radio/checkbox question's boxes to tick. */
function choiceActions(role: Role, boxes: FieldSnapshot[], input: FillInput, chosen: Chosen[]): FillAction[] | Refusal['reason'] {
  const asOptions = boxes.map((b) => ({ value: String(b.ref), text: b.labels.join(' ') || b.nearby || b.value, disabled: b.disabled }));
  if (role === 'topic' || role === 'purpose') {
    const option = chooseFor(role, asOptions, input, (o) => Number(o.value), chosen);
    return option ? [{ ref: Number(option.value), role, value: '', checked: true }] : 'no-matching-option';
  }
  if (role === 'prefix') {
    if (!input.profile.prefix) return 'not-in-profile';
    // Only a radio question of prefixes: one checkbox is never a prefix.
    const option = boxes.length > 1 ? choosePrefix(asOptions, input.profile.prefix) : null;
    return option ? [{ ref: Number(option.value), role, value: '', checked: true }] : 'no-matching-option';
  }
  if (boxes.length === 1) {
    // A box is ticked on words drawn beside it: an aria-label or title alone may say other than
    // what the person sees (an image of "Sign me up", a label the page paints over).
    const box = boxes[0]!;
    if (!box.labels.length && !box.nearby.trim() && !box.legend.trim()) return 'ambiguous';
    const want = role === 'response-inverted' ? !input.wantsResponse : input.wantsResponse;
    return [{ ref: box.ref, role, value: '', checked: want }];
  }
  const option = chooseYesNo(asOptions, role === 'response-inverted' ? !input.wantsResponse : input.wantsResponse);
  return option ? [{ ref: Number(option.value), role, value: '', checked: true }] : 'no-matching-option';
}

// How pages say a limit: "Please limit your message to 1,500 characters", "2000 character limit",
// "1,500 characters or fewer", a counter "0 / 2500" or "Characters remaining: 2500"; in Spanish,
// "Máximo 2.000 caracteres", "2.000 caracteres como máximo"; in words, "under 300 words", "500-word
// limit", "0 / 250 words", "250 maximum words": kept by a script rather than by maxlength. Each
// pattern captures the number. Thousands may be grouped by a comma, a dot or a (thin, no-break)
// space: "2,000", "2.000", "2 000" — a number of characters has no decimals.
const N = String.raw`(\d{1,2}[,.\u00a0\u2009\u202f ]\d{3}(?![\d,.]\d)|\d{3,5})`;
// In a counter ("0 / 2,500") only a comma or a dot groups: "0 / 3 500" may be two numbers.
const NC = String.raw`(\d{1,2}[,.]\d{3}(?![\d,.]\d)|\d{3,5})`;
const NW = String.raw`(\d{1,2}[,.\u00a0\u2009\u202f ]\d{3}(?![\d,.]\d)|\d{2,5})`;
const CHARS = String.raw`(?:characters?|chars?|symbols|caracteres|car[aá]cteres)`;
const WORDS = String.raw`(?:words|palabras)`;
const MOST = String.raw`(?:limit|l[ií]mite|maximum|m[aá]ximo|max\b|m[aá]x\b|up to|hasta|no more than|no m[aá]s de|not exceed|at most|under|below|fewer than|less than|within|keep\b)`;
const patterns = (...sources: string[]) => sources.map((source) => new RegExp(source, 'i'));
const STATED_LIMIT = patterns(
  String.raw`${MOST}\D{0,40}?${N}\s*${CHARS}\b`,
  String.raw`${N}[ -]?${CHARS} (?:limit|maximum|max\b|m[aá]ximo|como m[aá]ximo|de l[ií]mite|or (?:fewer|less)\b|o menos\b)`,
  String.raw`\b0 ?(?:\/|of|de) ?${NC}\b(?! ?(?:maximum |max |m[aá]ximo )?${WORDS})`,
  String.raw`${CHARS} (?:remaining|left|restantes|disponibles)\W{0,3}${N}`,
  String.raw`${N} ${CHARS} (?:remaining|left|restantes|disponibles)`,
  String.raw`quedan ${N} ${CHARS}`,
);
const STATED_WORDS = patterns(
  String.raw`(?:limit|l[ií]mite|maximum|m[aá]ximo|max\b|up to|hasta|under|no more than|no m[aá]s de|not exceed|at most|fewer than|less than|menos de|no longer than)\D{0,40}?${NW}\s*${WORDS}\b`,
  String.raw`${NW}[ -]?(?:words?|palabras) (?:limit|maximum|max\b|m[aá]ximo|como m[aá]ximo|or (?:fewer|less)\b|o menos\b)`,
  String.raw`\b0 ?(?:\/|of|de) ?${NW} (?:maximum |max |m[aá]ximo )?${WORDS}\b`,
  String.raw`${NW} (?:maximum|max) words\b`,
);

// Numbers spelled out, as a page may state a limit: "one thousand five hundred characters",
// "two hundred words". Only amounts of a hundred or more are read (a limit is never smaller).
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const NUMBER_WORD = `(?:${Object.keys(UNITS).join('|')}|hundred|thousand)`;
const SPELLED = new RegExp(String.raw`\b${NUMBER_WORD}(?:(?:[\s-]+and)?[\s-]+${NUMBER_WORD})*\b`, 'gi');

function spelledNumber(phrase: string): string {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  if (!words.some((w) => w === 'hundred' || w === 'thousand')) return phrase;
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') { total += (current || 1) * 1000; current = 0; }
    else current += UNITS[word]!;
  }
  const value = total + current;
  return value >= 100 && value <= 99_999 ? String(value) : phrase;
}

type Stated = Pick<FieldSnapshot, 'labels' | 'placeholder' | 'title' | 'nearby'>;

function stated(ways: RegExp[], field: Stated): number | null {
  const text = [...field.labels, field.placeholder, field.title, field.nearby].join(' ').replace(SPELLED, spelledNumber);
  for (const way of ways) {
    const found = way.exec(text);
    if (found) return Number(found[1]!.replace(/\D/g, ''));
  }
  return null;
}

/** The limit in characters a message box's own words state, if any. */
export const statedLimit = (field: Stated): number | null => stated(STATED_LIMIT, field);

/** The limit in words a message box's own words state, if any. */
export const statedWordLimit = (field: Stated): number | null => stated(STATED_WORDS, field);

export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function messageChoice(field: FieldSnapshot, input: FillInput) {
  const limits = [field.maxLength, input.knownMessageLimit, statedLimit(field)].filter((n): n is number => n !== null);
  const limit = limits.length ? Math.min(...limits) : null;
  const words = statedWordLimit(field);
  const variant = input.messages.findIndex((text) => (limit === null || formLength(text) <= limit) && (words === null || wordCount(text) <= words));
  return { variant, limit, words };
}

/**
 * Decide every value before touching the page. Pure: fields and the supporter's data in,
 * a plan out, with the reason for every field it will not fill.
 */
export function planFill(fields: FieldSnapshot[], groups: GroupSnapshot[], input: FillInput): FillPlan {
  const { form, classified } = chooseContactForm(fields, groups);
  const forbidden = classified.flatMap(({ field, result }) =>
    result.kind === 'forbidden' && result.reason !== 'not-a-field' ? [{ ref: field.ref, reason: result.reason }] : []);
  const chosen: Chosen[] = [];
  const plan: FillPlan = { group: form?.group ?? null, actions: [], refusals: [], forbidden, chosen, message: null };
  if (!form) return plan;

  // The fields as the form was read (a label given back to the box it sits beside).
  const byRef = new Map(classified.map(({ field: f }) => [f.ref, f]));
  for (const ref of form.duplicates) plan.refusals.push({ ref, role: null, reason: 'duplicate' });
  for (const { ref, role, reason, detail } of form.setAside) plan.refusals.push({ ref, role, reason, ...(detail ? { detail } : {}) });
  for (const { field, result } of classified) {
    if (field.group === form.group && result.kind === 'unknown' && result.reason === 'ambiguous') {
      plan.refusals.push({ ref: field.ref, role: null, reason: 'ambiguous', detail: result.candidates.join(' / ') });
    }
  }

  const hasLine2 = [...form.roles.values()].includes('street2');
  const choiceGroups = new Map<string, FieldSnapshot[]>();
  for (const [ref, role] of form.roles) {
    const field = byRef.get(ref)!;
    if (field.disabled || field.readOnly) continue;
    if (field.type === 'checkbox' || field.type === 'radio') {
      const key = `${role}|${field.type === 'radio' ? field.name : role}`;
      choiceGroups.set(key, [...(choiceGroups.get(key) ?? []), field]);
      continue;
    }
    if (personTouched(field, role)) { plan.refusals.push({ ref, role, reason: 'kept-your-text' }); continue; }
    if (role === 'message') {
      const { variant, limit, words } = messageChoice(field, input);
      if (variant < 0) {
        plan.refusals.push({ ref, role, reason: 'message-too-long', detail: words !== null && !input.messages.some((t) => wordCount(t) <= words) ? `${words} words` : String(limit) });
        continue;
      }
      const text = input.messages[variant]!;
      plan.message = { variant, length: formLength(text), limit };
      plan.actions.push({ ref, role, value: text });
      continue;
    }
    const outcome = field.tag === 'select' ? selectValue(role, field, input, chosen) : textValue(role, field, input, hasLine2);
    if (outcome === null) continue;
    // The page already shows the answer (a purpose select preset to "Contact the President"): nothing to do, nothing to check.
    if (typeof outcome !== 'string' && field.tag === 'select' && outcome.value === field.value) {
      if (chosen.at(-1)?.ref === ref) chosen.pop();
      continue;
    }
    if (typeof outcome === 'string') plan.refusals.push({ ref, role, reason: outcome });
    else plan.actions.push({ ref, role, ...outcome });
  }

  for (const [key, boxes] of choiceGroups) {
    const role = key.split('|')[0] as Role;
    if (boxes.some((b) => personTouched(b))) { plan.refusals.push({ ref: boxes[0]!.ref, role, reason: 'kept-your-text' }); continue; }
    const outcome = choiceActions(role, boxes, input, chosen);
    if (typeof outcome === 'string') plan.refusals.push({ ref: boxes[0]!.ref, role, reason: outcome });
    else plan.actions.push(...outcome.filter((a) => byRef.get(a.ref)!.checked !== a.checked));
  }
  return plan;
}
