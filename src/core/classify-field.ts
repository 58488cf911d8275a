import type { FieldSnapshot, ForbiddenReason, Role } from './field.ts';
import { patternAccepts } from './page-pattern.ts';
import { fieldTexts, LAST_THEN_FIRST, NEWSLETTER, normaliseText, type FieldTexts } from './signals.ts';
import { stateInText, US_STATES } from './us-states.ts';

export type Classification =
  | { kind: 'role'; role: Role; score: number }
  | { kind: 'forbidden'; reason: ForbiddenReason }
  | { kind: 'unknown'; reason: 'no-signal' | 'ambiguous' | 'not-ours'; candidates: Role[] };

type Control = 'text' | 'textarea' | 'select' | 'choice';

interface Rule {
  role: Role | 'other';
  match: RegExp;
  unless?: RegExp;
  on: Control[];
}

const PURPOSE_QUESTION = /what would you like to do|purpose of (your )?(contact|message|inquiry|visit)|reason for (your )?(contact|writing|message|inquiry|email)|how can (we|i|my office|our office) (help|assist)|what can (we|i) (help|do for)|type of (request|inquiry|contact|message)|nature of (your )?(inquiry|request|message)/;

// A reply named plainly: a box with these words is never taken for a consent box.
const RESPONSE_WORDS = /respon|reply|contact me\b|get back to|hear back|write back/;
// Asking whether the office should answer: "Would you like a response?", "May we contact you about
// this issue?", "Would you like us to follow up with you?".
const REPLY_WANTED = new RegExp(`${RESPONSE_WORDS.source}|follow[- ]?up with (you|me)\\b|\\b(us|we|office) (to )?follow[- ]?up\\b|\\b(may|can|should|shall|like) (we|us|our office|the \\w+)( to)? contact you\\b`);
// A reply box that asks for more than a reply: the person's details passed on, messages by text,
// news, or word of what comes next. "Please reply, and pass my details on to the campaign",
// "Reply, and e-mail me news from the Senator every week", "Respond, and text me about upcoming votes".
const MORE_THAN_A_REPLY = /\b(pass|share|give|send|forward|sell|rent|disclose|transfer)\b[^.]{0,40}\b(details|information|info|data|name|address|e-?mail|number)\b|\b(partners?|third[- ]part(y|ies)|affiliates?|campaigns?|organi[sz]ations?|allies|coalitions?)\b|\b(text|sms)( me\b| messages?\b)|\bnews\b|\b(every|each) (day|week|month)\b|\b(daily|weekly|monthly)\b|\b(upcoming|future|other) (votes?|events?|issues?|legislation|bills?|campaigns?|actions?|hearings?)\b/;
// The same said with a no: "Please do not contact me", "No follow-up needed".
const REPLY_REFUSED = /(\bno\b|\bnot\b|don't|do not|without).{0,24}(respon|reply|follow[- ]?up|contact (me|you)\b)/;

// A second family name (Spanish and Portuguese names carry two: "Primer apellido" and "Segundo
// apellido", "Apellido paterno" and "Apellido materno"): the profile has one last name, which is
// the first or paternal one; the second, maternal or other one is not ours, in every language read.
const SECOND_SURNAME = /\b(second|2nd|other|additional|maternal|mother'?s) (last|family|sur) ?name|\bsecond surname|maternal (last )?name|segundo apellido|apellido (materno|2\b)|2(º|°|o|\.)? apellido|\b(last name|surname) (2|ii)\b/;

// One rule per role, read against what a person sees. 'other' rules claim fields we must
// recognise in order to leave them alone (middle name, country, alternate phone...).
const RULES: Rule[] = [
  { role: 'prefix', match: /\b(prefix|salutation|honorific|title)\b/, unless: /message|subject|job|position|phone|area/, on: ['text', 'select', 'choice'] },
  { role: 'first', match: /\bfirst\b|\bgiven name|\bforename/, unless: /\blast\b/, on: ['text'] },
  { role: 'last', match: /\blast\b|\bsurname|\bfamily name/, unless: new RegExp(`\\bfirst\\b|contact|time|visit|${SECOND_SURNAME.source}`), on: ['text'] },
  { role: 'other', match: SECOND_SURNAME, on: ['text', 'select', 'textarea', 'choice'] },
  // The parts of a name composite beside it ("Your Name": Degree, Suffix) are not the name.
  { role: 'full-name', match: /^(your )?(full )?name$|\bfull name\b|\byour name\b|^name\b/, unless: /first|last|middle|user|company|organi[sz]ation|signat|file|degree|credential|suffix|generation|nickname|maiden/, on: ['text'] },
  // "Name (first and last)", "Name (Last, First)": one box for both.
  { role: 'full-name', match: new RegExp(`\\b(first|given)( name)? ?(and|&|\\/|\\+) ?(last|family|sur)|${LAST_THEN_FIRST.source}`), on: ['text'] },
  { role: 'email-confirm', match: /(confirm|verify|re-?enter|repeat|re-?type).{0,24}e-?mail|e-?mail.{0,24}(confirm|verif|again)|\bemail 2\b/, on: ['text'] },
  // "Alternate email" is a second address the supporter may not have: left to them.
  { role: 'email', match: /e-?mail/, unless: /confirm|verif|re-?enter|re-?type|again|subject|newsletter|subscri|alternat|\balt\b|secondary/, on: ['text'] },
  // "Phone (please include area code)" is the whole number; only a box for the area code alone is its first part.
  { role: 'phone', match: /phone|telephone|\btel\b|mobile|\bcell\b|contact number|day ?time number/, unless: /alternat|\balt\b|work|fax|other|second|business|evening|extension|\bext\b|country code|^(?!.*(?:includ|with area|\band\b|number)).*area code/, on: ['text'] },
  { role: 'phone-area', match: /area code/, unless: /includ|with area|\band\b|number/, on: ['text'] },
  { role: 'other', match: /alternat|\balt\b|work phone|fax|second(ary)? phone|business phone|evening phone|middle|suffix|country|county|company|organi[sz]ation|resident|hometown|how did you hear|last (time|contact)|date of birth|birthday|sub-? ?(issue|topic|categor)|extension|\bext\b|nickname|preferred name|gender|pronoun|website|\burl\b|\bdegree\b|credentials?\b|\bgeneration\b|maiden/, on: ['text', 'select', 'textarea', 'choice'] },
  // A P.O. box is no line of the street (the profile has none); "Street address or P.O. Box" is the street.
  { role: 'other', match: /\bp\.? ?o\.? ?box\b|post office box/, unless: /street|address|mailing|apartment|\bapt\b|suite|\bunit\b/, on: ['text'] },
  // A bill's title or number ("Bill Title (if known)") is neither the person's title nor the letter's subject.
  { role: 'other', match: /\bbill (title|name|number|no\b|#)|\b(title|name|number) of (the )?(bill|legislation)|\blegislation (title|name|number)/, unless: /subject/, on: ['text'] },
  // A third address line.
  { role: 'other', match: /(address|street|addr)\w*.{0,10}(\b3\b|three|third)|\bline 3\b/, on: ['text', 'select', 'textarea', 'choice'] },
  // "Street address (include apartment or unit)" is the first line, not the second.
  { role: 'street2', match: /(address|street|addr).{0,14}(\b2\b|\(2\)|line 2|two|second)/, on: ['text'] },
  // A box for the apartment alone; "Street Address, Apartment or Suite" is one box for both.
  { role: 'street2', match: /apartment|\bapt\b|suite|\bunit\b/, unless: /\binclud|street|address/, on: ['text'] },
  // Boxes labelled only "Line 1" and "Line 2" (the block's heading says where to send the reply).
  { role: 'street', match: /^line (1|one)$/, on: ['text'] },
  { role: 'street2', match: /^line (2|two)$/, on: ['text'] },
  { role: 'street', match: /street|address|mailing/, unless: /e-?mail|web|\bip\b|\b2\b|\(2\)|line 2|\b3\b|line 3|city|zip|state/, on: ['text'] },
  { role: 'address', match: /street|address|mailing/, unless: /e-?mail|web/, on: ['textarea'] },
  { role: 'city', match: /\bcity\b|\btown\b|municipality/, on: ['text'] },
  // Not an office's name: "Department of State", "Secretary of State", "the State Department".
  { role: 'state', match: /\bstate\b|province/, unless: /statement|united states|resident|state of |(department|secretary|dep't|dept\.?) of state|\bstate (department|dep't|dept)\b/, on: ['text', 'select'] },
  // A box printed "+4" beside the ZIP code is its four-digit extension.
  // "Postal address", "Dirección postal" are the street.
  { role: 'zip', match: /\bzip|postal|post ?code|^\+ ?4$/, unless: /address|direcci/, on: ['text'] },
  { role: 'signatory', match: /signat|signed by|sign your name/, on: ['text'] },
  // "Re:" is a subject; "Re-type" is not.
  { role: 'subject', match: /subject|regarding|\bre\b(?!-)|title of/, unless: /topic|area|issue/, on: ['text'] },
  // A box to type the topic in is the subject line; so is one named both ("Subject / Topic").
  { role: 'subject', match: /\bsubject\b.{0,12}\b(topic|issue)\b|\b(topic|issue)\b.{0,12}\bsubject\b/, on: ['text'] },
  { role: 'subject', match: /^(the )?(topic|issue)( of (your|this) (message|letter|email|inquiry))?$/, on: ['text'] },
  // On a select, "subject" lists topics (House forms name their issue select `subject`).
  { role: 'topic', match: /topic|issue|subject|category|policy area|area of (interest|concern)|regarding|what is (this|your message) about/, unless: REPLY_WANTED, on: ['select', 'choice'] },
  // "Legislative Interest", "Issue of interest": a list of topics. Only a select: a checkbox list
  // of "Interests" is often a choice of newsletters.
  { role: 'topic', match: /\binterests?\b/, on: ['select'] },
  // "What would you like to do?": the kind of contact, before or beside the topic.
  { role: 'purpose', match: PURPOSE_QUESTION, on: ['select', 'choice'] },
  { role: 'message', match: /message|comment|letter|opinion|concern|question|inquiry|share|thoughts|views|\bbody\b|feedback|tell us|write|\bdetails\b|describe|explain/, unless: /address/, on: ['textarea'] },
  // Spanish, as offices with a Spanish contact page write it ("Nombre", "Apellido(s)", "Correo
  // electrónico", "Código postal"…). Accented letters are not word characters to \b: no \b beside them.
  { role: 'other', match: /segundo nombre|sufijo|pa[ií]s|condado|empresa|organizaci[oó]n|tel[eé]fono (del trabajo|alterno|adicional)/, on: ['text', 'select', 'textarea', 'choice'] },
  { role: 'prefix', match: /^(tratamiento|t[ií]tulo|saludo)$/, on: ['select', 'choice'] },
  { role: 'first', match: /^(primer )?nombre(\(s\))?$/, on: ['text'] },
  { role: 'last', match: /apellido/, unless: SECOND_SURNAME, on: ['text'] },
  { role: 'full-name', match: /nombre completo|nombre y apellido/, on: ['text'] },
  { role: 'email-confirm', match: /(confirm|verifi|repit).{0,30}correo/, on: ['text'] },
  { role: 'email', match: /correo/, unless: /confirm|verifi|repit|bolet/, on: ['text'] },
  { role: 'phone', match: /tel[eé]fono|celular/, on: ['text'] },
  { role: 'street2', match: /(direcci[oó]n|domicilio).{0,14}(\b2\b|l[ií]nea 2)|apartamento|\bapto\b|\bunidad\b/, on: ['text'] },
  { role: 'street', match: /direcci[oó]n|domicilio|\bcalle\b/, unless: /correo|electr[oó]nic|\b2\b|l[ií]nea 2/, on: ['text'] },
  { role: 'city', match: /ciudad/, on: ['text'] },
  { role: 'state', match: /^estado$/, on: ['text', 'select'] },
  { role: 'zip', match: /c[oó]digo postal/, on: ['text'] },
  { role: 'subject', match: /^asunto/, on: ['text'] },
  { role: 'topic', match: /^tema\b|^asunto/, on: ['select', 'choice'] },
  { role: 'message', match: /mensaje|comentario/, on: ['textarea'] },
  { role: 'response', match: /respuesta|responder|resp[oó]ndame/, unless: /\bno\b/, on: ['choice', 'select'] },
  { role: 'response-inverted', match: new RegExp(`${REPLY_REFUSED.source}|respon\\w*.{0,12}(not|un)(necessary|needed|required)`), on: ['choice'] },
  // Being contacted about events or a town hall is an invitation, not a reply.
  { role: 'response', match: REPLY_WANTED, unless: new RegExp(`${REPLY_REFUSED.source}|necessary|\\bevents?\\b|town ?hall`), on: ['choice', 'select'] },
];

/** Where a text came from, and how much a person relies on it. */
const WEIGHTS: [keyof FieldTexts, number][] = [
  ['label', 10], ['context', 3], ['placeholder', 8], ['firstOption', 8], ['title', 6], ['nearby', 5],
  ['tokens', 4], ['legend', 2], ['heading', 2],
];

// A sum to answer ("What is 4 + 3?") is a CAPTCHA in words: the person answers it.
const CAPTCHA = /captcha|security (code|question)|anti-?spam|math (question|problem)|what is \d+ ?[-+x×*] ?\d+|\d+ ?[-+x×*] ?\d+ ?=|verification code|enter the (code|characters|text|letters)|displayed code|code (shown|displayed|above|below|in the image)|type the (code|characters|text|letters|word)|not a robot|are you (a )?human|robot/;
const HONEYPOT = /honey ?pot|email address validation|validation field|leave (this )?(field )?(blank|empty)|left (unchanged|blank|empty)|validation purposes|do not (fill|enter|type|change)|\bhp\b|^(website|url|homepage|web site|fax number)$/;

// Card and bank data: whatever else a field's words say, the profile has nothing for it.
const PAYMENT = /card ?(number|no\b|num|#|holder|type|verification|security|code|expir)|credit ?card|debit ?card|name (on|as it appears on) (the )?card|cardholder|expir|exp\.? ?date|\bmm ?\/ ?yy|\bcvv|\bcvc|\bcsc\b|\bcid\b|security code on|routing|(account|acct) ?(number|no\b|num|#)|\bbank\b|\biban\b|\bswift\b|\bbic\b|gift ?card|promo(tion(al)?)? code|coupon|discount code|voucher|\bpin\b/;
// Account, booking and identity data: user names, order and reservation numbers, job titles,
// birth dates, SSNs.
const ACCOUNT = /user ?name|user ?id|\blog ?in\b|screen name|member(ship)? (id|number|no\b)|loyalty|rewards? (number|no\b|#)|frequent flyer|reservation|confirmation (number|code|no\b|#)|booking|order (number|no\b|num|#|id)|invoice|ticket (number|no\b|#)|tracking (number|no\b)|policy (number|no\b)|job title|job|position|occupation|employer|profession|date of birth|birth ?date|\bdob\b|birthday|\bage\b|social security|\bssn\b|driver'?s? licen|passport (number|no\b|#|expir|issu)|tax id|\bein\b|\btin\b|\bnpi\b/;
// In names and ids, only words no contact field would carry ("user_name" may be the person's name).
const ACCOUNT_NAME = /\busername\b|\blogin\b|\bssn\b|\bdob\b|birth ?date|date of birth|reservation|confirmation (number|code)|order (number|id)|job ?title|occupation|employer/;
// Offers and agreements a person decides alone: insurance, protection plans, terms, marketing.
const CONSENT = /insurance|insure|protection plan|protect (my|your) (trip|order|purchase)|warranty|\bagree|terms|conditions|privacy policy|consent|offers?\b|promotion|marketing|partners|remember me|save (my|this) (card|info|information|details)|create an account|text (messages|alerts)|\bsms\b|gift (wrap|message)/;

const AUTOCOMPLETE_FORBIDDEN: [RegExp, ForbiddenReason][] = [
  [/^(cc-|transaction-)/, 'payment'],
  [/^(username|new-password|current-password|one-time-code|organization-title|bday|webauthn)/, 'account'],
];

const SPECIFIC: Partial<Record<Role, Role>> = {
  // When both match, the specific one is meant ("Verify Email" also says "email").
  email: 'email-confirm', street: 'street2', response: 'response-inverted', zip: 'zip4',
};

function controlOf(field: FieldSnapshot): Control | null {
  if (field.tag === 'textarea') return 'textarea';
  if (field.tag === 'select') return 'select';
  if (field.type === 'checkbox' || field.type === 'radio') return 'choice';
  if (['text', 'email', 'tel', '', 'search', 'number'].includes(field.type)) return 'text';
  return null;
}

/**
 * How many characters a box takes: its maxlength, else a pattern of so many digits (`[0-9]{3}`,
 * `\\d{4}`), else a `size` of a few characters (old forms draw phone parts with size="3").
 */
export function widthOf(field: FieldSnapshot): number | null {
  if (field.maxLength !== null) return field.maxLength;
  const digits = /^(?:\\d|\[0-9\])\{(\d)\}$/.exec(field.pattern.trim());
  if (digits) return Number(digits[1]);
  return field.size && field.size <= 4 ? field.size : null;
}

/** A box for three or four characters whose only words are a bracket, dash, dot or slash. */
const phonePart = (field: FieldSnapshot, texts: FieldTexts) => {
  const width = widthOf(field);
  return width !== null && width >= 3 && width <= 4 && !`${texts.label} ${texts.placeholder} ${texts.title}`.trim() && /^[\s()\-–./]*$/.test(texts.nearby);
};

/** The safety rules come first: what a field is must not matter if it is forbidden. */
export function forbiddenReason(field: FieldSnapshot, texts = fieldTexts(field)): ForbiddenReason | null {
  if (field.type === 'password') return 'password';
  if (field.type === 'file') return 'file';
  if (field.type === 'hidden') return 'hidden';
  if (controlOf(field) === null) return 'not-a-field';
  // A heading over a box weighs little for what the box is, but as much as any words for what it must not be.
  if (texts.heading) texts = { ...texts, nearby: `${texts.nearby} ${texts.heading}`.trim() };
  const data = dataClass(field, texts);
  if (data) return data;
  // Every label counts for safety, not only the caption of a chain.
  texts = { ...texts, label: `${texts.label} ${texts.context}`.trim() };
  const all = `${texts.label} ${texts.placeholder} ${texts.tokens} ${texts.title} ${texts.nearby} ${field.name.toLowerCase()} ${field.id.toLowerCase()}`;
  if (field.nearCaptcha || CAPTCHA.test(all) || /recaptcha|h-captcha/.test(all)) return 'captcha';
  // "hp" is also a home phone's name: the words a person reads decide then, and so does a box of
  // three or four characters with nothing to read beside it but a dash or a bracket: a home
  // phone's exchange or line ("(hp1) hp2-hp3"), read with the box before it.
  const tokensHoneypot = HONEYPOT.test(texts.tokens) && !(/\bhp\b/.test(texts.tokens)
    && (/phone/.test(`${texts.label} ${texts.nearby} ${texts.placeholder}`) || phonePart(field, texts)));
  // The words beside a field stand in for its label when it has none (or none of its own).
  if (HONEYPOT.test(texts.label) || HONEYPOT.test(texts.nearby) || tokensHoneypot || /validation.?field|honeypot/.test(all)) return 'honeypot';
  if (!field.visible) return 'hidden';
  // A box that also asks for a reply ("Reply to me and add me to the weekly digest") is still a
  // subscription. The words after a box count (its own words, or fine print that signs the person
  // up), and so does its value: "subscribe_newsletter" under "I would like a response". A select's
  // words around it count only beside a label of its own (else they may be the page's heading,
  // "Sign up" over a whole form).
  const after = normaliseText(field.nearby);
  if (controlOf(field) === 'choice' && NEWSLETTER.test(`${texts.label} ${after} ${texts.legend} ${texts.tokens} ${normaliseText(field.value)}`)) return 'newsletter';
  if (field.tag === 'select' && NEWSLETTER.test(`${texts.label} ${texts.firstOption} ${field.labels.length ? after : ''}`)) return 'newsletter';
  // A reply is ticked only where it is all the box asks for.
  if (field.type === 'checkbox' && REPLY_WANTED.test(texts.label || texts.nearby) && MORE_THAN_A_REPLY.test(`${texts.label} ${after}`)) return 'consent';
  if (controlOf(field) === 'choice' && !RESPONSE_WORDS.test(texts.label || texts.nearby) && CONSENT.test(`${texts.label} ${texts.nearby} ${texts.legend} ${texts.tokens}`)) return 'consent';
  if (field.tag === 'select' && CONSENT.test(`${texts.label} ${texts.firstOption} ${texts.nearby}`)) return 'consent';
  return null;
}

// Words on a card or bank section's legend make every field in it payment data.
const CARD_SECTION = /credit card|debit card|card (details|information|info)|payment (card|method|details)|bank (account|details)/;

/** Payment or account data, by `autocomplete`, by the words a person reads, or by a raw name like `cc_number`. */
// "Please do not include your Social Security number": a warning about what not to write says
// nothing of what the field is for (congressional message boxes carry it).
const WARNS = String.raw`\b(do not|don't|never|without|avoid)\b`;
const WARNING = new RegExp(`${WARNS}[^.;!?]{0,80}`, 'g');
const unwarned = (text: string) => text.replace(WARNING, ' ');
// What a field is for is read the same way, to the warning's end: "Message (Please do not include
// sensitive personal information such as your Social Security number or home address…)" is no
// address box. Not on a checkbox or radio, where "Do not send me a reply" is the answer itself.
const WARNING_CLAUSE = new RegExp(`${WARNS}[^.;!?]*`, 'g');

function dataClass(field: FieldSnapshot, texts: FieldTexts): ForbiddenReason | null {
  const { tokens } = parseAutocomplete(field.autocomplete);
  const field_ = tokens.at(-1) ?? '';
  for (const [pattern, reason] of AUTOCOMPLETE_FORBIDDEN) if (pattern.test(field_)) return reason;
  const said = [texts.label, texts.context, texts.placeholder, texts.title, texts.nearby, texts.tokens, texts.firstOption].map(unwarned);
  if (said.some((t) => t && PAYMENT.test(t))) return 'payment';
  if (/\bcc[-_ ]?(num|number|no|name|exp|cvv|cvc|type|month|year)|card[-_ ]?(num|number|no)|\bcvv|\bcvc|expir/.test(`${field.name} ${field.id}`.toLowerCase())) return 'payment';
  if (CARD_SECTION.test(texts.legend)) return 'payment';
  // A box for a whole letter is no account field, whatever it asks about ("explain your position").
  if (field.tag === 'textarea') return null;
  if ([texts.label, texts.context, texts.placeholder, texts.title, texts.nearby].some((t) => t && ACCOUNT.test(unwarned(t)))) return 'account';
  if (ACCOUNT_NAME.test(texts.tokens)) return 'account';
  return null;
}

/** `section-blue shipping home tel` → section "section-blue", mode "shipping", tokens ["home", "tel"]. */
export function parseAutocomplete(value: string): { section: string; mode: '' | 'shipping' | 'billing'; tokens: string[] } {
  const words = value.toLowerCase().trim().split(/\s+/).filter(Boolean);
  let section = '';
  let mode: '' | 'shipping' | 'billing' = '';
  if (words[0]?.startsWith('section-')) section = words.shift()!;
  if (words[0] === 'shipping' || words[0] === 'billing') mode = words.shift() as 'shipping' | 'billing';
  return { section, mode, tokens: words };
}

// The autocomplete field names (HTML's autofill grammar) we fill, and those we recognise to leave alone.
const AUTOCOMPLETE: Record<string, Role | 'other'> = {
  'honorific-prefix': 'prefix', 'given-name': 'first', 'family-name': 'last', name: 'full-name',
  email: 'email', tel: 'phone', 'tel-national': 'phone', 'tel-area-code': 'phone-area',
  'tel-local-prefix': 'phone-exchange', 'tel-local-suffix': 'phone-line', 'tel-local': 'phone-local',
  'address-line1': 'street', 'address-line2': 'street2', 'address-level2': 'city', 'address-level1': 'state',
  'postal-code': 'zip',
  'additional-name': 'other', 'honorific-suffix': 'other', nickname: 'other', organization: 'other',
  'address-line3': 'other', 'address-level3': 'other', 'address-level4': 'other', country: 'other',
  'country-name': 'other', 'tel-country-code': 'other', 'tel-extension': 'other', sex: 'other', url: 'other',
  photo: 'other', language: 'other', impp: 'other',
};
// A phone or email for work, a fax or a pager is not the supporter's main contact.
const NOT_OURS_MODIFIER = /^(work|fax|pager)$/;

function autocompleteRole(field: FieldSnapshot, control: Control): Role | 'other' | null {
  const { tokens } = parseAutocomplete(field.autocomplete);
  const name = tokens.at(-1);
  if (!name) return null;
  if (name === 'street-address') return control === 'textarea' ? 'address' : 'street';
  const role = AUTOCOMPLETE[name];
  if (!role) return null;
  if (tokens.length > 1 && NOT_OURS_MODIFIER.test(tokens[0]!) && /^(tel|email)/.test(name)) return 'other';
  if (role === 'state' && control === 'text' && field.maxLength !== null && field.maxLength < 2) return 'other';
  return role;
}

function zipRole(field: FieldSnapshot, texts: FieldTexts): Role {
  const said = `${texts.label} ${texts.placeholder} ${texts.tokens}`;
  const plusFour = /zip ?4|zip four|\+ ?4\b|plus ?4|\bfour\b|extension|4.digit/.test(said);
  const max = field.maxLength;
  if (max !== null && max <= 4) return 'zip4';
  // A pattern that takes nine digits and not four ("[0-9]{9}") asks for the whole ZIP+4.
  const nineByPattern = !!field.pattern && patternAccepts(field.pattern, '123456789') && !patternAccepts(field.pattern, '1234');
  if (/\d{5}-\d{4}/.test(field.placeholder) || /nine.digit|\b9.digit/.test(said) || (plusFour && ((max !== null && max >= 9) || nineByPattern))) return 'zip-full';
  if (plusFour && /\b5\b|five/.test(said)) return 'zip';
  return plusFour ? 'zip4' : 'zip';
}

const SOMEONE_ELSE = /\b(recipient'?s?|honou?ree'?s?|tribute|emergency|guardian'?s?|parent'?s?|spouse'?s?|beneficiary|friend'?s|referr(er|al)'?s?)\b/;
const PREFIX_WORD = /^(mr|mrs|ms|miss|mx|dr)\.?$/;
const JOB_CONTEXT = /organi[sz]ation|company|employer|business|agency|occupation|executive|director|manager|officer|on behalf/;
// Options that only a purpose question offers: casework, tours, flags, meetings.
const PURPOSE_OPTION = /schedul|\btours?\b|\bflags?\b|casework|federal agency|meeting|appointment|grant|academy nomination|share (your|an?) (opinion|views?|comment)|express (your|an?) (opinion|views?)|email the|contact the (senator|congressman|congresswoman|representative|president)|send a message/;

// The policy areas offices list as topics: an option naming one, however worded ("Agriculture, Farm
// Bill", "Veterans' Affairs", "Space/NASA/Science/Technology").
const POLICY_AREA = /\b(agricultur|budget|defen[cs]e|military|educat|energy|environment|foreign|health|immigra|tax|trade|transportation|veteran|social security|homeland|housing|judicia|labou?r|small business|civil rights|econom|banking|telecommunication|science|welfare|medicare|climate|election|infrastructure|postal)/g;
/** Different policy areas among a select's options that make it a topic list. */
const POLICY_AREAS_LISTED = 6;

/** Options that show what a select is for, whatever it is called. */
function roleFromOptions(field: FieldSnapshot): Role | null {
  const texts = field.options.map((o) => o.text.trim().toLowerCase().replace(/\.$/, ''));
  // Mr., Ms., Mrs., in English or Spanish, or named in brackets ("Srta./Sra. (Ms.)").
  if (texts.filter((t) => /^(mr|ms|mrs|sr|sra|srta)$/.test(t) || /\((mr|ms|mrs)\.?\)/.test(t)).length >= 2) return 'prefix';
  const names = new Set(Object.values(US_STATES).map((n) => n.toLowerCase()));
  const states = field.options.filter((o, i) => names.has(texts[i]!) || /^[a-z]{2}$/.test(texts[i]!) || stateInText(o.text)).length;
  if (states >= 40) return 'state';
  // A list of policy areas is what the message is about, whatever its label calls it ("Legislation", "Category").
  if (new Set(texts.flatMap((t) => t.match(POLICY_AREA) ?? [])).size >= POLICY_AREAS_LISTED) return 'topic';
  if (texts.filter((t) => PURPOSE_OPTION.test(t)).length >= 2) return 'purpose';
  return null;
}

export function classifyField(field: FieldSnapshot): Classification {
  const texts = fieldTexts(field);
  const forbidden = forbiddenReason(field, texts);
  if (forbidden) return { kind: 'forbidden', reason: forbidden };
  const control = controlOf(field)!;

  const fromAutocomplete = autocompleteRole(field, control);
  if (fromAutocomplete === 'other') return { kind: 'unknown', reason: 'not-ours', candidates: [] };
  if (fromAutocomplete === 'zip') return { kind: 'role', role: zipRole(field, texts), score: 100 };
  if (fromAutocomplete) return { kind: 'role', role: fromAutocomplete, score: 100 };

  // "Title" beside an organisation or a job ("e.g. Executive Director") is a job title, not Mr. or Ms.
  if (control === 'text' && /\btitle\b/.test(texts.label) && JOB_CONTEXT.test(`${texts.placeholder} ${texts.legend} ${texts.context} ${texts.title}`)) {
    return { kind: 'unknown', reason: 'not-ours', candidates: [] };
  }
  // Someone else's details: a gift's recipient, an honoree, an emergency contact.
  if (SOMEONE_ELSE.test(`${texts.label} ${texts.placeholder}`) || (!texts.label && SOMEONE_ELSE.test(`${texts.nearby} ${texts.heading}`))) {
    return { kind: 'unknown', reason: 'not-ours', candidates: [] };
  }
  const scores = new Map<Role | 'other', number>();
  const add = (role: Role | 'other', points: number) => scores.set(role, (scores.get(role) ?? 0) + points);
  for (const [source, weight] of WEIGHTS) {
    const text = control === 'choice' ? texts[source] : texts[source].replace(WARNING_CLAUSE, ' ');
    if (!text) continue;
    for (const rule of RULES) {
      if (rule.on.includes(control) && rule.match.test(text) && !rule.unless?.test(text)) add(rule.role, weight);
    }
  }
  if (field.type === 'email') add('email', 6);
  if (field.type === 'tel') add('phone', 6);
  if (control === 'select') {
    const byOptions = roleFromOptions(field);
    // Purpose-like options (tours, flags, casework) also appear in topic lists, and a purpose question may
    // offer the policy areas too: the label decides then.
    if (byOptions) add(byOptions, byOptions === 'purpose' ? 4 : byOptions === 'topic' ? 6 : 10);
  }
  // A radio's own label is one answer; the question above it says what is asked.
  if (control === 'choice' && PURPOSE_QUESTION.test(texts.legend)) add('purpose', 12);
  // One radio of a "Mr. / Ms. / Mrs." question.
  if (control === 'choice' && field.type === 'radio' && PREFIX_WORD.test(texts.label || normaliseText(field.value))) add('prefix', 10);
  // A contact form's one free-text box is the message, even when nothing says so.
  if (control === 'textarea') add('message', 3);

  if (scores.has('zip')) {
    const role = zipRole(field, texts);
    if (role !== 'zip') { scores.set(role, scores.get('zip')!); scores.delete('zip'); }
  }
  for (const [general, specific] of Object.entries(SPECIFIC) as [Role, Role][]) {
    if (scores.has(general) && scores.has(specific)) scores.delete(general);
  }

  // "Email or mobile phone number": a person gives the email.
  if (scores.has('email') && scores.has('phone') && /e-?mail.{0,24}\bor\b.{0,24}(phone|mobile)|(phone|mobile).{0,24}\bor\b.{0,24}e-?mail/.test(`${texts.label} ${texts.placeholder}`)) {
    scores.delete('phone');
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best) return { kind: 'unknown', reason: 'no-signal', candidates: [] };
  if (best[0] === 'other') return { kind: 'unknown', reason: 'not-ours', candidates: [] };
  // Ambiguity is a refusal, never a guess: two roles with the same support.
  if (second && second[0] !== 'other' && second[1] >= best[1]) {
    return { kind: 'unknown', reason: 'ambiguous', candidates: [best[0], second[0]] as Role[] };
  }
  if (second && second[0] === 'other' && second[1] >= best[1]) {
    return { kind: 'unknown', reason: 'not-ours', candidates: [] };
  }
  return { kind: 'role', role: best[0], score: best[1] };
}

