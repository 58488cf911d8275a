import fc from 'fast-check';
import { STATE_CODES, US_STATES } from '../../src/core/us-states.ts';
import type { FieldSnapshot } from '../../src/core/field.ts';

// Generated contact forms for the property tests. Each field is described once (FieldSpec) and
// rendered two ways: as the FieldSnapshot the planner reads, and as HTML for happy-dom. What a
// field *is* (fillable, CAPTCHA, honeypot, newsletter, hidden, typed into) is known from how it
// was generated, not from the product's classifier, so the properties check the product
// against an independent answer.

export type Control = 'text' | 'email' | 'tel' | 'number' | 'search' | 'textarea' | 'select' | 'checkbox' | 'radio' | 'password' | 'file' | 'hidden';
export type Category = 'fill' | 'neutral' | 'captcha' | 'honeypot' | 'newsletter';
export type Hiding = 'display' | 'hidden-attr' | 'aria-hidden' | 'visibility' | 'offscreen' | 'opacity' | 'clip' | 'collapsed'
  | 'faint' | 'faint-nested' | 'clip-inset' | 'clip-circle' | 'filter-opacity' | 'mask';

export interface FieldSpec {
  control: Control;
  category: Category;
  label: string;
  /** How the label reaches the field. Honeypots and CAPTCHAs always say so in a label they own. */
  labelHow: 'for' | 'wrap' | 'aria' | 'placeholder' | 'nearby';
  name: string;
  id: string;
  hiding: Hiding | null;
  /** Text the person typed (text-like fields), or null. */
  typed: string | null;
  /** The person chose another option, or clicked the box. */
  toggled: boolean;
  defaultChecked: boolean;
  disabled: boolean;
  readOnly: boolean;
  /** Sits inside a CAPTCHA widget. */
  captchaBox: boolean;
  /** Nested fieldsets around it, each with a legend. */
  fieldsets: string[];
  form: number;
  options: string[];
}

const LABELS: Record<Category, string[]> = {
  fill: ['First Name', 'Last Name', 'Full Name', 'Email', 'Email Address', 'Confirm Email', 'Phone', 'Street Address',
    'Address Line 2', 'City', 'State', 'ZIP Code', 'Subject', 'Message', 'Your Message', 'Prefix', 'Topic', 'I would like a response'],
  neutral: ['Middle Name', 'Company', 'Fax', 'Country', 'How did you hear about us?', 'Comments', 'Suffix', ''],
  captcha: ['Enter the code shown above', 'Security Code', 'Type the characters you see', 'CAPTCHA', 'Are you a robot?'],
  honeypot: ['Leave this field blank', 'Do not fill this in', 'Email address validation', 'Please leave this field empty'],
  newsletter: ['Subscribe to our newsletter', 'Sign me up for e-news updates', 'Keep me informed', 'Join the mailing list'],
};

const NAMES = ['first_name', 'lastName', 'email', 'phone', 'address1', 'city', 'state', 'zip', 'subject', 'message', 'website',
  'fax', 'hp', 'field_12', 'input.email', 'contact.first.name', 'ctl00$Main$Email', 'captcha_code', 'q1', ''];
const TYPED = ['my own words', 'Alesia K.', 'x', '555', 'Please call me', ' '];
const LEGENDS = ['Your information', 'Contact', 'Newsletter', 'Message', 'Address', ''];

const ANY_CONTROL: Control[] = ['text', 'email', 'tel', 'number', 'search', 'textarea', 'select', 'checkbox', 'radio', 'password', 'file', 'hidden'];

/** Mostly the control a form would use for that label; now and then any control at all. */
function controlFor(category: Category, label: string): fc.Arbitrary<Control> {
  const natural: Control[] =
    category === 'newsletter' ? ['checkbox', 'select']
    : /response/i.test(label) ? ['checkbox', 'radio']
    : /message|comments/i.test(label) ? ['textarea']
    : /state|prefix|topic|country/i.test(label) ? ['select', 'text']
    : /email/i.test(label) ? ['email', 'text']
    : /phone|fax/i.test(label) ? ['tel', 'text']
    : category === 'neutral' ? ['text', 'select', 'checkbox']
    : ['text'];
  return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...natural) }, { weight: 1, arbitrary: fc.constantFrom(...ANY_CONTROL) });
}

function optionsFor(label: string): string[] {
  if (/state/i.test(label)) return ['', ...STATE_CODES.map((c) => US_STATES[c])];
  if (/prefix/i.test(label)) return ['', 'Mr.', 'Ms.', 'Mrs.', 'Dr.'];
  if (/topic/i.test(label)) return ['', 'Agriculture', 'Foreign Affairs', 'Human Rights', 'Taxes'];
  if (/newsletter|e-news|informed|mailing/i.test(label)) return ['', 'Yes', 'No'];
  return ['', 'One', 'Two'];
}

/** Null three times in four. */
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

