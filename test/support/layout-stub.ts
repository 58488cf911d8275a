// happy-dom has no layout: every element measures 0 × 0, `visibility` and `opacity` come back
// empty, so the product's `isVisible` would call every field hidden. For DOM tests this stub
// lays elements out the way a browser would for the idioms the tests use (display, the hidden
// attribute, visibility, opacity, inline width/height, off-screen positions, clip), and leaves the
// product's visibility logic untouched. Call it in beforeAll; it returns the function that undoes it.

function ancestry(el: Element): HTMLElement[] {
  const chain: HTMLElement[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) if (node instanceof HTMLElement) chain.push(node);
  return chain;
}

const px = (value: string) => (value.endsWith('px') || /^-?\d+(\.\d+)?$/.test(value) ? parseFloat(value) : NaN);

export function stubLayout(): () => void {
  const realRect = Element.prototype.getBoundingClientRect;
  const realHit = document.elementsFromPoint;
  const realTopHit = document.elementFromPoint;
  // Every element sits at the same place here, so "what is at this point" is the element last
  // measured: the hit test measures a field and looks at its centre at once.
  let lastMeasured: Element | null = null;
  const realCheck = Element.prototype.checkVisibility;
  const realStyle = window.getComputedStyle;

  const displayed = (el: Element) => ancestry(el).every((node) => node.style.display !== 'none' && !node.hasAttribute('hidden'));
  const visibility = (el: Element) => ancestry(el).map((node) => node.style.visibility).find((v) => v && v !== 'inherit') ?? 'visible';
  const transparent = (el: Element) => ancestry(el).some((node) => node.style.opacity !== '' && Number(node.style.opacity) < 0.1);

  Element.prototype.getBoundingClientRect = function (this: Element) {
    lastMeasured = this;
    let width = 200, height = 24, left = 10, top = 10;
    if (!displayed(this)) width = height = left = top = 0;
    if (this instanceof HTMLElement) {
      if (px(this.style.width) === 0) width = 0;
      if (px(this.style.height) === 0) height = 0;
    }
    for (const node of ancestry(this)) {
      if (node.style.position === 'absolute' || node.style.position === 'fixed') {
        if (px(node.style.left) < 0) left = px(node.style.left);
        if (px(node.style.top) < 0) top = px(node.style.top);
      }
    }
    return { x: left, y: top, left, top, width, height, right: left + width, bottom: top + height, toJSON: () => ({}) } as DOMRect;
  };

  document.elementsFromPoint = function () {
    return lastMeasured && displayed(lastMeasured) ? [lastMeasured] : [];
  };
  document.elementFromPoint = function () {
    return lastMeasured && displayed(lastMeasured) ? lastMeasured : null;
  };

  Element.prototype.checkVisibility = function (this: Element, options?: CheckVisibilityOptions) {
    if (!displayed(this)) return false;
    if ((options?.visibilityProperty || options?.checkVisibilityCSS) && visibility(this) !== 'visible') return false;
    if ((options?.opacityProperty || options?.checkOpacity) && transparent(this)) return false;
    return true;
  };

  window.getComputedStyle = function (el: Element, pseudo?: string | null) {
    const real = realStyle.call(window, el, pseudo);
    return new Proxy(real, {
      get(target, prop) {
        if (prop === 'display' && !displayed(el)) return 'none';
        if (prop === 'visibility') return visibility(el);
        if (prop === 'opacity') return (el as HTMLElement).style?.opacity || '1';
        // happy-dom drops `clip`: read it from the style attribute.
        if (prop === 'clip') return /(?:^|;)\s*clip\s*:\s*([^;]+)/.exec(el.getAttribute('style') ?? '')?.[1]?.trim() ?? 'auto';
        if (prop === 'clipPath') return (el as HTMLElement).style?.clipPath || 'none';
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  } as typeof window.getComputedStyle;

  return () => {
    Element.prototype.getBoundingClientRect = realRect;
    Element.prototype.checkVisibility = realCheck;
    window.getComputedStyle = realStyle;
    document.elementsFromPoint = realHit;
    document.elementFromPoint = realTopHit;
  };
}
