import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANEL_MESSAGE, panelMessages } from '../../src/shared/panel-messages.ts';
import { BUNDLED } from '../../src/shared/ui-messages.ts';

// The page's panel gets only its own messages from the background, in the supporter's language.
// A key the panel names but the filter leaves out would show the panel a raw key.

const panelSource = readFileSync('src/content/panel.ts', 'utf8');
const en = BUNDLED.en;
/** Every quoted word in the panel's source that is a message key, or a plural family (`<base>_other`). */
const named = [...new Set([...panelSource.matchAll(/['`]([A-Za-z_]+)['`]/g)].map((m) => m[1]!))]
  .flatMap((word) => (en[word] ? [word] : en[`${word}_other`] ? [`${word}_one`, `${word}_few`, `${word}_many`, `${word}_other`] : []));
/** Seat names are built from the office: `seat_${office}`. */
const seats = Object.keys(en).filter((key) => key.startsWith('seat_'));

describe('the panel is handed every message it shows, and no others', () => {
  it('finds the panel\'s message keys in its source (a sanity check of this test)', () => {
    expect(named).toEqual(expect.arrayContaining(['extName', 'panelUndo', 'ux_panelSubmit', 'ux_filledFields_one', 'ux_written_many']));
    expect(seats.length).toBeGreaterThan(3);
  });

  for (const language of ['en', 'ru', 'be'] as const) {
    it(`${language}: each key the panel names is handed over, its named placeholders resolved`, () => {
      const handed = panelMessages(BUNDLED[language]);
      for (const key of [...named, ...seats, 'localeCode']) {
        expect(handed[key], key).toBeTypeOf('string');
        expect(handed[key], key).not.toMatch(/\$[A-Za-z_][A-Za-z0-9_]*\$/);
      }
    });
  }

  it('leaves out the popup\'s own messages: a page is handed a few kilobytes, not the whole file', () => {
    const handed = panelMessages(en);
    expect(Object.keys(handed).length).toBeLessThan(Object.keys(en).length / 4);
    expect(JSON.stringify(handed).length).toBeLessThan(4000);
    expect(PANEL_MESSAGE.test('backupLanguageAuto')).toBe(false);
    expect(handed).not.toHaveProperty('extDescription');
  });
});
