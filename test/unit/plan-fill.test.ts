import { describe, expect, it } from 'vitest';
import type { FieldSnapshot } from '../../src/core/field.ts';
import type { FillInput } from '../../src/core/fill-plan.ts';
import { formatPhone } from '../../src/core/format-phone.ts';
import { planFill } from '../../src/core/plan-fill.ts';
import { createField, createProfile, createSelect } from '../support/factories.ts';

const FULL = `Dear Senator,\n\n${'A long letter. '.repeat(60)}\n\nSincerely,\nAlesia Kavalenka`;
const MEDIUM = `Dear Senator,\n\n${'A shorter letter. '.repeat(40)}\n\nSincerely,\nAlesia Kavalenka`;
const SHORT = 'Dear Senator,\n\nPlease free the political prisoners.\n\nSincerely,\nAlesia Kavalenka';

const input = (overrides: Partial<FillInput> = {}): FillInput => ({
  profile: createProfile(), subject: 'Release of political prisoners in Belarus', messages: [FULL, MEDIUM, SHORT],
  topics: ['Foreign Relations', 'Foreign Affairs', 'Human Rights'], wantsResponse: true, knownMessageLimit: null, ...overrides,
});

const message = (overrides: Partial<FieldSnapshot> = {}) => createField({ tag: 'textarea', type: 'textarea', labels: ['Message*'], ...overrides });

function plan(fields: FieldSnapshot[], overrides: Partial<FillInput> = {}) {
  const result = planFill(fields, [{ index: 0, text: 'Submit' }], input(overrides));
  const valueOf = (field: FieldSnapshot) => result.actions.find((a) => a.ref === field.ref);
  return { result, valueOf };
}

describe('the plan fills a contact form with the supporter\'s details and letter', () => {
  it('fills name, email, address and the letter', () => {
    const fields = [
      createField({ labels: ['First Name'] }), createField({ labels: ['Last Name'] }), createField({ labels: ['Email'] }),
      createField({ labels: ['Street Address'] }), createField({ labels: ['City'] }), createField({ labels: ['Zip'] }),
      createField({ labels: ['Subject'] }), message(),
    ];
    const { valueOf } = plan(fields);
    expect(fields.map((f) => valueOf(f)?.value)).toEqual([
      'Alesia', 'Kavalenka', 'alesia.kavalenka@example.org', '1200 W Belmont Ave, Apt 3', 'Chicago', '60657',
      'Release of political prisoners in Belarus', FULL,
    ]);
  });

  it('chooses the longest letter that fits the field, counting line breaks as two', () => {
    const box = message({ maxLength: 500 });
    const { valueOf, result } = plan([createField({ labels: ['Email'] }), box]);
    expect(valueOf(box)?.value).toBe(SHORT);
    expect(result.message).toMatchObject({ variant: 2, limit: 500 });
  });

  it('uses a limit the site registry knows when the page does not say it', () => {
    const box = message();
    expect(plan([createField({ labels: ['Email'] }), box], { knownMessageLimit: 500 }).valueOf(box)?.value).toBe(SHORT);
  });

  it('says so when even the shortest letter does not fit, and leaves the box empty', () => {
    const box = message({ maxLength: 40 });
    const { valueOf, result } = plan([createField({ labels: ['Email'] }), box]);
    expect(valueOf(box)).toBeUndefined();
    expect(result.refusals).toContainEqual({ ref: box.ref, role: 'message', reason: 'message-too-long', detail: '40' });
  });

  it('never overwrites what the person typed', () => {
    const subject = createField({ labels: ['Subject'], value: 'My own subject' });
    const { valueOf, result } = plan([subject, message()]);
    expect(valueOf(subject)).toBeUndefined();
    expect(result.refusals).toContainEqual({ ref: subject.ref, role: 'subject', reason: 'kept-your-text' });
  });

  it('fills only the contact form, not a newsletter sign-up on the same page', () => {
    const signupEmail = createField({ labels: ['Email'], group: 1 });
    const fields = [createField({ labels: ['Email'], group: 0 }), message({ group: 0 }), signupEmail];
    const result = planFill(fields, [{ index: 0, text: 'Submit' }, { index: 1, text: 'Sign up for updates | Subscribe' }], input());
    expect(result.actions.map((a) => a.ref)).not.toContain(signupEmail.ref);
  });

  it('does nothing on a page with only a newsletter sign-up', () => {
    const result = planFill([createField({ labels: ['Email'] }), createField({ labels: ['Zip'] })], [{ index: 0, text: 'Subscribe' }], input());
    expect(result).toMatchObject({ group: null, actions: [] });
  });

  it('recognises a ZIP-code first step', () => {
    const fields = [createField({ labels: ["What's Your First Name?*"] }), createField({ labels: ["What's Your Zip Code?*"] })];
    const result = planFill(fields, [{ index: 0, text: 'Get Started' }], input());
    expect(result.actions.map((a) => a.value)).toEqual(['Alesia', '60657']);
  });

  it('fills the second email box as the confirmation', () => {
    const a = createField({ labels: ['Email'] });
    const b = createField({ labels: ['Email'] });
    const { valueOf } = plan([a, b, message()]);
    expect([valueOf(a)?.role, valueOf(b)?.role]).toEqual(['email', 'email-confirm']);
  });

  it('refuses two fields that both claim the same role', () => {
    const a = createField({ labels: ['City'] });
    const b = createField({ labels: ['City'] });
    const { result } = plan([a, b, message()]);
    expect(result.refusals.filter((r) => r.reason === 'duplicate').map((r) => r.ref)).toEqual([a.ref, b.ref]);
  });
});

