import { parse as parseYaml } from 'yaml';
import * as z from 'zod/mini';
import { formLength, placeholdersIn, renderLetter } from '../../src/core/render-letter.ts';
import {
  LANGUAGES, LetterLibrarySchema, OFFICES, PLACEHOLDERS, VARIANT_LIMITS, VARIANTS,
  type Language, type Letter, type LetterLibrary, type LetterText, type Office,
} from '../../src/shared/letter.ts';

/** A problem in one file of letters/, said so an organiser can fix it. */
export class LetterError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

const LetterMetaSchema = z.strictObject({
  order: z.number().check(z.int(), z.positive()),
  offices: z.array(z.enum(OFFICES)).check(z.minLength(1)),
  topics: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
});

const FrontMatterSchema = z.strictObject({
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  description: z.string().check(z.minLength(1), z.maxLength(200)),
  subject: z.string().check(z.minLength(1), z.maxLength(100)),
});

const describe = (error: z.core.$ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');

/** The longest text each placeholder could stand for: a variant must fit even then. */
export function worstCaseValues(salutations: string[]) {
  return {
    salutation: salutations.reduce((a, b) => (b.length > a.length ? b : a), ''),
    name: 'N'.repeat(40),
    city: 'C'.repeat(25),
    state: 'Massachusetts',
    date: 'D'.repeat(20),
    note: '',
  };
}

function parseYamlFile(file: string, text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new LetterError(file, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

const VARIANT_HEADING = /^## variant: (.+)$/gm;

function parseText(file: string, text: string): LetterText {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  if (!match) throw new LetterError(file, 'must start with a front matter block between two "---" lines');
  const front = z.safeParse(FrontMatterSchema, parseYamlFile(file, match[1]!));
  if (!front.success) throw new LetterError(file, `front matter: ${describe(front.error)}`);
  const body = match[2]!;
  const headings = [...body.matchAll(VARIANT_HEADING)];
  const names = headings.map((h) => h[1]!.trim());
  if (names.join(',') !== VARIANTS.join(',')) {
    throw new LetterError(file, `needs the variants ${VARIANTS.map((v) => `"## variant: ${v}"`).join(', ')} in that order; found ${names.length ? names.join(', ') : 'none'}`);
  }
  const variants = {} as LetterText['variants'];
  headings.forEach((heading, i) => {
    const start = heading.index! + heading[0].length;
    const end = headings[i + 1]?.index ?? body.length;
    variants[VARIANTS[i]!] = body.slice(start, end).trim();
  });
  return { ...front.data, variants };
}

function checkVariants(file: string, text: LetterText, salutations: string[]): void {
  for (const variant of VARIANTS) {
    const template = text.variants[variant];
    const where = `variant ${variant}`;
    if (!template) throw new LetterError(file, `${where} is empty`);
    const unknown = placeholdersIn(template).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
    if (unknown.length) throw new LetterError(file, `${where} uses unknown placeholder ${unknown.map((p) => `{${p}}`).join(', ')}; allowed: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`);
    if (!template.startsWith('{salutation}')) throw new LetterError(file, `${where} must begin with {salutation}`);
    if (!template.includes('{name}')) throw new LetterError(file, `${where} must be signed with {name}`);
    if (!/^\{note\}$/m.test(template)) throw new LetterError(file, `${where} needs {note} alone on its own line before the signature`);
    const limit = VARIANT_LIMITS[variant];
    if (limit !== null) {
      const length = formLength(renderLetter(template, worstCaseValues(salutations)));
      if (length > limit) throw new LetterError(file, `${where} is ${length} characters with the longest name, city and salutation (line breaks count 2); the limit is ${limit}`);
    }
  }
}

/**
 * Turn the files under letters/ (path relative to it → text) into the library the extension
 * ships. Throws a LetterError naming the file and the reason at the first problem.
 */
export function parseLetters(files: Record<string, string>): LetterLibrary {
  const salutationFile = 'salutations.yaml';
  if (!(salutationFile in files)) throw new LetterError(salutationFile, 'is missing');
  const salutations = parseYamlFile(salutationFile, files[salutationFile]!);
  const ids = [...new Set(Object.keys(files).filter((f) => f.includes('/')).map((f) => f.split('/')[0]!))].sort();
  const letters: Letter[] = [];
  for (const id of ids) {
    const metaFile = `${id}/letter.yaml`;
    if (!(metaFile in files)) throw new LetterError(metaFile, 'is missing');
    const meta = z.safeParse(LetterMetaSchema, parseYamlFile(metaFile, files[metaFile]!));
    if (!meta.success) throw new LetterError(metaFile, describe(meta.error));
    const texts = {} as Letter['texts'];
    for (const language of LANGUAGES) {
      const file = `${id}/${language}.md`;
      if (!(file in files)) throw new LetterError(file, `is missing: every letter needs ${LANGUAGES.join(', ')}`);
      texts[language] = parseText(file, files[file]!);
      const table = (salutations as Record<Language, Record<Office | 'default', string>>)?.[language] ?? {};
      checkVariants(file, texts[language], [...meta.data.offices, 'default'].map((o) => table[o as Office] ?? ''));
    }
    letters.push({ id, ...meta.data, texts });
  }
  letters.sort((a, b) => a.order - b.order);
  const library = z.safeParse(LetterLibrarySchema, { salutations, letters });
  if (!library.success) throw new LetterError(salutationFile, describe(library.error));
  return library.data;
}
