import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareLetter, translateLetter } from '../../src/core/prepare-letter.ts';
import { US_STATES } from '../../src/core/us-states.ts';
import { LANGUAGES, OFFICES } from '../../src/shared/letter-kinds.ts';
import { PREFIXES, type Profile } from '../../src/shared/profile.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import library from '../support/letters.ts';
import { takeMarkers } from '../support/marker-locale.ts';
import { createFillReport, createMockClient, recognisedTab, type MockClientOptions } from '../support/popup-client.mock.ts';
import { choose, click, renderPopup, unmountPopup } from '../support/render-popup.tsx';

// Render the popup with a locale whose every message is ⟦key⟧, both through the bundled
// messages (a chosen language) and through browser.i18n (auto).
vi.mock('webextension-polyfill', async () => {
  const { markerGetMessage } = await import('../support/marker-locale.ts');
  return { default: { i18n: { getMessage: markerGetMessage } } };
});
vi.mock('../../public/_locales/en/messages.json', async () => ({ default: (await import('../support/marker-locale.ts')).markerMessages() }));
vi.mock('../../public/_locales/ru/messages.json', async () => ({ default: (await import('../support/marker-locale.ts')).markerMessages() }));
vi.mock('../../public/_locales/be/messages.json', async () => ({ default: (await import('../support/marker-locale.ts')).markerMessages() }));

const NOTE = 'Я живу в Чикаго и слежу за новостями из Минска.';

/** Text that may be on screen without a message: the letters, and values that go into forms as they are. */
function dataOnScreen(profile: Profile, note: string): Set<string> {
  const allowed = new Set<string>([...Object.values(US_STATES), ...PREFIXES.filter(Boolean), ...Object.values(profile)]);
  for (const letter of library.letters) {
    for (const language of LANGUAGES) {
      const text = letter.texts[language];
      allowed.add(text.title).add(text.description).add(text.subject);
      for (const office of [...OFFICES, null]) {
        const choice = { letterId: letter.id, note };
        for (const message of prepareLetter(letter, library.salutations, choice, office, profile, new Date()).messages) allowed.add(message);
        for (const message of translateLetter(letter, library.salutations, language, choice, office, profile, new Date()).messages) allowed.add(message);
      }
    }
  }
  return allowed;
}

/** Everything a person sees or hears that neither came from a message nor is letter or user data. */
function unexplained(root: HTMLElement, allowed: Set<string>): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.trim() || allowed.has(text)) continue;
    const { rest } = takeMarkers(text);
    if (rest.trim()) found.push(`text in <${node.parentElement?.tagName.toLowerCase()}>: "${text}"`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value !== null && takeMarkers(value).rest.trim()) found.push(`${name} of <${element.tagName.toLowerCase()}>: "${value}"`);
    }
  }
  if (takeMarkers(document.title).rest.trim()) found.push(`document.title: "${document.title}"`);
  return found;
}

afterEach(unmountPopup);

describe('every string on screen comes from a message key', () => {
  for (const uiLanguage of ['auto', 'en'] as const) {
    describe(uiLanguage === 'auto' ? 'through browser.i18n (auto)' : 'through the bundled messages (a chosen language)', () => {
      const render = (options: MockClientOptions = {}) =>
        renderPopup(createMockClient({ ...options, settings: { uiLanguage, note: NOTE, ...options.settings } }));
      const allowed = dataOnScreen(TEST_PROFILE, NOTE);

      it('the letter view over a recognised form, after a fill that left fields and a CAPTCHA', async () => {
        const root = await render({ tab: recognisedTab('senate', 500), fill: [createFillReport({ left: [{ role: 'phone', reason: 'required' }] })] });
        expect(root.querySelector('h1')!.textContent).toBe('⟦extName⟧');
        await click(root.querySelector('#fill-page'));
        expect(root.querySelector('#fill-result')!.textContent).not.toBe('');
        expect(unexplained(root, allowed)).toEqual([]);
      });

      it('the letter view when the letter is too long for the form', async () => {
        const long = 'Слово '.repeat(150);
        const root = await render({ tab: recognisedTab('senate', 500), settings: { note: long } });
        expect(root.querySelector('.count.over')).not.toBeNull();
        expect(unexplained(root, dataOnScreen(TEST_PROFILE, long))).toEqual([]);
      });

      it('every letter in every letter language, with its offices', async () => {
        const root = await render();
        for (const letter of library.letters) {
          for (const language of LANGUAGES) {
            await choose(root.querySelector('#letter-id'), letter.id);
            await choose(root.querySelector('#letter-language'), language);
            expect(unexplained(root, allowed), `${letter.id} in ${language}`).toEqual([]);
          }
        }
      });

      it('the fill outcomes: no form, waiting for the form, failure', async () => {
        for (const fill of [[], [createFillReport({ filled: 0, problem: 'waiting-for-form' })], new Error('gone')]) {
          const root = await render({ tab: recognisedTab('white-house', null), fill });
          await click(root.querySelector('#fill-page'));
          expect(root.querySelector('#fill-result')!.textContent).not.toBe('');
          expect(unexplained(root, allowed)).toEqual([]);
          unmountPopup();
        }
      });

      it('a recognised form whose fill stopped part way is told as a failure to fill, not as no form', async () => {
        for (const [problem, key] of [['failed', 'fillFailed'], ['no-form', 'fillNoForm']] as const) {
          const root = await render({ tab: recognisedTab('senate', null), fill: [createFillReport({ filled: 0, problem })] });
          await click(root.querySelector('#fill-page'));
          expect(root.querySelector('#fill-result')!.textContent).toBe(`⟦${key}⟧`);
          unmountPopup();
        }
      });

      it('the first run: an empty profile, refused with every error', async () => {
        const root = await render({ profile: null });
        await choose(root.querySelector('#p-phone'), '12', 'input');
        await choose(root.querySelector('#p-zip4'), '1', 'input');
        await click(root.querySelector('form.profile button[type="submit"]'));
        expect(root.querySelectorAll('.error').length).toBeGreaterThan(3);
        expect(unexplained(root, allowed)).toEqual([]);
      });

      it('a profile saved, and one whose stored fields had to be reset', async () => {
        let root = await render({ reset: ['zip', 'email'] });
        expect(root.querySelector('.notice')).not.toBeNull();
        expect(unexplained(root, allowed)).toEqual([]);
        unmountPopup();
        root = await render();
        await click(root.querySelector('#step-profile'));
        await click(root.querySelector('form.profile button[type="submit"]'));
        expect(root.querySelector('form.profile .status')!.textContent).not.toBe('');
        expect(unexplained(root, allowed)).toEqual([]);
      });
    });
  }

  it('notices a hard-coded string (the check itself works)', async () => {
    const root = await renderPopup(createMockClient());
    root.querySelector('h1')!.append(' beta');
    root.querySelector('nav')!.setAttribute('aria-label', 'Sections');
    expect(unexplained(root, dataOnScreen(TEST_PROFILE, ''))).toEqual(['text in <h1>: " beta"', 'aria-label of <nav>: "Sections"']);
  });
});
