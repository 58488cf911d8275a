import { accessor, drawnParentOf, rectOf, scrollOf } from './dom.ts';
import { inLink, paintAround, paintsBeyond, type Overpaint } from './overpaint.ts';

/**
 * Paint of pseudo-elements. An element's ::before and ::after are boxes of their own, styled only
 * by style sheets, and paint beyond themselves as an element does; a hit test finds their
 * element, or nothing, never that paint, and the element's own style does not show it. Its
 * ::first-line, ::first-letter and ::marker draw its words, or beside them, with shadows of their own.
 */

type Area = Overpaint['outer'];
const BOXES = ['::before', '::after'] as const;
const WORDS = ['::first-line', '::first-letter', '::marker'] as const;

/** Elements a search found with pseudo-elements that paint beyond their boxes: looked at when judged. */
const hosts = new WeakSet<Element>();
export const isPseudoPainter = (el: Element): boolean => hosts.has(el);

const generated = (style: CSSStyleDeclaration) => style.content !== 'none' && style.content !== 'normal' && style.display !== 'none';

/** Whether the element's pseudo-elements paint beyond their boxes; `words`: its ::first-line, ::first-letter and ::marker too. */
export function searchPseudoPaint(el: Element, words: boolean): boolean {
  const paints = BOXES.some((pseudo) => { const style = getComputedStyle(el, pseudo); return generated(style) && paintsBeyond(style); })
    || (words && WORDS.some((pseudo) => paintsBeyond(getComputedStyle(el, pseudo))));
  if (paints) hosts.add(el);
  return paints;
}

/** Everywhere: a pseudo-element whose box cannot be placed is counted over all the page. */
const EVERYWHERE: Area = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
const px = (value: string) => parseFloat(value);
const size = (value: string) => Math.max(0, parseFloat(value) || 0);
// Through the prototypes: a form holding a control named "scrollLeft" or "offsetWidth" answers with the control.
const offsetOf = (el: HTMLElement, name: 'offsetWidth' | 'offsetHeight') => accessor(HTMLElement, name).get!.call(el) as number;

const turned = (style: CSSStyleDeclaration) => ['translate', 'rotate', 'scale'].some((p) => (style.getPropertyValue(p) || 'none') !== 'none')
  || (style.offsetPath || 'none') !== 'none';

/** A transform that only scales (up, not mirrored) and moves: a box's rect is then its layout scaled. */
export const onlyScales = (style: CSSStyleDeclaration): boolean => {
  if ((style.rotate || 'none') !== 'none' || (style.offsetPath || 'none') !== 'none' || !/^(none|[\d.\s]+)$/.test(style.scale || 'none')) return false;
  const m = /^matrix\(([^)]*)\)$/.exec(style.transform);
  if (!m) return style.transform === 'none';
  const [a, b, c, d] = m[1]!.split(',').map(Number) as [number, number, number, number];
  return a > 0 && d > 0 && b === 0 && c === 0;
};

/** A box that places the absolutely (or, for `fixed`, fixed) placed boxes in it. */
const placesAbsolute = (style: CSSStyleDeclaration, fixed: boolean) => (!fixed && style.position !== 'static')
  || style.transform !== 'none' || turned(style) || (style.perspective || 'none') !== 'none'
  || style.filter !== 'none' || (style.backdropFilter || 'none') !== 'none'
  || /paint|layout|strict|content/.test(style.contain || '') || (style.containerType || 'normal') !== 'normal'
  || /transform|perspective|filter|contain/.test(style.willChange || '');

/**
 * Where an absolutely or fixed placed ::before or ::after is drawn: at its computed offsets from
 * the padding edge of the box it is placed in (the nearest box from its element up that places
 * such boxes; the window, or the page, when none does), scaled as that box is. Null when that
 * cannot be told for sure: a transform of its own, one that turns, skews or mirrors above it,
 * offsets or sizes not given in pixels.
 */
