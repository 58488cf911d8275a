import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/shared/profile.ts';
import { TEST_PROFILE } from '../support/factories.ts';

const input = (overrides: Record<string, string> = {}) => ({ ...TEST_PROFILE, ...overrides }) as Record<string, string>;

describe('a profile is saved whole or not at all', () => {
  it('accepts a complete profile', () => {
    expect(validateProfile(input())).toEqual({ ok: true, profile: TEST_PROFILE });
  });

  it('names each bad field with a message key, and returns no profile', () => {
    const result = validateProfile(input({ email: 'alesia@', state: 'XX', zip: '6065' }));
    expect(result).toEqual({ ok: false, errors: { email: 'errEmail', state: 'errState', zip: 'errZip' } });
  });

  it('requires the name, street and city', () => {
    const result = validateProfile(input({ firstName: ' ', street: '', city: '' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ firstName: 'errRequired', street: 'errRequired', city: 'errRequired' });
  });

  it('takes a phone typed with punctuation or a leading 1, and keeps only the ten digits', () => {
    for (const phone of ['(312) 555-0147', '312.555.0147', '+1 312 555 0147']) {
      const result = validateProfile(input({ phone }));
      expect(result.ok && result.profile.phone).toBe('3125550147');
    }
    expect(validateProfile(input({ phone: '555-0147' }))).toMatchObject({ ok: false, errors: { phone: 'errPhone' } });
  });

  it('splits a ZIP+4 typed in the ZIP box', () => {
    const result = validateProfile(input({ zip: '60657-1234', zip4: '' }));
    expect(result.ok && [result.profile.zip, result.profile.zip4]).toEqual(['60657', '1234']);
  });

  it('allows no prefix, an empty phone and no ZIP+4', () => {
    expect(validateProfile(input({ prefix: '', phone: '', zip4: '', street2: '' })).ok).toBe(true);
  });

  it('refuses a prefix not offered', () => {
    expect(validateProfile(input({ prefix: 'Sir' }))).toMatchObject({ ok: false, errors: { prefix: 'errPrefix' } });
  });
});
