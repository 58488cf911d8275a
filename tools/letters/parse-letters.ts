import { parse as parseYaml } from 'yaml';
import * as z from 'zod/mini';
import { letterTemplate } from '../../src/core/letter-template.ts';
import { formLength, placeholdersIn, renderLetter } from '../../src/core/render-letter.ts';
import {
  LANGUAGES, LetterLibrarySchema, OFFICES, RECIPIENTS, SENT_LANGUAGE, SUBJECT_LIMIT, VARIANT_LIMITS, VARIANTS,
  type Language, type Letter, type LetterLibrary, type LetterText, type Office, type Recipient, type VariantKey,
} from '../../src/shared/letter.ts';
import { hasFigure, undatedFigures, unsafeText } from './scan-text.ts';

export interface Problem { file: string; line: number | null; reason: string }

/**
 * Problems in files of letters/, said so an organiser can fix them: the first one's file, line
 * and reason, and every problem found in `problems`.
 */
export class LetterError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;
  constructor(readonly problems: Problem[]) {
    super(problems.map(where).join('\n'));
    this.file = problems[0]!.file;
    this.line = problems[0]!.line;
    this.reason = problems[0]!.reason;
  }
}

/** "file:line: reason", as editors and terminals link it. */
export function where(problem: Problem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.reason}`;
}

const fail = (file: string, reason: string, line: number | null = null): never => { throw new LetterError([{ file, line, reason }]); };

const LetterMetaSchema = z.strictObject({
  order: z.number().check(z.int(), z.positive()),
  offices: z.array(z.enum(OFFICES)).check(z.minLength(1)),
  topics: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  factsAsOf: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date written YYYY-MM-DD or YYYY-MM, in quotes')),
});

const FrontMatterSchema = z.strictObject({
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  description: z.string().check(z.minLength(1), z.maxLength(200)),
  subject: z.string().check(z.minLength(1), z.maxLength(SUBJECT_LIMIT)),
});

const describe = (error: z.core.$ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');

/** The longest text each placeholder could stand for: a variant must fit even then. */
export function worstCaseValues(salutation: string) {
  return { salutation, name: 'N'.repeat(40), city: 'C'.repeat(25), state: 'Massachusetts', date: 'September 30, 2026', note: '' };
}

function parseYamlFile(file: string, text: string, lineOffset = 0): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return fail(file, `not valid YAML: ${(error as Error).message.split('\n')[0]}`, line ? line + lineOffset : null);
  }
}

/** A `## …` heading of a letter text: which piece follows, for which variants and recipients. */
type Heading =
  | { part: 'body'; variant: VariantKey; line: number }
  | { part: 'opening' | 'ask'; variant: VariantKey | null; recipients: Recipient[]; line: number };

const HEADING_HELP = 'headings are "## opening: senate, house", "## body: full" (or 2000, 500), "## ask: senate"; "## opening 500: …" or "## ask 500: …" for one length only';

function parseHeading(file: string, text: string, line: number): Heading {
  const match = /^(opening|body|ask)(?:\s+(full|2000|500))?\s*:\s*(.+)$/.exec(text.trim());
  if (!match) return fail(file, `"## ${text}" is not a heading this format knows; ${HEADING_HELP}`, line);
  const [, part, variant, rest] = match as unknown as [string, 'opening' | 'body' | 'ask', VariantKey | undefined, string];
  if (part === 'body') {
    if (variant || !(VARIANTS as readonly string[]).includes(rest.trim())) fail(file, `"## ${text}": a body heading names one length, full, 2000 or 500`, line);
    return { part, variant: rest.trim() as VariantKey, line };
  }
  const recipients = rest.split(',').map((r) => r.trim());
  const unknown = recipients.filter((r) => !(RECIPIENTS as readonly string[]).includes(r));
  if (unknown.length) fail(file, `"## ${text}" names ${unknown.map((u) => `"${u}"`).join(', ')}; use ${RECIPIENTS.join(', ')}`, line);
  return { part, variant: variant ?? null, recipients: recipients as Recipient[], line };
}

