import { attributeOf, listOf, queryAll, rectOf } from './dom.ts';

/** The form's CAPTCHA and Submit button: the two things the supporter does themselves. */
export interface Targets {
  captcha: Element | null;
  submit: HTMLElement | null;
}

// reCAPTCHA's and hCaptcha's boxes (.g-recaptcha, .h-captcha) are among the classes holding "captcha".
const CAPTCHA = 'iframe[src*="recaptcha"], iframe[src*="hcaptcha"], img[src*="captcha" i], [id*="captcha" i]:not(input[type="hidden"]), [class*="captcha" i]';

function visibleEnough(el: Element): boolean {
  const rect = rectOf(el);
  return rect.width > 0 && rect.height > 0;
}

// Through the prototypes (dom.ts): a form control named "querySelectorAll" or "getBoundingClientRect"
// shadows the form's own methods, and must not stop the fill from being reported.
export function findTargets(form: Element): Targets {
  const all = (selector: string) => (form === document.body ? listOf(document.querySelectorAll<HTMLElement>(selector)) : queryAll(form, selector));
  const captcha = all(CAPTCHA).find(visibleEnough) ?? null;
  const buttons = all('button, input[type="submit"], input[type="image"]')
    .filter((b) => visibleEnough(b) && (attributeOf(b, 'type') ?? 'submit').toLowerCase() !== 'reset');
  const submit = buttons.find((b) => (b as HTMLButtonElement).type === 'submit' || b instanceof HTMLInputElement)
    ?? buttons.find((b) => /submit|send/i.test(b.textContent ?? '')) ?? null;
  return { captcha, submit };
}
