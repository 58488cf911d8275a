import { describe, expect, it, vi } from 'vitest';
import { fillRequestFor } from '../../src/background/fill-request.ts';
import { factsDate } from '../../src/core/facts-date.ts';
import { letterTemplate, recipientFor } from '../../src/core/letter-template.ts';
import { prepareLetter, translateLetter } from '../../src/core/prepare-letter.ts';
import { formLength, renderLetter } from '../../src/core/render-letter.ts';
import { CLOSINGS, LANGUAGES, OFFICES, RECIPIENTS, VARIANT_LIMITS, VARIANTS, type Office } from '../../src/shared/letter.ts';
import { UI_LANGUAGES } from '../../src/shared/settings.ts';
import { LetterError, parseLetters } from '../../tools/letters/parse-letters.ts';
import { readLetterFiles } from '../../tools/letters/read-letters.ts';
import { createProfile, createSettings } from '../support/factories.ts';
import library from '../support/letters.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser.ts')).fakeBrowser }));

const values = { salutation: 'Dear Senator', name: 'Alesia Kavalenka', city: 'Chicago', state: 'Illinois', date: 'May 1, 2026', note: '' };
const CYRILLIC = /[\u0400-\u04FF]/;
const today = new Date(2026, 10, 22);
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim());

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

  it('says the date of the facts in the supporter\'s language', () => {
    expect(factsDate('2021-06-07', 'en')).toBe('June 7, 2021');
    expect(factsDate('2021-06-07', 'ru')).toBe('7 июня 2021 года');
    expect(factsDate('2020-12', 'be')).toBe('снежань 2020 года');
  });
});

