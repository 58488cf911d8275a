import type { Profile } from '../../src/shared/profile.ts';

/** One annotated control as the page shows it, before and after the fill. */
export interface ObservedField {
  index: number;
  /** `data-expect`: a role, `never` or `skip`. */
  expect: string;
  expectValue: string | null;
  expectChecked: string | null;
  tag: string;
  type: string;
  name: string;
  before: { value: string; checked: boolean };
  after: { value: string; checked: boolean };
}

export type Verdict = 'correct' | 'wrong' | 'missed' | 'forbidden-touched' | 'left-alone';

export interface LetterFacts {
  subject: string;
  fullName: string;
  messageLimit: number | null;
}

const TEXT_VALUES = (p: Profile): Record<string, string> => ({
  prefix: p.prefix, first: p.firstName, last: p.lastName, 'full-name': `${p.firstName} ${p.lastName}`,
  email: p.email, 'email-confirm': p.email, street: p.street, street2: p.street2,
  address: [p.street, p.street2].filter(Boolean).join('\n'), city: p.city, state: p.state, zip: p.zip,
  zip4: p.zip4, 'zip-full': `${p.zip}-${p.zip4}`, signatory: `${p.firstName} ${p.lastName}`,
  'phone-area': p.phone.slice(0, 3), 'phone-exchange': p.phone.slice(3, 6), 'phone-line': p.phone.slice(6),
});

const changed = (f: ObservedField) => f.before.value !== f.after.value || f.before.checked !== f.after.checked;

/** What a person would say about one field after the fill: right, wrong, missed, or touched when it must not be. */
export function judgeField(field: ObservedField, profile: Profile, letter: LetterFacts): { verdict: Verdict; why: string } {
  const { expect, after } = field;
  if (expect === 'never' || expect === 'skip') {
    return changed(field)
      ? { verdict: expect === 'never' ? 'forbidden-touched' : 'wrong', why: `changed from "${field.before.value}" to "${after.value}"` }
      : { verdict: 'left-alone', why: '' };
  }
  if (field.expectChecked !== null) {
    const want = field.expectChecked === 'true';
    if (after.checked === want) return { verdict: 'correct', why: '' };
    return { verdict: changed(field) ? 'wrong' : 'missed', why: `checked is ${after.checked}, expected ${want}` };
  }
  const unchanged = !changed(field);
  const fail = (why: string) => ({ verdict: (unchanged ? 'missed' : 'wrong') as Verdict, why });
  if (field.expectValue !== null) {
    const want = field.expectValue.replace(/\r\n/g, '\n');
    return after.value.replace(/\r\n/g, '\n') === want ? { verdict: 'correct', why: '' } : fail(`"${after.value}" instead of "${want}"`);
  }
  if (expect === 'message') {
    const text = after.value;
    if (!text.includes(letter.fullName)) return fail('message is not signed with the supporter\'s name');
    const length = text.length + (text.match(/\n/g)?.length ?? 0);
    if (letter.messageLimit !== null && length > letter.messageLimit) return { verdict: 'wrong', why: `message is ${length} characters, limit ${letter.messageLimit}` };
    return { verdict: 'correct', why: '' };
  }
  if (expect === 'subject') {
    return after.value && letter.subject.startsWith(after.value) ? { verdict: 'correct', why: '' } : fail(`subject "${after.value}"`);
  }
  if (expect === 'phone') {
    // A field that asks for no format takes the number as a person would type it.
    const digits = after.value.replace(/\D/g, '');
    return digits === profile.phone && /^[\d()\s.-]+$/.test(after.value) ? { verdict: 'correct', why: '' } : fail(`phone "${after.value}"`);
  }
  // With no box for line 2, the street line may carry it.
  if (expect === 'street' && after.value === `${profile.street}, ${profile.street2}`) return { verdict: 'correct', why: '' };
  const want = TEXT_VALUES(profile)[expect];
  if (want === undefined) return fail(`no expectation for role ${expect}: add data-expect-value`);
  return after.value === want ? { verdict: 'correct', why: '' } : fail(`"${after.value}" instead of "${want}"`);
}
