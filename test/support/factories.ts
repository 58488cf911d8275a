import type { FieldSnapshot } from '../../src/core/field.ts';
import type { Profile } from '../../src/shared/profile.ts';
import type { Settings } from '../../src/shared/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings.ts';

/** The supporter every fixture page's expectations are written for (test/fixtures/pages/README.md). */
export const TEST_PROFILE: Profile = {
  prefix: 'Ms.',
  firstName: 'Alesia',
  lastName: 'Kavalenka',
  email: 'alesia.kavalenka@example.org',
  phone: '3125550147',
  street: '1200 W Belmont Ave',
  street2: 'Apt 3',
  city: 'Chicago',
  state: 'IL',
  zip: '60657',
  zip4: '1234',
};

export function createProfile(overrides: Partial<Profile> = {}): Profile {
  return { ...TEST_PROFILE, ...overrides };
}

export function createSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

let nextRef = 0;

/** A visible, empty text input with nothing said about it; override what a test is about. */
export function createField(overrides: Partial<FieldSnapshot> = {}): FieldSnapshot {
  return {
    ref: nextRef++, tag: 'input', type: 'text', name: '', id: '', autocomplete: '', placeholder: '',
    labels: [], ariaLabel: '', legend: '', nearby: '', title: '', options: [], maxLength: null,
    pattern: '', required: false, visible: true, disabled: false, readOnly: false, value: '',
    checked: false, pageDefault: '', defaultChecked: false, group: 0, nearCaptcha: false,
    ...overrides,
  };
}

/** A select with options given as text (value = text) or [value, text] pairs. */
export function createSelect(label: string, options: (string | [string, string])[], overrides: Partial<FieldSnapshot> = {}): FieldSnapshot {
  const list = options.map((o) => (Array.isArray(o) ? { value: o[0], text: o[1], disabled: false } : { value: o, text: o, disabled: false }));
  return createField({ tag: 'select', type: 'select-one', labels: label ? [label] : [], options: list, value: list[0]?.value ?? '', pageDefault: list[0]?.value ?? '', ...overrides });
}
