import { describe, expect, it } from 'vitest';
import type { FieldSnapshot } from '../../src/core/field.ts';
import type { FillInput } from '../../src/core/fill-plan.ts';
import { formatPhone } from '../../src/core/format-phone.ts';
import { planFill, statedLimit, statedWordLimit, wordCount } from '../../src/core/plan-fill.ts';
import { formLength } from '../../src/core/render-letter.ts';
import { US_STATES } from '../../src/core/us-states.ts';
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

  it('recognises the first page of a form in pages: who you are and where you live, then "Next"', () => {
    const fields = ['First Name', 'Last Name', 'Email', 'Street Address', 'City', 'ZIP Code'].map((label) => createField({ labels: [label] }));
    const result = planFill(fields, [{ index: 0, text: 'Your details | Next' }], input());
    expect(result.actions.map((a) => a.value)).toEqual(['Alesia', 'Kavalenka', 'alesia.kavalenka@example.org', '1200 W Belmont Ave, Apt 3', 'Chicago', '60657']);
    // A name and an email before "Continue" is a sign-up, not a letter's first page; "Next" on a newsletter form neither.
    expect(planFill(fields.slice(0, 3), [{ index: 0, text: 'Continue' }], input())).toMatchObject({ group: null, actions: [] });
    expect(planFill(fields, [{ index: 0, text: 'Newsletter | Next' }], input())).toMatchObject({ group: null, actions: [] });
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

  it('"Sí" is yes; a yes that also subscribes is never chosen', () => {
    const si = createField({ type: 'radio', name: 'resp', labels: ['Sí'], legend: '¿Desea recibir una respuesta?' });
    const no = createField({ type: 'radio', name: 'resp', labels: ['No'], legend: '¿Desea recibir una respuesta?' });
    expect(plan([si, no, message()]).result.actions.filter((a) => a.role === 'response').map((a) => a.ref)).toEqual([si.ref]);
    const select = createSelect('Would you like a response?', ['', 'Yes, please reply and subscribe me to the e-newsletter', 'Yes, please reply', 'No']);
    expect(plan([select, message()]).valueOf(select)?.value).toBe('Yes, please reply');
    const byValue = createSelect('Would you like a response?', ['', ['yes_subscribe_newsletter', 'Yes'], ['yes', 'Yes, please']]);
    expect(plan([byValue, message()]).valueOf(byValue)?.value).toBe('yes');
    const only = createSelect('Would you like a response?', ['', 'Yes, and add me to the news\u200Bletter', 'No']);
    expect(plan([only, message()]).valueOf(only)).toBeUndefined();
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

describe('several phone boxes: the main one is filled, the rest left and named', () => {
  it('the only required one', () => {
    const phone = createField({ labels: ['Phone Number'], type: 'tel' });
    const mobile = createField({ labels: ['Mobile Phone'], type: 'tel', required: true });
    const { valueOf, result } = plan([phone, mobile, message()]);
    expect([valueOf(phone), valueOf(mobile)?.value]).toEqual([undefined, '312-555-0147']);
    expect(result.refusals).toContainEqual({ ref: phone.ref, role: 'phone', reason: 'secondary-phone', detail: 'phone number' });
  });
  it('plain, home or daytime over mobile, cell, work or fax', () => {
    for (const [main, other] of [['Telephone', 'Cell Phone'], ['Home Phone', 'Mobile'], ['Daytime phone', 'Evening phone'], ['Phone', 'Mobile phone']]) {
      const a = createField({ labels: [other!], type: 'tel' });
      const b = createField({ labels: [main!], type: 'tel' });
      const { valueOf } = plan([a, b, message()]);
      expect([main, valueOf(a)?.value, valueOf(b)?.value]).toEqual([main, undefined, '312-555-0147']);
    }
  });
  it('a mobile box beside the daytime number in three parts is a second phone: the parts are filled, the mobile left', () => {
    const parts = ['Area code', 'Prefix', 'Line number'].map((label, i) => createField({ labels: [label], legend: 'Daytime Phone', maxLength: i === 2 ? 4 : 3 }));
    const mobile = createField({ labels: ['Mobile Phone'], type: 'tel' });
    const { valueOf, result } = plan([...parts, mobile, message()]);
    expect(parts.map((p) => valueOf(p)?.value)).toEqual(['312', '555', '0147']);
    expect(valueOf(mobile)).toBeUndefined();
    expect(result.refusals).toContainEqual(expect.objectContaining({ ref: mobile.ref, reason: 'secondary-phone' }));
  });
  it('two phones a person could not tell apart are both refused', () => {
    const a = createField({ labels: ['Phone'], type: 'tel' });
    const b = createField({ labels: ['Telephone'], type: 'tel' });
    const { valueOf, result } = plan([a, b, message()]);
    expect([valueOf(a), valueOf(b)]).toEqual([undefined, undefined]);
    expect(result.refusals.filter((r) => r.reason === 'duplicate').map((r) => r.ref).sort()).toEqual([a.ref, b.ref].sort());
  });
});

describe('split boxes', () => {
  it('a phone in three boxes of 3, 3 and 4 digits, only the first labelled', () => {
    const area = createField({ labels: ['Phone'], type: 'tel', maxLength: 3 });
    const exchange = createField({ type: 'tel', maxLength: 3 });
    const line = createField({ type: 'tel', maxLength: 4 });
    const { valueOf } = plan([area, exchange, line, message()]);
    expect([area, exchange, line].map((f) => valueOf(f)?.value)).toEqual(['312', '555', '0147']);
  });
  it('a home phone in boxes named hp1, hp2, hp3, the row\'s words beside the first and only brackets and dashes beside the rest', () => {
    const area = createField({ name: 'hp1', nearby: 'Home Phone:', maxLength: 3 });
    const exchange = createField({ name: 'hp2', nearby: ')', maxLength: 3 });
    const line = createField({ name: 'hp3', nearby: '-', maxLength: 4 });
    const { valueOf } = plan([area, exchange, line, message()]);
    expect([area, exchange, line].map((f) => valueOf(f)?.value)).toEqual(['312', '555', '0147']);
  });
  it('a box named hp is still a honeypot when it is wider than a phone part, says nothing, or says to leave it', () => {
    for (const trap of [createField({ name: 'hp', maxLength: 30 }), createField({ name: 'hp' }), createField({ name: 'hp2', nearby: 'Leave this empty', maxLength: 3 })]) {
      expect(plan([createField({ labels: ['Email'], type: 'email' }), trap, message()]).result.forbidden.map((f) => f.ref)).toContain(trap.ref);
    }
  });
  it('an area code box and a seven-digit box', () => {
    const area = createField({ labels: ['Area code'], maxLength: 3 });
    const local = createField({ maxLength: 8 });
    const { valueOf } = plan([area, local, message()]);
    expect([valueOf(area)?.value, valueOf(local)?.value]).toEqual(['312', '555-0147']);
  });
  it('a four-digit box right after the ZIP is the ZIP+4, named or not', () => {
    const zip = createField({ labels: ['ZIP Code'], maxLength: 5 });
    const plus4 = createField({ maxLength: 4 });
    const { valueOf } = plan([zip, plus4, message()]);
    expect([valueOf(zip)?.value, valueOf(plus4)?.value]).toEqual(['60657', '1234']);
    const zip5 = createField({ name: 'zip5', maxLength: 5 });
    const zip4 = createField({ name: 'zip4', maxLength: 4 });
    expect(plan([zip5, zip4, message()]).result.actions.map((a) => a.value).slice(0, 2)).toEqual(['60657', '1234']);
  });
  it('a House ZIP-code first step of two boxes is recognised and filled', () => {
    const zip = createField({ labels: ['Your ZIP Code'], maxLength: 5 });
    const plus4 = createField({ maxLength: 4 });
    const result = planFill([zip, plus4], [{ index: 0, text: 'Continue' }], input());
    expect(result.actions.map((a) => a.value)).toEqual(['60657', '1234']);
  });
});

describe('topic fallback: the letter\'s own list, then the nearest topic, then the list\'s general option', () => {
  const topics = ['Foreign Relations', 'Human Rights'];
  it('the letter\'s own topic, read from the option\'s value when the text is a code', () => {
    const select = createSelect('Topic', [['', '- Select -'], ['Agriculture', 'AGR'], ['Foreign Relations', 'FR']]);
    const { valueOf, result } = plan([select, message()], { topics });
    expect(valueOf(select)?.value).toBe('Foreign Relations');
    expect(result.chosen).toEqual([]);
  });
  it('the nearest in meaning when the list has none of the letter\'s topics, shown to the supporter', () => {
    const select = createSelect('Issue', [['', '--Select an Issue--'], ['1', 'Agriculture'], ['2', 'Civil Rights'], ['3', 'Other']]);
    const { valueOf, result } = plan([select, message()], { topics });
    expect(valueOf(select)?.value).toBe('2');
    expect(result.chosen).toEqual([{ ref: select.ref, role: 'topic', reason: 'nearest-topic', detail: 'Civil Rights' }]);
  });
  it('the list\'s general option when nothing is near', () => {
    for (const general of ['Other', 'General', 'Comments', 'Something else']) {
      const select = createSelect('Topic', [['', 'Please select a topic'], ['a', 'Agriculture'], ['v', 'Veterans'], ['g', general]]);
      const { valueOf, result } = plan([select, message()], { topics });
      expect(valueOf(select)?.value).toBe('g');
      expect(result.chosen?.[0]).toMatchObject({ reason: 'general-topic', detail: general });
    }
  });
  it('never the placeholder: a list with nothing near and no general option is left and named', () => {
    const select = createSelect('Topic', [['', 'Select'], ['a', 'Agriculture'], ['v', 'Veterans']]);
    const { valueOf, result } = plan([select, message()], { topics });
    expect(valueOf(select)).toBeUndefined();
    expect(result.refusals).toContainEqual({ ref: select.ref, role: 'topic', reason: 'no-matching-option' });
  });
});

describe('purpose questions: the option that means writing to the office', () => {
  it('chooses "Contact the President" over tours and greetings', () => {
    const select = createSelect('What would you like to do?', [['', 'Choose one'], ['g', 'Request a greeting'], ['t', 'Request a tour'], ['c', 'Contact the President']]);
    const { valueOf, result } = plan([select, message()]);
    expect(valueOf(select)?.value).toBe('c');
    expect(result.chosen).toContainEqual({ ref: select.ref, role: 'purpose', reason: 'purpose', detail: 'Contact the President' });
  });
  it('prefers sharing an opinion over a plain message, never casework', () => {
    const select = createSelect('How can we help you?', [['', 'Select a reason'], ['h', 'Help with a federal agency'], ['e', 'Email the Senator'], ['s', 'Share your opinion on an issue']]);
    expect(plan([select, message()]).valueOf(select)?.value).toBe('s');
  });
  it('leaves a purpose question with no writing option', () => {
    const select = createSelect('How can we help you?', [['', 'Select a reason'], ['h', 'Help with a federal agency'], ['f', 'Request a flag']]);
    const { valueOf, result } = plan([select, message()]);
    expect(valueOf(select)).toBeUndefined();
    expect(result.refusals).toContainEqual({ ref: select.ref, role: 'purpose', reason: 'no-matching-option' });
  });
});

describe('page defaults are replaced by the supporter\'s values; the person\'s own choices are kept', () => {
  const prefixes: [string, string][] = [['Mr.', 'Mr.'], ['Ms.', 'Ms.'], ['Mrs.', 'Mrs.']];
  it('a prefix the page preselected', () => {
    const select = createSelect('Prefix', prefixes, { value: 'Mr.', pageDefault: 'Mr.' });
    expect(plan([select, message()]).valueOf(select)?.value).toBe('Ms.');
  });
  it('a prefix the person chose', () => {
    const select = createSelect('Prefix', prefixes, { value: 'Mrs.', pageDefault: 'Mr.' });
    const { valueOf, result } = plan([select, message()]);
    expect(valueOf(select)).toBeUndefined();
    expect(result.refusals).toContainEqual({ ref: select.ref, role: 'prefix', reason: 'kept-your-text' });
  });
  it('prefix radios with "Mr." checked by the page', () => {
    const radios = ['Mr.', 'Ms.', 'Mrs.'].map((p, i) => createField({ type: 'radio', name: 'prefix', value: p, labels: [p], checked: i === 0, defaultChecked: i === 0 }));
    const { result } = plan([...radios, message()]);
    expect(result.actions.filter((a) => a.role === 'prefix')).toEqual([{ ref: radios[1]!.ref, role: 'prefix', value: '', checked: true }]);
  });
  it('a prefix box the page typed "Mr." into', () => {
    const box = createField({ labels: ['Prefix'], value: 'Mr.', pageDefault: 'Mr.' });
    expect(plan([box, message()]).valueOf(box)?.value).toBe('Ms.');
  });
  it('the office\'s own state preselected', () => {
    const state = createSelect('State', [['', 'Select'], ['IA', 'Iowa'], ['IL', 'Illinois']], { value: 'IA', pageDefault: 'IA' });
    expect(plan([state, message()]).valueOf(state)?.value).toBe('IL');
  });
});

describe('the same address block twice: one is filled whole, the other left whole', () => {
  const block = (legend: string, extra: Partial<Parameters<typeof createField>[0]> = {}) => [
    createField({ labels: ['First name'], legend, ...extra }), createField({ labels: ['Last name'], legend, ...extra }),
    createField({ labels: ['Street address'], legend, ...extra }), createField({ labels: ['City'], legend, ...extra }),
    createField({ labels: ['ZIP code'], legend, ...extra }),
  ];
  it('the first block a person meets (billing beside shipping)', () => {
    const shipping = block('Shipping address');
    const billing = block('Billing address');
    const { result } = plan([...shipping, ...billing, message()]);
    const filled = new Set(result.actions.map((a) => a.ref));
    expect(shipping.every((f) => filled.has(f.ref))).toBe(true);
    expect(billing.some((f) => filled.has(f.ref))).toBe(false);
    expect(result.refusals.filter((r) => r.reason === 'other-address-block').map((r) => r.ref)).toEqual(billing.map((f) => f.ref));
  });
  it('the home or mailing block over one that comes first', () => {
    const work = block('Work address');
    const home = block('Home address');
    const filled = new Set(plan([...work, ...home, message()]).result.actions.map((a) => a.ref));
    expect([work.some((f) => filled.has(f.ref)), home.every((f) => filled.has(f.ref))]).toEqual([false, true]);
  });
  it('never a recipient\'s block, told apart by its autocomplete section', () => {
    const sender = block('', { autocomplete: '' }).map((f, i) => ({ ...f, autocomplete: `section-me ${['given-name', 'family-name', 'address-line1', 'address-level2', 'postal-code'][i]}` }));
    const recipient = block('', { autocomplete: '' }).map((f, i) => ({ ...f, autocomplete: `section-gift shipping ${['given-name', 'family-name', 'address-line1', 'address-level2', 'postal-code'][i]}` }));
    const filled = new Set(plan([...recipient, ...sender, message()]).result.actions.map((a) => a.ref));
    expect([recipient.some((f) => filled.has(f.ref)), sender.every((f) => filled.has(f.ref))]).toEqual([false, true]);
  });
});

describe('two phone boxes the form requires', () => {
  it('both take the supporter\'s one number, as a person with one phone would write it', () => {
    const phone = createField({ labels: ['Phone'], type: 'tel', required: true });
    const mobile = createField({ labels: ['Mobile Phone'], type: 'tel', required: true });
    const { valueOf } = plan([phone, mobile, message()]);
    expect([valueOf(phone)?.value, valueOf(mobile)?.value]).toEqual(['312-555-0147', '312-555-0147']);
  });
});

describe('forms written in ways the fixtures did not show (found by writing new replicas)', () => {
  it('a message box that warns against sending a Social Security number, or asks for a position, is still the message box', () => {
    for (const box of [message({ labels: [], placeholder: 'Your message. Please do not include your Social Security number or case details.' }), message({ labels: ['Please explain your position'] })]) {
      const fields = [createField({ labels: ['First Name'] }), createField({ labels: ['Last Name'] }), createField({ labels: ['Email'] }), box];
      expect(plan(fields).valueOf(box)?.value).toBe(FULL);
    }
    // An account field stays forbidden, and so does a card field whose warning is only about its format.
    expect(plan([createField({ labels: ['Social Security Number'] }), message()]).result.forbidden).toHaveLength(1);
    expect(plan([createField({ labels: ['Card number (do not include spaces)'] }), message()]).result.forbidden).toEqual([expect.objectContaining({ reason: 'payment' })]);
  });

  it('"Name (First and Last)" is one box for the whole name; "Street (include apartment or unit)" is the first address line', () => {
    const name = createField({ labels: ['Name (First and Last)'] });
    const street = createField({ labels: ['Street Address (include apartment/unit #)'] });
    const { valueOf } = plan([name, createField({ labels: ['Email'] }), street, createField({ labels: ['City'] }), message()]);
    expect(valueOf(name)?.value).toBe('Alesia Kavalenka');
    expect(valueOf(street)?.value).toBe('1200 W Belmont Ave, Apt 3');
  });

  it('a box to type the topic in gets the subject line', () => {
    const topic = createField({ labels: ['Topic'] });
    expect(plan([createField({ labels: ['Email'] }), topic, message()]).valueOf(topic)?.value).toBe('Release of political prisoners in Belarus');
  });

  it('states listed as "IL - Illinois" with numbers for values are read as a state list and the state is chosen', () => {
    const state = createSelect('', [['', 'Choose'], ...Object.entries(US_STATES).map(([code, name], i): [string, string] => [String(i + 1), i % 2 ? `${code} - ${name}` : `${name} (${code})`])], { name: 'field_7' });
    const illinois = String(Object.keys(US_STATES).indexOf('IL') + 1);
    expect(plan([createField({ labels: ['Email'] }), state, message()]).valueOf(state)?.value).toBe(illinois);
  });

  it('"How would you like to receive a response?" with Email, Mail, Phone and "No response" chooses Email', () => {
    const how = createSelect('How would you like to receive a response?', [['', '- Select -'], ['email', 'Email'], ['mail', 'U.S. Mail'], ['phone', 'Phone call'], ['none', 'No response needed']]);
    expect(plan([createField({ labels: ['Email'] }), how, message()]).valueOf(how)?.value).toBe('email');
    expect(plan([createField({ labels: ['Email'] }), how, message()], { wantsResponse: false }).valueOf(how)?.value).toBe('none');
  });

  it('a phone in three boxes that say their width only by a pattern of digits gets 3, 3 and 4 digits', () => {
    const boxes = ['[0-9]{3}', '[0-9]{3}', '\\d{4}'].map((pattern, i) => createField({ labels: i === 0 ? ['Phone'] : [], pattern }));
    const { valueOf } = plan([createField({ labels: ['Email'] }), ...boxes, message()]);
    expect(boxes.map((b) => valueOf(b)?.value)).toEqual(['312', '555', '0147']);
  });

  it('a phone in three boxes drawn size="3", size="3" and size="4", with no other width, gets 3, 3 and 4 digits', () => {
    const boxes = [3, 3, 4].map((size, i) => createField({ labels: i === 0 ? ['Phone'] : [], size }));
    const { valueOf } = plan([createField({ labels: ['Email'] }), ...boxes, message()]);
    expect(boxes.map((b) => valueOf(b)?.value)).toEqual(['312', '555', '0147']);
  });

  it('a placeholder of hashes gives the phone its shape', () => {
    expect(formatPhone('3125550147', { pattern: '', placeholder: '(###) ###-####', maxLength: null, labels: [] })).toBe('(312) 555-0147');
    expect(formatPhone('3125550147', { pattern: '', placeholder: '###-###-####', maxLength: null, labels: [] })).toBe('312-555-0147');
  });
});

describe('an address line with nothing said about it', () => {
  it('a box with no words at all right after the street box is the second line; one further on is not', () => {
    const street = createField({ labels: ['Address:'] });
    const line2 = createField({ name: 'f_8da6bf2d' });
    const city = createField({ labels: ['City'] });
    const loose = createField({ name: 'f_77aa01' });
    const { valueOf } = plan([createField({ labels: ['Email'] }), street, line2, city, loose, message()]);
    expect([street, line2, city, loose].map((f) => valueOf(f)?.value)).toEqual(['1200 W Belmont Ave', 'Apt 3', 'Chicago', undefined]);
  });
});

describe('a message limit the page states only in words', () => {
  it('"Please limit your message to 1,500 characters" under the box chooses a letter that fits', () => {
    const box = message({ nearby: 'Please limit your message to 1,500 characters. 1500 characters remaining' });
    const { result, valueOf } = plan([createField({ labels: ['Email'] }), box]);
    expect(result.message?.limit).toBe(1500);
    expect(formLength(valueOf(box)!.value)).toBeLessThanOrEqual(1500);
  });

  it('reads the usual ways of saying it, and nothing else', () => {
    const said = (nearby: string) => statedLimit({ labels: [], placeholder: '', title: '', nearby });
    expect([said('2000 character limit'), said('(max. 2,500 characters)'), said('Maximum 500 chars'), said('up to 4000 characters')]).toEqual([2000, 2500, 500, 4000]);
    expect([said('Call 1-800-555-0100'), said('Tell us in 2 or 3 sentences'), said('')]).toEqual([null, null, null]);
    // Counters under the box.
    expect([said('0 / 2500'), said('0 of 2,000 characters'), said('Characters remaining: 2500'), said('1500 characters left')]).toEqual([2500, 2000, 2500, 1500]);
    expect([said('0 / 250 words'), said('Word count: 0 of 250 maximum words'), said('Room 101, 0/3 steps')]).toEqual([null, null, null]);
  });
});

describe('wordings found by writing a second round of replicas', () => {
  it('Spanish courtesy titles: "Tratamiento" with Sr./Sra./Srta., and "Título" naming the English title in brackets', () => {
    const tratamiento = createSelect('Tratamiento', ['', 'Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.']);
    expect(plan([tratamiento, message()]).valueOf(tratamiento)?.value).toBe('Sra.');
    const titulo = createSelect('Título', ['', ['Mr.', 'Sr. (Mr.)'], ['Ms.', 'Srta./Sra. (Ms.)'], ['Dr.', 'Dr./Dra. (Dr.)']]);
    expect(plan([titulo, message()]).valueOf(titulo)?.value).toBe('Ms.');
  });

  it('"Your title" in an organisation\'s block, or with a job for its example, is a job title: left alone', () => {
    const title = createField({ labels: ['Your title'], placeholder: 'e.g. Executive Director', legend: 'Writing on behalf of an organization? (optional)' });
    const prefix = createField({ labels: ['Title'], placeholder: 'Mr., Ms., Dr.' });
    expect(plan([title, message()]).valueOf(title)).toBeUndefined();
    expect(plan([prefix, message()]).valueOf(prefix)?.value).toBe('Ms.');
  });

  it('boxes labelled only "Line 1" and "Line 2" are the street and the apartment', () => {
    const [one, two] = ['Line 1', 'Line 2'].map((label) => createField({ labels: [label], legend: 'Where should we send a reply?' }));
    const city = createField({ labels: ['City'] });
    const { valueOf } = plan([one!, two!, city, message()]);
    expect([valueOf(one!)?.value, valueOf(two!)?.value]).toEqual([createProfile().street, createProfile().street2]);
  });

  it('a ZIP+4 box of nine characters, or whose pattern has no dash, gets nine digits; otherwise the dash', () => {
    const nine = createField({ labels: ['ZIP Code + 4 (9 digits, no dash)'], maxLength: 9 });
    const patterned = createField({ labels: ['ZIP+4'], pattern: '[0-9]{9}' });
    const dashed = createField({ labels: ['ZIP+4'], maxLength: 10 });
    const p = createProfile();
    expect(plan([nine, message()]).valueOf(nine)?.value).toBe(`${p.zip}${p.zip4}`);
    expect(plan([patterned, message()]).valueOf(patterned)?.value).toBe(`${p.zip}${p.zip4}`);
    expect(plan([dashed, message()]).valueOf(dashed)?.value).toBe(`${p.zip}-${p.zip4}`);
  });
});

describe('two free-text boxes: the letter goes to the one for the message, not to "Additional comments"', () => {
  it('"Details *" takes the letter; "Additional comments (optional)" is left', () => {
    const details = message({ labels: ['Details *'], required: true, nearby: '' });
    const extra = message({ labels: ['Additional comments'], nearby: 'Anything else our staff should know (optional)' });
    const { valueOf } = plan([createField({ labels: ['Email'] }), details, extra]);
    expect(valueOf(details)?.value).toBe(FULL);
    expect(valueOf(extra)).toBeUndefined();
  });
});

describe('wordings found by a fourth round of replicas', () => {
  it('"Name (Last, First)" and a placeholder "Doe, Jane" take the family name first', () => {
    const byLabel = createField({ labels: ['Name (Last, First) *'] });
    const byExample = createField({ labels: ['Your name'], placeholder: 'Doe, Jane' });
    const plain = createField({ labels: ['Full Name'] });
    for (const [field, want] of [[byLabel, 'Kavalenka, Alesia'], [byExample, 'Kavalenka, Alesia'], [plain, 'Alesia Kavalenka']] as const) {
      expect(plan([field, message()]).valueOf(field)?.value).toBe(want);
    }
  });

  it('"Postcode" is the ZIP code; "True" answers "Would you like a response?"', () => {
    const postcode = createField({ labels: ['Postcode'] });
    expect(plan([postcode, message()]).valueOf(postcode)?.value).toBe(createProfile().zip);
    const yes = createField({ type: 'radio', name: 'resp', labels: ['True'], legend: 'Would you like a response?' });
    const no = createField({ type: 'radio', name: 'resp', labels: ['False'], legend: 'Would you like a response?' });
    expect(plan([yes, no, message()]).result.actions.filter((a) => a.role === 'response').map((a) => a.ref)).toEqual([yes.ref]);
  });

  it('"Reason for contacting" over a list of topics gets the letter\'s topic; over a list of errands, nothing of ours', () => {
    const topics = createSelect('Reason for contacting (required)', ['', 'Agriculture', 'International Affairs', 'Taxes']);
    expect(plan([topics, message()], { topics: ['International Affairs'] }).valueOf(topics)?.value).toBe('International Affairs');
    const errands = createSelect('Reason for contacting', ['', 'Request a flag', 'Schedule a meeting', 'Help with a federal agency']);
    expect(plan([errands, message()], { topics: ['International Affairs'] }).valueOf(errands)).toBeUndefined();
  });
});

describe('wordings found by a fifth round of replicas', () => {
  it('"Alternate email" is left to the supporter; the main email and its confirmation are filled', () => {
    const email = createField({ labels: ['Email *'], type: 'email' });
    const confirm = createField({ labels: ['Confirm Email'], type: 'email' });
    const alternate = createField({ labels: ['Alternate email'], type: 'email' });
    const { valueOf } = plan([email, confirm, alternate, message()]);
    expect([valueOf(email)?.value, valueOf(confirm)?.value, valueOf(alternate)]).toEqual([createProfile().email, createProfile().email, undefined]);
  });

  it('"Do you want the Senator to write back to you?" is a request for a reply', () => {
    const yes = createField({ type: 'radio', name: 'wb', labels: ['Yes, please'], legend: 'Do you want Senator Marchetti to write back to you?' });
    const no = createField({ type: 'radio', name: 'wb', labels: ["No, that's okay"], legend: 'Do you want Senator Marchetti to write back to you?' });
    expect(plan([yes, no, message()]).result.actions.filter((a) => a.role === 'response').map((a) => a.ref)).toEqual([yes.ref]);
  });
});

describe('a message limit the page states in words', () => {
  it('"Please keep your message under 300 words" chooses a letter of 300 words or fewer', () => {
    const box = message({ nearby: 'Please keep your message under 150 words.' });
    const { valueOf } = plan([createField({ labels: ['Email'] }), box]);
    expect(wordCount(FULL)).toBeGreaterThan(150);
    expect(wordCount(valueOf(box)!.value)).toBeLessThanOrEqual(150);
    expect(valueOf(box)!.value).toBe(MEDIUM);
  });

  it('reads the usual ways of saying it, and nothing else', () => {
    const said = (nearby: string) => statedWordLimit({ labels: [], placeholder: '', title: '', nearby });
    expect([said('Messages are limited to 250 words.'), said('500-word limit'), said('no more than 1,000 words'), said('Maximum 300 words')]).toEqual([250, 500, 1000, 300]);
    expect([said('Please limit your message to 1,500 characters'), said('Tell us in a few words'), said('')]).toEqual([null, null, null]);
    expect([said('0 / 250 words'), said('Word count: 0 of 250 maximum words'), said('250 maximum words')]).toEqual([250, 250, 250]);
  });

  it('no letter short enough: the box is left, and the reason says the limit in words', () => {
    const box = message({ nearby: 'Limit: 100 words' });
    const { result, valueOf } = plan([createField({ labels: ['Email'] }), box], { messages: [FULL, MEDIUM] });
    expect(valueOf(box)).toBeUndefined();
    expect(result.refusals).toContainEqual(expect.objectContaining({ ref: box.ref, reason: 'message-too-long', detail: '100 words' }));
  });
});

describe('"include area code" asks for the whole number', () => {
  it('a phone box labelled "Phone (please include area code)" gets all ten digits; a box for the area code alone gets three', () => {
    for (const label of ['Phone (please include area code)', 'Phone number, including area code', 'Area Code and Phone Number']) {
      const phone = createField({ labels: [label] });
      expect(plan([createField({ labels: ['Email'] }), phone, message()]).valueOf(phone)?.value.replace(/\D/g, ''), label).toBe('3125550147');
    }
    const boxes = ['Area code', 'Phone prefix', 'Phone line'].map((label, i) => createField({ labels: [label], maxLength: i === 2 ? 4 : 3 }));
    expect(boxes.map((b) => plan([createField({ labels: ['Email'] }), ...boxes, message()]).valueOf(b)?.value)).toEqual(['312', '555', '0147']);
  });
});

describe('a P.O. box row between the street and the apartment', () => {
  it('is left empty and does not start a second address block', () => {
    const fields = [
      createField({ labels: ['STREET ADDRESS:'], name: 'f05' }), createField({ labels: ['P.O. BOX:'], name: 'f06', size: 10 }),
      createField({ labels: ['APT/SUITE #:'], name: 'f07' }), createField({ labels: ['CITY:'], name: 'f08' }),
      createSelect('STATE:', ['', 'IL', 'IN'], { name: 'f09' }), createField({ labels: ['ZIP:'], name: 'f10', maxLength: 5 }),
      createField({ nearby: '+4', name: 'f11', maxLength: 4 }), message(),
    ];
    const { valueOf } = plan(fields);
    expect(fields.slice(0, 7).map((f) => valueOf(f)?.value)).toEqual(['1200 W Belmont Ave', undefined, 'Apt 3', 'Chicago', 'IL', '60657', '1234']);
  });
});

describe('abbreviated topic options', () => {
  it('"INT\'L AFFAIRS/TRADE" and "Intl Relations" are read as international, not passed over for Defense', () => {
    for (const intl of ["INT'L AFFAIRS/TRADE", 'Intl Relations', 'INT\u2019L AFFAIRS']) {
      const topic = createSelect('ISSUE:', [['', '-- SELECT AN ISSUE --'], ['AGRI', 'AGRICULTURE'], ['DEF', 'DEFENSE'], ['INTL', intl], ['VET', 'VETERANS']]);
      expect([intl, plan([topic, message()], { topics: ['Foreign Affairs'] }).valueOf(topic)?.value]).toEqual([intl, 'INTL']);
    }
  });
});
