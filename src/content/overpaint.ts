import { attributeOf, childNodesOf, closestOf, elementById, rectOf, rootOf, scrollOf } from './dom.ts';
import { copiedPainters, markerAreas } from './svg-paint.ts';

/**
 * Paint a box draws beyond its own border box: an outer box shadow, an outline, a text shadow, a
 * drop shadow, an SVG filter's region, an SVG marker (svg-paint.ts), a border image set outward,
 * a reflection. A hit test finds the box, never this paint, so a dot of two pixels with a shadow
 * spread 200px wide can lie over a field that every hit test still finds on top. Such paint is looked for by where it falls instead, as inert
 * covers are (visibility.ts): any opaque part of it at a point of a field counts as a cover,
 * whether it is drawn above the field or below it (every doubt answers no).
 */

export interface Area { left: number; right: number; top: number; bottom: number }
/** Where paint falls: `outer`, less `hole` (an outline's ring, a shadow never drawn under its own box). */
export interface Overpaint { outer: Area; hole: Area | null }

/** Paint reaching less far than this beyond its text or box lies where the box itself is hit. */
const REACH_PX = 4;
/** Shadows listed per property, and drop shadows chained, looked at: enough for any design. */
const MAX_LAYERS = 8;

const COLOUR = /rgba?\([^)]*\)/;
const LAYERS = /,(?![^(]*\))/;

const grow = (a: Area, by: number): Area => ({ left: a.left - by, right: a.right + by, top: a.top - by, bottom: a.bottom + by });
const shift = (a: Area, x: number, y: number): Area => ({ left: a.left + x, right: a.right + x, top: a.top + y, bottom: a.bottom + y });
const inside = ({ x, y }: { x: number; y: number }, a: Area) => x >= a.left && x <= a.right && y >= a.top && y <= a.bottom;

/** The colour's alpha from a computed `rgb()`/`rgba()`; a colour in another notation counts as opaque (a doubt). */
function alphaOf(colour: string | undefined): number {
  if (!colour) return 1;
  const m = /^rgba?\(([^)]*)\)$/.exec(colour.trim());
  if (!m) return 1;
  const parts = m[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 4) return 1;
  const a = parts[3]!;
  return a.endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
}

/** Each shadow of a list: its colour's alpha, its lengths in pixels (x, y, blur, spread), and whether it is inset. */
function shadowsOf(list: string): { alpha: number; lengths: number[]; inset: boolean }[] {
  if (!list || list === 'none') return [];
  return list.split(LAYERS).slice(0, MAX_LAYERS).map((shadow) => ({
    alpha: alphaOf(COLOUR.exec(shadow)?.[0]),
    lengths: (shadow.replace(COLOUR, '').match(/-?[\d.]+(e[-+]?\d+)?px/gi) ?? []).map(parseFloat),
    inset: /\binset\b/.test(shadow),
  }));
}

/** A computed value that draws something: not empty (a property this browser lacks), not "none". */
const drawn = (value: string | undefined): value is string => !!value && value !== 'none';
const reflectOf = (style: CSSStyleDeclaration) => (style as unknown as { webkitBoxReflect?: string }).webkitBoxReflect;

/**
 * A box in a shadow tree that hit tests pass through (\`pointer-events: none\`) and that paints
 * itself: the sheet a fill runs under, which makes every box of the page answer a hit test
 * (background/covers-shown.ts), does not reach into shadow trees, so it is looked for by its box.
 */
export const passedThrough = (el: Element, style: CSSStyleDeclaration): boolean => style.pointerEvents === 'none'
  && rootOf(el) instanceof ShadowRoot && (alphaOf(style.backgroundColor) > 0 || style.backgroundImage !== 'none' || svgPainted(el, style));

/** An SVG shape that paints its fill or stroke (a hit test finds it where it paints, unless it passes them through). */
const svgPainted = (el: Element, style: CSSStyleDeclaration) => el instanceof SVGGraphicsElement && !(el instanceof SVGSVGElement)
  && !(el instanceof SVGGElement) && ((style.fill !== 'none' && alphaOf(style.fill) > 0) || (style.stroke !== 'none' && alphaOf(style.stroke) > 0));

