import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/content/apply-plan.ts';
import { collectFields } from '../../src/content/collect-fields.ts';
import { planFill, wordCount } from '../../src/core/plan-fill.ts';
import { createProfile } from '../support/factories.ts';
import { stubLayout } from '../support/layout-stub.ts';

// A limit the page states in the hint a message box points at (aria-describedby), between the
// label and the box, is read from the page and kept: the letter in the box fits it.

let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

const LONG = `Dear Secretary,\n\n${'Please act for the political prisoners of Belarus. '.repeat(50)}\n\nSincerely,\nAlesia Kavalenka`;
const SHORT = `Dear Secretary,\n\n${'Please act for the political prisoners of Belarus. '.repeat(10)}\n\nSincerely,\nAlesia Kavalenka`;

function fill(hint: string): string {
  document.body.innerHTML = `<form action="/ask"><label for="email">Email</label><input id="email" type="email">
    <label for="q">Your question</label><span id="qhint">${hint}</span>
    <textarea id="q" name="question" aria-describedby="qhint"></textarea><button>Continue</button></form>`;
  const read = collectFields(document);
  const plan = planFill(read.fields, read.groups, {
    profile: createProfile(), subject: 'Belarus', messages: [LONG, SHORT], topics: [], wantsResponse: true, knownMessageLimit: null,
  });
  applyPlan(plan, read.elements);
  return document.querySelector('textarea')!.value;
}

describe('a limit stated in the hint the message box points at', () => {
  it('"Please keep your question under 300 words": the letter that fits', () => {
    expect(wordCount(LONG)).toBeGreaterThan(300);
    const text = fill('Please keep your question under 300 words.');
    expect(text).toBe(SHORT);
    expect(wordCount(text)).toBeLessThanOrEqual(300);
  });

  it('"2,000 characters maximum": the letter that fits', () => {
    expect(LONG.length).toBeGreaterThan(2000);
    expect(fill('2,000 characters maximum').length).toBeLessThanOrEqual(2000);
  });

  it('a hint that states no limit leaves the whole letter', () => {
    expect(fill('Do not include your passport number.')).toBe(LONG);
  });
});
