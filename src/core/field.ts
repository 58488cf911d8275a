/**
 * A form control as the content script saw it: plain data, no DOM. Everything the
 * classifier may use is here, and nothing else (test annotations are never collected).
 */
export interface FieldSnapshot {
  /** Index into the content script's element list; the plan refers to fields by it. */
  ref: number;
  tag: 'input' | 'select' | 'textarea';
  /** Lower-case input type; 'select-one'/'select-multiple' for selects, 'textarea' for textareas. */
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  placeholder: string;
  /** Text of associated labels: `for`, wrapping, `aria-labelledby`. */
  labels: string[];
  ariaLabel: string;
  /** The closest fieldset legend, or the question text of a radio/checkbox group. */
  legend: string;
  /** Visible text around the field (before it, and a sublabel after it) when no label says what it is; for a labelled message box, the words under it. */
  nearby: string;
  /**
   * A heading, when it is the nearest text before a box with no label (a form's title, "Email
   * Senator Smith"): weak word of what the box is, and as strong as any of what it must not be.
   */
  heading?: string;
  title: string;
  options: SelectOption[];
  maxLength: number | null;
  /** The box's width in characters (`size`), when the page sets one: a phone part's width when nothing else says it. */
  size?: number | null;
  pattern: string;
  required: boolean;
  /** Rendered, non-zero, on screen, not aria-hidden, not transparent. */
  visible: boolean;
  disabled: boolean;
  readOnly: boolean;
  value: string;
  checked: boolean;
  /** The value, selection or check the page itself put there; a difference means the person typed. */
  pageDefault: string;
  defaultChecked: boolean;
  /** Index of the form (or form-like container) the field belongs to. */
  group: number;
  /** Something next to the field says "captcha" (an image, a widget), or the field sits in one. */
  nearCaptcha: boolean;
}

export interface SelectOption {
  value: string;
  text: string;
  disabled: boolean;
}

export const ROLES = [
  'prefix', 'first', 'last', 'full-name', 'email', 'email-confirm', 'phone',
  'phone-area', 'phone-exchange', 'phone-line', 'phone-local',
  'street', 'street2', 'address', 'city', 'state', 'zip', 'zip4', 'zip-full',
  'subject', 'topic', 'purpose', 'message', 'signatory', 'response', 'response-inverted',
] as const;
export type Role = (typeof ROLES)[number];

/** Fields the extension must never touch, and why. */
export type ForbiddenReason =
  | 'captcha' | 'honeypot' | 'hidden' | 'password' | 'file' | 'newsletter' | 'not-a-field'
  // Card and bank data, and account or booking data (user names, order numbers, job titles,
  // birth dates, SSNs): a contact letter never needs them, so nothing the profile holds goes there.
  | 'payment' | 'account'
  // Offers and agreements (trip insurance, marketing opt-ins, terms): the person's decision alone.
  | 'consent';

/** A form, or a form-like container, with the words on its buttons and headings. */
export interface GroupSnapshot {
  index: number;
  /** Button labels, headings and legends inside it: "Get Started", "Subscribe", "Send". */
  text: string;
}
