import { test as baseTest } from '@playwright/test';
import { scrambleNamesAndIds } from '../fixtures/scramble.ts';
import { judgeField, type ObservedField } from '../support/expectations.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { aroundFill, expect, FIXTURES, fillFromPopup, launch, seed, test, waitForRecognition, type FixturePage } from './harness.ts';
import library from '../support/letters.ts';

function letterFacts(page: FixturePage) {
  const letter = library.letters.find((l) => l.id === page.letter)!;
  return { subject: letter.texts.en.subject, fullName: `${TEST_PROFILE.firstName} ${TEST_PROFILE.lastName}`, messageLimit: page.messageLimit };
}

function problems(fields: ObservedField[], page: FixturePage): string[] {
  return fields.flatMap((field) => {
    const { verdict, why } = judgeField(field, TEST_PROFILE, letterFacts(page));
    return verdict === 'correct' || verdict === 'left-alone' ? [] : [`${verdict}: ${field.expect} (${field.tag} ${field.name}) ${why}`];
  });
}

function submitted(requests: string[], start: number): string[] {
  return requests.slice(start).filter((url) => /thank|success|submit/i.test(url));
}

const fillable = FIXTURES.filter((p) => p.kind === 'form');

test.describe('the fill puts the right value in every field a person sees, and touches nothing forbidden', () => {
  for (const fixturePage of fillable) {
    test(`${fixturePage.id} (${fixturePage.family})`, async ({ launched: { context, requests } }) => {
      await seed(context, TEST_PROFILE, { letterId: fixturePage.letter });
      const page = await context.newPage();
      await page.goto(fixturePage.url);
      await waitForRecognition(context, page);
      const start = requests.length;
      let said = '';
      const fields = await aroundFill(page, async () => { said = await fillFromPopup(context, page); });

      expect(problems(fields, fixturePage)).toEqual([]);
      expect(fields.filter((f) => f.expect === 'message').every((f) => f.after.value.length > 0)).toBe(true);
      expect(said).toMatch(/Filled \d+ fields/);
      // Nothing submitted: the page is where it was and no form request went out.
      expect(page.url()).toBe(fixturePage.url);
      expect(submitted(requests, start)).toEqual([]);
    });
  }
});

test.describe('opaque names do not matter: the same forms with every name and id scrambled', () => {
  const scrambled = ['senate-gravity-placeholders', 'house-legacy-unlabelled-radios', 'senate-guid-cms', 'senate-elementor-trap', 'senate-iq-outer', 'house-required-form', 'whitehouse-2024',
    'senate-defaults-phones', 'house-split-boxes', 'whitehouse-purpose', 'senate-labelledby-chains'];
  for (const id of scrambled) {
    const fixturePage = fillable.find((p) => p.id === id)!;
    baseTest(`${id}, scrambled`, async () => {
      const { context, requests } = await launch({ transform: (html) => scrambleNamesAndIds(html, 11) });
      try {
        await seed(context, TEST_PROFILE, { letterId: fixturePage.letter });
        const page = await context.newPage();
        await page.goto(fixturePage.url);
        await waitForRecognition(context, page);
        const start = requests.length;
        const fields = await aroundFill(page, () => fillFromPopup(context, page));
        expect(problems(fields, fixturePage)).toEqual([]);
        expect(submitted(requests, start)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
