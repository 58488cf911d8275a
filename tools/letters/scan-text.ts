// Line-by-line checks of a letter file's raw text: what a stranger's file could smuggle into an
// office's form (markup, script links, invisible characters) and figures with no date.

export interface LineProblem { line: number; reason: string }

/** Hosts a letter may link to: official US government sites only. */
export const LINK_HOSTS: readonly RegExp[] = [/(^|\.)[a-z0-9-]+\.gov$/];
const ALLOWED = 'official US government sites (https addresses ending in .gov)';

/**
 * Characters a reader cannot see but a form stores: C0/C1 controls (a tab too), soft hyphen,
 * zero-width spaces and joiners, bidi marks, embeddings, overrides and isolates, invisible
 * operators, variation selectors, the byte order mark and tag characters.
 */
const INVISIBLE = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB\u{E0000}-\u{E007F}]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function nameOf(char: string): string {
  const cp = char.codePointAt(0)!;
  if (cp === 0x09) return 'a tab';
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'a control character';
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c) return 'a bidi control (it can reverse how the text reads)';
  if (cp >= 0x200b && cp <= 0x200d || cp === 0x2060 || cp === 0xfeff) return 'a zero-width character';
  return 'an invisible character';
}

const SCHEME_URL = /\b([a-z][a-z0-9+.-]*):\/\/([^\s/?#"'<>)]+)/gi;
const WWW = /\bwww\.([a-z0-9.-]+)/gi;
const BARE_DOMAIN = /\b((?:[a-z0-9-]+\.)+(?:com|org|net|info|io|me|ru|by|su|ua|pl|lt|eu|us|uk|de|co|ly|link|site|online|xyz|app|page|tk|gov|mil|edu))\b(?!\.[a-z])/gi;

function hostAllowed(host: string): boolean {
  const bare = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return LINK_HOSTS.some((pattern) => pattern.test(bare));
}

/** Markup, script URLs, links off the allow-list and invisible characters, each with its line. */
export function unsafeText(text: string): LineProblem[] {
  const problems: LineProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, '');
    const add = (reason: string) => problems.push({ line, reason });
    const invisible = INVISIBLE.exec(content);
    if (invisible) add(`contains ${nameOf(invisible[0])} (${codePoint(invisible[0])}) at column ${invisible.index + 1}; delete it and type the text again`);
    if (/[<>]/.test(content)) add('contains "<" or ">": letters are plain text, markup such as <script> or <img> is not allowed, and many forms refuse these characters');
    if (/\bon[a-z]{3,}\s*=/i.test(content)) add('contains an event-handler attribute (such as onerror=): markup is not allowed');
    const script = /\b(javascript|vbscript|livescript|data|file|blob)\s*:/i.exec(content);
    if (script) add(`contains a ${script[1]!.toLowerCase()}: URL; letters may link only to official sites over https`);
    for (const m of content.matchAll(SCHEME_URL)) {
      if (m[1]!.toLowerCase() !== 'https') add(`contains a ${m[1]}:// link; only links to ${ALLOWED} are allowed`);
      else if (!hostAllowed(m[2]!)) add(`links to ${m[2]}, which is not an official host; only ${ALLOWED} are allowed`);
    }
    for (const m of content.matchAll(WWW)) if (!hostAllowed(`www.${m[1]}`)) add(`links to www.${m[1]}, which is not an official host; only ${ALLOWED} are allowed`);
    for (const m of content.matchAll(BARE_DOMAIN)) if (!hostAllowed(m[1]!) && !content.includes(`://${m[1]}`) && !content.includes(`www.${m[1]}`)) add(`names the site ${m[1]}, which is not an official host; only ${ALLOWED} are allowed`);
  });
  return problems;
}

// Figures: a number of three or more digits, or a percentage, must share its sentence with a
// date (a year, or a month) so that it never reads as today's figure.

/** Numbers that are names, not figures: bill and order numbers, flights, ordinals of a Congress. */
const NOT_FIGURES = [
  /\b(?:H\.\s?R\.|S\.|H\.\s?Res\.|Public Law|P\.L\.)\s*\d[\d-]*/gi,
  /\b(?:Executive Order|Order|Section)\s+\d+/gi,
  /(?:указ|ўказ)[а-яёіў]*\s+\d+/gi,
  /\b(?:flight|рейс|рэйс)\s+(?:[A-Z]{2}\s?)?\d+/gi,
  /\b[A-Z]{2}\d{2,4}\b/g,
  /\b\d+(?:st|nd|rd|th|-й|-ы|-і)\b/gi,
];
const YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)/;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:январ|феврал|марта|март\b|апрел|\bма[йя]\b|июн[ья]|июл[ья]|август|сентябр|октябр|ноябр|декабр|студзен|лютаг|лютым|сакавік|красавік|траўн|травен|чэрвен|чэрвен|ліпен|ліпн|жнів|верас|кастрычн|лістапад|снеж)/i;
const NUMBER = /\d+(?:[.,\u00A0\u202F ]\d+)*\s?%?|\d+\s?%/g;

/** Figures in a paragraph whose sentence carries no date, with the offending sentence. */
export function undatedFigures(paragraph: string): string[] {
  const found: string[] = [];
  for (const sentence of paragraph.split(/(?<=[.!?;])\s+|\n/)) {
    let rest = sentence;
    for (const pattern of NOT_FIGURES) rest = rest.replace(pattern, ' ');
    const figures = [...rest.matchAll(NUMBER)].map((m) => m[0].trim()).filter((n) => {
      if (n.endsWith('%')) return true;
      const digits = n.replace(/\D/g, '');
      if (/^(19|20)\d\d$/.test(n)) return false; // a year is a date
      return digits.length >= 3;
    });
    if (figures.length && !YEAR.test(rest) && !MONTH.test(rest)) found.push(`${figures.join(', ')} in "${sentence.trim().slice(0, 90)}"`);
  }
  return found;
}

/** Whether a paragraph carries a figure at all (dated or not): an ask should end on words. */
export function hasFigure(paragraph: string): boolean {
  let rest = paragraph;
  for (const pattern of NOT_FIGURES) rest = rest.replace(pattern, ' ');
  return [...rest.matchAll(NUMBER)].some((m) => {
    const n = m[0].trim();
    return n.endsWith('%') || (!/^(19|20)\d\d$/.test(n) && n.replace(/\D/g, '').length >= 3);
  });
}
