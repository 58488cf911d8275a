import type { FieldSnapshot } from './field.ts';

type Shape = (d: string) => string;
const dashes: Shape = (d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
const parens: Shape = (d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
const digits: Shape = (d) => d;
const dots: Shape = (d) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`;
const spaces: Shape = (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;

function fitsPattern(value: string, pattern: string): boolean {
  // Browsers compile `pattern` with the v flag; older pages may only be valid with u.
  for (const flags of ['v', 'u']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags).test(value);
    } catch {
      // try the next flag set
    }
  }
  return false;
}

/** The ten digits in the format the field asks for: its pattern, its placeholder, its length. */
export function formatPhone(phone: string, field: Pick<FieldSnapshot, 'pattern' | 'placeholder' | 'maxLength' | 'labels'>): string | null {
  if (!/^\d{10}$/.test(phone)) return null;
  const shapes = [dashes, parens, digits, dots, spaces];
  const fits = (value: string) => field.maxLength === null || value.length <= field.maxLength;
  if (field.pattern) return shapes.map((s) => s(phone)).find((v) => fitsPattern(v, field.pattern) && fits(v)) ?? null;
  const hint = field.placeholder.trim();
  // Digits, x or # stand for a digit: "(555) 555-5555", "(xxx) xxx-xxxx", "(###) ###-####".
  if (/^\(\d{3}\)\s?\d{3}-\d{4}$/.test(hint) || /^\([x#]{3}\)/i.test(hint)) return parens(phone);
  if (/^\d{3}\.\d{3}\.\d{4}$/.test(hint)) return dots(phone);
  if (/^\d{10}$/.test(hint) || /digits only|numbers only|no dashes/i.test(`${hint} ${field.labels.join(' ')}`)) return digits(phone);
  if (/^\d{3}-\d{3}-\d{4}$/.test(hint) || /^[x#]{3}-/i.test(hint)) return dashes(phone);
  return [dashes(phone), digits(phone)].find(fits) ?? null;
}
