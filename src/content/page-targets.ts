/** The form's CAPTCHA and Submit button: the two things the supporter does themselves. */
export interface Targets {
  captcha: Element | null;
  submit: HTMLElement | null;
}

const CAPTCHA = [
  '.g-recaptcha', 'iframe[src*="recaptcha"]', '.h-captcha', 'iframe[src*="hcaptcha"]',
  'img[src*="captcha" i]', 'img[id*="captcha" i]', '[id*="captcha" i]:not(input[type="hidden"])', '[class*="captcha" i]',
].join(', ');

function visibleEnough(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

export function findTargets(form: Element): Targets {
  const scope = form === document.body ? document : form;
  const captcha = [...scope.querySelectorAll(CAPTCHA)].find(visibleEnough) ?? null;
  const buttons = [...scope.querySelectorAll<HTMLElement>('button, input[type="submit"], input[type="image"]')]
    .filter((b) => visibleEnough(b) && (b.getAttribute('type') ?? 'submit').toLowerCase() !== 'reset');
  const submit = buttons.find((b) => (b as HTMLButtonElement).type === 'submit' || b instanceof HTMLInputElement)
    ?? buttons.find((b) => /submit|send/i.test(b.textContent ?? '')) ?? null;
  return { captcha, submit };
}
