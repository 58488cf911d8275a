import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFields } from '../../src/content/collect-fields.ts';
import { followingText } from '../../src/content/label-sources.ts';
import { classifyField } from '../../src/core/classify-field.ts';
import { chooseTopic } from '../../src/core/choose-option.ts';
import type { FieldSnapshot } from '../../src/core/field.ts';
import type { FillInput } from '../../src/core/fill-plan.ts';
import { planFill, statedLimit, statedWordLimit } from '../../src/core/plan-fill.ts';
import { createField, createProfile, createSelect } from '../support/factories.ts';
import { stubLayout } from '../support/layout-stub.ts';

// Wordings and markup of office forms written from the facts of real ones: second surnames, limits
// stated under the box or in Spanish or in words, a label pointing at the wrong box, Spanish
// mobile phones, "World Affairs".

const LONG = `Dear Representative,\n\n${'Please act for the political prisoners of Belarus. '.repeat(60)}\n\nSincerely,\nAlesia Kavalenka`;
const SHORT = `Dear Representative,\n\n${'Please act for the political prisoners of Belarus. '.repeat(10)}\n\nSincerely,\nAlesia Kavalenka`;

const input = (overrides: Partial<FillInput> = {}): FillInput => ({
  profile: createProfile(), subject: 'Belarus', messages: [LONG, SHORT],
  topics: ['Foreign Relations', 'Foreign Affairs', 'Human Rights'], wantsResponse: true, knownMessageLimit: null, ...overrides,
});
const message = (overrides: Partial<FieldSnapshot> = {}) => createField({ tag: 'textarea', type: 'textarea', labels: ['Message'], ...overrides });

function plan(fields: FieldSnapshot[], overrides: Partial<FillInput> = {}) {
  const result = planFill(fields, [{ index: 0, text: 'Submit' }], input(overrides));
  const valueOf = (field: FieldSnapshot) => result.actions.find((a) => a.ref === field.ref)?.value;
  return { result, valueOf };
}

const roleOf = (label: string) => {
  const result = classifyField(createField({ labels: [label] }));
  return result.kind === 'role' ? result.role : `${result.kind}:${result.reason}`;
};

describe('a second or maternal surname is not the last name', () => {
  it('"Segundo apellido", "Apellido materno", "Second last name", "Maternal surname" are left alone', () => {
    for (const label of ['Segundo apellido', 'Apellido materno', 'Second last name', 'Second surname', 'Maternal surname', 'Other last name', '2º apellido']) {
      expect([label, roleOf(label)]).toEqual([label, 'unknown:not-ours']);
    }
  });

  it('the first or paternal surname, and a plain one, are still the last name', () => {
    for (const label of ['Primer apellido *', 'Apellido paterno', 'Apellido(s)', 'Apellidos (paterno y materno)', 'Last name', 'Surname', 'Family name']) {
      expect([label, roleOf(label)]).toEqual([label, 'last']);
    }
  });

  it('a Spanish form with two surnames gets the family name in the first box and its whole address', () => {
    const fields = [
      createField({ labels: ['Nombre(s) *'] }), createField({ labels: ['Primer apellido *'] }), createField({ labels: ['Segundo apellido'], name: 'apellido_materno' }),
      createField({ labels: ['Dirección postal *'] }), createField({ labels: ['Ciudad *'] }), createSelect('Estado *', ['', 'IL', 'IN']),
      createField({ labels: ['Código postal *'] }), message(),
    ];
    const { valueOf } = plan(fields);
    expect(fields.slice(0, 7).map(valueOf)).toEqual(['Alesia', 'Kavalenka', undefined, '1200 W Belmont Ave, Apt 3', 'Chicago', 'IL', '60657']);
  });
});

