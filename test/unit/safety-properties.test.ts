import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldSnapshot } from '../../src/core/field.ts';
import type { FillInput, FillPlan } from '../../src/core/fill-plan.ts';
import { planFill } from '../../src/core/plan-fill.ts';
import { createProfile } from '../support/factories.ts';
import { formSpecs, mustNotTouch, personTyped, toSnapshot, type FieldSpec } from '../support/form-arbitraries.ts';
import { propertySeed } from '../support/property-seed.ts';

// The safety rules as properties of the planner, over generated forms: random field orders,
// labels, hidden and visible mixes, honeypots, CAPTCHAs, nested fieldsets, duplicate and dotted
// ids, and fields the person already typed into.

const RUNS = 1000;
const INPUT: FillInput = {
  profile: createProfile(), subject: 'Release of political prisoners in Belarus',
  messages: ['Dear Senator,\n\nPlease act.\n\nSincerely,\nAlesia Kavalenka'], topics: ['Foreign Affairs', 'Human Rights'],
  wantsResponse: true, knownMessageLimit: null,
};
const GROUPS = [{ index: 0, text: 'Contact us | Send' }, { index: 1, text: 'Search' }];

function page(specs: FieldSpec[]): FieldSnapshot[] {
  return specs.map((spec, ref) => toSnapshot(spec, ref));
}

/** What the page would hold after the plan, as the planner sees it: values set, radios of a name exclusive. */
function afterPlan(fields: FieldSnapshot[], plan: FillPlan): FieldSnapshot[] {
  const next = fields.map((f) => ({ ...f }));
  for (const action of plan.actions) {
    const field = next[action.ref]!;
    if (action.checked === undefined) { field.value = action.value; continue; }
    field.checked = action.checked;
    if (field.type === 'radio' && action.checked) {
      for (const other of next) if (other !== field && other.type === 'radio' && other.name === field.name && other.group === field.group) other.checked = false;
    }
  }
  return next;
}

const state = (fields: FieldSnapshot[]) => fields.map((f) => [f.value, f.checked]);

function property(name: string, check: (specs: FieldSpec[], fields: FieldSnapshot[], plan: FillPlan) => void) {
  it(`${name} (numRuns: ${RUNS})`, () => {
    let cases = 0;
    fc.assert(fc.property(formSpecs, (specs) => {
      cases++;
      const fields = page(specs);
      check(specs, fields, planFill(fields, GROUPS, INPUT));
    }), { numRuns: RUNS, ...propertySeed() });
    console.log(`planner property "${name}": ${cases} generated forms`);
  });
}

describe('the planner keeps the safety rules on any form', () => {
  property('never throws, and every action points at a field of the page', (_specs, fields, plan) => {
    for (const action of plan.actions) expect(fields[action.ref]).toBeDefined();
  });

  property('never plans a value for a CAPTCHA, honeypot, hidden, password, file, newsletter, disabled or read-only field', (specs, _fields, plan) => {
    const touched = plan.actions.filter((a) => mustNotTouch(specs[a.ref]!));
    expect(touched.map((a) => ({ action: a, field: specs[a.ref] }))).toEqual([]);
  });

  property('never overwrites what the person typed, chose or ticked', (specs, fields, plan) => {
    for (const action of plan.actions) {
      const field = fields[action.ref]!;
      expect(personTyped(specs[action.ref]!), JSON.stringify(specs[action.ref])).toBe(false);
      // Ticking a radio unticks the others of its name: none of them may be the person's choice.
      if (field.type === 'radio' && action.checked) {
        const siblings = fields.filter((f) => f.type === 'radio' && f.name === field.name && f.group === field.group);
        expect(siblings.filter((f) => personTyped(specs[f.ref]!)).map((f) => specs[f.ref])).toEqual([]);
      }
    }
  });

  property('filling twice leaves the page as filling once', (_specs, fields, plan) => {
    const once = afterPlan(fields, plan);
    const twice = afterPlan(once, planFill(once, GROUPS, INPUT));
    expect(state(twice)).toEqual(state(once));
  });
});