describe('the campaign letters', () => {
  it('has the five campaign letters, political prisoners first (the default)', () => {
    expect(library.letters.map((l) => l.id)).toEqual(['political-prisoners', 'congress-petition', 'state-department', 'solidarity', 'temporary-protected-status']);
    expect(createSettings().letterId).toBe(library.letters[0]!.id);
  });

  it('offers the political-prisoners letter to the House', () => {
    expect(library.letters.find((l) => l.id === 'political-prisoners')!.offices).toContain('house');
  });

  it('says, for every letter, the date its facts are from', () => {
    for (const letter of library.letters) expect(letter.factsAsOf, letter.id).toMatch(/^(19|20)\d\d-\d\d(-\d\d)?$/);
  });

  it('has English subjects that say the ask and fit a subject field', () => {
    for (const letter of library.letters) {
      const subject = letter.texts.en.subject;
      expect(subject, letter.id).toMatch(/^[\x20-\x7E]+$/);
      expect(subject.length).toBeLessThanOrEqual(80);
      expect(subject).not.toBe('Letter in Support of Belarus');
    }
  });

  for (const letter of library.letters) {
    // The letter's own offices, `default` (no office known), and an office the letter is not for.
    const offices: (Office | null)[] = [...letter.offices, null, ...OFFICES.filter((o) => !letter.offices.includes(o)).slice(0, 1)];
    for (const office of offices) {
      it(`${letter.id} to ${office ?? 'an unknown office'}: every variant is English, within its limit, and ends on this office's own ask`, () => {
        const profile = createProfile();
        const prepared = prepareLetter(letter, library.salutations, { letterId: letter.id, note: '' }, office, profile, today);
        const recipient = recipientFor(letter, office);
        expect(recipient).toBe(office && letter.offices.includes(office) ? office : 'default');
        expect(prepared.subject).toBe(letter.texts.en.subject);
        prepared.messages.forEach((message, i) => {
          const variant = VARIANTS[i]!;
          const limit = VARIANT_LIMITS[variant];
          expect(message).not.toMatch(/\{[a-z]+\}/);
          expect(message).not.toMatch(CYRILLIC);
          expect(message.startsWith(`${office ? library.salutations.en[office] : library.salutations.en.default},`)).toBe(true);
          expect(message.endsWith(`${CLOSINGS.en}\nAlesia Kavalenka\n${profile.city}, Illinois`)).toBe(true);
          if (limit !== null) expect(formLength(message)).toBeLessThanOrEqual(limit);
          // The office's own ask is the last thing before the signature.
          const ask = renderLetter(letter.texts.en.asks[variant][recipient]!, { ...values, city: profile.city });
          const parts = paragraphs(message);
          expect(parts.slice(-(paragraphs(ask).length + 1), -1).join('\n\n')).toBe(ask);
          expect(paragraphs(ask).at(-1)).toMatch(/\b(ask|urge|please)\b/i);
        });
      });
    }

    it(`${letter.id}: the translation has every piece the English has, and reads as the same letter`, () => {
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        const text = letter.texts[language];
        for (const variant of VARIANTS) {
          expect(text.bodies[variant], `${language} body ${variant}`).toMatch(CYRILLIC);
          for (const recipient of RECIPIENTS.filter((r) => letter.texts.en.asks[variant][r] !== undefined)) {
            expect(text.asks[variant][recipient], `${language} ask ${variant} ${recipient}`).toMatch(CYRILLIC);
            expect(text.openings[variant][recipient], `${language} opening ${variant} ${recipient}`).toMatch(CYRILLIC);
          }
        }
        for (const office of [...letter.offices, null]) {
          const sent = prepareLetter(letter, library.salutations, { letterId: letter.id, note: 'P.S.' }, office, createProfile(), today);
          const read = translateLetter(letter, library.salutations, language, { letterId: letter.id, note: 'P.S.' }, office, createProfile(), today);
          expect(read.subject).toBe(text.subject);
          read.messages.forEach((message, i) => {
            expect(message.endsWith(`${CLOSINGS[language]}\nAlesia Kavalenka\nChicago, Illinois`)).toBe(true);
            expect(message).toContain('P.S.');
            // Piece for piece: as many paragraphs as the English the office receives.
            expect(paragraphs(message).length, `${language} ${VARIANTS[i]} ${office}`).toBe(paragraphs(sent.messages[i]!).length);
          });
        }
      }
    });
  }

  it('never writes Cyrillic into a form, whatever language the supporter reads or the popup shows', () => {
    for (const letterLanguage of UI_LANGUAGES) {
      for (const uiLanguage of UI_LANGUAGES) {
        for (const letter of library.letters) {
          for (const office of [...OFFICES, null]) {
            const request = fillRequestFor(createProfile(), createSettings({ letterId: letter.id, letterLanguage, uiLanguage, note: '' }), office, today)!;
            expect(request.subject).toBe(letter.texts.en.subject);
            expect(request.subject).not.toMatch(CYRILLIC);
            for (const message of request.messages) expect(message).not.toMatch(CYRILLIC);
          }
        }
      }
    }
  });

  it('names no office-holder who has left, and greets no gender', () => {
    const all = library.letters.flatMap((l) => LANGUAGES.flatMap((lang) => [
      ...Object.values(l.texts[lang].bodies), ...VARIANTS.flatMap((v) => [...Object.values(l.texts[lang].asks[v]), ...Object.values(l.texts[lang].openings[v])]),
    ])).join('\n');
    expect(all).not.toMatch(/Pompeo|Blinken|Mayorkas|Biden|Помпео|Байдэн|Байден/);
    const greetings = LANGUAGES.flatMap((l) => Object.values(library.salutations[l])).join('\n');
    expect(greetings).not.toMatch(/\bMr\.|\bMrs\.|господин|госпожа|спадар |спадарыня /);
  });

  it('keeps dated figures dated and the overtaken asks recast', () => {
    const english = (id: string) => { const t = library.letters.find((l) => l.id === id)!.texts.en; return [...Object.values(t.bodies), ...VARIANTS.flatMap((v) => Object.values(t.asks[v]))].join('\n'); };
    expect(english('political-prisoners')).toMatch(/June 7, 2021[^.]*471/);
    expect(english('congress-petition')).toMatch(/became law in January 2012/);
    expect(english('congress-petition')).toMatch(/fully enforce|fully enforced/);
    expect(english('congress-petition')).not.toMatch(/I ask you to amend/);
    expect(english('state-department')).not.toMatch(/president-elect|Eurobond/);
    expect(english('solidarity')).not.toMatch(/military intervention/);
    expect(english('solidarity')).toMatch(/invaded Ukraine from Belarusian territory/);
    expect(english('temporary-protected-status')).not.toMatch(/help designate/);
  });

  it('gives every office a salutation in every language', () => {
    for (const language of LANGUAGES) for (const office of OFFICES) expect(library.salutations[language][office]).toBeTruthy();
  });

  it('builds a letter from its pieces: greeting, opening, body, ask, note, signature', () => {
    const text = { openings: { full: { senate: 'Open.' }, '2000': {}, '500': {} }, bodies: { full: 'Body.', '2000': '', '500': '' }, asks: { full: { senate: 'Please act.' }, '2000': {}, '500': {} } };
    expect(letterTemplate(text, 'senate', 'full', 'en')).toBe('{salutation},\n\nOpen.\n\nBody.\n\nPlease act.\n\n{note}\n\nSincerely,\n{name}\n{city}, {state}');
  });
});

