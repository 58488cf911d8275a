import type { FieldSnapshot } from './field.ts';

// Characters a person never sees: zero-width spaces and joiners, the word joiner, the byte-order
// mark, soft hyphens. A page can put them inside "newsletter" to hide the word from a pattern.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;
// Dashes and hyphens a page may type in place of "-" ("E‑mail" with a non-breaking hyphen, which
// NFKC leaves a hyphen other than "-"): hyphens, figure and en/em dashes, minus, small and full-width forms.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
// Cyrillic and Greek letters drawn like Latin ones. Folded only inside a word that also has
// Latin letters ("nеwslеtter" with Cyrillic е): a Russian or Belarusian word stays as written.
const LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', һ: 'h', ԛ: 'q', ԝ: 'w',
  ο: 'o', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const MIXED_WORD = /[\p{L}\p{M}]*[a-z][\p{L}\p{M}]*/gu;
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
const unmask = (word: string) => (/[^\x00-\x7f]/.test(word) ? word.replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c) : word);

/** A subscription, in the words offices and campaigns use for one, in English and fourteen other languages. */
export const NEWSLETTER = new RegExp([
  'newsletter', 'subscri', 'e-?news', 'news (and|&) (events?|updates|invitations)', '\\b(weekly|monthly) news\\b', '\\bupdates?\\b', '\\balerts\\b', 'invitations?\\b',
  'opt.?in', 'mailing list', 'mailings\\b', 'sign (me |my e-?mail )?up', 'e-?mail list', 'keep me (informed|posted|in the loop)', 'stay informed', 'in the loop',
  'digest', 'bulletin', 'add (me|my e-?mail|my address) to', 'press releases?',
  // Spanish, Russian, Belarusian, Ukrainian, Polish, Lithuanian, French, German, Vietnamese,
  // Tagalog, Chinese, Korean, Arabic, Hebrew, Hindi.
  'suscr[ií]b', 'bolet[ií]n', 'рассыл', 'расыл', 'розсил', 'подпи(ш|с[аок])', 'падпі(ш|с[аок])', 'підпи(ш|с[аок])', 'новост', 'навін', 'новин',
  'бюллетен', 'бюлетэн', 'бюлетен', 'biuletyn', 'mailingow', 'prenumer', 'naujienla', 'zapisz',
  'inscri', "lettre d'information", 'infolettre', 'abonn', 'rundbrief', 'verteiler', 'bản tin', 'listahan', 'mag-subscribe',
  '订阅', '訂閱', '简报', '簡報', '通讯', '通訊', '电子报', '구독', '소식지', '뉴스레터', 'اشتراك', 'النشرة', 'הרשמ', 'עלון', 'ניוזלטר', 'सदस्यता', 'समाचार पत्र',
].join('|'));

/** "Name (Last, First)": one box for the whole name, the family name first. */
export const LAST_THEN_FIRST = /\b(last|family|sur)( ?name)?,? ?(and|&|\/|,) ?(first|given)/;

/** Lower-case, straight quotes and hyphens, no required-markers, invisible characters or look-alike letters, single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(MIXED_WORD, unmask)
    .replace(/[’‘`]/g, "'")
    .replace(DASHES, '-')
    .replace(/[*:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Words that run together in names and ids ("emailaddress", "zipfour").
const COMPOUNDS: [RegExp, string][] = [
  [/firstname/g, 'first name'], [/lastname/g, 'last name'], [/fullname/g, 'full name'],
  [/middlename/g, 'middle name'], [/emailaddress/g, 'email address'], [/zipcode/g, 'zip code'],
  [/zipfour/g, 'zip four'], [/phonenumber/g, 'phone number'], [/homephone/g, 'home phone'],
  [/\bfname\b/g, 'first name'], [/\blname\b/g, 'last name'], [/\baddr\b/g, 'address'],
  [/\bhphone\b/g, 'home phone'], [/\bmsg\b/g, 'message'], [/\bprefixlist\b/g, 'prefix'],
  [/\bissueslist\b/g, 'issues'], [/\bstreetaddress\b/g, 'street address'],
];

// Tokens that carry no meaning: framework prefixes, GUID parts, numbers.
const NOISE = /^(input|field|fields|form|ctl\d*|qi|edit|required|req|submitted|wpcf7|gform|data|contact|item|value|control|id)$/;
const OPAQUE = /^(?=.*\d)[0-9a-f]{4,}$|^\d+$/;

/** Words whose number names which one: the ZIP's five digits or four, an address's line. */
const NUMBERED = /^(zip|postal|address|addr|street|line)$/;

