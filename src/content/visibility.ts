/**
 * Would a person see this control? Hidden, transparent, zero-size, off-screen and
 * aria-hidden controls are the usual honeypots, so the answer errs towards "no".
 */
export function isVisible(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if (el.closest('[aria-hidden="true"], [hidden], [inert]')) return false;
  if (typeof el.checkVisibility === 'function'
    && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility !== 'visible' || Number(style.opacity) < 0.1) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  const page = document.documentElement;
  if (rect.right + window.scrollX < 0 || rect.bottom + window.scrollY < 0) return false;
  if (rect.left + window.scrollX > Math.max(page.scrollWidth, window.innerWidth)) return false;
  if (isClipped(el)) return false;
  return true;
}

// Read through the prototype: a form control named "parentElement" shadows the form's own
// property, and walking up through it would loop for ever.
const parentOf = Object.getOwnPropertyDescriptor(Node.prototype, 'parentElement')!.get!;

// The "visually hidden" idiom: clip: rect(0 0 0 0) or clip-path: inset(50%) on a tiny box; and
// a box with no width or height that hides what overflows it (the field inside keeps its size).
function isClipped(el: HTMLElement): boolean {
  for (let node: HTMLElement | null = el; node && node !== document.body; node = parentOf.call(node) as HTMLElement | null) {
    const style = getComputedStyle(node);
    if (/rect\(\s*0(px)?[ ,]+0(px)?[ ,]+0(px)?[ ,]+0(px)?\s*\)/.test(style.clip)) return true;
    if (/inset\(\s*50%/.test(style.clipPath)) return true;
    if (node !== el && style.overflow !== 'visible' && !/^(inline|contents)$/.test(style.display)
      && (parseFloat(style.width) < 2 || parseFloat(style.height) < 2)) return true;
  }
  return false;
}

/**
 * Custom checkboxes and radios hide the real input and draw a label instead; the person
 * clicks the label, so the input counts as visible when its label is.
 */
export function isChoiceVisible(input: HTMLInputElement): boolean {
  if (isVisible(input)) return true;
  if (input.closest('[aria-hidden="true"], [hidden]')) return false;
  return [...(input.labels ?? [])].some((label) => isVisible(label));
}
