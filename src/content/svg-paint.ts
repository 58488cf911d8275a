import { attributeOf, containsNode, elementById, matchesOf, queryAllIn } from './dom.ts';
import type { Area } from './overpaint.ts';

/**
 * What SVG draws beyond a shape's box where no hit test finds it (overpaint.ts): the markers at
 * a line's points, and what a `<use>` draws again of the shapes it copies. Both are the page's to
 * set by an attribute as well as by a rule, and either may lie over a field far from the shape.
 */

/** Shapes an SVG marker is drawn on, at each of their points. */
const MARKED = 'path, line, polyline, polygon';
/** A marker's width and height when it gives none. */
const MARKER_SIZE = 3;
const REFERENCE = /url\(\s*["']?#([^"')]+)["']?\s*\)/;
const XLINK = 'http://www.w3.org/1999/xlink';

/** A computed value that draws something: not empty (a property this browser lacks), not "none". */
const drawn = (value: string | undefined): value is string => !!value && value !== 'none';

/** A shape's own paint a copy of it draws too: a filter, markers. */
const paintsCopied = (style: CSSStyleDeclaration) => /drop-shadow|url\(/.test(style.filter ?? '')
  || drawn(style.markerStart) || drawn(style.markerMid) || drawn(style.markerEnd);

/**
 * What an SVG `<use>` draws again where it stands: its element of this page and all that holds
 * that draws beyond its box (a filter, markers; set by an attribute or a rule), whose styles its
 * copies take. A copy lies in the browser's own tree, out of reach: it is read from the element
 * copied. A reference to another file (a sprite) is not read (nothing is fetched). `known`: what
 * each element copied was found to hold, kept by the caller while nothing of the page's can run
 * (one search): a page of icons has thousands of copies of one sprite's few symbols.
 */
export function copiedPainters(use: Element, known?: Map<Element, Element[]>): Element[] {
  const target = copiedBy(use);
  if (!target) return [];
  const before = known?.get(target);
  if (before) return before;
  const painters = paintersCopiedFrom(target, new Set([target]));
  known?.set(target, painters);
  return painters;
}

/** The element of this page a `<use>` copies; null: none, another file's, or a loop. */
function copiedBy(use: Element): Element | null {
  if (!(use instanceof SVGUseElement)) return null;
  const href = attributeOf(use, 'href') ?? use.getAttributeNS(XLINK, 'href') ?? '';
  if (!href.startsWith('#')) return null;
  const target = elementById(use, href.slice(1));
  // A reference to itself or to what holds it draws nothing (the browser refuses the loop).
  return target && !containsNode(target, use) ? target : null;
}

/**
 * The painters of an element copied and of all it holds, copies of copies included. Each element
 * copied is read once, however many copies name it (`read`): a page of copies naming each other
 * twice over would otherwise be read 2^n times.
 */
function paintersCopiedFrom(target: Element, read: Set<Element>): Element[] {
  return [target, ...queryAllIn(target, '*')].flatMap((el) => {
    const own = paintsCopied(getComputedStyle(el)) ? [el] : [];
    const inner = copiedBy(el);
    if (!inner || read.has(inner)) return own;
    read.add(inner);
    return [...own, ...paintersCopiedFrom(inner, read)];
  });
}

/** How far a marker draws from its point on a shape, each way, in the marker's units. */
interface Extent { left: number; right: number; up: number; down: number }

const number = (el: Element, name: string, fallback: number) => {
  const n = parseFloat(attributeOf(el, name) ?? '');
  return Number.isFinite(n) ? n : fallback;
};

/**
 * A marker's window (`markerWidth` by `markerHeight`) measured from its point (`refX`, `refY`,
 * in its view box's units when it has one, scaled and placed there any way its aspect allows);
 * where its overflow is visible, what it holds as well, each part's stroke added.
 */
function markerExtent(marker: SVGMarkerElement): Extent {
  const w = Math.max(0, number(marker, 'markerWidth', MARKER_SIZE));
  const h = Math.max(0, number(marker, 'markerHeight', MARKER_SIZE));
  const refX = number(marker, 'refX', 0);
  const refY = number(marker, 'refY', 0);
  const view = marker.viewBox.baseVal;
  const viewed = !!view && view.width > 0 && view.height > 0;
  // Scales from the view box to the window, and where its corner may lie in the window.
  const scales = viewed ? [Math.min(w / view.width, h / view.height), Math.max(w / view.width, h / view.height)] : [1];
  const extent: Extent = { left: -Infinity, right: -Infinity, up: -Infinity, down: -Infinity };
  const reach = (left: number, right: number, up: number, down: number) => {
    extent.left = Math.max(extent.left, left);
    extent.right = Math.max(extent.right, right);
    extent.up = Math.max(extent.up, up);
    extent.down = Math.max(extent.down, down);
  };
  for (const s of scales) {
    for (const ox of viewed ? [0, w - view.width * s] : [0]) {
      for (const oy of viewed ? [0, h - view.height * s] : [0]) {
        const x = viewed ? (refX - view.x) * s + ox : refX;
        const y = viewed ? (refY - view.y) * s + oy : refY;
        reach(x, w - x, y, h - y);
      }
    }
  }
  if (!/visible|auto/.test(getComputedStyle(marker).overflow)) return extent;
  const s = Math.max(...scales);
  for (const part of queryAllIn(marker, '*')) {
    if (!(part instanceof SVGGraphicsElement)) continue;
    const style = getComputedStyle(part);
    const b = style.transform === 'none' ? boxOf(part) : null;
    if (b === undefined) continue;
    if (!b) return { left: Infinity, right: Infinity, up: Infinity, down: Infinity };
    const stroke = parseFloat(style.strokeWidth) || 0;
    reach((refX - b.x + stroke) * s, (b.x + b.width - refX + stroke) * s, (refY - b.y + stroke) * s, (b.y + b.height - refY + stroke) * s);
  }
  return extent;
}

/** Points along a shape's outline, enough to bound it. */
const SAMPLES = 64;

/**
 * A part of a marker's box in its own units. Firefox measures nothing a marker holds (every box
 * 0 by 0): a shape's is then bounded by points along its outline. Undefined: a group, measured by
 * what it holds; null: a part this cannot measure (words, a copy, an image).
 */
function boxOf(part: SVGGraphicsElement): { x: number; y: number; width: number; height: number } | null | undefined {
  try {
    const b = part.getBBox();
    if (b.width > 0 || b.height > 0) return b;
  } catch { /* not measured: as Firefox */ }
  if (part instanceof SVGGElement || part instanceof SVGAElement || part instanceof SVGSwitchElement) return undefined;
  if (!(part instanceof SVGGeometryElement)) return null;
  try {
    const length = part.getTotalLength();
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i <= SAMPLES; i++) {
      const p = part.getPointAtLength((length * i) / SAMPLES);
      xs.push(p.x);
      ys.push(p.y);
    }
    const [x, y] = [Math.min(...xs), Math.min(...ys)];
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  } catch {
    return null;
  }
}