/** Meaningful words in a name or id: `ctl00$ctl07$FirstName` → "first name", GUIDs → "". */
export function nameTokens(...values: string[]): string {
  const words: string[] = [];
  for (const value of values) {
    const spaced = value
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Za-z])(\d)/g, '$1 $2')
      .toLowerCase();
    let numbered = false;
    for (const part of spaced.split(/[^a-z0-9]+/)) {
      // A digit right after a ZIP or an address line is part of its name ("zip4" and "zip5", "address2",
      // "line3"); anywhere else a number says nothing ("input_5", "ctl00", a form's "q2").
      const kept = !!part && !NOISE.test(part) && (!OPAQUE.test(part) || (numbered && /^\d$/.test(part)));
      if (kept) words.push(part);
      numbered = NUMBERED.test(part);
    }
  }
  let text = words.join(' ');
  for (const [pattern, replacement] of COMPOUNDS) text = text.replace(pattern, replacement);
  return text;
}

// Placeholders that say nothing about the field ("Required", "e.g. ...", "Select").
const EMPTY_PLACEHOLDER = /^(required|optional|\(optional\)|select|choose|-+|please select|type here)$/;

export interface FieldTexts {
  /** What the field's own label says (label, aria-label, or placeholder/first option standing in for one). */
  label: string;
  /** Earlier parts of an `aria-labelledby` chain (the section heading before the caption). */
  context: string;
  placeholder: string;
  firstOption: string;
  legend: string;
  nearby: string;
  /** A heading standing nearest before a box with no label: a form's or a section's title. */
  heading: string;
  title: string;
  tokens: string;
}

/** The texts a person would read to know what a field is for. */
export function fieldTexts(field: FieldSnapshot): FieldTexts {
  // In a chain of labels ("Mailing address" + "First name") the last one names the field itself.
  const own = field.labels.length > 1 ? field.labels.slice(-1) : field.labels;
  const label = normaliseText([...own, field.ariaLabel].join(' '));
  const context = field.labels.length > 1 ? normaliseText(field.labels.slice(0, -1).join(' ')) : '';
  const placeholder = normaliseText(field.placeholder);
  const first = field.options[0];
  const firstOption = first && looksLikePlaceholderOption(first.text, first.value) ? normaliseText(first.text) : '';
  return {
    label,
    context,
    placeholder: EMPTY_PLACEHOLDER.test(placeholder) ? '' : placeholder,
    firstOption,
    legend: normaliseText(field.legend),
    nearby: label ? '' : normaliseText(field.nearby),
    heading: label ? '' : normaliseText(field.heading ?? ''),
    title: normaliseText(field.title),
    tokens: nameTokens(field.name, field.id),
  };
}

/**
 * A label copy-pasted with the wrong \`for\`: "First name" and "Last name" both point at the first
 * box, and the second box, drawn right after "Last name", has no label. Several labels of one box
 * read as a chain whose last one names it, so the first box would read "last name". When the
 * last of a box's labels (one unlike its others) is also the very text a person reads right before
 * one unlabelled box of the same form, that text is the unlabelled box's label, and the first box
 * keeps its others. Returns new snapshots; the rest are the same objects.
 */
export function relinkStrayLabels(fields: FieldSnapshot[]): FieldSnapshot[] {
  const out = [...fields];
  const unlabelled = fields.filter((f) => !f.labels.length && !f.ariaLabel && f.type !== 'checkbox' && f.type !== 'radio' && f.type !== 'hidden');
  for (const [i, field] of fields.entries()) {
    if (field.labels.length < 2) continue;
    const own = normaliseText(field.labels.at(-1)!);
    if (!/\p{L}/u.test(own) || field.labels.slice(0, -1).some((l) => normaliseText(l) === own)) continue;
    const beside = unlabelled.filter((f) => f.group === field.group && f.ref !== field.ref
      && (normaliseText(f.nearby) === own || normaliseText(f.nearby).startsWith(`${own} `)));
    if (beside.length !== 1) continue;
    const other = beside[0]!;
    out[i] = { ...field, labels: field.labels.slice(0, -1) };
    const at = fields.indexOf(other);
    out[at] = { ...other, labels: [field.labels.at(-1)!] };
    unlabelled.splice(unlabelled.indexOf(other), 1);
  }
  return out;
}

/** "--Select an Issue--", "State*", "Please select a topic": the option that stands for "nothing chosen". */
export function looksLikePlaceholderOption(text: string, value: string): boolean {
  const t = text.trim();
  if (value === '' || value === '0' || value === '-1' || value.toLowerCase() === 'null') return true;
  return /^[-–—\s]*(select|choose|please|pick)\b|[-–—]{2,}|\*\s*$|^\s*$/i.test(t);
}
