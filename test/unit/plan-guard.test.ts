import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFill } from '../../src/core/plan-fill.ts';
import { isFillPlan } from '../../src/content/plan-guard.ts';
import { createField, createProfile } from '../support/factories.ts';
import { propertySeed } from '../support/property-seed.ts';

// The content script checks a plan's shape by hand (no zod in a script every page loads).

const RUNS = 2000;

describe('the content script applies only a plan of the right shape', () => {
  it('accepts the plans the planner makes', () => {
    const plan = planFill([createField({ ref: 0, labels: ['Email'] }), createField({ ref: 1, tag: 'textarea', type: 'textarea', labels: ['Message'] })],
      [{ index: 0, text: 'Send' }], { profile: createProfile(), subject: 's', messages: ['m'], topics: [], wantsResponse: true, knownMessageLimit: null });
    expect(plan.actions.length).toBe(2);
    expect(isFillPlan(plan)).toBe(true);
    expect(isFillPlan({ group: null, actions: [], refusals: [], forbidden: [], message: null })).toBe(true);
  });

  it('refuses plans with a part of the wrong kind', () => {
    const good = { group: 0, actions: [{ ref: 1, role: 'email', value: 'a@b.c' }], refusals: [], forbidden: [], message: null };
    for (const bad of [null, 'plan', [], { ...good, group: -1 }, { ...good, group: '0' }, { ...good, actions: 'x' },
      { ...good, actions: [null] }, { ...good, actions: [{ ref: 1.5, role: 'email', value: '' }] }, { ...good, actions: [{ ref: 1, role: 'email', value: 5 }] },
      { ...good, actions: [{ ref: 1, role: 'email', value: '', checked: 'yes' }] }, { ...good, refusals: [null] }, { ...good, forbidden: undefined }]) {
      expect(isFillPlan(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it(`never throws on anything at all (numRuns: ${RUNS})`, () => {
    fc.assert(fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => { isFillPlan(value); }), { numRuns: RUNS, ...propertySeed() });
    console.log(`plan guard property "never throws": ${RUNS} generated values`);
  });
});
