import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { profileItem, settingsItem } from '../../src/shared/storage.ts';
import { migrate, readEnvelope, type StoredItem } from '../../src/shared/stored-item.ts';
import { createProfile, createSettings } from '../support/factories.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser.ts')).fakeBrowser }));

// A test-only item with a history, to prove the migration mechanism on real shapes: the product's
// own items are all still at version 1.
/** Version 1: one name box and a ZIP that may carry its +4. */
interface ContactV1 { name: string; zip: string }
/** Version 2: the name split, the +4 apart. */
interface ContactV2 { firstName: string; lastName: string; zip: string; zip4: string }

const ContactSchema = z.object({
  firstName: z.string().check(z.minLength(1)),
  lastName: z.string().check(z.minLength(1)),
  zip: z.string().check(z.regex(/^\d{5}$/)),
  zip4: z.string().check(z.regex(/^(\d{4})?$/)),
  /** Version 3 adds a phone, empty unless the supporter gives one. */
  phone: z.string(),
});
type Contact = z.infer<typeof ContactSchema>;

const contactItem: StoredItem<Contact> = {
  key: 'contact',
  version: 3,
  schema: ContactSchema,
  migrations: {
    2: (old): ContactV2 => {
      const v1 = old as ContactV1;
      const [firstName = '', ...rest] = v1.name.trim().split(/\s+/);
      const [zip = '', zip4 = ''] = v1.zip.split('-');
      return { firstName, lastName: rest.join(' '), zip, zip4 };
    },
    3: (old) => ({ ...(old as ContactV2), phone: '' }),
  },
  fallback: { firstName: '', lastName: '', zip: '', zip4: '', phone: '' },
};

describe('migrations are keyed by the version they produce, and an old shape becomes the current one', () => {
  it('reads a version 1 entry as version 3, through both steps', () => {
    const stored = { version: 1, data: { name: 'Alesia Kavalenka', zip: '60657-1234' } satisfies ContactV1 };
    expect(readEnvelope(contactItem, stored)).toEqual({
      value: { firstName: 'Alesia', lastName: 'Kavalenka', zip: '60657', zip4: '1234', phone: '' }, found: true, reset: [],
    });
  });

  it('runs only the steps after the stored version', () => {
    const v2 = { firstName: 'Alesia', lastName: 'Kavalenka', zip: '60657', zip4: '' };
    expect(migrate(contactItem, 2, v2)).toEqual({ ...v2, phone: '' });
    expect(migrate(contactItem, 3, { ...v2, phone: '3125550147' })).toEqual({ ...v2, phone: '3125550147' });
  });

  it('keeps what still reads when a migration cannot handle the data', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = readEnvelope(contactItem, { version: 1, data: { name: 42, zip: '60657', firstName: 'Alesia' } });
    expect(result.value).toMatchObject({ firstName: 'Alesia', zip: '60657' });
    expect(result.reset).toEqual(['lastName']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('the product\'s items declare no migration they do not need', () => {
    expect([profileItem.version, settingsItem.version]).toEqual([1, 2]);
    expect(Object.keys(profileItem.migrations)).toEqual([]);
    expect(Object.keys(settingsItem.migrations)).toEqual(['2']);
  });

  it('settings 1 → 2: the letter language becomes the language the letter is read in; the old default follows the popup', () => {
    const v1 = (letterLanguage: string) => readEnvelope(settingsItem, { version: 1, data: { ...createSettings(), letterLanguage } });
    expect(v1('en').value.letterLanguage).toBe('auto');
    expect(v1('ru').value.letterLanguage).toBe('ru');
    expect(v1('be').value.letterLanguage).toBe('be');
    expect(v1('en').reset).toEqual([]);
  });
});

describe('a corrupt entry falls back field by field and says which fields', () => {
  it('keeps every valid profile field and names the bad one', () => {
    const stored = { version: 1, data: { ...createProfile(), email: 'not an email', zip: 60657 } };
    const result = readEnvelope(profileItem, stored);
    expect(result.reset).toEqual(['email', 'zip']);
    expect(result.value).toEqual({ ...createProfile(), email: '', zip: '' });
    expect(result.found).toBe(true);
  });

  it('reads junk as "found, every needed field reset", never as a first run', () => {
    for (const junk of ['garbage', 42, null, [1, 2], { version: 'x' }, { version: 1 }, { version: 1, data: [] }]) {
      const result = readEnvelope(profileItem, junk);
      expect(result.found).toBe(true);
      expect(result.reset).toEqual(['firstName', 'lastName', 'email', 'street', 'city', 'zip']);
    }
  });

  it('reads a profile saved before entries were versioned', () => {
    expect(readEnvelope(profileItem, createProfile())).toEqual({ value: createProfile(), found: true, reset: [] });
  });

  it('names invalid settings although each has a default', () => {
    const stored = { version: 1, data: { ...createSettings({ note: 'Thank you' }), autoFill: 'yes', letterLanguage: 'fr' } };
    const result = readEnvelope(settingsItem, stored);
    expect(result.reset).toEqual(['autoFill', 'letterLanguage']);
    expect(result.value).toEqual(createSettings({ note: 'Thank you' }));
  });

  it('gives a setting added since its default without calling it reset', () => {
    const { note: _note, ...older } = createSettings({ autoFill: true });
    expect(readEnvelope(settingsItem, { version: 1, data: older })).toEqual({ value: createSettings({ autoFill: true }), found: true, reset: [] });
  });

  it('drops fields it does not know', () => {
    expect(readEnvelope(profileItem, { version: 1, data: { ...createProfile(), extra: 'x' } }).value).toEqual(createProfile());
  });
});

describe('an entry from a newer version is read as far as possible and marked', () => {
  it('is not migrated, and says so', () => {
    const result = readEnvelope(profileItem, { version: 7, data: { ...createProfile(), country: 'US' } });
    expect(result).toEqual({ value: createProfile(), found: true, reset: [], newer: true });
  });
});