describe('a malformed letter fails the build with the file, the line and the reason', () => {
  const files = readLetterFiles('letters');
  const broken = (path: string, edit: (text: string) => string) => {
    const changed = edit(files[path]!);
    expect(changed, 'the edit must change the file').not.toBe(files[path]);
    return { ...files, [path]: changed };
  };
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  const expectError = (changed: Record<string, string>, file: string, reason: RegExp, line?: number) => {
    try {
      parseLetters(changed);
      expect.unreachable('parseLetters accepted a broken letter');
    } catch (error) {
      expect(error).toBeInstanceOf(LetterError);
      const problem = (error as LetterError).problems.find((p) => p.file === file && reason.test(p.reason));
      expect(problem, `${(error as LetterError).message}`).toBeDefined();
      if (line !== undefined) expect(problem!.line).toBe(line);
      else expect(problem!.line).toBeGreaterThan(0);
    }
  };

  const SENTENCE = 'Thank you for your support of democracy in Belarus.';
  const en = 'political-prisoners/en.md';
  const at = lineOf(files[en]!, SENTENCE);

  it('a script tag', () => {
    expectError(broken(en, (t) => t.replace(SENTENCE, `${SENTENCE} <script>alert(1)</script>`)), en, /markup/, at);
  });

  it('an img with onerror', () => {
    expectError(broken(en, (t) => t.replace(SENTENCE, `${SENTENCE} <img src=x onerror=alert(1)>`)), en, /markup|event-handler/, at);
  });

  it('an event-handler attribute without angle brackets', () => {
    expectError(broken(en, (t) => t.replace(SENTENCE, `${SENTENCE} onmouseover="steal()"`)), en, /event-handler/, at);
  });

  it('a javascript: link', () => {
    expectError(broken(en, (t) => t.replace(SENTENCE, `${SENTENCE} Read javascript:fetch('//evil.example')`)), en, /javascript: URL/, at);
  });

  it('a link outside the official hosts, while a .gov link passes that check', () => {
    expectError(broken(en, (t) => t.replace(SENTENCE, `${SENTENCE} See https://evil.example.com/belarus.`)), en, /not an official host/, at);
    expectError(broken(en, (t) => t.replace(SENTENCE, `${SENTENCE} See belarus-news.com for more.`)), en, /not an official host/, at);
    const official = broken(en, (t) => t.replace(SENTENCE, `${SENTENCE} See https://www.state.gov/belarus.`));
    expect(() => parseLetters(official)).not.toThrow();
  });

  it('a bidi override', () => {
    expectError(broken(en, (t) => t.replace(SENTENCE, `${SENTENCE} \u202Eevil\u202C`)), en, /bidi control.*U\+202E/, at);
  });

  it('a zero-width character, in a translation too', () => {
    const ru = 'solidarity/ru.md';
    expectError(broken(ru, (t) => t.replace('Беларусь — возрождённая', 'Беларусь\u200B — возрождённая')), ru, /zero-width.*U\+200B/, lineOf(files[ru]!, 'Беларусь — возрождённая'));
  });

  it('a control character in letter.yaml', () => {
    const yaml = 'solidarity/letter.yaml';
    expectError(broken(yaml, (t) => t.replace('order: 4', 'order: 4\u0007')), yaml, /control character/, lineOf(files[yaml]!, 'order: 4'));
  });

  it('a figure without a date', () => {
    const tps = 'temporary-protected-status/en.md';
    const sentence = 'Numerous human rights organizations have documented the regime\'s abuses in detail.';
    expectError(broken(tps, (t) => t.replace(sentence, 'More than 1,500 organizations have documented the regime\'s abuses in detail.')), tps, /figure without a date: 1,500/, lineOf(files[tps]!, '## body: full'));
  });

  it('a percentage without a date', () => {
    expectError(broken(en, (t) => t.replace(SENTENCE, `${SENTENCE} Support stands at 80%.`)), en, /figure without a date: 80%/);
  });

  it('a missing ask for an office the letter names', () => {
    expectError(broken(en, (t) => t.replace('## ask: white-house\n', '## ask: default\n').replace(/## ask: default\nI ask you to press/, '## ask 2000: default\nI ask you to press')), en, /needs an ask for white-house/);
  });

  it('an ask that does not end on the request', () => {
    expectError(broken(en, (t) => t.replace(/(## ask 500: default\n)[^\n]+/, '$1In 2021, 471 people were in prison.')), en, /must end on the request|carries a figure/);
  });

  it('a translation missing a piece the English has', () => {
    const be = 'political-prisoners/be.md';
    expectError(broken(be, (t) => t.replace(/## ask 500: default\n[^\n]+\n?/, '')), be, /has no "## ask 500: default"/);
  });

  it('a subject that is not plain English', () => {
    expectError(broken(en, (t) => t.replace('subject: "Belarus: free the political prisoners"', 'subject: "Беларусь: свободу"')), en, /plain English/, 4);
  });

  it('an unknown placeholder', () => {
    expectError(broken('solidarity/en.md', (t) => t.replace('{city}', '{town}')), 'solidarity/en.md', /\{town\}/);
  });

  it('a missing translation', () => {
    const { ['solidarity/be.md']: _gone, ...rest } = files;
    try { parseLetters(rest); expect.unreachable(); } catch (error) { expect((error as LetterError).file).toBe('solidarity/be.md'); expect((error as LetterError).reason).toMatch(/is missing/); }
  });

  it('a variant over its limit', () => {
    expectError(broken('state-department/en.md', (t) => t.replace(/(## body: 500\n)/, `$1${'A very long sentence. '.repeat(30)}`)),
      'state-department/en.md', /limit is 500/);
  });

  it('an unknown heading', () => {
    expectError(broken(en, (t) => t.replace('## body: 2000', '## variant: 2000')), en, /not a heading/, lineOf(files[en]!, '## body: 2000'));
  });

  it('an office that does not exist', () => {
    expectError(broken('solidarity/letter.yaml', (t) => t.replace('senate', 'governor')), 'solidarity/letter.yaml', /offices/);
  });

  it('a letter without the date of its facts', () => {
    expectError(broken('solidarity/letter.yaml', (t) => t.replace(/factsAsOf: .*\n/, '')), 'solidarity/letter.yaml', /factsAsOf/);
  });
});