describe('selects get an option the form offers, never its placeholder', () => {
  it('state by code, by name, or Intranet Quorum style', () => {
    const byCode = createSelect('State', [['', 'Select'], ['IL', 'Illinois'], ['IN', 'Indiana']]);
    const byName = createSelect('State', [['', 'State*'], ['Illinois', 'Illinois'], ['Indiana', 'Indiana']]);
    const numbered = createSelect('State', [['', '--'], ['13_IL', 'Illinois'], ['14_IN', 'Indiana']]);
    const { valueOf } = plan([byCode, message()]);
    expect(valueOf(byCode)?.value).toBe('IL');
    expect(plan([byName, message()]).valueOf(byName)?.value).toBe('Illinois');
    expect(plan([numbered, message()]).valueOf(numbered)?.value).toBe('13_IL');
  });

  it('the letter\'s preferred topic first, even when the option is worded longer', () => {
    const topic = createSelect('Topic', [['', '--Select an Issue--'], ['AGR', 'Agriculture'], ['FA', 'Foreign Affairs'], ['FR', 'Foreign Relations / National Security']]);
    expect(plan([topic, message()]).valueOf(topic)?.value).toBe('FR');
  });

  it('no suitable topic: left to the supporter', () => {
    const topic = createSelect('Topic', ['--Select--', 'Agriculture', 'Taxes']);
    const { valueOf, result } = plan([topic, message()]);
    expect(valueOf(topic)).toBeUndefined();
    expect(result.refusals).toContainEqual({ ref: topic.ref, role: 'topic', reason: 'no-matching-option' });
  });

  it('a prefix the form does not offer is left to the supporter (Mx.)', () => {
    const prefix = createSelect('Prefix', ['', 'Mr.', 'Mrs.', 'Ms.', 'Dr.']);
    const { valueOf, result } = plan([prefix, message()], { profile: createProfile({ prefix: 'Mx.' }) });
    expect(valueOf(prefix)).toBeUndefined();
    expect(result.refusals).toContainEqual({ ref: prefix.ref, role: 'prefix', reason: 'no-matching-option' });
    expect(plan([prefix, message()]).valueOf(prefix)?.value).toBe('Ms.');
  });
});

describe('"would you like a response" follows the supporter', () => {
  it('radios: yes when they want a reply, no when not', () => {
    const yes = createField({ type: 'radio', name: 'resp', labels: ['Yes, please contact me'], legend: 'Would you like a response?' });
    const no = createField({ type: 'radio', name: 'resp', labels: ['No, I wanted to voice my opinion'], legend: 'Would you like a response?' });
    expect(plan([yes, no, message()]).result.actions.filter((a) => a.role === 'response').map((a) => a.ref)).toEqual([yes.ref]);
    expect(plan([yes, no, message()], { wantsResponse: false }).result.actions.filter((a) => a.role === 'response').map((a) => a.ref)).toEqual([no.ref]);
  });

  it('an inverted "No Response Necessary" box stays unticked when they want a reply', () => {
    const box = createField({ type: 'checkbox', labels: ['No Response Necessary'] });
    expect(plan([box, message()]).valueOf(box)).toBeUndefined();
    expect(plan([box, message()], { wantsResponse: false }).valueOf(box)).toMatchObject({ checked: true });
  });
});

describe('the phone number in the format the field wants', () => {
  const field = (overrides: Partial<FieldSnapshot>) => ({ pattern: '', placeholder: '', maxLength: null, labels: [], ...overrides });
  it('dashes by default, digits when only ten fit, parentheses when the example shows them', () => {
    expect(formatPhone('3125550147', field({}))).toBe('312-555-0147');
    expect(formatPhone('3125550147', field({ maxLength: 10 }))).toBe('3125550147');
    expect(formatPhone('3125550147', field({ placeholder: '(555) 555-5555' }))).toBe('(312) 555-0147');
  });
  it('whatever the pattern accepts', () => {
    expect(formatPhone('3125550147', field({ pattern: '\\d{3}-\\d{3}-\\d{4}' }))).toBe('312-555-0147');
    expect(formatPhone('3125550147', field({ pattern: '[0-9]{10}' }))).toBe('3125550147');
    expect(formatPhone('3125550147', field({ pattern: '\\(\\d{3}\\) \\d{3}-\\d{4}' }))).toBe('(312) 555-0147');
  });
});

describe('the street line', () => {
  it('carries the apartment when the form has no box for line 2', () => {
    const street = createField({ labels: ['Street Address'] });
    expect(plan([street, message()]).valueOf(street)?.value).toBe('1200 W Belmont Ave, Apt 3');
  });
  it('leaves line 2 to its own box when there is one', () => {
    const street = createField({ labels: ['Street Address'] });
    const line2 = createField({ labels: ['Street Address (2)'] });
    const { valueOf } = plan([street, line2, message()]);
    expect([valueOf(street)?.value, valueOf(line2)?.value]).toEqual(['1200 W Belmont Ave', 'Apt 3']);
  });
});
