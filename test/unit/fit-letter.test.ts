import { describe, expect, it } from 'vitest';
import { fitLetter } from '../../src/core/prepare-letter.ts';
import { formLength } from '../../src/core/render-letter.ts';
import { stateOfZip, zipDisagrees } from '../../src/core/zip-state.ts';

const text = (n: number) => 'x'.repeat(n);

describe('the note never costs the letter', () => {
  it('chooses the longest variant that fits with the note in it', () => {
    expect(fitLetter([text(2363), text(1900), text(480)], 500)).toEqual({ index: 2, over: 0 });
    expect(fitLetter([text(2363), text(1900), text(480)], 2000)).toEqual({ index: 1, over: 0 });
    expect(fitLetter([text(2363), text(1900), text(480)], null)).toEqual({ index: 0, over: 0 });
  });

  it('when even the shortest does not fit, says by how many characters, never falling back to the full letter', () => {
    // A 500-character form, and a note that makes the shortest letter 607 characters long.
    expect(fitLetter([text(2490), text(2027), text(607)], 500)).toEqual({ index: -1, over: 107 });
  });

  it('counts a line break as the two characters forms count', () => {
    const message = `${text(498)}\n`;
    expect(formLength(message)).toBe(500);
    expect(fitLetter([message], 499)).toEqual({ index: -1, over: 1 });
  });
});

describe('a ZIP code and a state that disagree are questioned', () => {
  it('knows the state of a ZIP code by its first three digits', () => {
    expect(stateOfZip('60657')).toBe('IL');
    expect(stateOfZip('29201')).toBe('SC');
    expect(stateOfZip('10001')).toBe('NY');
    expect(stateOfZip('20500')).toBe('DC');
    expect(stateOfZip('99501')).toBe('AK');
    expect(stateOfZip('09001')).toBeNull();
  });

  it('Texas with a Chicago ZIP is questioned; Illinois is not; an unknown prefix is never questioned', () => {
    expect(zipDisagrees('60657', 'TX')).toBe('IL');
    expect(zipDisagrees('60657', 'IL')).toBeNull();
    expect(zipDisagrees('09001', 'NY')).toBeNull();
    expect(zipDisagrees('96910', 'GU')).toBeNull();
  });
});
