/** The form's CAPTCHA and Submit button: the two things the supporter does themselves. */
export interface Targets {
  captcha: Element | null;
  submit: HTMLElement | null;
}

const CAPTCHA = [
  '.g-recaptcha', 'iframe[src*="recaptcha"]', '.h-captcha', 'iframe[src*="hcaptcha"]',
  'img[src*="captcha" i]', 'img[id*="captcha" i]', '[id*="captcha" i]:not(input[type="hidden"])', '[class*="captcha" i]',
].join(', ');

// Through the prototypes: a form control named "querySelectorAll" or "getBoundingClientRect"
// shadows the form's own methods, and must not stop the fill from being reported.
const queryAll = Element.prototype.querySelectorAll;
const rectOf = Element.prototype.getBoundingClientRect;
const attribute = Element.prototype.getAttribute;

function visibleEnough(el: Element): boolean {
  const rect = rectOf.call(el);
  return rect.width > 0 && rect.height > 0;
}

export function findTargets(form: Element): Targets {
  const all = (selector: string) => [...(form === document.body ? document.querySelectorAll(selector) : queryAll.call(form, selector))] as HTMLElement[];
  const captcha = all(CAPTCHA).find(visibleEnough) ?? null;
  const buttons = all('button, input[type="submit"], input[type="image"]')
    .filter((b) => visibleEnough(b) && (attribute.call(b, 'type') ?? 'submit').toLowerCase() !== 'reset');
  const submit = buttons.find((b) => (b as HTMLButtonElement).type === 'submit' || b instanceof HTMLInputElement)
    ?? buttons.find((b) => /submit|send/i.test(b.textContent ?? '')) ?? null;
  return { captcha, submit };
}