export function placedPseudoBox(el: Element, style: CSSStyleDeclaration): Area | null {
  const fixed = style.position === 'fixed';
  if (!fixed && style.position !== 'absolute') return null;
  if (style.transform !== 'none' || turned(style)) return null;
  let placer: Element | null = null;
  for (let node: Element | null = el; node; node = drawnParentOf(node)) {
    const own = getComputedStyle(node);
    if (!onlyScales(own)) return null;
    if (!placer && placesAbsolute(own, fixed)) placer = node;
  }
  const [left, top, width, height] = [style.left, style.top, style.width, style.height].map((v) => (/px$/.test(v) ? px(v) : NaN)) as [number, number, number, number];
  if (![left, top, width, height].every(Number.isFinite)) return null;
  let origin = fixed ? { x: 0, y: 0 } : { x: -scrollX, y: -scrollY };
  let sx = 1;
  let sy = 1;
  if (placer) {
    if (!(placer instanceof HTMLElement)) return null;
    const r = rectOf(placer);
    const w = offsetOf(placer, 'offsetWidth');
    const h = offsetOf(placer, 'offsetHeight');
    // Padding and borders are laid out before a transform scales the box; the rect is after.
    sx = w > 0 ? r.width / w : 1;
    sy = h > 0 ? r.height / h : 1;
    const own = getComputedStyle(placer);
    origin = { x: r.left + sx * (size(own.borderLeftWidth) - scrollOf(placer, 'scrollLeft')), y: r.top + sy * (size(own.borderTopWidth) - scrollOf(placer, 'scrollTop')) };
  }
  // Its padding and borders lie outside its width and height, unless it is sized with them.
  const [w, h] = style.boxSizing === 'border-box' ? [width, height] : [
    width + size(style.paddingLeft) + size(style.paddingRight) + size(style.borderLeftWidth) + size(style.borderRightWidth),
    height + size(style.paddingTop) + size(style.paddingBottom) + size(style.borderTopWidth) + size(style.borderBottomWidth),
  ];
  const x = origin.x + sx * (left + (px(style.marginLeft) || 0));
  const y = origin.y + sy * (top + (px(style.marginTop) || 0));
  return { left: x, top: y, right: x + sx * w, bottom: y + sy * h };
}

/** Whether an element's box and every box it is drawn in only scale and move (\`onlyScales\`); a look answers it once per element. */
export type ScalesUp = (el: Element) => boolean;

/**
 * Where a ::before or ::after lies, and whether that is exact. A placed one, where
 * `placedPseudoBox` says; one in the flow, in its element's box and what overflows it, give or
 * take its own offsets and margins; one that cannot be placed, everywhere.
 */
function pseudoBox(el: Element, style: CSSStyleDeclaration, scales: ScalesUp): { box: Area; exact: boolean } {
  if (/^(absolute|fixed)$/.test(style.position)) {
    const box = placedPseudoBox(el, style);
    return box ? { box, exact: true } : { box: EVERYWHERE, exact: false };
  }
  if (style.transform !== 'none' || turned(style)) return { box: EVERYWHERE, exact: false };
  if (!scales(el)) return { box: EVERYWHERE, exact: false };
  const r = rectOf(el);
  const offsets = [style.top, style.right, style.bottom, style.left].map((v) => Math.abs(px(v) || 0));
  const margins = [style.marginTop, style.marginRight, style.marginBottom, style.marginLeft].map((v) => -(px(v) || 0));
  // Scaled boxes above it: its own sizes and offsets grow with them (at most by the larger scale).
  const scale = el instanceof HTMLElement && offsetOf(el, 'offsetWidth') > 0 ? Math.max(1, r.width / offsetOf(el, 'offsetWidth')) : 1;
  const slack = scale * Math.max(0, ...offsets, ...margins);
  const w = Math.max(r.width, scale * scrollOf(el, 'scrollWidth'), scale * (size(style.width) + size(style.paddingLeft) + size(style.paddingRight)));
  const h = Math.max(r.height, scale * scrollOf(el, 'scrollHeight'), scale * (size(style.height) + size(style.paddingTop) + size(style.paddingBottom)));
  return { box: { left: r.left - slack, top: r.top - slack, right: r.left + w + slack, bottom: r.top + h + slack }, exact: false };
}

/** Where the paint beyond the boxes of an element's pseudo-elements falls, opaque enough at `strength` to hide what is under it. */
export function pseudoOverpaintOf(el: Element, strength: number, scales: ScalesUp): Overpaint[] {
  const found: Overpaint[] = [];
  const linked = inLink(el);
  for (const pseudo of BOXES) {
    const style = getComputedStyle(el, pseudo);
    if (!generated(style) || !paintsBeyond(style) || style.visibility !== 'visible') continue;
    const { box, exact } = pseudoBox(el, style, scales);
    const own = strength * (px(style.opacity) || 0);
    found.push(...paintAround({ box, hole: exact ? box : null, words: () => box, filtered: box, linked, scope: el }, style, own));
  }
  const r = rectOf(el);
  // Its words lie in its box; a list's marker, before it.
  const wordsArea: Area = { left: r.left - 100, right: r.right, top: r.top, bottom: r.bottom };
  for (const pseudo of WORDS) {
    const style = getComputedStyle(el, pseudo);
    if (paintsBeyond(style)) found.push(...paintAround({ box: wordsArea, hole: null, words: () => wordsArea, filtered: wordsArea, linked, scope: el }, style, strength));
  }
  return found;
}
