import { describe, expect, it } from 'vitest';
import { classifyField } from '../../src/core/classify-field.ts';
import { createField, createSelect } from '../support/factories.ts';

const roleOf = (...args: Parameters<typeof createField>) => {
  const result = classifyField(createField(...args));
  return result.kind === 'role' ? result.role : `${result.kind}:${result.reason}`;
};

describe('a field is what a person reads beside it', () => {
  it('opaque names do not matter: the label decides', () => {
    expect(roleOf({ name: 'input_B03E05C4-4040-F985-52CD-9CA44623DE5E', id: 'input-B03E05C4-4040-F985-52CD-9CA44623DE5E', labels: ['First Name*'] })).toBe('first');
    expect(roleOf({ name: 'input_6.3', id: 'input_2_6_3', labels: ['City'] })).toBe('city');
    expect(roleOf({ name: 'form_fields[field_1d46919]', labels: ['Last Name *'] })).toBe('last');
  });

  it('a placeholder stands in for a missing label (Gravity Forms without labels)', () => {
    expect(roleOf({ name: 'input_3.3', placeholder: 'First Name*' })).toBe('first');
    expect(roleOf({ name: 'input_5', placeholder: 'Street Address*' })).toBe('street');
    expect(roleOf({ name: 'input_9', placeholder: 'Email Address*', type: 'email' })).toBe('email');
    expect(roleOf({ name: 'input_9_2', placeholder: 'Verify Email Address*' })).toBe('email-confirm');
  });

  it('a select\'s first option stands in for its label', () => {
    const topic = createSelect('', [['', 'What is the general topic of your message?*'], 'Agriculture', 'Foreign Relations'], { name: 'input_12' });
    expect(classifyField(topic)).toMatchObject({ role: 'topic' });
    const state = createSelect('', [['', 'State*'], ['IL', 'IL'], ['IN', 'IN']], { name: 'input_8' });
    expect(classifyField(state)).toMatchObject({ role: 'state' });
  });

  it('meaningful names help when nothing else is said', () => {
    expect(roleOf({ name: 'required-first', id: 'required-first' })).toBe('first');
    expect(roleOf({ name: 'ctl00$ctl07$ZipCode', id: 'ctl00_ctl07_ZipCode' })).toBe('zip');
    expect(roleOf({ name: 'zip4', maxLength: 4 })).toBe('zip4');
    expect(roleOf({ name: 'qi_1_hphone' })).toBe('phone');
  });

  it('the autocomplete attribute is believed first', () => {
    expect(roleOf({ autocomplete: 'family-name', labels: ['Name'] })).toBe('last');
  });

  it('a label beats a misleading name (Elementor: form_fields[name] is the prefix)', () => {
    const prefix = createSelect('Prefix', ['', 'Mr.', 'Ms.', 'Mrs.', 'Dr.'], { name: 'form_fields[name]', id: 'form-field-name' });
    expect(classifyField(prefix)).toMatchObject({ role: 'prefix' });
    const topic = createSelect('Message Topic*', ['Select', 'Agriculture', 'Foreign Policy'], { name: 'form_fields[message]' });
    expect(classifyField(topic)).toMatchObject({ role: 'topic' });
  });

  it('a select named subject lists topics (House forms)', () => {
    const select = createSelect('Subject', ['--Select--', 'Agriculture', 'Foreign Affairs'], { name: 'subject' });
    expect(classifyField(select)).toMatchObject({ role: 'topic' });
  });

  it('a single address box is the whole street address', () => {
    expect(roleOf({ tag: 'textarea', type: 'textarea', name: 'Street', labels: ['Street Address'] })).toBe('address');
  });

  it('a box that takes ZIP+4 in one field', () => {
    expect(roleOf({ labels: ['ZIP Code'], placeholder: '12345-6789', maxLength: 10 })).toBe('zip-full');
  });

  it('an unlabelled textarea on a contact form is the message', () => {
    expect(roleOf({ tag: 'textarea', type: 'textarea', name: 'input_14' })).toBe('message');
  });

  it('"No Response Necessary" means the opposite of a response', () => {
    expect(roleOf({ type: 'checkbox', labels: ['No Response Necessary'] })).toBe('response-inverted');
    expect(roleOf({ type: 'checkbox', labels: ['I do not require a response'] })).toBe('response-inverted');
    expect(roleOf({ type: 'radio', labels: ['Yes, please contact me'], legend: 'Would you like a response?' })).toBe('response');
  });
});

describe('forbidden fields are never classified for filling', () => {
  it('CAPTCHAs, by text or by the widget around them', () => {
    expect(roleOf({ labels: ['Enter the code shown above'] })).toBe('forbidden:captcha');
    expect(roleOf({ name: 'g-recaptcha-response', tag: 'textarea', type: 'textarea' })).toBe('forbidden:captcha');
    expect(roleOf({ labels: ['Email'], nearCaptcha: true })).toBe('forbidden:captcha');
  });

  it('honeypots, even when they look like an email field', () => {
    expect(roleOf({ name: 'email_address_validation_field', labels: ['Email'] })).toBe('forbidden:honeypot');
    expect(roleOf({ labels: ['Leave this field empty'] })).toBe('forbidden:honeypot');
    expect(roleOf({ name: 'website' })).toBe('forbidden:honeypot');
  });

  it('hidden fields, whatever their label', () => {
    expect(roleOf({ labels: ['First Name'], visible: false })).toBe('forbidden:hidden');
  });

  it('passwords and files', () => {
    expect(roleOf({ type: 'password', labels: ['Password'] })).toBe('forbidden:password');
    expect(roleOf({ type: 'file', labels: ['Attachment'] })).toBe('forbidden:file');
  });

  it('newsletter boxes', () => {
    expect(roleOf({ type: 'checkbox', labels: ['Sign up for my newsletter'] })).toBe('forbidden:newsletter');
    expect(roleOf({ type: 'checkbox', labels: ['I would like to receive enews updates from Senator Baldwin'] })).toBe('forbidden:newsletter');
  });
});

describe('ambiguity is a refusal, never a guess', () => {
  it('a field that says two things is not filled', () => {
    expect(roleOf({ labels: ['City or ZIP'] })).toBe('unknown:ambiguous');
  });

  it('a field that says nothing is not filled', () => {
    expect(roleOf({ name: 'input_7', id: 'input_2_7' })).toBe('unknown:no-signal');
  });

  it('fields that are not ours are left alone', () => {
    expect(roleOf({ labels: ['Middle Name'] })).toBe('unknown:not-ours');
    expect(roleOf({ labels: ['Alternate Phone'] })).toBe('unknown:not-ours');
  });
});
