import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Profile } from '../../src/shared/profile.ts';
import { judgeField, type LetterFacts, type ObservedField } from './expectations.ts';

// The labelled real-world set: ordinary US checkout, sign-up, contact, booking and donation forms
// in the markup styles the wild uses, each with a message box added and served at an official
// address. Every control says what it is for (`data-expect`), and payment, account and consent
// controls also say so (`data-forbidden`). Only the tests and the bench read these attributes.

export const CORPUS_DIR = resolve('test/fixtures/corpus');

export interface CorpusPage {
  id: string;
  file: string;
  url: string;
  /** How the fields are labelled: for, wrap, placeholder, aria, div, span, td, labelledby, columns, autocomplete, split. */
  style: string;
  kind: 'checkout' | 'sign-up' | 'contact' | 'booking' | 'donation';
  notes: string;
}

export const CORPUS: CorpusPage[] = JSON.parse(readFileSync(join(CORPUS_DIR, 'corpus.json'), 'utf8')) as CorpusPage[];

export const corpusHtml = (page: CorpusPage) => readFileSync(join(CORPUS_DIR, page.file), 'utf8');

export interface CorpusField extends ObservedField {
  /** `payment`, `account` or `consent`: a control nothing may ever be written into. */
  forbidden: string | null;
}

/** Each annotated control's state; self-contained so that it also runs inside a browser page. */
export function readCorpusFields(doc: Document): { expect: string; expectValue: string | null; expectChecked: string | null; forbidden: string | null; tag: string; type: string; name: string; value: string; checked: boolean }[] {
  return [...doc.querySelectorAll<HTMLInputElement>('[data-expect]')].map((el) => ({
    expect: el.dataset.expect ?? '',
    expectValue: el.dataset.expectValue ?? null,
    expectChecked: el.dataset.expectChecked ?? null,
    forbidden: el.dataset.forbidden ?? null,
    tag: el.tagName.toLowerCase(),
    type: (el.type ?? '').toLowerCase(),
    name: el.getAttribute('name') ?? '',
    value: el.value ?? '',
    checked: !!el.checked,
  }));
}

type Read = ReturnType<typeof readCorpusFields>;

export function pairUp(before: Read, after: Read): CorpusField[] {
  return after.map((f, index) => ({
    index, expect: f.expect, expectValue: f.expectValue, expectChecked: f.expectChecked, forbidden: f.forbidden,
    tag: f.tag, type: f.type, name: f.name,
    before: { value: before[index]?.value ?? '', checked: before[index]?.checked ?? false },
    after: { value: f.value, checked: f.checked },
  }));
}

export interface CorpusScore {
  pages: number;
  /** Fields with a role. */
  expected: number;
  /** Fields written: changed by the fill. */
  written: number;
  correct: number;
  /** Written, and not what the field wanted (a wrong value, or a field that had to stay untouched). */
  wrongWrites: number;
  /** Writes into payment, account or consent controls. */
  forbiddenWrites: number;
  problems: string[];
}

export const emptyScore = (): CorpusScore => ({ pages: 0, expected: 0, written: 0, correct: 0, wrongWrites: 0, forbiddenWrites: 0, problems: [] });

const changed = (f: CorpusField) => f.before.value !== f.after.value || f.before.checked !== f.after.checked;

/** Add one page's fields to the score, as a person would judge each field after the fill. */
export function scorePage(score: CorpusScore, pageId: string, fields: CorpusField[], profile: Profile, letter: LetterFacts): void {
  score.pages++;
  for (const field of fields) {
    const role = field.expect !== 'never' && field.expect !== 'skip';
    if (role) score.expected++;
    if (changed(field)) score.written++;
    if (field.forbidden && changed(field)) {
      score.forbiddenWrites++;
      score.problems.push(`${pageId}: wrote into ${field.forbidden} field (${field.name}): "${field.after.value}"`);
    }
    const { verdict, why } = judgeField(field, profile, letter);
    if (verdict === 'correct') score.correct++;
    else if (verdict === 'wrong' || verdict === 'forbidden-touched') {
      score.wrongWrites++;
      if (!field.forbidden) score.problems.push(`${pageId}: ${verdict} ${field.expect} (${field.name}) ${why}`);
    } else if (verdict === 'missed') score.problems.push(`${pageId}: missed ${field.expect} (${field.name}) ${why}`);
  }
}

export const precision = (s: CorpusScore) => (s.written === 0 ? 1 : s.correct / (s.correct + s.wrongWrites));
export const recall = (s: CorpusScore) => (s.expected === 0 ? 1 : s.correct / s.expected);

export function describeScore(s: CorpusScore): string {
  return `${s.pages} pages, ${s.expected} fields to fill: precision ${(precision(s) * 100).toFixed(1)}% (${s.correct} right of ${s.correct + s.wrongWrites} written), `
    + `recall ${(recall(s) * 100).toFixed(1)}% (${s.correct} of ${s.expected}), ${s.forbiddenWrites} writes into payment/account/consent fields`;
}