/**
 * Where a shape's points lie in the window: its outline's box (Firefox's box of a shape holds
 * what its markers draw already). `box` where it cannot be measured, or for a copy (`box` is then
 * the box of the `<use>` that draws it, wherever the shape copied lies).
 */
function pointsBox(el: SVGGeometryElement, box: Area, m: DOMMatrix | null, copy: boolean): Area {
  if (copy || !m) return box;
  let b: DOMRect;
  try { b = el.getBBox(); } catch { return box; }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]] as const) {
    xs.push(m.a * x + m.c * y + m.e);
    ys.push(m.b * x + m.d * y + m.f);
  }
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/**
 * Where the markers of an SVG shape may draw: each at one of its points, as far as its marker
 * reaches, in the stroke's widths or in user units, scaled as the shape is; turned any way where
 * the marker turns with the line or the shape is turned, where it reaches `minReach` pixels or
 * more beyond them. `box`: the shape's box in the window.
 */
export function markerAreas(el: Element, style: CSSStyleDeclaration, box: Area, copy: boolean, minReach: number): Area[] {
  if (!(el instanceof SVGGeometryElement) || !matchesOf(el, MARKED)) return [];
  const areas: Area[] = [];
  for (const value of [style.markerStart, style.markerMid, style.markerEnd]) {
    const id = REFERENCE.exec(value ?? '')?.[1];
    const marker = id ? elementById(el, id) : null;
    if (!(marker instanceof SVGMarkerElement)) continue;
    const unit = attributeOf(marker, 'markerUnits') === 'userSpaceOnUse' ? 1 : parseFloat(style.strokeWidth) || 0;
    const m = el.getScreenCTM();
    const points = pointsBox(el, box, m, copy);
    const k = unit * (m ? Math.hypot(m.a, m.b) : 1);
    const { left, right, up, down } = markerExtent(marker);
    // Measured from the shape's points, not its box: Firefox's box holds the markers already.
    if (Math.max(left, right, up, down) * k < minReach) continue;
    const turned = !/^\s*0?\s*(deg)?\s*$/.test(attributeOf(marker, 'orient') ?? '') || (m && (Math.abs(m.b) > 1e-6 || Math.abs(m.c) > 1e-6));
    if (turned) {
      const far = Math.hypot(Math.max(left, right, 0), Math.max(up, down, 0)) * k;
      areas.push({ left: points.left - far, right: points.right + far, top: points.top - far, bottom: points.bottom + far });
    } else {
      areas.push({ left: points.left - left * k, right: points.right + right * k, top: points.top - up * k, bottom: points.bottom + down * k });
    }
  }
  return areas;
}
