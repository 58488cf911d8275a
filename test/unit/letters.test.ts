import { describe, expect, it } from 'vitest';
import { prepareLetter } from '../../src/core/prepare-letter.ts';
import { formLength, renderLetter } from '../../src/core/render-letter.ts';
import { LANGUAGES, OFFICES, VARIANT_LIMITS, VARIANTS } from '../../src/shared/letter.ts';
import { LetterError, parseLetters } from '../../tools/letters/parse-letters.ts';
import { readLetterFiles } from '../../tools/letters/read-letters.ts';
import { createProfile } from '../support/factories.ts';
import library from '../support/letters.ts';

const values = { salutation: 'Dear Senator', name: 'Alesia Kavalenka', city: 'Chicago', state: 'Illinois', date: 'May 1, 2026', note: '' };

describe('rendering a letter', () => {
  it('replaces every placeholder', () => {
    expect(renderLetter('{salutation},\n\nFrom {city}, {state}.\n\n{note}\n\nSincerely,\n{name}', values))
      .toBe('Dear Senator,\n\nFrom Chicago, Illinois.\n\nSincerely,\nAlesia Kavalenka');
  });

  it('puts the note on its own line before the signature', () => {
    expect(renderLetter('{salutation},\n\nText.\n\n{note}\n\nSincerely,\n{name}', { ...values, note: 'My cousin is a political prisoner.' }))
      .toBe('Dear Senator,\n\nText.\n\nMy cousin is a political prisoner.\n\nSincerely,\nAlesia Kavalenka');
  });

  it('counts a line break as two characters, as forms do', () => {
    expect(formLength('ab\ncd')).toBe(6);
    expect(formLength('ab\r\ncd')).toBe(6);
  });
});

describe('the campaign letters', () => {
  it('has the five campaign letters, in order', () => {
    expect(library.letters.map((l) => l.id)).toEqual(['congress-petition', 'political-prisoners', 'state-department', 'solidarity', 'temporary-protected-status']);
  });

  for (const letter of library.letters) {
    for (const language of LANGUAGES) {
      it(`${letter.id} in ${language}: every variant renders for each of its offices, within its limit, with nothing left unfilled`, () => {
        const profile = createProfile();
        for (const office of [...letter.offices, null]) {
          const prepared = prepareLetter(letter, library.salutations[language], { letterId: letter.id, language, note: '' }, office, profile, new Date(2026, 10, 22));
          prepared.messages.forEach((message, i) => {
            const limit = VARIANT_LIMITS[VARIANTS[i]!];
            expect(message).not.toMatch(/\{[a-z]+\}/);
            expect(message).toContain('Alesia Kavalenka');
            expect(message.startsWith(office ? library.salutations[language][office] : library.salutations[language].default)).toBe(true);
            if (limit !== null) expect(formLength(message)).toBeLessThanOrEqual(limit);
          });
        }
      });
    }
  }

  it('names no office-holder who has left: the letters address offices', () => {
    const all = library.letters.flatMap((l) => LANGUAGES.flatMap((lang) => Object.values(l.texts[lang].variants))).join('\n');
    expect(all).not.toMatch(/Pompeo|Blinken|Mayorkas|Biden|Помпео|Байдэн|Байден/);
  });

  it('keeps dated figures dated', () => {
    const english = library.letters.find((l) => l.id === 'political-prisoners')!.texts.en.variants.full;
    expect(english).toMatch(/471[^.]*2021|2021[^.]*471/);
  });

  it('gives every office a salutation in every language', () => {
    for (const language of LANGUAGES) for (const office of OFFICES) expect(library.salutations[language][office]).toBeTruthy();
  });
});

describe('a malformed letter fails the build with the file and the reason', () => {
  const files = readLetterFiles('letters');
  const broken = (path: string, edit: (text: string) => string) => ({ ...files, [path]: edit(files[path]!) });

  const expectError = (changed: Record<string, string>, file: string, reason: RegExp) => {
    try {
      parseLetters(changed);
      expect.unreachable('parseLetters accepted a broken letter');
    } catch (error) {
      expect(error).toBeInstanceOf(LetterError);
      expect((error as LetterError).file).toBe(file);
      expect((error as LetterError).reason).toMatch(reason);
    }
  };

  it('an unknown placeholder', () => {
    expectError(broken('solidarity/en.md', (t) => t.replace('{name}', '{fullname}')), 'solidarity/en.md', /unknown placeholder \{fullname\}/);
  });

  it('a missing translation', () => {
    const { ['solidarity/be.md']: _gone, ...rest } = files;
    expectError(rest, 'solidarity/be.md', /is missing/);
  });

  it('a variant over its limit', () => {
    expectError(broken('state-department/ru.md', (t) => t.replace(/(## variant: 500\n+\{salutation\},)/, `$1\n${'Очень длинный текст. '.repeat(30)}`)),
      'state-department/ru.md', /limit is 500/);
  });

  it('variants out of order', () => {
    expectError(broken('political-prisoners/en.md', (t) => t.replace('## variant: 2000', '## variant: short')), 'political-prisoners/en.md', /variants/);
  });

  it('an office that does not exist', () => {
    expectError(broken('solidarity/letter.yaml', (t) => t.replace('senate', 'governor')), 'solidarity/letter.yaml', /offices/);
  });
});
