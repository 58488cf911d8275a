import { readLetterFiles } from './tools/letters/read-letters.ts';
import { parseLetters, LetterError, where, recipientsOf, worstCaseValues } from './tools/letters/parse-letters.ts';
import { letterTemplate } from './src/core/letter-template.ts';
import { formLength, renderLetter } from './src/core/render-letter.ts';
const files = readLetterFiles('letters');
for (const f of Object.keys(files)) if (/\/(ru|be)\.md$/.test(f) && process.argv[2] !== 'all') files[f] = files[f.replace(/(ru|be)\.md$/, 'en.md')]!;
try {
  const lib = parseLetters(files);
  for (const l of lib.letters) for (const r of recipientsOf(l.offices)) console.log(l.id, r, (['full','2000','500'] as const).map(v => formLength(renderLetter(letterTemplate(l.texts.en, r, v, 'en'), worstCaseValues(r==='default'?'Dear Representative':lib.salutations.en[r])))).join(' '));
} catch (e) { if (e instanceof LetterError) console.log(e.problems.map(where).join('\n')); else throw e; }