/** Any paint beyond the box at all: asked of every element of the page, so the cheapest reads come first. */
export function paintsBeyond(style: CSSStyleDeclaration): boolean {
  return drawn(style.boxShadow) || drawn(style.outlineStyle) || drawn(style.textShadow)
    || /drop-shadow|url\(/.test(style.filter ?? '') || drawn(style.borderImageSource) || drawn(reflectOf(style))
    || drawn(style.markerStart) || drawn(style.markerMid) || drawn(style.markerEnd);
}

/** An SVG filter's x, y, width or height: a fraction (or percentage) of `whole` in the box's units, else pixels (a percentage, of `whole`). */
function filterLength(value: string | null, fallback: number, whole: number, fraction: boolean): number {
  const m = /^\s*(-?[\d.]+(?:e[-+]?\d+)?)\s*(%|px)?\s*$/i.exec(value ?? '');
  if (!m) return fallback * whole;
  const n = parseFloat(m[1]!);
  return m[2] === '%' ? (n / 100) * whole : fraction ? n * whole : n;
}

/**
 * Where the SVG filters (`url(#id)`) of a filter list may draw: each one's filter region, from the
 * page's <filter> of that id (its primitives flood, move or grow what the box holds anywhere in
 * it). A reference to no filter draws nothing (the browser ignores the list).
 */
function svgFilterRegions(filter: string, scope: Node, box: Area): Area[] {
  const regions: Area[] = [];
  for (const [, id] of filter.matchAll(/url\(\s*["']?#([^"')]+)["']?\s*\)/g)) {
    const found = elementById(scope, id!);
    if (!(found instanceof SVGFilterElement)) continue;
    const bounding = (attributeOf(found, 'filterUnits') ?? 'objectBoundingBox') !== 'userSpaceOnUse';
    // In the box's units, lengths are of the box; in user space, pixels from its corner, percentages of the window.
    const w = bounding ? box.right - box.left : innerWidth;
    const h = bounding ? box.bottom - box.top : innerHeight;
    const x = filterLength(attributeOf(found, 'x'), -0.1, w, bounding);
    const y = filterLength(attributeOf(found, 'y'), -0.1, h, bounding);
    const width = filterLength(attributeOf(found, 'width'), 1.2, w, bounding);
    const height = filterLength(attributeOf(found, 'height'), 1.2, h, bounding);
    if (width > 0 && height > 0) regions.push({ left: box.left + x, top: box.top + y, right: box.left + x + width, bottom: box.top + y + height });
  }
  return regions;
}

/** A link, or in one: colours a visited link is drawn in (and its words inherit) are never told. */
export const inLink = (el: Element): boolean => closestOf(el, ':any-link') !== null;

/** Where the element's own words are drawn (not its children's: they carry the shadow of their own). */
function ownTextArea(el: Element): Area | null {
  let area: Area | null = null;
  for (const node of childNodesOf(el)) {
    if (node.nodeType !== Node.TEXT_NODE || !/\S/.test(node.textContent!)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    area = area ? { left: Math.min(area.left, r.left), right: Math.max(area.right, r.right), top: Math.min(area.top, r.top), bottom: Math.max(area.bottom, r.bottom) } : r;
  }
  return area;
}

/** Four lengths of a computed box property (top, right, bottom, left), each a number of pixels, or of `unit` when unitless. */
function sides(value: string, unit: number[]): number[] {
  const parts = value.trim().split(/\s+/);
  const [top = '0', right = top, bottom = top, left = right] = parts;
  return [top, right, bottom, left].map((v, i) => (/px$/.test(v) ? parseFloat(v) : /%$/.test(v) ? 0 : parseFloat(v) * unit[i]!) || 0);
}

/** Where a shape's markers draw beyond its box (svg-paint.ts): what they draw is the page's to choose, counted at the shape's strength. */
const markedAround = (el: Element, style: CSSStyleDeclaration, box: Area, strength: number, copy = false): Overpaint[] =>
  (strength > 0.5 ? markerAreas(el, style, box, copy, REACH_PX) : []).map((outer) => ({ outer, hole: null }));

/**
 * Where the element's paint beyond its box falls, opaque enough to hide what is under it (half
 * its strength or more, `strength` being the product of the opacities above it).
 */
export function overpaintOf(el: Element, style: CSSStyleDeclaration, strength: number): Overpaint[] {
  const r = rectOf(el);
  // A copy's filter and markers count from the copy's place, within the `<use>`'s box (its whole box: the doubt counts as paint).
  const reused = copiedPainters(el).flatMap((copied) => {
    const copiedStyle = getComputedStyle(copied);
    return [
      ...paintAround({ box: r, hole: r, words: () => null, filtered: r, linked: false, scope: copied }, copiedStyle, strength),
      ...markedAround(copied, copiedStyle, r, strength, true),
    ];
  });
  const through: Overpaint[] = [...reused, ...passedThrough(el, style) && (style.backgroundImage !== 'none' || alphaOf(style.backgroundColor) * strength > 0.5 || (svgPainted(el, style) && strength > 0.5)) ? [{ outer: r, hole: null }] : []];
  if (!paintsBeyond(style)) return through;
  // A filter draws again all the element holds, overflowing children too (its scrolling area): a
  // drop shadow's or an SVG filter's, the only paint that starts from there (a layout read each).
  const drawnArea = /drop-shadow|url\(/.test(style.filter ?? '')
    ? { left: r.left, top: r.top, right: Math.max(r.right, r.left + scrollOf(el, 'scrollWidth')), bottom: Math.max(r.bottom, r.top + scrollOf(el, 'scrollHeight')) }
    : r;
  const marked = markedAround(el, style, r, strength);
  return [...through, ...marked, ...paintAround({ box: r, hole: r, words: () => ownTextArea(el), filtered: drawnArea, linked: inLink(el), scope: el }, style, strength)];
}

/**
 * A box that paints: where it lies, where its own paint is (never under a shadow), where its words
 * are drawn, what a filter on it draws, and the element it is (or is of), whose tree holds the
 * SVG filters it names.
 */
export interface Painting { box: Area; hole: Area | null; words: () => Area | null; filtered: Area; linked: boolean; scope: Node }

/** Where paint beyond a box falls (an element's, or one of its pseudo-elements'), opaque enough at `strength` to hide what is under it. */
export function paintAround({ box: r, hole, words: wordsOf, filtered, linked, scope }: Painting, style: CSSStyleDeclaration, strength: number): Overpaint[] {
  const found: Overpaint[] = [];
  // A visited link's colours are its own secret: a page's scripts, and this one, are told the unvisited ones.
  const strong = (alpha: number) => (linked ? 1 : alpha) * strength > 0.5;
  for (const s of shadowsOf(style.boxShadow ?? '')) {
    // The blur fades it out and in either side of the spread's edge: half its strength is there.
    const [x = 0, y = 0, , spread = 0] = s.lengths;
    if (s.inset || !strong(s.alpha) || Math.max(Math.abs(x), Math.abs(y)) + spread < REACH_PX) continue;
    found.push({ outer: grow(shift(r, x, y), spread), hole });
  }
  if (drawn(style.outlineStyle) && strong(alphaOf(style.outlineColor))) {
    // A ring, outside the box or, offset inward, inside it: drawn over what the box holds, which
    // a hit test finds on top there.
    const width = parseFloat(style.outlineWidth) || 0;
    const offset = parseFloat(style.outlineOffset) || 0;
    if (width >= 1 && (offset + width >= REACH_PX || (offset < 0 && width >= REACH_PX))) found.push({ outer: grow(r, offset + width), hole: hole && grow(r, offset) });
  }
  const text = drawn(style.textShadow) ? shadowsOf(style.textShadow) : [];
  if (text.some((s) => strong(s.alpha))) {
    const words = wordsOf();
    for (const s of words ? text : []) {
      const [x = 0, y = 0, blur = 0] = s.lengths;
      if (strong(s.alpha) && Math.hypot(x, y) + blur / 2 >= REACH_PX) found.push({ outer: grow(shift(words!, x, y), blur / 2), hole: null });
    }
  }
  if (style.filter?.includes('drop-shadow')) {
    // Each drop shadow draws what the filter has drawn so far again, moved: chained ones multiply.
    let drawn: Area[] = [filtered];
    for (const [, args] of style.filter.matchAll(/drop-shadow\(((?:[^()]|\([^)]*\))*)\)/g)) {
      const [s] = shadowsOf(args!);
      if (!s || !strong(s.alpha)) continue;
      const [x = 0, y = 0, blur = 0] = s.lengths;
      drawn = [...drawn, ...drawn.map((a) => grow(shift(a, x, y), blur / 2))].slice(0, MAX_LAYERS * 2);
    }
    for (const outer of drawn.slice(1)) found.push({ outer, hole });
  }
  // What an SVG filter draws is the page's to choose (a flood of white is opaque): counted at the box's strength.
  if (style.filter?.includes('url(') && strong(1)) {
    for (const outer of svgFilterRegions(style.filter, scope, filtered)) {
      if (Math.max(filtered.left - outer.left, filtered.top - outer.top, outer.right - filtered.right, outer.bottom - filtered.bottom) >= REACH_PX) found.push({ outer, hole });
    }
  }
  if (drawn(style.borderImageSource)) {
    const widths = [style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth].map((w) => parseFloat(w) || 0);
    const [top, right, bottom, left] = sides(style.borderImageOutset ?? '0', widths) as [number, number, number, number];
    if (Math.max(top, right, bottom, left) >= REACH_PX) {
      found.push({ outer: { left: r.left - left, right: r.right + right, top: r.top - top, bottom: r.bottom + bottom }, hole });
    }
  }
  const reflect = reflectOf(style);
  if (drawn(reflect)) {
    const gap = parseFloat(/(-?[\d.]+)px/.exec(reflect)?.[1] ?? '0') || 0;
    const side = /^(above|below|left|right)/.exec(reflect)?.[1] ?? 'below';
    const h = r.bottom - r.top + gap;
    const w = r.right - r.left + gap;
    found.push({ outer: side === 'below' ? shift(r, 0, h) : side === 'above' ? shift(r, 0, -h) : side === 'right' ? shift(r, w, 0) : shift(r, -w, 0), hole: null });
  }
  return found;
}

/** Does any of this paint fall on the point? */
export const overpaintAt = (paint: Overpaint[], at: { x: number; y: number }): boolean =>
  paint.some(({ outer, hole }) => inside(at, outer) && !(hole && inside(at, hole)));

