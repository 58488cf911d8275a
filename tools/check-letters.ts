// `npm run check:letters`: check every letter as the build does and show each English variant's
// length per office, the subject and the date of its facts.
import { resolve } from 'node:path';
import { letterTemplate } from '../src/core/letter-template.ts';
import { formLength, renderLetter } from '../src/core/render-letter.ts';
import { SENT_LANGUAGE, VARIANT_LIMITS, VARIANTS } from '../src/shared/letter.ts';
import { LetterError, recipientsOf, where, worstCaseValues } from './letters/parse-letters.ts';
import { loadLetters } from './letters/read-letters.ts';

try {
  const library = loadLetters(resolve('letters'));
  for (const letter of library.letters) {
    const english = letter.texts[SENT_LANGUAGE];
    console.log(`${letter.order}. ${letter.id}  facts as of ${letter.factsAsOf}  subject: "${english.subject}"`);
    for (const recipient of recipientsOf(letter.offices)) {
      const salutation = recipient === 'default' ? library.salutations.en.default : library.salutations.en[recipient];
      const lengths = VARIANTS.map((v) => {
        const length = formLength(renderLetter(letterTemplate(english, recipient, v, SENT_LANGUAGE), worstCaseValues(salutation)));
        const limit = VARIANT_LIMITS[v];
        return `${v}: ${length}${limit ? `/${limit}` : ''}`;
      });
      console.log(`   ${recipient.padEnd(17)} ${lengths.join('   ')}`);
    }
  }
  console.log(`\nAll ${library.letters.length} letters are fine. Offices receive the English text; ru and be are for the supporter to read.`);
} catch (error) {
  if (!(error instanceof LetterError)) throw error;
  console.error(`${error.problems.length === 1 ? 'A problem' : `${error.problems.length} problems`} in letters/:`);
  for (const problem of error.problems) console.error(`  letters/${where(problem)}`);
  process.exit(1);
}
