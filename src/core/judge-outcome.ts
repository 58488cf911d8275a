/**
 * Did a submitted letter go through? Offices answer with a thank-you text ("Thank you",
 * "Your message has been received.", "Your submission was successful": the success texts
 * recorded for real office forms), a thank-you URL, or the form again with an error.
 * Anything else stays "not confirmed": the extension never claims a letter arrived on a guess.
 */
export interface PageAfterSubmit {
  /** The path of the page now shown ('' when judging what changed on the same page). */
  path: string;
  /** What the page says (title and visible text), or what appeared since the submit. */
  text: string;
  /** Text of visible alerts and error boxes. */
  alert: string;
  /** The contact form is there again. */
  formBack: boolean;
}

const RECEIVED = /(message|submission|email|letter|request) (has|was) (been )?(successfully )?(received|sent|submitted|delivered)|submission was successful|successfully (sent|submitted)/i;
const FAILED = /error|problem|invalid|failed|try again|required|not valid/i;
const THANKS = /\bthank(s| you)\b/i;
const THANKS_PATH = /thank|success|confirm|received/i;

export function judgeOutcome(page: PageAfterSubmit): 'sent' | 'not-confirmed' | null {
  if (RECEIVED.test(page.text)) return 'sent';
  if (FAILED.test(page.alert) || page.formBack) return 'not-confirmed';
  return THANKS.test(page.text) || THANKS_PATH.test(page.path) ? 'sent' : null;
}
