import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/letter-kinds.ts';
import type { MessageEntry } from '../../src/popup/i18n.ts';
import { readLocale } from '../support/marker-locale.ts';

const en = readLocale('en');
const locales = readdirSync(resolve('public/_locales')).sort();

/** The $NAME$ placeholders a message uses, lower-cased as Chrome compares them. */
const used = (entry: MessageEntry) => [...entry.message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()).sort();
const defined = (entry: MessageEntry) => Object.entries(entry.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`).sort();

describe('every locale has exactly the English keys and the same placeholders', () => {
  it('has a locale for every language the popup offers, and no other', () => {
    expect(locales).toEqual([...LANGUAGES].sort());
  });

  for (const language of locales.filter((l) => l !== 'en')) {
    const messages = readLocale(language);
    describe(language, () => {
      it('has every English key and no key English lacks', () => {
        const missing = Object.keys(en).filter((key) => !(key in messages));
        const extra = Object.keys(messages).filter((key) => !(key in en));
        expect({ missing, extra }, `public/_locales/${language}/messages.json: add the missing keys, remove the extra ones`).toEqual({ missing: [], extra: [] });
      });

      it('keeps each message\'s placeholders: the same names, the same $1… content, each used in the text', () => {
        const differing = Object.keys(en).filter((key) => messages[key] && (
          used(messages[key]!).join() !== used(en[key]!).join() || defined(messages[key]!).join() !== defined(en[key]!).join()));
        expect(differing, `public/_locales/${language}/messages.json: copy "placeholders" from English and keep every $NAME$ in the message`).toEqual([]);
      });

      it('translates: no empty message, and its own code and name', () => {
        expect(Object.keys(messages).filter((key) => !messages[key]!.message.trim())).toEqual([]);
        expect(messages.localeCode?.message).toBe(language);
        expect(messages.languageName?.message).not.toBe(en.languageName!.message);
      });
    });
  }

  for (const language of locales) {
    it(`${language}: uses no $NAME$ it does not define (Chrome refuses to load such an extension)`, () => {
      const messages = readLocale(language);
      const undefinedNames = Object.entries(messages).flatMap(([key, entry]) => {
        const names = new Set(Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()));
        return used(entry).filter((name) => !names.has(name)).map((name) => `${key}: $${name}$`);
      });
      expect(undefinedNames).toEqual([]);
    });

    it(`${language}: fits the store's limits (name 75, description 132 characters)`, () => {
      const messages = readLocale(language);
      expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    });
  }
});
