import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/content/apply-plan.ts';
import { collectFields } from '../../src/content/collect-fields.ts';
import { planFill } from '../../src/core/plan-fill.ts';
import { prepareLetter } from '../../src/core/prepare-letter.ts';
import { CORPUS, corpusHtml, describeScore, emptyScore, pairUp, precision, readCorpusFields, recall, scorePage } from '../support/corpus.ts';
import { TEST_PROFILE } from '../support/factories.ts';
import { stubLayout } from '../support/layout-stub.ts';
import library from '../support/letters.ts';
import { scrambleNamesAndIds } from '../fixtures/scramble.ts';

// The engine on the labelled real-world set, end to end inside the page: each corpus page in
// happy-dom, the real collectFields → planFill → applyPlan, then every control judged as a person
// would. The same set runs in Chromium with the built extension in `npm run bench`.

const letter = library.letters.find((l) => l.id === 'congress-petition')!;
const prepared = prepareLetter(letter, library.salutations, { letterId: letter.id, note: '' }, 'house', TEST_PROFILE, new Date(2026, 0, 1));
const facts = { subject: letter.texts.en.subject, fullName: `${TEST_PROFILE.firstName} ${TEST_PROFILE.lastName}`, messageLimit: null };

let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

function run(transform: (html: string) => string = (h) => h) {
  const score = emptyScore();
  for (const page of CORPUS) {
    const doc = new DOMParser().parseFromString(transform(corpusHtml(page)), 'text/html');
    document.body.innerHTML = doc.body.innerHTML;
    const before = readCorpusFields(document);
    const collected = collectFields(document);
    const plan = planFill(collected.fields, collected.groups, {
      profile: TEST_PROFILE, subject: prepared.subject, messages: prepared.messages, topics: prepared.topics,
      wantsResponse: true, knownMessageLimit: null,
    });
    applyPlan(plan, collected.elements);
    scorePage(score, page.id, pairUp(before, readCorpusFields(document)), TEST_PROFILE, facts);
  }
  return score;
}

describe('on ordinary US address and contact forms it has never seen, the fill is right when it writes and finds most fields', () => {
  for (const [variant, transform] of [['as written', undefined], ['names and ids scrambled', (h: string) => scrambleNamesAndIds(h, 11)]] as const) {
    it(`${CORPUS.length} labelled pages, ${variant}: precision ≥ 99.5%, recall ≥ 90%, nothing written into payment or account fields`, () => {
      const score = run(transform);
      console.log(`corpus (${variant}): ${describeScore(score)}\n${score.problems.map((p) => `  - ${p}`).join('\n')}`);
      expect(CORPUS.length).toBeGreaterThanOrEqual(30);
      expect(score.forbiddenWrites).toBe(0);
      expect(precision(score)).toBeGreaterThanOrEqual(0.995);
      expect(recall(score)).toBeGreaterThanOrEqual(0.9);
    }, 120_000);
  }
});