const fieldSpec: fc.Arbitrary<FieldSpec> = fc
  .constantFrom<Category>('fill', 'fill', 'fill', 'neutral', 'captcha', 'honeypot', 'newsletter')
  .chain((category) => fc.constantFrom(...LABELS[category]).chain((label) => fc.record({
    control: controlFor(category, label),
    category: fc.constant(category),
    label: fc.constant(label),
    labelHow: category === 'captcha' || category === 'honeypot' || category === 'newsletter'
      ? fc.constantFrom('for', 'wrap', 'aria')
      : fc.constantFrom('for', 'for', 'wrap', 'aria', 'placeholder', 'nearby'),
    name: fc.constantFrom(...NAMES),
    id: fc.oneof(fc.constant(''), fc.constantFrom(...NAMES.filter(Boolean)), fc.constantFrom('f.1', 'contact.email', 'a.b.c', 'dup')),
    hiding: sometimes(fc.constantFrom<Hiding>('display', 'hidden-attr', 'aria-hidden', 'visibility', 'offscreen', 'opacity', 'clip', 'collapsed',
      'faint', 'faint-nested', 'clip-inset', 'clip-circle', 'filter-opacity', 'mask')),
    typed: sometimes(fc.constantFrom(...TYPED)),
    toggled: fc.constantFrom(false, false, false, true),
    defaultChecked: fc.boolean(),
    disabled: fc.constantFrom(false, false, false, true),
    readOnly: fc.constantFrom(false, false, false, true),
    captchaBox: category === 'captcha' ? fc.boolean() : fc.constant(false),
    fieldsets: fc.array(fc.constantFrom(...LEGENDS), { maxLength: 3 }),
    form: fc.constantFrom(0, 0, 0, 1),
    options: fc.constant(optionsFor(label)),
  })));

/** A page's worth of fields, always with a message box somewhere so most pages are contact forms. */
export const formSpecs: fc.Arbitrary<FieldSpec[]> = fc
  .tuple(fc.array(fieldSpec, { minLength: 1, maxLength: 16 }), fc.nat(), fc.boolean())
  .map(([fields, at, withMessage]) => {
    if (!withMessage) return fields;
    const message: FieldSpec = { ...fields[0]!, control: 'textarea', category: 'fill', label: 'Message', labelHow: 'for', name: 'message',
      id: 'message', hiding: null, typed: null, disabled: false, readOnly: false, captchaBox: false, form: 0, options: [] };
    const copy = [...fields];
    copy.splice(at % (copy.length + 1), 0, message);
    return copy;
  });

// The rules, from what each field is.

export const isChoice = (spec: FieldSpec) => spec.control === 'checkbox' || spec.control === 'radio';

/** The extension must never touch it. */
export function mustNotTouch(spec: FieldSpec): boolean {
  return ['password', 'file', 'hidden'].includes(spec.control) || spec.hiding !== null || spec.captchaBox
    || spec.category === 'captcha' || spec.category === 'honeypot'
    || (spec.category === 'newsletter' && (isChoice(spec) || spec.control === 'select'))
    || spec.disabled || hasReadOnly(spec);
}

/** Selects have no read-only state. */
const hasReadOnly = (spec: FieldSpec) => spec.readOnly && spec.control !== 'select';

/** The person already put something there. */
export function personTyped(spec: FieldSpec): boolean {
  if (isChoice(spec) || spec.control === 'select') return spec.toggled;
  return spec.typed !== null && spec.typed.trim() !== '';
}

/** The value the page starts with, and the one the person left. */
export function initialValue(spec: FieldSpec): string {
  if (spec.control === 'select') return spec.options[spec.toggled && spec.options.length > 1 ? spec.options.length - 1 : 0] ?? '';
  if (isChoice(spec)) return 'on';
  return spec.typed ?? '';
}

export function initialChecked(spec: FieldSpec): boolean {
  return isChoice(spec) && (spec.toggled ? !spec.defaultChecked : spec.defaultChecked);
}

const tagOf = (c: Control): FieldSnapshot['tag'] => (c === 'textarea' ? 'textarea' : c === 'select' ? 'select' : 'input');
const typeOf = (c: Control) => (c === 'textarea' ? 'textarea' : c === 'select' ? 'select-one' : c);

/** The field as collectFields would report it. */
export function toSnapshot(spec: FieldSpec, ref: number): FieldSnapshot {
  const labelled = spec.labelHow === 'for' || spec.labelHow === 'wrap';
  return {
    ref, tag: tagOf(spec.control), type: typeOf(spec.control), name: spec.name, id: spec.id, autocomplete: '',
    placeholder: spec.labelHow === 'placeholder' ? spec.label : '',
    labels: labelled && spec.label ? [spec.label] : [], ariaLabel: spec.labelHow === 'aria' ? spec.label : '',
    legend: spec.fieldsets.at(-1) ?? '', nearby: spec.labelHow === 'nearby' ? spec.label : '', title: '',
    options: spec.control === 'select' ? spec.options.map((o) => ({ value: o, text: o || '- Select -', disabled: false })) : [],
    maxLength: null, pattern: '', required: false, visible: spec.hiding === null, disabled: spec.disabled, readOnly: hasReadOnly(spec),
    value: initialValue(spec), checked: initialChecked(spec), pageDefault: spec.control === 'select' ? spec.options[0] ?? '' : isChoice(spec) ? 'on' : '',
    defaultChecked: isChoice(spec) && spec.defaultChecked, group: spec.form, nearCaptcha: spec.captchaBox,
  };
}
