import { judgeField, type LetterFacts, type ObservedField } from './expectations.ts';
import { TEST_PROFILE } from './factories.ts';
import library from './letters.ts';

/** What a person checks the filled form against: the letter's subject, the signature, the form's limit. */
export function letterFacts(letterId: string, messageLimit: number | null = null): LetterFacts {
  const letter = library.letters.find((l) => l.id === letterId);
  if (!letter) throw new Error(`No letter "${letterId}" in letters/`);
  return { subject: letter.texts.en.subject, fullName: `${TEST_PROFILE.firstName} ${TEST_PROFILE.lastName}`, messageLimit };
}

/** Every field judged wrong, missed or touched when it must not be, in words; [] when the page is right. */
export function fieldProblems(fields: ObservedField[], facts: LetterFacts): string[] {
  return fields.flatMap((field) => {
    const { verdict, why } = judgeField(field, TEST_PROFILE, facts);
    return verdict === 'correct' || verdict === 'left-alone' ? [] : [`${verdict}: ${field.expect} (${field.tag} ${field.name}) ${why}`];
  });
}
