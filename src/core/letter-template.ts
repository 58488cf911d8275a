import type { Letter, LetterText } from '../shared/letter.ts';
import { CLOSINGS, type Language, type Office, type Recipient, type VariantKey } from '../shared/letter-kinds.ts';

/**
 * Who the opening and ask are written for on this office's page: the office itself when the
 * letter names it, otherwise the letter's `default` pieces (an office the letter was not
 * written for, or a page whose office is unknown).
 */
export function recipientFor(letter: Pick<Letter, 'offices'>, office: Office | null): Recipient {
  return office && letter.offices.includes(office) ? office : 'default';
}

/**
 * One variant of the letter for one recipient, as a template: the salutation, the recipient's
 * opening, the variant's body, the recipient's ask, the note, then the signature. The ask is
 * always the last paragraph a staffer reads before the signature.
 */
export function letterTemplate(text: Pick<LetterText, 'openings' | 'bodies' | 'asks'>, recipient: Recipient, variant: VariantKey, language: Language): string {
  const opening = text.openings[variant][recipient];
  const ask = text.asks[variant][recipient];
  if (opening === undefined || ask === undefined) throw new Error(`the letter has no ${opening === undefined ? 'opening' : 'ask'} for ${recipient}`);
  return [
    '{salutation},',
    opening,
    text.bodies[variant],
    ask,
    '{note}',
    `${CLOSINGS[language]}\n{name}\n{city}, {state}`,
  ].join('\n\n');
}
