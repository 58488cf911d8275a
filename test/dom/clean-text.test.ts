import { describe, expect, it } from 'vitest';
import { clean } from '../../src/content/dom.ts';

// The words around a field, as a person reads them: read from the start of a long text only, and
// the same words as reading all of it would give.
const whole = (text: string, max = 200) => text.replace(/\s+/g, ' ').trim().slice(0, max);

/** A text of words and runs of every kind of space, long and short runs alike. */
function textOf(seed: number, length: number): string {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const spaces = [' ', '\n', '\t', '\u00a0', '\u2003', '\r\n'];
  let out = '';
  while (out.length < length) {
    const r = next();
    if (r < 0.45) out += 'word'.slice(0, 1 + Math.floor(next() * 4));
    else if (r < 0.9) out += spaces[Math.floor(next() * spaces.length)]!;
    else out += ' \n\t '.repeat(1 + Math.floor(next() * 400));
  }
  return out;
}

describe('clean', () => {
  it('gives what making one space of the whole text gives, for texts and limits of every size', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = textOf(seed, seed * 37);
      for (const max of [1, 7, 60, 80, 200]) expect(clean(text, max), `seed ${seed}, max ${max}`).toBe(whole(text, max));
    }
  });

  it('keeps the words of a text that is mostly space, and of one that ends in a run of it', () => {
    const spaced = `${' '.repeat(5000)}Senator${'\n'.repeat(9000)}Smith${' '.repeat(3000)}`;
    expect(clean(spaced)).toBe('Senator Smith');
    expect(clean(`${'a'.repeat(200)} `, 201)).toBe('a'.repeat(200));
    expect(clean(null)).toBe('');
    expect(clean(`Your message ${'lorem ipsum dolor '.repeat(100_000)}`, 12)).toBe('Your message');
  });
});
