import * as z from 'zod/mini';
import { STATE_CODES } from '../core/us-states.ts';
import { plainText } from './plain-text.ts';

/**
 * The supporter's details. Error messages are i18n message keys, so the popup can show
 * them beside the field in the supporter's language.
 */
export const PREFIXES = ['', 'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Mx.'] as const;

// Names and the address go into an office's form as they are: besides their length, they are
// checked for characters that would make them read differently from what they are (plain-text.ts).
const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'errTooLong'), ...plainText());
const required = (max: number) => z.string().check(z.trim(), z.minLength(1, 'errRequired'), z.maxLength(max, 'errTooLong'), ...plainText());

/** An address a mail server takes: ASCII, a dotted domain, a local part within the 64 characters mail allows (RFC 5321), and short enough for office forms. */
const email = z.string().check(
  z.trim(), z.email('errEmail'), z.maxLength(80, 'errTooLong'),
  z.refine<string>((value) => value.indexOf('@') <= 64, 'errEmail'),
);

export const ProfileSchema = z.object({
  prefix: z.enum(PREFIXES, 'errPrefix'),
  firstName: required(50),
  lastName: required(50),
  email,
  /** Ten digits, stored without formatting; each form gets the format it wants. */
  phone: z.string().check(z.trim(), z.regex(/^(\d{10})?$/, 'errPhone')),
  street: required(100),
  street2: text(100),
  city: required(40),
  state: z.enum(STATE_CODES, 'errState'),
  zip: z.string().check(z.trim(), z.regex(/^\d{5}$/, 'errZip')),
  zip4: z.string().check(z.trim(), z.regex(/^(\d{4})?$/, 'errZip4')),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileField = keyof Profile;

/** What a supporter types before normalising: phone may carry dashes, ZIP may carry +4. */
export function normaliseProfileInput(input: Record<string, string>): Record<string, string> {
  const out = { ...input };
  if (typeof out.phone === 'string') {
    const digits = out.phone.replace(/\D/g, '');
    out.phone = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  }
  if (typeof out.zip === 'string') {
    const match = /^\s*(\d{5})[-\s]?(\d{4})\s*$/.exec(out.zip); // 60657-1234, 60657 1234 or 606571234
    if (match && !out.zip4) {
      out.zip = match[1]!;
      out.zip4 = match[2]!;
    }
  }
  if (typeof out.state === 'string') out.state = out.state.trim().toUpperCase();
  return out;
}

export type FieldErrors = Partial<Record<ProfileField, string>>;

/** Validate a whole profile: either all of it is good, or nothing is returned but the errors. */
export function validateProfile(
  input: Record<string, string>,
): { ok: true; profile: Profile } | { ok: false; errors: FieldErrors } {
  const result = z.safeParse(ProfileSchema, normaliseProfileInput(input));
  if (result.success) return { ok: true, profile: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as ProfileField | undefined;
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

export function fullName(profile: Pick<Profile, 'firstName' | 'lastName'>): string {
  return `${profile.firstName} ${profile.lastName}`.trim();
}