describe('the same name part twice in a row does not set the address after it aside', () => {
  it('two boxes a person could not tell apart are refused, and the address is still filled', () => {
    const lastA = createField({ labels: ['Last name'] });
    const lastB = createField({ labels: ['Last name'] });
    const address = [createField({ labels: ['Street address'] }), createField({ labels: ['City'] }), createField({ labels: ['ZIP code'] })];
    const { valueOf, result } = plan([createField({ labels: ['First name'] }), lastA, lastB, ...address, message()]);
    expect([valueOf(lastA), valueOf(lastB)]).toEqual([undefined, undefined]);
    expect(result.refusals.filter((r) => r.reason === 'duplicate').map((r) => r.ref).sort()).toEqual([lastA.ref, lastB.ref].sort());
    expect(address.map(valueOf)).toEqual(['1200 W Belmont Ave, Apt 3', 'Chicago', '60657']);
  });

  it('a whole second name-and-address block (shipping after billing) is still left whole', () => {
    const block = (legend: string) => ['First name', 'Last name', 'Street address', 'City', 'ZIP code'].map((label) => createField({ labels: [label], legend }));
    const billing = block('Billing address');
    const shipping = block('Shipping address');
    const { valueOf } = plan([...billing, ...shipping, message()]);
    expect(billing.map(valueOf).every(Boolean)).toBe(true);
    expect(shipping.map(valueOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('a message limit stated under the box, in other wordings, in Spanish or in words', () => {
  const said = (nearby: string) => statedLimit({ labels: [], placeholder: '', title: '', nearby });
  it('"N characters or fewer", "no more than N characters", "keep … to N characters"', () => {
    expect([said('Your message must be 2000 characters or fewer'), said('1,500 characters or less'), said('no more than 1,500 characters'), said('Please keep your message to 1,500 characters or fewer (limit)')])
      .toEqual([2000, 1500, 1500, 1500]);
  });
  it('Spanish, with a dot, a thin space or a space between the thousands', () => {
    expect([said('Máximo 2.000 caracteres.'), said('Un máximo de 2000 caracteres'), said('2.000 caracteres como máximo'), said('Quedan 1500 caracteres')]).toEqual([2000, 2000, 2000, 1500]);
    expect([said('Maximum 2\u202f000 characters'), said('Maximum 2\u00a0500 characters'), said('up to 3 000 characters')]).toEqual([2000, 2500, 3000]);
  });
  it('a number spelled out', () => {
    expect([said('Please keep your message to one thousand five hundred characters or fewer.'), said('Limit: two thousand characters'), said('up to twenty-five hundred characters')]).toEqual([1500, 2000, 2500]);
    expect(statedWordLimit({ labels: [], placeholder: '', title: '', nearby: 'Please keep it under two hundred words' })).toBe(200);
  });
  it('never a phone number, a ZIP code, a decimal, words, or a number with no limit', () => {
    expect([said('Call 1-800-555-0100 or write 1,500 characters'), said('ZIP 60657-1234'), said('Keep it under 500 words'), said('Máximo 300 palabras'), said('0 / 250 palabras'), said('one thousand five hundred characters')])
      .toEqual([null, null, null, null, null, null]);
    expect(said('Limit 2 messages; 0/3 steps')).toBeNull();
    expect(statedWordLimit({ labels: [], placeholder: '', title: '', nearby: 'Máximo 300 palabras' })).toBe(300);
  });
  it('the letter that fits goes to a box whose Spanish hint states the limit', () => {
    const box = message({ labels: ['Su mensaje *'], nearby: 'Máximo 2.000 caracteres.' });
    const { valueOf, result } = plan([createField({ labels: ['Correo electrónico'] }), box]);
    expect(result.message?.limit).toBe(2000);
    expect(valueOf(box)).toBe(SHORT);
  });
});

describe('the line under a box is its hint', () => {
  let unstub: () => void;
  beforeAll(() => { unstub = stubLayout(); });
  afterAll(() => unstub());

  it('a limit on the line under a message box (after <br>) chooses the letter that fits', () => {
    document.body.innerHTML = `<form><table><tr><td><span>Email</span></td><td><input name="e" type="email"></td></tr>
      <tr><td><span>Message</span></td><td><textarea name="body"></textarea><br><span>Maximum 2,000 characters.</span></td></tr></table><button>Send</button></form>`;
    const read = collectFields(document);
    const result = planFill(read.fields, read.groups, input());
    expect(result.message?.limit).toBe(2000);
    expect(result.actions.find((a) => a.role === 'message')?.value).toBe(SHORT);
  });

  it('only the first line, and never words that run into the next control or follow the box on its own line', () => {
    document.body.innerHTML = `<div><textarea id="t"></textarea><br>Hint one<br>Hint two</div>
      <div><input id="a"><br>Last name <input id="b"></div>
      <div><input type="radio" id="r1"> Yes<br><input type="radio" id="r2"> No</div>`;
    const el = (id: string) => document.getElementById(id)!;
    expect(followingText(el('t'), false)).toBe('Hint one');
    expect(followingText(el('a'), false)).toBe('');
    expect([followingText(el('r1'), true), followingText(el('r2'), true)]).toEqual(['Yes', 'No']);
  });
});

describe('a label whose for names another box', () => {
  let unstub: () => void;
  beforeAll(() => { unstub = stubLayout(); });
  afterAll(() => unstub());

  it('"Last name" copy-pasted with the first box\'s id: each box gets the name its label beside it says', () => {
    document.body.innerHTML = `<form>
      <div><label for="fn">First name *</label><input id="fn" name="a1"></div>
      <div><label for="fn">Last name *</label><input id="ln" name="a2"></div>
      <div><label for="em">Email</label><input id="em" name="a3" type="email"></div>
      <div><label for="msg">Message</label><textarea id="msg" name="a4"></textarea></div><button>Send</button></form>`;
    const read = collectFields(document);
    const result = planFill(read.fields, read.groups, input());
    const valueOf = (id: string) => result.actions.find((a) => read.elements[a.ref]!.id === id)?.value;
    expect([valueOf('fn'), valueOf('ln')]).toEqual(['Alesia', 'Kavalenka']);
  });

  it('a caption chain (section heading + caption) is left as it is', () => {
    // "Mailing address" is read before the street box and is the first (not the last) label of the city box.
    const street = createField({ nearby: 'Mailing address', placeholder: 'Street' });
    const city = createField({ labels: ['Mailing address', 'City'] });
    const { valueOf } = plan([createField({ labels: ['Email'] }), street, city, message()]);
    expect(valueOf(city)).toBe('Chicago');
  });
});

describe('several phone boxes in Spanish, or one marked optional', () => {
  it('"Teléfono" over "Teléfono celular (opcional)", "Teléfono del trabajo", "Otro teléfono"', () => {
    for (const other of ['Teléfono celular (opcional)', 'Teléfono celular', 'Teléfono móvil', 'Otro teléfono', 'Teléfono de oficina']) {
      const main = createField({ labels: ['Teléfono *'], type: 'tel' });
      const second = createField({ labels: [other], type: 'tel' });
      const { valueOf, result } = plan([main, second, message()]);
      expect([other, valueOf(main), valueOf(second)]).toEqual([other, '312-555-0147', undefined]);
      expect(result.refusals).toContainEqual(expect.objectContaining({ ref: second.ref, reason: 'secondary-phone' }));
    }
  });
  it('the phone not marked optional over one that is, in English', () => {
    const optional = createField({ labels: ['Phone (optional)'], type: 'tel' });
    const plain = createField({ labels: ['Daytime number'], type: 'tel' });
    const { valueOf } = plan([optional, plain, message()]);
    expect([valueOf(optional), valueOf(plain)]).toEqual([undefined, '312-555-0147']);
  });
  it('two phones a person could not tell apart are still both refused', () => {
    const a = createField({ labels: ['Teléfono'], type: 'tel' });
    const b = createField({ labels: ['Teléfono (opcional)'], type: 'tel', required: false });
    const c = createField({ labels: ['Número de teléfono'], type: 'tel' });
    const { valueOf } = plan([a, c, message()]);
    expect([valueOf(a), valueOf(c)]).toEqual([undefined, undefined]);
    // Marked optional alone is enough to tell them apart.
    expect(plan([a, b, message()]).valueOf(a)).toBe('312-555-0147');
  });
});

describe('the foreign-affairs topic in other words', () => {
  const topics = ['Human Rights', 'Foreign Relations', 'Foreign Affairs', 'International Relations'];
  const list = (option: string) => [['', 'Select an issue'], ['agr', 'Agriculture'], ['x', option], ['hc', 'Health Care'], ['oth', 'Other']] as [string, string][];
  it('"World Affairs", "Global Affairs", "International Issues", "Foreign & Military Affairs" over "Other"', () => {
    for (const option of ['World Affairs', 'Global Affairs', 'International Issues', 'Foreign & Military Affairs', 'WORLD AFFAIRS / TRADE']) {
      const select = createSelect('What issue are you contacting the Senator about?', list(option));
      expect([option, plan([select, message()], { topics }).valueOf(select)]).toEqual([option, 'x']);
    }
  });
  it('never a health, trade or veterans topic; the letter\'s own order still comes first', () => {
    for (const option of ['Global Health Issues', 'International Trade', 'Veterans Affairs', 'Consumer Affairs']) {
      const select = createSelect('Issue', list(option));
      expect([option, plan([select, message()], { topics }).valueOf(select)]).toEqual([option, 'oth']);
    }
    const options = [{ value: 'w', text: 'World Affairs', disabled: false }, { value: 'h', text: 'Human Rights', disabled: false }, { value: 'i', text: 'Immigration', disabled: false }];
    expect(chooseTopic(options, topics)?.value).toBe('h');
    expect(chooseTopic(options, ['Immigration', 'Foreign Affairs'])?.value).toBe('i');
    expect(chooseTopic([...options, { value: 'f', text: 'Foreign Affairs', disabled: false }], ['Foreign Relations', 'Foreign Affairs'])?.value).toBe('f');
  });
});
