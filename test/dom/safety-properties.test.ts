import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FillInput } from '../../src/core/fill-plan.ts';
import { planFill } from '../../src/core/plan-fill.ts';
import { applyPlan } from '../../src/content/apply-plan.ts';
import { collectFields } from '../../src/content/collect-fields.ts';
import { createProfile } from '../support/factories.ts';
import { formSpecs, isChoice, mustNotTouch, type FieldSpec } from '../support/form-arbitraries.ts';
import { controlState, formHtml, typeAsThePerson } from '../support/form-html.ts';
import { stubLayout } from '../support/layout-stub.ts';
import { propertySeed } from '../support/property-seed.ts';

// The safety rules end to end inside the page: generated HTML in happy-dom, then the real
// collectFields → planFill → applyPlan, and the page's controls compared before and after.

// PROPERTY_RUNS: a longer hunt for counterexamples than a test run affords.
const RUNS = Number(process.env.PROPERTY_RUNS) || 300;
const INPUT: FillInput = {
  profile: createProfile(), subject: 'Release of political prisoners in Belarus',
  messages: ['Dear Senator,\n\nPlease act.\n\nSincerely,\nAlesia Kavalenka'], topics: ['Foreign Affairs', 'Human Rights'],
  wantsResponse: true, knownMessageLimit: null,
};

let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

let written = 0;

function fill(): void {
  const collected = collectFields(document);
  const plan = planFill(collected.fields, collected.groups, INPUT);
  written += applyPlan(plan, collected.elements).filled.length;
}

const elementOf = (i: number) => document.querySelector<HTMLInputElement>(`[data-spec="${i}"]`)!;

/** What the person left in the control, read from the page as the person sees it. */
function touchedByPerson(spec: FieldSpec, el: HTMLInputElement): boolean {
  if (isChoice(spec)) return el.checked !== el.defaultChecked;
  if (el instanceof HTMLSelectElement) return el.selectedIndex > 0;
  return el.value.trim() !== '';
}

function property(name: string, check: (specs: FieldSpec[], before: [string, boolean][]) => void) {
  it(`${name} (numRuns: ${RUNS})`, () => {
    let cases = 0;
    fc.assert(fc.property(formSpecs, (specs) => {
      cases++;
      document.body.innerHTML = formHtml(specs);
      typeAsThePerson(specs);
      check(specs, controlState(specs));
    }), { numRuns: RUNS, ...propertySeed() });
    console.log(`page property "${name}": ${cases} generated pages`);
  }, Math.max(60_000, RUNS * 200));
}

describe('collect → plan → apply keeps the safety rules on any page', () => {
  property('never throws', () => {
    expect(fill).not.toThrow();
  });

  property('never changes a CAPTCHA, honeypot, hidden, password, file, newsletter, disabled or read-only field', (specs, before) => {
    fill();
    const after = controlState(specs);
    const changed = specs.flatMap((spec, i) => (mustNotTouch(spec) && JSON.stringify(after[i]) !== JSON.stringify(before[i]) ? [{ spec, before: before[i], after: after[i] }] : []));
    expect(changed).toEqual([]);
  });

  property('never changes what the person typed, chose or ticked, nor another radio of their question', (specs, before) => {
    const touched = specs.map((spec, i) => touchedByPerson(spec, elementOf(i)));
    const theirs = specs.map((spec, i) => touched[i] || (spec.control === 'radio' && specs.some((other, j) =>
      touched[j] && other.control === 'radio' && other.name === spec.name && other.form === spec.form)));
    fill();
    const after = controlState(specs);
    const changed = specs.flatMap((spec, i) => (theirs[i] && JSON.stringify(after[i]) !== JSON.stringify(before[i]) ? [{ spec, before: before[i], after: after[i] }] : []));
    expect(changed).toEqual([]);
  });

  property('never writes into a field hidden in any of the generated ways', (specs, before) => {
    fill();
    const after = controlState(specs);
    const hiddenChanged = specs.flatMap((spec, i) => (spec.hiding !== null && JSON.stringify(after[i]) !== JSON.stringify(before[i]) ? [{ hiding: spec.hiding, after: after[i] }] : []));
    expect(hiddenChanged).toEqual([]);
  });

  it('the generated pages are filled at all (the properties above are not met by filling nothing)', () => {
    expect(written).toBeGreaterThan(100);
  });

  property('filling twice leaves the page as filling once', (specs) => {
    fill();
    const once = controlState(specs);
    fill();
    expect(controlState(specs)).toEqual(once);
  });
});