interface Section { heading: Heading; text: string }

export interface ParsedText { text: LetterText; sections: Section[]; frontLines: Record<string, number>; keys: Map<string, number>; lineCount: number }

/** Placeholders a piece may use; the salutation, note and signature are placed around the pieces. */
const PIECE_PLACEHOLDERS = ['city', 'state', 'date'];

function parseText(file: string, raw: string, recipientsNeeded: Recipient[]): ParsedText {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') fail(file, 'must start with a front matter block between two "---" lines', 1);
  const close = lines.indexOf('---', 1);
  if (close < 0) fail(file, 'the front matter block has no closing "---" line', 1);
  const front = z.safeParse(FrontMatterSchema, parseYamlFile(file, lines.slice(1, close).join('\n'), 1));
  const frontLines: Record<string, number> = {};
  lines.slice(1, close).forEach((l, i) => { const key = /^(\w+):/.exec(l)?.[1]; if (key) frontLines[key] = i + 2; });
  if (!front.success) {
    const key = String(front.error.issues[0]?.path[0] ?? '');
    fail(file, `front matter: ${describe(front.error)}`, frontLines[key] ?? 2);
  }

  const sections: Section[] = [];
  let current: { heading: Heading; start: number } | null = null;
  const closeSection = (end: number) => {
    if (!current) return;
    const text = lines.slice(current.start, end).join('\n').trim();
    if (!text) fail(file, 'this heading has no text under it', current.heading.line);
    sections.push({ heading: current.heading, text });
  };
  for (let i = close + 1; i < lines.length; i++) {
    const heading = /^##\s+(.*)$/.exec(lines[i]!);
    if (heading) {
      closeSection(i);
      current = { heading: parseHeading(file, heading[1]!, i + 1), start: i + 1 };
    } else if (!current && lines[i]!.trim()) {
      fail(file, `text before the first "## " heading; ${HEADING_HELP}`, i + 1);
    }
  }
  closeSection(lines.length);

  const openings: Record<VariantKey, Record<string, string>> = { full: {}, '2000': {}, '500': {} };
  const bodies: Partial<Record<VariantKey, string>> = {};
  const asks: Record<VariantKey, Record<string, string>> = { full: {}, '2000': {}, '500': {} };
  const keys = new Map<string, number>();
  const claim = (key: string, line: number) => {
    if (keys.has(key)) fail(file, `${key} is written twice (also on line ${keys.get(key)})`, line);
    keys.set(key, line);
  };
  // Specific headings ("## ask 500: senate") win over general ones ("## ask: senate"), whatever their order.
  const ordered = [...sections].sort((a, b) => Number(a.heading.variant === null) - Number(b.heading.variant === null));
  for (const { heading, text } of ordered) {
    const line = heading.line;
    const unknown = placeholdersIn(text).filter((p) => !PIECE_PLACEHOLDERS.includes(p));
    if (unknown.length) fail(file, `uses ${unknown.map((p) => `{${p}}`).join(', ')}; inside a piece only ${PIECE_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')} may be used (the greeting, note and signature are added around the pieces)`, line);
    if (/^##/m.test(text)) fail(file, 'a line starting with "##" that is not a heading', line);
    if (heading.part === 'body') {
      claim(`body: ${heading.variant}`, line);
      bodies[heading.variant] = text;
      continue;
    }
    for (const recipient of heading.recipients) {
      if (recipient !== 'default' && !recipientsNeeded.includes(recipient)) {
        fail(file, `"${recipient}" is not among the offices in letter.yaml; add it there or remove it here`, line);
      }
      const part = heading.part;
      const store = part === 'opening' ? openings : asks;
      claim(heading.variant ? `${part} ${heading.variant}: ${recipient}` : `${part}: ${recipient}`, line);
      for (const variant of heading.variant ? [heading.variant] : VARIANTS) store[variant][recipient] ??= text;
    }
  }
  const lastLine = lines.length;
  for (const variant of VARIANTS) if (!bodies[variant]) fail(file, `needs "## body: ${variant}"`, lastLine);
  for (const recipient of recipientsNeeded) {
    for (const variant of VARIANTS) {
      if (!openings[variant][recipient]) fail(file, `needs an opening for ${recipient} in the ${variant} letter: "## opening: ${recipient}" (one heading can name several, "## opening: senate, house"; "## opening 500: ${recipient}" for one length)`, lastLine);
      if (!asks[variant][recipient]) fail(file, `needs an ask for ${recipient} in the ${variant} letter: "## ask: ${recipient}" (or "## ask ${variant}: ${recipient}")`, lastLine);
    }
  }
  return { text: { ...front.data!, openings, bodies: bodies as LetterText['bodies'], asks }, sections, frontLines, keys, lineCount: lines.length };
}

/** Problems that need the whole text: figures without a date, the ask last, the English subject. */
function contentProblems(file: string, language: Language, parsed: ParsedText): Problem[] {
  const problems: Problem[] = [];
  for (const { heading, text } of parsed.sections) {
    text.split(/\n\s*\n/).forEach((paragraph) => {
      for (const figure of undatedFigures(paragraph)) {
        problems.push({ file, line: heading.line, reason: `a figure without a date: ${figure}. Say when it was true ("As of June 7, 2021, ..."), or drop it` });
      }
    });
    if (heading.part === 'ask' && language === SENT_LANGUAGE) {
      const last = text.split(/\n\s*\n/).at(-1)!;
      if (!/\b(ask|urge|call on|please|request)\b/i.test(last)) {
        problems.push({ file, line: heading.line, reason: 'the ask must end on the request itself ("I ask you to ...", "Please ...", "I urge you to ..."): it is the last paragraph the office reads' });
      }
      if (hasFigure(last)) {
        problems.push({ file, line: heading.line, reason: 'the last paragraph of the ask carries a figure; end on the request, with figures in the body' });
      }
    }
  }
  if (language === SENT_LANGUAGE && !/^[\x20-\x7E]+$/.test(parsed.text.subject)) {
    problems.push({ file, line: parsed.frontLines.subject ?? 2, reason: 'the subject goes to US offices and must be plain English (letters, digits and ASCII punctuation only)' });
  }
  return problems;
}

/** The office kinds the letter is for, then `default` for every other office. */
export const recipientsOf = (offices: readonly Office[]): Recipient[] => [...offices, 'default'];

function checkLengths(file: string, letter: Letter, salutations: LetterLibrary['salutations'], keys: Map<string, number>): Problem[] {
  const problems: Problem[] = [];
  for (const recipient of recipientsOf(letter.offices)) {
    // `default` pieces also serve offices the letter does not name: fit the longest greeting.
    const greetings = recipient === 'default'
      ? Object.values(salutations[SENT_LANGUAGE])
      : [salutations[SENT_LANGUAGE][recipient]];
    const salutation = greetings.reduce((a, b) => (b.length > a.length ? b : a), '');
    for (const variant of VARIANTS) {
      const limit = VARIANT_LIMITS[variant];
      if (limit === null) continue;
      const length = formLength(renderLetter(letterTemplate(letter.texts[SENT_LANGUAGE], recipient, variant, SENT_LANGUAGE), worstCaseValues(salutation)));
      if (length > limit) problems.push({ file, line: keys.get(`body: ${variant}`) ?? 1, reason: `the ${variant} letter to ${recipient} is ${length} characters with the longest name, city and greeting (line breaks count 2); the limit is ${limit}. Shorten "## body: ${variant}" or the ask for ${recipient}` });
    }
  }
  return problems;
}

/** Translations must have exactly the English pieces, so the supporter reads what they send. */
function samePieces(file: string, english: ParsedText, translation: ParsedText): Problem[] {
  const problems: Problem[] = [];
  for (const [key, line] of translation.keys) if (!english.keys.has(key)) problems.push({ file, line, reason: `${key} is not in en.md; a translation has exactly the English pieces` });
  for (const key of english.keys.keys()) if (!translation.keys.has(key)) problems.push({ file, line: translation.lineCount, reason: `has no "## ${key}", which en.md has (line ${english.keys.get(key)}); translate it so the supporter can read what is sent` });
  return problems;
}

const SALUTATION_FILE = 'salutations.yaml';

/**
 * Turn the files under letters/ (path relative to it → text) into the library the extension
 * ships. Throws a LetterError naming the file, the line and the reason of every problem.
 */
export function parseLetters(files: Record<string, string>): LetterLibrary {
  const problems: Problem[] = [];
  for (const [file, text] of Object.entries(files)) for (const p of unsafeText(text)) problems.push({ file, ...p });
  if (problems.length) throw new LetterError(problems);

  if (!(SALUTATION_FILE in files)) fail(SALUTATION_FILE, 'is missing');
  const salutations = parseYamlFile(SALUTATION_FILE, files[SALUTATION_FILE]!);
  const ids = [...new Set(Object.keys(files).filter((f) => f.includes('/')).map((f) => f.split('/')[0]!))].sort();
  const letters: Letter[] = [];
  const englishKeys = new Map<string, Map<string, number>>();
  for (const id of ids) {
    const metaFile = `${id}/letter.yaml`;
    if (!(metaFile in files)) fail(metaFile, 'is missing');
    const meta = z.safeParse(LetterMetaSchema, parseYamlFile(metaFile, files[metaFile]!));
    if (!meta.success) {
      const key = String(meta.error.issues[0]?.path[0] ?? '');
      const lines = files[metaFile]!.split('\n');
      const line = lines.findIndex((l) => l.startsWith(`${key}:`)) + 1;
      fail(metaFile, describe(meta.error), line || lines.length);
    }
    const recipients = recipientsOf(meta.data!.offices);
    const parsed = {} as Record<Language, ParsedText>;
    for (const language of LANGUAGES) {
      const file = `${id}/${language}.md`;
      if (!(file in files)) fail(file, `is missing: every letter needs ${LANGUAGES.join(', ')}`);
      parsed[language] = parseText(file, files[file]!, recipients);
      problems.push(...contentProblems(file, language, parsed[language]));
      if (language !== SENT_LANGUAGE) problems.push(...samePieces(file, parsed[SENT_LANGUAGE], parsed[language]));
    }
    const letter: Letter = { id, ...meta.data!, texts: { en: parsed.en.text, ru: parsed.ru.text, be: parsed.be.text } };
    letters.push(letter);
    englishKeys.set(id, parsed[SENT_LANGUAGE].keys);
  }
  if (problems.length) throw new LetterError(problems);
  const library = z.safeParse(LetterLibrarySchema, { salutations, letters: letters.sort((a, b) => a.order - b.order) });
  if (!library.success) fail(SALUTATION_FILE, describe(library.error));
  for (const letter of library.data!.letters) problems.push(...checkLengths(`${letter.id}/${SENT_LANGUAGE}.md`, letter, library.data!.salutations, englishKeys.get(letter.id)!));
  const orders = library.data!.letters.map((l) => l.order);
  orders.forEach((order, i) => { if (order !== i + 1) problems.push({ file: `${library.data!.letters[i]!.id}/letter.yaml`, line: files[`${library.data!.letters[i]!.id}/letter.yaml`]!.split('\n').findIndex((l) => l.startsWith('order:')) + 1, reason: `order ${order}: the orders must run 1, 2, 3 … without gaps or repeats` }); });
  if (problems.length) throw new LetterError(problems);
  return library.data!;
}
