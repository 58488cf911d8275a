// `npm run check:letters`: check every letter as the build does and show each variant's length.
import { resolve } from 'node:path';
import { formLength, renderLetter } from '../src/core/render-letter.ts';
import { LANGUAGES, VARIANT_LIMITS, VARIANTS } from '../src/shared/letter.ts';
import { LetterError, worstCaseValues } from './letters/parse-letters.ts';
import { loadLetters } from './letters/read-letters.ts';

try {
  const library = loadLetters(resolve('letters'));
  for (const letter of library.letters) {
    console.log(`${letter.id} (for: ${letter.offices.join(', ')})`);
    for (const language of LANGUAGES) {
      const salutations = [...letter.offices, 'default' as const].map((o) => library.salutations[language][o]);
      const lengths = VARIANTS.map((v) => {
        const length = formLength(renderLetter(letter.texts[language].variants[v], worstCaseValues(salutations)));
        const limit = VARIANT_LIMITS[v];
        return `${v}: ${length}${limit ? `/${limit}` : ''}`;
      });
      console.log(`  ${language}  ${lengths.join('   ')}   "${letter.texts[language].subject}"`);
    }
  }
  console.log(`\nAll ${library.letters.length} letters are fine.`);
} catch (error) {
  if (!(error instanceof LetterError)) throw error;
  console.error(`Problem in letters/${error.file}:\n  ${error.reason}`);
  process.exit(1);
}
