import type { Control } from './collect-fields.ts';
import { attributeOf, closestOf, containsNode, CONTROLS, drawnParentOf, holdsWords, isChoice, lazy, matchesOf, parentOf, queryAll, queryAllIn, rectOf, rootOf } from './dom.ts';
import { isOwn } from './own-elements.ts';
import { inLink, overpaintAt, overpaintOf, type Overpaint } from './overpaint.ts';
import { animatedPainters, repaintedIn, searchOverpaint } from './paint-search.ts';
import { restylesFar } from './paint-rules.ts';
import { isPseudoPainter, onlyScales, placedPseudoBox, pseudoOverpaintOf } from './pseudo-paint.ts';
import { forgetShadowRoots, shadowRootOf, shadowTreesIn } from './shadow-trees.ts';

/**
 * Would a person see this control, and could they read and type in it? Pages hide honeypots
 * (and, on a hostile page, boxes that harvest a profile) in many ways, so every doubt answers
 * "no": the field is left to the person and named in the report.
 *
 * Two depths. `judgeStyle` reads styles and boxes only (no scrolling, no hit test) and runs for
 * every control when the page is read; one `Sight` caches each ancestor's computed style and
 * what it does to its descendants, so a read stays linear. `canSeeNow` adds the hit test and is
 * asked once per field, just before that field is written, with a fresh `Sight`: the page may
 * have hidden it since, even in answer to the fill's own events on an earlier field.
 */

/** Smallest box a person can read and type in, in CSS pixels as rendered (after transforms). */
const MIN_SIZE = 8;
/** Below this product of the opacities (and filter opacities) of the field and its ancestors, nobody reads it. */
const MIN_OPACITY = 0.25;
/** Text smaller than this is not text a person can read. */
const MIN_FONT_PX = 6;
/** A field this many viewport widths to the right of the page's start is not on the page a person reads. */
const FAR_RIGHT_VIEWPORTS = 2;

/** Hidden from everyone by the page's own markup, whatever the styles say. */
const markedHidden = (el: Element) => !!closestOf(el, '[aria-hidden="true"], [hidden], [inert]');

interface Chain {
  /** Product of opacities and filter opacities, this element and its ancestors. */
  opacity: number;
  /** Masked, clipped by a shape, or filtered beyond reading: hidden whatever the geometry. */
  veiled: boolean;
  /** Boxes (this or ancestors) that cut off what overflows them, each with the clip it applies. */
  clips: ClipBox | null;
  /** How the filters of this element and its ancestors redraw a colour's channels; null: as it is. */
  tone: Tone | null;
}

/** x, y: this box cuts off what overflows it on that axis (hidden, clip); a box that scrolls the person can scroll. */
interface ClipBox { el: Element; x: boolean; y: boolean; cut: Cut | null; next: ClipBox | null }
interface Part { left: number; right: number; top: number; bottom: number }
/** The part of a box a clip-path: inset() leaves shown. */
type Cut = (box: DOMRect) => Part;
type Rgba = [number, number, number, number];

const ROOT_CHAIN: Chain = { opacity: 1, veiled: false, clips: null, tone: null };

export interface Sight {
  style(el: Element): CSSStyleDeclaration;
  rect(el: Element): DOMRect;
  chain(el: Element): Chain;
  /** The colour text in `el` is read against: the nearest opaque background, white by default. */
  background(el: Element): Rgba;
  /** Font families drawn at under half their size. */
  shrunk(): Set<string>;
  /** The boxes an inert element and everything in it draw; null: too many parts to look at. */
  inertBoxes(inert: Element): DOMRect[] | null;
  /** Where an element's paint beyond its box falls (overpaint.ts), opaque enough to hide what is under it. */
  overpaint(el: Element): Overpaint[];
  /** Where that paint could fall at most: at any strength, drawn or not (the opacities above it are not read). */
  reach(el: Element): Overpaint[];
  /** The element's box and every box it is drawn in only scale and move: each element asked once. */
  scalesUp(el: Element): boolean;
  /** Elements an animation restyles in their paint beyond their boxes (paint-search.ts): the page's animations listed once a look (Firefox walks the whole page to list them). */
  animated(): Element[];
}

const WHITE: Rgba = [255, 255, 255, 1];

/** `read`, asked once per element. */
function once<T>(read: (el: Element) => T): (el: Element) => T {
  const known = new Map<Element, T>();
  return (el) => {
    if (!known.has(el)) known.set(el, read(el));
    return known.get(el)!;
  };
}

/** A cache for one read of the page: styles and boxes do not change while it lasts (a hit test that scrolls ends it). */
export function newSight(): Sight {
  const chains = new Map<Element, Chain>();
  const scaling = new Map<Element, boolean>();
  const sight: Sight = {
    style: once((el) => getComputedStyle(el)),
    rect: once(rectOf),
    shrunk: lazy(shrunkFamilies),
    animated: lazy(animatedPainters),
    inertBoxes: once(boxesOf),
    // Unseen when it is not drawn, or drawn too faintly to hide anything.
    overpaint: once((el) => [
      ...(el.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true) ? overpaintOf(el, sight.style(el), sight.chain(el).opacity) : [],
      // A pseudo-element may be shown where its element is hidden (visibility: visible of its own).
      ...isPseudoPainter(el) && (el.checkVisibility?.() ?? true) ? pseudoOverpaintOf(el, sight.chain(el).opacity, sight.scalesUp) : [],
    ]),
    reach: once((el) => [
      ...overpaintOf(el, sight.style(el), Infinity),
      ...isPseudoPainter(el) ? pseudoOverpaintOf(el, Infinity, sight.scalesUp) : [],
    ]),
    // Thousands of paragraphs with a painted ::after each share their ancestors: each is read once.
    scalesUp(el) {
      const path: Element[] = [];
      let scales = true;
      for (let node: Element | null = el; node; node = drawnParentOf(node)) {
        const known = scaling.get(node);
        if (known !== undefined) { scales = known; break; }
        path.push(node);
      }
      for (let i = path.length - 1; i >= 0; i--) {
        scales &&= onlyScales(sight.style(path[i]!));
        scaling.set(path[i]!, scales);
      }
      return scales;
    },
    // Read only for a field whose text is judged: most fields paint their own background, so the
    // walk up usually ends where it starts.
    background: once((el) => {
      for (let node: Element | null = el; node; node = drawnParentOf(node)) {
        const fill = sight.style(node).backgroundColor;
        const colour = fill === CLEAR ? null : parseColour(fill);
        if (colour && colour[3] > 0.5) return colour;
      }
      return WHITE;
    }),
    chain(el) {
      const known = chains.get(el);
      if (known) return known;
      // Walk up to the nearest known ancestor, then down again: each element is computed once.
      const path: Element[] = [];
      let base = ROOT_CHAIN;
      for (let node: Element | null = el; node; node = drawnParentOf(node)) {
        const cached = chains.get(node);
        if (cached) { base = cached; break; }
        path.push(node);
      }
      for (let i = path.length - 1; i >= 0; i--) {
        const node = path[i]!;
        // An open <details> draws all but its summary in a box of the browser's own, styled as
        // ::details-content (a blur, a faint opacity there hides the field as its own would).
        const up = parentOf(node);
        if (up instanceof HTMLDetailsElement && node.localName !== 'summary') base = link(node, base, getComputedStyle(up, '::details-content'));
        base = link(node, base, sight.style(node));
        chains.set(node, base);
      }
      return base;
    },
  };
  return sight;
}

/** Computed values that change nothing, read as such without parsing: most elements have only these. */
const NO_FILTER = 'none';
const CLEAR = 'rgba(0, 0, 0, 0)';

function link(el: Element, parent: Chain, style: CSSStyleDeclaration): Chain {
  const filter = style.filter;
  const seen = !filter || filter === NO_FILTER ? FILTER_NONE : readFilter(filter);
  const opacity = parent.opacity * opacityOf(style.opacity) * seen.opacity;
  const mask = style.maskImage || (style as unknown as { webkitMaskImage?: string }).webkitMaskImage || 'none';
  const clipPath = style.clipPath || 'none';
  const pathCut = clipPath === 'none' ? null : parseInset(clipPath);
  // clip: rect() only ever hides (the visually-hidden pattern): any clip at all is a doubt.
  const clipped = !!style.clip && style.clip !== 'auto';
  // A blend mode mixes the field into what lies under it: "screen" over white is white.
  const blend = style.mixBlendMode;
  // A mask drawn as a border image masks as well; a scroll-driven animation shows the field only
  // where the page is scrolled to (a hit test scrolls it to the middle of the window); a skew
  // anywhere above smears the text as the field's own would.
  const maskBox = style.getPropertyValue('-webkit-mask-box-image-source') || style.getPropertyValue('mask-border-source') || 'none';
  const timeline = (style as unknown as { animationTimeline?: string }).animationTimeline ?? 'auto';
  // A field's own background layers blended (difference, multiply…) draw a colour nobody chose:
  // white on white "difference" is black, under black text.
  const layersBlend = style.backgroundImage !== 'none' && !/^(normal(, normal)*)?$/.test(style.backgroundBlendMode ?? '') && matchesOf(el, CONTROLS);
  const veiled = parent.veiled || mask !== 'none' || maskBox !== 'none' || !/^(auto(, auto)*)?$/.test(timeline) || skewed(style.transform)
    || (clipPath !== 'none' && !pathCut) || clipped || seen.hides || (!!blend && blend !== 'normal') || layersBlend;
  let clips = parent.clips;
  const isRoot = el === document.documentElement || el === document.body;
  const overflowX = style.overflowX || style.overflow || 'visible';
  const overflowY = style.overflowY || style.overflow || 'visible';
  // The root and body pass their overflow to the viewport: only the horizontal cut is a limit there
  // (checked against the page's width in judgeStyle); the page itself scrolls vertically.
  if (!isRoot && (overflowX !== 'visible' || overflowY !== 'visible')) {
    clips = { el, x: cuts(overflowX), y: cuts(overflowY), cut: null, next: clips };
  }
  // Paint containment cuts off what overflows the box, as overflow: hidden does.
  if (!isRoot && /paint|strict|content/.test(style.contain)) clips = { el, x: true, y: true, cut: null, next: clips };
  if (pathCut) clips = { el, x: true, y: true, cut: pathCut, next: clips };
  // The element's own filter draws first, its ancestors' over that.
  const own = seen.tone;
  const above = parent.tone;
  const tone = own && above ? (v: number) => above(own(v)) : own ?? above;
  return { opacity, veiled, clips, tone };
}

const cuts = (overflow: string | undefined) => overflow === 'hidden' || overflow === 'clip';

/** An element's own opacity: 1 when the style gives none a number can be read from. */
function opacityOf(value: string | undefined): number {
  const n = Number(value || 1);
  return Number.isFinite(n) ? n : 1;
}

type Tone = (v: number) => number;
const FILTER_NONE: Filtered = { opacity: 1, hides: false, tone: null };
interface Filtered { opacity: number; hides: boolean; tone: Tone | null }

/**
 * What a filter does to reading: its opacity() steps multiply; its brightness, contrast and invert
 * steps redraw every colour (the tone, each channel from 0 to 1, by which text and background are
 * judged); and it hides the field when it blurs by 3px or more, whitens it (brightness over 3),
 * draws black and white as nearly one grey, or is an SVG filter (url()) nobody can judge from here.
 */
function readFilter(filter: string): Filtered {
  let opacity = 1;
  let hides = false;
  const steps: Tone[] = [];
  for (const [, name, arg] of filter.matchAll(/([a-z-]+)\(([^)]*)\)/gi)) {
    const n = parseFloat(arg!) / (arg!.includes('%') ? 100 : 1);
    if (name === 'brightness') steps.push((v) => v * n);
    else if (name === 'contrast') steps.push((v) => (v - 0.5) * n + 0.5);
    else if (name === 'invert') steps.push((v) => v * (1 - 2 * n) + n);
    if (name === 'opacity') opacity *= n;
    // Brightening washes out the mid-tones text is drawn in.
    else if (name === 'url' || (name === 'blur' && parseFloat(arg!) >= 3) || (name === 'brightness' && n > 3)) hides = true;
  }
  const tone: Tone | null = steps.length ? (v) => steps.reduce((x, f) => Math.min(1, Math.max(0, f(x))), v) : null;
  return { opacity, hides: hides || (!!tone && Math.abs(tone(1) - tone(0)) < 0.4), tone };
}

/** The colour a box's text is painted in (\`-webkit-text-fill-color\` when set), as a chain of filters draws it. */
const inkOf = (style: CSSStyleDeclaration, tone: Tone | null = null): Rgba | null => toned(parseColour(style.webkitTextFillColor || style.color), tone);

/** A colour as a chain of filters draws it. */
const toned = (colour: Rgba | null, tone: Tone | null): Rgba | null =>
  colour && tone ? [...[0, 1, 2].map((i) => 255 * tone(colour[i]! / 255)), colour[3]] as Rgba : colour;

function length(text: string, size: number): number | null {
  const m = /^(-?[\d.]+(?:e[-+]?\d+)?)(px|%)?$/i.exec(text.trim());
  if (!m) return null;
  return m[2] === '%' ? (Number(m[1]) / 100) * size : Number(m[1]);
}

/** clip-path: inset(t r b l [round …]); any other shape is a doubt, and returns null. */
function parseInset(value: string): Cut | null {
  const m = /^inset\(([^)]*)\)$/.exec(value.trim());
  if (!m) return null;
  const parts = m[1]!.split(/\s+round\s+/)[0]!.trim().split(/\s+/);
  if (!parts.length || parts.some((p) => length(p, 1) === null)) return null;
  const [top, right = top, bottom = top, left = right] = parts as string[];
  return (r) => ({
    top: r.top + length(top!, r.height)!, bottom: r.bottom - length(bottom!, r.height)!,
    left: r.left + length(left!, r.width)!, right: r.right - length(right!, r.width)!,
  });
}


// A pixel to paint other colour notations on (oklch(), color(), lab()…) and read back as sRGB.
const pixel = lazy(() => new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true }));

function parseColour(value: string | undefined): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+)(%?))?\s*\)$/.exec(value ?? '');
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1)];
  const ctx = pixel();
  if (!value || !ctx) return null;
  // A notation the canvas cannot paint leaves the pixel clear: read as transparent, a doubt.
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#0000';
  ctx.fillStyle = value;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** Would the text of this element be read on that background colour ("#rrggbb")? */
export function readsOn(el: Element, background: string): boolean {
  return !unreadable(inkOf(getComputedStyle(el)), [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16)).concat(1) as Rgba);
}

/** Text of this colour cannot be read on that background (transparent, or nearly the same colour). */
function unreadable(text: Rgba | null, bg: Rgba, opacity = 1): boolean {
  if (!text) return false;
  const alpha = text[3] * opacity;
  if (alpha < 0.2) return true;
  // The text as drawn over its background (its alpha and the opacity above it blend the two),
  // then the contrast ratio of the two (WCAG's): under 1.5, a person does not read it.
  const drawn = [0, 1, 2].map((i) => text[i]! * alpha + bg[i]! * (1 - alpha));
  const [a, b] = [luminance(drawn), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) < 1.5;
}

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Styles and boxes only: rendered, big enough, opaque enough, not masked, clipped, pushed off the
 * page, nor written in the colour of its background. `text` false for checkboxes and radios.
 */
export function judgeStyle(el: Element, sight: Sight, text = true): boolean {
  if (!el.isConnected || markedHidden(el)) return false;
  if (typeof el.checkVisibility === 'function'
    && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
  const style = sight.style(el);
  if (style.display === 'none' || (style.visibility && style.visibility !== 'visible')) return false;
  const r = sight.rect(el);
  if (r.width < MIN_SIZE || r.height < MIN_SIZE) return false;
  const chain = sight.chain(el);
  if (chain.veiled || chain.opacity < MIN_OPACITY) return false;
  // An outline drawn inward (a negative offset) a quarter of the way into the box, far deeper than
  // a focus ring or an inner border, paints over the field's own text.
  const inward = -parseFloat(style.outlineOffset);
  if (style.outlineStyle !== 'none' && inward > Math.max(2, Math.min(r.width, r.height) / 4) && parseFloat(style.outlineWidth) > 2 && opaque(style.outlineColor)) return false;
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  for (let box = chain.clips; box; box = box.next) {
    if (box.el === el && !box.cut) continue;
    const boxRect = sight.rect(box.el);
    const part = box.cut ? box.cut(boxRect) : boxRect;
    if (box.x && (cx < part.left || cx > part.right)) return false;
    if (box.y && (cy < part.top || cy > part.bottom)) return false;
    if (part.right - part.left < MIN_SIZE || part.bottom - part.top < MIN_SIZE) return false;
    // A box draws its text from its start edge: a cut that takes that edge takes the text.
    if (text && box.x && (style.direction === 'rtl' ? part.right < r.right - MIN_SIZE : part.left > r.left + MIN_SIZE)) return false;
    // What the cut leaves of the field must be half of it at least: a window onto a corner is no field.
    if (box.x && Math.min(part.right, r.right) - Math.max(part.left, r.left) < Math.max(MIN_SIZE, r.width / 2)) return false;
    if (box.y && Math.min(part.bottom, r.bottom) - Math.max(part.top, r.top) < Math.max(MIN_SIZE, r.height / 2)) return false;
    // A box that scrolls shows the field through its own window, wherever it is scrolled: one
    // smaller than half the field never shows it whole (a 12px peephole, a strip across its middle).
    if (!box.cut && (part.right - part.left < r.width / 2 || part.bottom - part.top < r.height / 2)) return false;
  }
  // Where the page itself can be scrolled: nothing above or left of its start, nothing past a
  // horizontal edge it hides, nothing far off to the right.
  const docX = cx + scrollX;
  const docY = cy + scrollY;
  const root = document.documentElement;
  const width = root.clientWidth || innerWidth;
  if (docX < 0 || docY < 0) return false;
  if (docX > Math.max(width, 1) * FAR_RIGHT_VIEWPORTS) return false;
  const body = document.body;
  if (docX > width && (cuts(sight.style(root).overflowX) || (body && cuts(sight.style(body).overflowX)))) return false;
  // Below the first screen of a page that cannot be scrolled (overflow hidden on the page itself),
  // with no box of its own to scroll: a script can scroll there, a person cannot.
  if (docY > (root.clientHeight || innerHeight) && lockedY(sight) && !scrollsInABox(chain)) return false;
  if (text) {
    // The font as drawn: a transform or zoom that shrinks or squashes the box shrinks its text too.
    const box = el as HTMLElement;
    const drawn = Math.min(r.width / (box.offsetWidth || r.width), r.height / (box.offsetHeight || r.height));
    if (!textReads(el, style, sight, parseFloat(style.fontSize) * drawn) || textOutOfBox(el, style, r)) return false;
  }
  return true;
}

/** A box above the element scrolls down (overflow auto or scroll): a person can bring the element into view there. */
function scrollsInABox(chain: Chain): boolean {
  for (let box = chain.clips; box; box = box.next) if (!box.y && !box.cut) return true;
  return false;
}

/** The page itself cannot be scrolled down: the viewport takes the root's overflow, or the body's when the root's is visible. */
function lockedY(sight: Sight): boolean {
  const rootY = sight.style(document.documentElement).overflowY;
  const bodyY = document.body ? sight.style(document.body).overflowY : 'visible';
  return rootY === 'visible' ? cuts(bodyY) : cuts(rootY) && !/auto|scroll/.test(bodyY);
}

/**
 * Text of this element, drawn \`size\` px high, is read: big enough; its glyphs not shrunk or moved
 * (\`font-size-adjust\`, an @font-face on any of its families), not shown as dots, spread apart,
 * stacked, skewed, struck through or stroked over; and its colour (\`-webkit-text-fill-color\` when
 * set), faded by the opacity above it, in contrast with every colour it may be drawn on.
 */
function textReads(el: Element, style: CSSStyleDeclaration, sight: Sight, size: number): boolean {
  const secured = style.getPropertyValue('-webkit-text-security');
  // font-size-adjust may name its metric ("cap-height 0.01"): the number scales the glyphs all the
  // same. The x-height is about half the size: one under half the smallest readable size is not read.
  const adjust = parseFloat(/[\d.]+\s*$/.exec(style.fontSizeAdjust ?? '')?.[0] ?? '');
  const letters = parseFloat(style.letterSpacing) || 0;
  // A line through the text, or a stroke round each glyph, thick enough to paint over it.
  // Pages do not stroke the text of a box: a stroke of more than a pixel may eat the glyphs.
  const covered = (/line-through|underline|overline/.test(style.textDecorationLine) && parseFloat(style.textDecorationThickness) > 0.3 * size)
    || parseFloat(style.getPropertyValue('-webkit-text-stroke-width')) > Math.max(1, 0.06 * size);
  const { opacity, tone } = sight.chain(el);
  const ink = inkOf(style, tone);
  // Copies of the text laid around it in an opaque colour smear the glyphs into blots.
  const smeared = (style.textShadow ?? 'none').split(/,(?![^(]*\))/).filter((shadow) => {
    const [x = 0, y = 0] = shadow.replace(COLOUR, '').trim().split(/\s+/).map(parseFloat);
    return (parseColour(shadow.match(COLOUR)?.[0])?.[3] ?? 0) > 0.5 && Math.hypot(x, y) >= Math.max(1, 0.1 * size);
  }).length >= 3;
  return !(size < MIN_FONT_PX || adjust * size * 2 < MIN_FONT_PX || familiesOf(style.fontFamily).some((f) => sight.shrunk().has(f))
    || (secured && secured !== 'none') || Math.max(letters, parseFloat(style.wordSpacing) || 0) > 2 * size || letters < -0.4 * size
    || covered || smeared
    || [sight.background(el), ...paintedOver(style, sight.rect(el))].some((bg) => unreadable(ink, toned(bg, tone)!, opacity)));
}

const COLOUR = /rgba?\([^)]*\)/g;

/**
 * Colours painted over a box's own background, any of which may lie under its text: every
 * opaque stop of a gradient, and every inset shadow spread across it.
 */
function paintedOver(style: CSSStyleDeclaration, r: DOMRect): Rgba[] {
  const found: Rgba[] = [];
  // A gradient drawn as a thin line (an underline that grows on focus) lies under no text.
  const thin = (style.backgroundSize ?? '').split(/[\s,]+/).some((size) => (size.endsWith('%') ? parseFloat(size) < 50 : parseFloat(size) < Math.min(r.width, r.height) / 2));
  if (/gradient/.test(style.backgroundImage) && !thin) for (const [stop] of style.backgroundImage.matchAll(COLOUR)) found.push(parseColour(stop)!);
  // Each shadow: its colour, then its lengths (x, y, blur, spread), then "inset".
  for (const shadow of (style.boxShadow ?? '').split(/,(?![^(]*\))/)) {
    const colour = shadow.match(COLOUR)?.[0];
    const spread = parseFloat(shadow.replace(COLOUR, '').trim().split(/\s+/)[3] ?? '0') || 0;
    if (colour && /inset/.test(shadow) && spread * 2 >= Math.min(r.width, r.height)) found.push(parseColour(colour)!);
  }
  return found.filter((c) => c && c[3] > 0.5);
}

/** A skew of over about 60°: the glyphs are smeared into streaks (matrix(a, b, c, d, …)). */
function skewed(transform: string): boolean {
  const m = /^matrix\(([^)]*)\)/.exec(transform ?? '');
  if (!m) return false;
  const [a, b, c, d] = m[1]!.split(',').map(Number) as [number, number, number, number];
  return Math.abs(c) > 2 * Math.abs(d) || Math.abs(b) > 2 * Math.abs(a);
}

const familiesOf = (families = '') => families.split(',').map((f) => f.trim().replace(/^["']|["']$/g, '').toLowerCase());

/**
 * Font families the page declares to draw out of sight: at under half their size, or their glyphs
 * moved far above or below their line (ascent or descent over twice the size). Any of a field's
 * families counts: the browser falls back through the list.
 */
function shrunkFamilies(): Set<string> {
  const families = new Set<string>();
  document.fonts?.forEach((face) => {
    const { sizeAdjust, ascentOverride, descentOverride } = face as unknown as Record<string, string>;
    if (parseFloat(sizeAdjust!) < 50 || parseFloat(ascentOverride!) > 200 || parseFloat(descentOverride!) > 200) families.add(familiesOf(face.family)[0]!);
  });
  return families;
}

/**
 * Text pushed out of its own box: indented out of it, padded so that no room is left across it,
 * or, in a message box, padded or spaced so that its first line's middle is below what the box
 * shows. (A one-line box draws its line in its middle whatever its padding or line height says.)
 */
function textOutOfBox(el: Element, style: CSSStyleDeclaration, r: DOMRect): boolean {
  const indent = parseFloat(style.textIndent);
  // Glyphs far taller than the box show as slices of one or two letters.
  if (parseFloat(style.fontSize) > 2 * (el.clientHeight || r.height)) return true;
  if (indent < -MIN_SIZE || indent > r.width / 2) return true;
  const px = (value: string) => parseFloat(value) || 0;
  // Padding that leaves the text no room across, less than a character and a half (either side:
  // a right-to-left box pads the right). Not a select: a narrow one pads room for its own arrow.
  if (!(el instanceof HTMLSelectElement)
    && (el.clientWidth || r.width) - px(style.paddingLeft) - px(style.paddingRight) < Math.max(MIN_SIZE, 1.5 * px(style.fontSize))) return true;
  if (!(el instanceof HTMLTextAreaElement)) return false;
  const halfLine = style.lineHeight === 'normal' ? 0.6 * px(style.fontSize) : px(style.lineHeight) / 2;
  return px(style.paddingTop) + halfLine > (el.clientHeight || r.height);
}

type Look = (el: Element, around: Element[]) => boolean;

/**
 * Custom checkboxes and radios hide the real input and draw a label instead; the person
 * clicks the label, so the input counts as visible when its label is. `look` is a further
 * check of what is judged (the hit test before a write), given the elements that count as it.
 * `now` gives the look each judgement uses: the read's one, or a new one where a look may scroll.
 */
export function isChoiceVisible(input: HTMLInputElement, now: () => Sight, labels: Element[], look: Look = () => true): boolean {
  if (judgeStyle(input, now(), false) && look(input, labels)) return true;
  return !markedHidden(input) && labels.some((label) => drawsBeside(label, input, now()) && judgeStyle(label, now(), false) && look(label, [input]));
}

/** Displayed, visible, not veiled, not faded beyond reading: what the chain and style of an element say at once. */
function drawn(el: Element, sight: Sight): boolean {
  const style = sight.style(el);
  const chain = sight.chain(el);
  return style.display !== 'none' && !/hidden|collapse/.test(style.visibility) && !chain.veiled && chain.opacity >= MIN_OPACITY;
}

/**
 * A label draws a hidden checkbox only from beside it: the page's CSS shows the state through
 * `input:checked + label` or a label that holds the input. The input itself is hidden, not a
 * section around it; a label elsewhere (a repeated id points one at a hidden section's box)
 * shows nothing of that box's state.
 */
function drawsBeside(label: Element, input: Element, sight: Sight): boolean {
  const up = parentOf(input);
  if (!up || containsNode(up, label)) return true;
  // One box of its own around the input at most, and that box drawn.
  return containsNode(parentOf(up) ?? up, label) && drawn(up, sight);
}

/** Scroll position to give back once the fill is done, when a hit test had to scroll. */
export interface Scrolled { x: number; y: number; moved: boolean }

export const startScroll = (): Scrolled => ({ x: scrollX, y: scrollY, moved: false });

export function restoreScroll(scrolled: Scrolled): void {
  if (scrolled.moved) scrollTo({ left: scrolled.x, top: scrolled.y, behavior: 'instant' });
}

type Point = { x: number; y: number };
/** Whether a cover no hit test finds (inert, or paint beyond a box) lies at a point, found once per judgement of a field. */
type Unseen = () => (at: Point) => boolean;

const centreOf = (el: Element): Point => { const r = rectOf(el); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; };
/**
 * What a person sees at a point of the field: the field itself, or the field through every box
 * drawn above it there, each judged by what it paints at that point. Undefined when the point is
 * out of the window: nothing to look at there.
 *
 * `centre`: the point is the field's centre, where the words of any box but its own label hide it
 * and its own label (a floating label) is judged by what it paints over the field as a whole.
 * Elsewhere (where the text is drawn), a hint's words over the text read through, as they do on
 * real forms, and the label is judged as any other box.
 */
function shownAt(at: Point, el: Element, ownLabels: Element[], unseen: Unseen, centre: boolean): boolean | undefined {
  if (!(at.x >= 0 && at.y >= 0 && at.x < innerWidth && at.y < innerHeight)) return undefined;
  // Most often the field is drawn on top: one hit test, cheaper than listing every box there. The
  // extension's own panel over the field hides it as anything else would (a fill asked for in the
  // popup closes the panel first, so it covers nothing then). contains() is true of the node itself.
  const top = document.elementFromPoint(at.x, at.y);
  if (!top || isOwn(top)) return false;
  if (containsNode(el, top)) return !unseen()(at);
  const r = rectOf(el);
  // The share of the field that still shows through the backgrounds passed so far.
  let through = 1;
  // Every box at the point, not only the topmost: a transparent layer over a cover hides the
  // cover from elementFromPoint. A box around the field is listed above it when its ::before or
  // ::after is drawn there, or when the field is pushed below its background (z-index: -1).
  for (const hit of hitsAt(at)) {
    if (containsNode(el, hit)) return !unseen()(at);
    if (isOwn(hit)) return false;
    const label = ownLabels.some((own) => containsNode(own, hit));
    if (label && centre) {
      if (paintsOver(hit, el)) return false;
      continue;
    }
    const style = getComputedStyle(hit);
    const strength = opacityOf(style.opacity);
    through *= 1 - (parseColour(style.backgroundColor)?.[3] ?? 0) * strength;
    if (through < 0.5) return false;
    // Drawn at under half its strength, whatever it paints leaves the field showing through.
    if (strength < 0.5) continue;
    if (matchesOf(hit, PAINTED_WHOLE) || paintsItsBox(style) || paintedPseudo(hit, at) || tallGlyphs(hit, style, r) || inLink(hit)) return false;
    if (holdsWords(hit) && ((centre && !label) || style.textShadow !== 'none')) return false;
  }
  return false;
}

/**
 * Boxes under one inert element looked at, at most. Past that, the element counts as a cover of
 * every field outside it, wherever it lies: a page with a very large inert part (a menu of
 * thousands of links, say) has nothing filled.
 */
const INERT_PARTS = 2000;

/**
 * Hit tests pass through an inert box as if it were not there (the sheet a fill runs under,
 * background/covers-shown.ts, shows every other cover), so an inert cover is looked for by its
 * boxes: any inert box at a point looked at, in the page or the field's own shadow tree, counts
 * as a cover, however it is painted (every doubt answers no). A field inside an inert box is
 * hidden already. Where each inert element's boxes lie is read once per look (\`Sight\`): once per
 * read, once per field judged before its write, once for the judgements after the last write.
 */
function inertCovers(el: Element, sight: Sight): (at: Point) => boolean {
  const own = rootOf(el) as Document | ShadowRoot;
  const roots = [...new Set([own, document, ...pageTrees()])];
  const boxes: DOMRect[] = [];
  for (const inert of roots.flatMap(inertIn)) {
    if (containsNode(inert, el)) continue;
    const drawn = sight.inertBoxes(inert);
    if (!drawn) return () => true;
    boxes.push(...drawn);
  }
  return ({ x, y }) => boxes.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

/** The boxes an inert element and everything in it draw; null past \`INERT_PARTS\`. */
function boxesOf(inert: Element): DOMRect[] | null {
  // Counted before any is listed: a list of thousands would cost more than the boxes it saves.
  // What its shadow trees draw is in it too.
  const parts = [...queryAllIn(inert, '*'), ...shadowTreesIn(inert).flatMap((tree) => [...queryAllIn(tree, '*')])];
  return parts.length > INERT_PARTS ? null : [inert, ...parts].map(rectOf).filter((r) => r.width > 0 && r.height > 0);
}

const searchInert = (root: Document | ShadowRoot): Element[] => [...queryAllIn(root, '[inert]')];

/**
 * What a read or a fill keeps while it lasts: the inert elements of each root looked in, with the
 * observer that hears every change that could make a new one, and the paint beyond boxes found.
 */
interface Watch { lists: Map<Node, Element[]>; observer: MutationObserver; paint: PaintWatch; ends?: ReturnType<typeof setTimeout> }

/** The watch of the read or fill running; none: every search is fresh. */
let watched: Watch | null = null;

/**
 * What the page changed in its trees since the inert elements were listed: a new search of them.
 * Heard between a read and its fill too, when no watch runs: the lists are then searched again.
 */
function changedInert(lists: Map<Node, Element[]>, records: MutationRecord[]): void {
  addTrees(records);
  // Only an element put in, or an \`inert\` set, can make one: a clock's ticking words cost no search.
  if (records.some((record) => record.type === 'attributes' || [...record.addedNodes].some((node) => node.nodeType === Node.ELEMENT_NODE))) lists.clear();
}

/** The shadow trees of elements the page put in, added to those known. */
function addTrees(records: MutationRecord[]): void {
  const paint = watched?.paint;
  if (!paint?.trees || !records.some((record) => record.addedNodes.length || record.removedNodes.length)) return;
  const trees = paint.trees.filter((tree) => tree.host.isConnected);
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) trees.push(...shadowTreesIn(node));
  paint.trees = [...new Set(trees)];
}

/**
 * The shadow trees of the page, at any depth: found by the search for painters, which walks the
 * page (or searched for), then updated where elements come in. Kept from a read for the fill
 * that follows it, as painters are.
 */
function pageTrees(): ShadowRoot[] {
  if (!watched) return shadowTreesIn(document);
  changedInert(watched.lists, watched.observer.takeRecords());
  return (watched.paint.trees ??= shadowTreesIn(document));
}

/** The elements of each root that paint beyond their boxes, the page's shadow trees (null: to be searched), and the changes the page made since they were found. */
interface PaintWatch { painters: Map<Node, Element[]>; trees: ShadowRoot[] | null; restyled: MutationObserver; pending: MutationRecord[]; reaches: Map<Element, Reach>; far: Map<Node, boolean> }

/** Where a painter could paint (\`Sight.reach\`), found when its box stood where it says. */
interface Reach { left: number; top: number; width: number; height: number; areas: Overpaint[] }

/**
 * How long what a read found (inert elements, paint beyond boxes) is kept, watched, for the fill
 * that follows it: the background plans between the two, in milliseconds. A read with no fill
 * after it leaves the page no observer for longer.
 */
const KEPT_MS = 2000;
let kept: Watch | null = null;

/** The watch a read left, or a new one (whose inert elements are searched for as they are asked). */
function keptOrNew(): Watch {
  const watch = kept;
  kept = null;
  if (watch) { clearTimeout(watch.ends); return watch; }
  const pending: MutationRecord[] = [];
  const lists = new Map<Node, Element[]>();
  return {
    lists,
    observer: new MutationObserver((records) => changedInert(lists, records)),
    paint: { painters: new Map(), trees: null, restyled: new MutationObserver((records) => { pending.push(...records); }), pending, reaches: new Map(), far: new Map() },
  };
}

/**
 * The elements carrying \`inert\` in a root (the document, or a field's shadow tree). A search walks
 * every element of it (milliseconds on a page of thousands of controls, once per field judged);
 * while a watch lasts, one search serves until the page changes its tree or an \`inert\` attribute
 * there. Such changes are recorded as they happen, and \`takeRecords\` hands them over at once, so
 * a cover the page makes inert in answer to the fill's events on one field is found before the
 * next is written. Where each one's boxes lie is the look's to read (\`Sight\`): styles change
 * without a record.
 */
function inertIn(root: Document | ShadowRoot): Element[] {
  if (!watched) return searchInert(root);
  const { lists, observer } = watched;
  changedInert(lists, observer.takeRecords());
  let list = lists.get(root);
  if (!list) {
    list = searchInert(root);
    lists.set(root, list);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['inert'] });
  }
  // An element that lost its \`inert\` since covers nothing; one that left the page has no box.
  return list.filter((inert) => attributeOf(inert, 'inert') !== null);
}

/**
 * Run a read or a fill with one search for inert elements per root, searched again only after a
 * change that may make a new one. The inert elements and the elements painting beyond their boxes
 * a read found serve the fill that follows it, updated by what the page changed in between
 * (\`KEPT_MS\`); after that the page pays for no observer.
 */
export function withInertWatched<T>(run: () => T): T {
  if (watched) return run();
  // A read asks the browser afresh which elements hold shadow trees; the fill after it keeps what it found.
  if (!kept) forgetShadowRoots();
  const watch = keptOrNew();
  watched = watch;
  const end = () => {
    if (watched === watch) watched = null;
    kept = watch;
    watch.ends = setTimeout(() => {
      watch.observer.disconnect();
      watch.paint.restyled.disconnect();
      if (kept === watch) kept = null;
    }, KEPT_MS);
  };
  let result: T;
  try {
    result = run();
  } catch (error) {
    end();
    throw error;
  }
  // A paced fill (a promise) keeps the watch until its last judgement.
  if (result instanceof Promise) return result.finally(end) as T;
  end();
  return result;
}

/**
 * The elements of a root that paint beyond their boxes (overpaint.ts). Looking means reading the
 * style of every element there, so while a watch lasts one search serves; where the page changes
 * its tree, an attribute (a class, a style) or a text, the boxes around the change are searched
 * again (\`repaintedIn\`). \`lookAfresh\` starts over, for a style a page changes with no record (a
 * rule keyed on \`:placeholder-shown\` once a value is in, a rule put in through the CSSOM).
 */
function paintersIn(root: Document | ShadowRoot): Element[] {
  if (!watched) return searchOverpaint(root);
  const { painters, restyled, pending, far } = watched.paint;
  const records = [...pending.splice(0), ...restyled.takeRecords()];
  addTrees(records);
  if (records.length) {
    watched.paint.reaches.clear();
    for (const [known, before] of painters) {
      const tree = known as Document | ShadowRoot;
      // Whether its rules restyle far from a change is read once, and again after a search of it whole (a sheet may have changed).
      if (!far.has(tree)) far.set(tree, restylesFar(tree));
      const after = repaintedIn(tree, before, records, far.get(tree)!);
      if (after) painters.set(known, after); else { painters.delete(known); far.delete(known); }
    }
  }
  let list = painters.get(root);
  if (!list) {
    const trees: ShadowRoot[] = [];
    list = searchOverpaint(root, undefined, trees);
    painters.set(root, list);
    // The page's shadow trees, found on the way: the search for inert covers needs them too.
    if (root === document) watched.paint.trees = trees;
    // Changes in the shadow trees in it are the root's too.
    for (const tree of [root, ...root === document ? pageTrees() : []]) restyled.observe(tree, { subtree: true, childList: true, attributes: true, characterData: true });
  }
  return list;
}

/** The next judgement searches the page for paint beyond boxes again, whatever it recorded. */
export function lookAfresh(): void {
  if (!watched) return;
  watched.paint.painters.clear();
  watched.paint.reaches.clear();
  watched.paint.far.clear();
  // A shadow root attached to an element already in the page comes with no record. The inert
  // elements of each root already searched stay listed: every change to them is recorded, and a
  // tree newly found has none listed yet, so it is searched.
  watched.paint.trees = null;
  forgetShadowRoots();
}

/**
 * Where a painter could paint, as the look sees it. While a watch lasts it is kept, as the
 * painters are, until the page changes anything the watch records (\`paintersIn\`) or the box
 * moves or is resized; the look after the last write starts afresh (\`lookAfresh\`). A ::before or
 * ::after may be placed by a box above (a fixed one, by the window): it is found anew each time.
 */
function reachOf(painter: Element, sight: Sight): Overpaint[] {
  const kept = watched?.paint.reaches;
  if (!kept || isPseudoPainter(painter)) return sight.reach(painter);
  const { left, top, width, height } = sight.rect(painter);
  const known = kept.get(painter);
  if (known && known.left === left && known.top === top && known.width === width && known.height === height) return known.areas;
  const areas = sight.reach(painter);
  kept.set(painter, { left, top, width, height, areas });
  return areas;
}

/**
 * Covers a hit test never finds, at a point: an inert box (\`inertCovers\`), or paint another
 * element draws beyond its own box (a shadow, an outline, a reflection), in the page or the
 * field's own shadow tree.
 */
function unseenCovers(el: Element, sight: Sight): (at: Point) => boolean {
  // Painters first: their search lists the page's shadow trees, where inert covers are looked for too.
  const reach = reachesIn(rootOf(el) as Document | ShadowRoot, sight);
  const inert = inertCovers(el, sight);
  return (at) => inert(at) || reach.some(({ painter, areas }) => painter !== el && overpaintAt(areas, at) && overpaintAt(sight.overpaint(painter), at));
}

/** A painter, and where it could paint at all. */
interface PainterReach { painter: Element; areas: Overpaint[] }

/** Each look's painters for fields of a root, with where each could paint. */
const reachesOfLook = new WeakMap<Sight, Map<Document | ShadowRoot, PainterReach[]>>();

/**
 * The painters that could paint over a field of a root (its own and the document's, those an
 * animation restyles among them), with where each could paint at all. Listed once a look: no
 * script of the page runs while one lasts, and every field judged in it shares the list (the
 * read's look judges a field of thousands of cards' shadows after another).
 */
function reachesIn(own: Document | ShadowRoot, sight: Sight): PainterReach[] {
  let byRoot = reachesOfLook.get(sight);
  if (!byRoot) reachesOfLook.set(sight, byRoot = new Map());
  const known = byRoot.get(own);
  if (known) return known;
  const animated = new Set(sight.animated());
  const painters = [...(own === document ? [document] : [own, document]).flatMap(paintersIn), ...animated].filter((painter) => !isOwn(painter));
  // Where each could paint at all first, and in full (the opacities above it, whether it is drawn)
  // only where it could: a page of thousands of cards with a shadow each is judged again before
  // every write, and the walk up each card's ancestors was most of a fill's time there. What an
  // animation restyles is read anew at each look: its shadow grows with no record and no move
  // (one that starts a moment after the page marks a box lay over the next field but one).
  const found = painters.map((painter) => ({ painter, areas: animated.has(painter) ? sight.reach(painter) : reachOf(painter, sight) })).filter(({ areas }) => areas.length);
  byRoot.set(own, found);
  return found;
}

/**
 * Drawn as a whole picture over what lies under it, whatever its colours: an image, a frame,
 * another box, a widget the browser draws. A link, or what is in one, counts so too (\`inLink\`):
 * a visited link's colours are never told, so a clear one may be drawn opaque. An SVG shape, its
 * words, a copy a use element draws, an SVG image: a hit test finds one only where it is painted,
 * its stroke as well as its fill, and that paint may lie far beyond its box and its SVG's (a
 * stroke 3000px wide, an SVG whose overflow is visible).
 */
const PAINTED_WHOLE = 'img, svg, canvas, video, audio, iframe, fencedframe, object, embed, input, textarea, select, button, progress, meter, hr, '
  + 'path, rect, circle, ellipse, line, polyline, polygon, text, tspan, textPath, use, image';

const opaque = (colour: string | undefined) => (parseColour(colour)?.[3] ?? 0) > 0.5;

/** A border of 4px or more on any side, in a colour that hides what is under it. */
const opaqueBorder = (style: CSSStyleDeclaration) =>
  (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => parseFloat(style[`border${side}Width`]) >= 4 && opaque(style[`border${side}Color`]));

/**
 * An inset shadow of an opaque colour reaching 4px or more into its box. Each shadow is its
 * colour, its lengths and "inset"; commas inside a colour's brackets are not between shadows.
 */
function insetCover(shadow: string): boolean {
  const lengths = shadow.match(/-?[\d.]+px/g) ?? [];
  return /\binset\b/.test(shadow) && lengths.some((l) => Math.abs(parseFloat(l)) >= 4) && opaque(shadow.replace(/\binset\b|-?[\d.]+px/g, '').trim());
}

/**
 * Paint of a box's own that hides what is under it, besides its background colour: an image
 * (a background, a border image, its content replaced by one), a thick opaque border, an inset
 * shadow, an outline drawn inward over the box; or a redrawing of what lies under it (a backdrop
 * filter, a blend).
 */
const paintsItsBox = (style: CSSStyleDeclaration) => style.backgroundImage !== 'none' || opaqueBorder(style)
  || /url\(|gradient\(/.test(style.content) || (style.backdropFilter ?? 'none') !== 'none' || style.mixBlendMode !== 'normal'
  || (style.borderImageSource !== 'none' && style.borderImageSource !== '')
  || style.boxShadow.split(/,(?![^(]*\))/).some(insetCover)
  || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 4 && parseFloat(style.outlineOffset) < 0 && opaque(style.outlineColor));

/**
 * Between the element hit and the field's nearest common box: something over half the field or
 * more that hides it. An opaque background, or layers of faint ones that together are; a
 * background image, an image or frame, a thick opaque border, glyphs as tall as the field; and,
 * wherever it is drawn (a pseudo-element is hit as its element, and its box cannot be measured),
 * a positioned ::before or ::after that paints a background or border.
 */
function paintsOver(hit: Element, el: Element): boolean {
  const r = rectOf(el);
  // The share of the field that still shows through the backgrounds passed so far.
  let through = 1;
  for (let node: Element | null = hit; node && !containsNode(node, el); node = parentOf(node)) {
    if (paintedPseudo(node)) return true;
    const style = getComputedStyle(node);
    const over = rectOf(node);
    const area = Math.max(0, Math.min(over.right, r.right) - Math.max(over.left, r.left)) * Math.max(0, Math.min(over.bottom, r.bottom) - Math.max(over.top, r.top));
    if (area < (r.width * r.height) / 2) continue;
    if (matchesOf(node, PAINTED_WHOLE) || paintsItsBox(style) || tallGlyphs(node, style, r) || inLink(node)) return true;
    through *= 1 - (parseColour(style.backgroundColor)?.[3] ?? 0);
    if (through < 0.5) return true;
  }
  return false;
}

/** Words of its own in glyphs nearly as tall as the field: they hide it where they are drawn. */
const tallGlyphs = (el: Element, style: CSSStyleDeclaration, field: DOMRect) => parseFloat(style.fontSize) >= 0.8 * field.height
  && opaque(style.color) && holdsWords(el);

/**
 * A ::before or ::after that paints (a background, a border, an image) at half its strength or
 * more. It is hit as its element, and its box cannot be measured. Without `at` (judging a label
 * by area), only a positioned one counts, wherever it is drawn. With `at` (the element is drawn
 * above the field there), a positioned one counts where it can be placed and covers that point,
 * or wherever it is drawn where it cannot be placed; one in the flow (a block pulled over the
 * field by a negative margin) counts too.
 */
const paintedPseudo = (el: Element, at?: Point) => ['::before', '::after'].some((pseudo) => {
  const style = getComputedStyle(el, pseudo);
  // Drawn at under half its strength (a ripple, a state layer), it leaves the field showing through.
  if (/^(none|normal)$/.test(style.content) || opacityOf(style.opacity) < 0.5 || !(opaque(style.backgroundColor) || paintsItsBox(style))) return false;
  if (!/absolute|fixed/.test(style.position)) return !!at;
  const box = at && placedPseudoBox(el, style);
  return !box || (at.x >= box.left && at.x <= box.right && at.y >= box.top && at.y <= box.bottom);
});

const px = (value: string) => Math.max(0, parseFloat(value) || 0);

/** Shadow trees looked into at a point, at most this deep. */
const MAX_TREE_DEPTH = 8;

/**
 * Every box at a point, top first, with what shadow trees draw there: a hit test of the page
 * finds a shadow tree's boxes as their host, which paints nothing itself, so each host's tree is
 * asked again, and its boxes listed just above it.
 */
function hitsAt(at: Point): Element[] {
  const found: Element[] = [];
  const add = (hit: Element, depth: number) => {
    const tree = depth < MAX_TREE_DEPTH ? shadowRootOf(hit) : null;
    if (tree) for (const inner of tree.elementsFromPoint(at.x, at.y)) if (rootOf(inner) === tree) add(inner, depth + 1);
    found.push(hit);
  };
  for (const hit of document.elementsFromPoint(at.x, at.y)) add(hit, 0);
  return found;
}

/**
 * Something of the page's own drawn over the field's centre, as the page stands (no scrolling):
 * a cheap look for a read, asked only of fields in view. Out of view, the write's hit test decides.
 */
export const coveredInView = (el: Element, ownLabels: Element[], sight: Sight): boolean =>
  shownAt(centreOf(el), el, ownLabels, lazy(() => unseenCovers(el, sight)), true) === false;

/**
 * Is the field what a person sees at its own centre? The page is scrolled (the page itself,
 * never a box inside it) to bring the centre into view when needed. Anything else there (a
 * cover, the page's background over a field with a negative z-index) means the person cannot see it.
 */
function hitTest(el: Element, scrolled: Scrolled, ownLabels: Element[], now: () => Sight): boolean {
  const centre = centreOf(el);
  if (seenWhole(centre, el, ownLabels, now)) return true;
  // Out of view, or under something (a sticky header, perhaps): bring it to the middle of the window and look again.
  const before = { x: scrollX, y: scrollY };
  scrollTo({ left: scrollX + centre.x - innerWidth / 2, top: scrollY + centre.y - innerHeight / 2, behavior: 'instant' });
  if (scrollX !== before.x || scrollY !== before.y) scrolled.moved = true;
  return seenWhole(centreOf(el), el, ownLabels, now);
}

/** Seen at its centre, and where its text is drawn. */
function seenWhole(centre: Point, el: Element, ownLabels: Element[], now: () => Sight): boolean {
  const unseen = lazy(() => unseenCovers(el, now()));
  // A point of the text out of the window (a text area taller than it) counts as unseen.
  return !!shownAt(centre, el, ownLabels, unseen, true) && textPointsOf(el, centre).every((at) => !!shownAt(at, el, ownLabels, unseen, false));
}

/** Boxes a person types or chooses words in, drawn where their text starts. */
const TEXT_BOXES = 'textarea, select, input:not([type=checkbox], [type=radio])';

/**
 * Where a box draws its text: just inside its padding at the start of its first line (the right
 * for right-to-left or right-aligned text), near the top of the line's glyphs; and halfway from
 * there to the centre, near their foot. A cover can leave the centre bare (a slit across or down
 * the box, a hole cut in it, a cover of the first half only) and hide the words written: two
 * points on neither the centre's row nor its column find each. The centre itself is judged on
 * its own. None for centred text.
 */
function textPointsOf(el: Element, centre: Point): Point[] {
  if (!matchesOf(el, TEXT_BOXES)) return [];
  const style = getComputedStyle(el);
  const align = style.textAlign;
  if (align.includes('center')) return [];
  const r = rectOf(el);
  const box = el as HTMLElement;
  // Padding and borders are laid out before a transform scales the box; the rect is after.
  const sx = box.offsetWidth > 0 ? r.width / box.offsetWidth : 1;
  const sy = box.offsetHeight > 0 ? r.height / box.offsetHeight : 1;
  const left = r.left + sx * (px(style.borderLeftWidth) + px(style.paddingLeft));
  const right = r.right - sx * (px(style.borderRightWidth) + px(style.paddingRight));
  const top = r.top + sy * (px(style.borderTopWidth) + px(style.paddingTop));
  const rtl = style.direction === 'rtl';
  // Justified (and start-aligned) lines start where the direction starts: the right for right-to-left.
  const fromRight = /right/.test(align) || (!/left/.test(align) && (align === 'end') !== rtl);
  const inset = Math.min(4 * sx + sx * px(style.textIndent), (right - left) / 4);
  const x = fromRight ? right - inset : left + inset;
  const bottom = r.bottom - sy * (px(style.borderBottomWidth) + px(style.paddingBottom));
  // An input's one line is in the middle of its content box; a text area's first line is at its top.
  const font = parseFloat(style.fontSize) || 16;
  const line = parseFloat(style.lineHeight) || 1.2 * font;
  const y = el instanceof HTMLTextAreaElement ? Math.min(top + (sy * line) / 2, (top + bottom) / 2) : (top + bottom) / 2;
  // Most of a line's glyphs lie within a third of the font size above and below its middle.
  const [above, below] = [-1, 1].map((side) => Math.min(Math.max(y + side * sy * 0.3 * font, top + 1), bottom - 1)) as [number, number];
  return [{ x, y: above }, { x: (x + centre.x) / 2, y: below }];
}


/**
 * The judgement just before a write: styles and boxes as they are now, then the hit test.
 * A checkbox or radio drawn by its label is judged by the label. `read`: the labels the read
 * found, of which those still the field's own count; `el.labels` would search the whole page
 * again for each field written (milliseconds each on a page of thousands of labels). `now`: the
 * look its parts share, by default one of its own, new after a hit test scrolls.
 */
export function canSeeNow(el: Control, scrolled: Scrolled, read?: Element[], now: () => Sight = stillSight()): boolean {
  const labels = read ? read.filter((label) => (label as HTMLLabelElement).control === el) : [...(el.labels ?? [])];
  const look: Look = (target, around) => hitTest(target, scrolled, around, now);
  // A hit test may scroll the page: the label of a checkbox is then judged from a new look.
  if (isChoice(el)) return labels.every((label) => wordsAsRead(label, now())) && isChoiceVisible(el, now, labels, look);
  const sight = now();
  const at = { x: scrollX, y: scrollY };
  if (!judgeStyle(el, sight) || !firstLineReads(el, sight) || !look(el, labels)) return false;
  // The hit test scrolled to the field: a page may style it by where it is (a scroll-driven fade).
  return (scrollX === at.x && scrollY === at.y) || judgeStyle(el, newSight());
}

/**
 * One look for several judgements in a row, while nothing of the page's runs between them (no
 * event dispatched, no value written): styles and boxes cannot change then, save by a scroll
 * (boxes move; a scroll-driven animation restyles), after which the look is new.
 */
export function stillSight(): () => Sight {
  let sight = newSight();
  let at = { x: scrollX, y: scrollY };
  return () => {
    if (scrollX !== at.x || scrollY !== at.y) {
      sight = newSight();
      at = { x: scrollX, y: scrollY };
    }
    return sight;
  };
}

/** ::first-line and ::first-letter paint a one-line box's text: their colour must read too, as the box's own does. */
function firstLineReads(el: Element, sight: Sight): boolean {
  const { opacity, tone } = sight.chain(el);
  return ['::first-line', '::first-letter'].every((pseudo) => !unreadable(inkOf(getComputedStyle(el, pseudo), tone), toned(sight.background(el), tone)!, opacity));
}

/** Elements of a label looked at for words drawn otherwise than written: a label is a few words. */
const LABEL_PARTS = 24;
const DRAWS_WORDS = 'input:not([type=hidden]), textarea, select, iframe, object, embed, img, canvas, video, text';
const PLAIN_MARKERS = /^(none|disc|circle|square|decimal(-leading-zero)?|(lower|upper)-(alpha|latin|roman)|disclosure-(open|closed))$/;

/** A list item's marker that may be words: a string, or the page's own @counter-style. */
const wordyMarker = (style: CSSStyleDeclaration) =>
  /^["'].*\p{L}{2}/u.test(style.listStyleType) || (/list-item/.test(style.display) && !PLAIN_MARKERS.test(style.listStyleType));

/**
 * A checkbox is ticked for the words its label holds; they must be the words a person reads.
 * Not so when the page draws other words in their place or beside them (CSS \`content\`, a list
 * marker with letters in it, another box's value or placeholder, a frame, an image, words anchored
 * to the label) or draws the label's own words hidden, moved out of the label, cut away, too
 * small or faint to read.
 */
function wordsAsRead(label: Element, sight: Sight): boolean {
  // The list item the label sits in draws its marker just before the label's words.
  for (let up = parentOf(label), i = 0; up && i < 3; up = parentOf(up), i++) if (wordyMarker(sight.style(up))) return false;
  const box = sight.rect(label);
  return [label, ...queryAll(label, '*').slice(0, LABEL_PARTS)].every((part) => {
    // Words drawn by something other than the label's text: another box's value or placeholder,
    // a frame, an image, SVG text. The box itself (a checkbox or radio) is no such thing.
    if (matchesOf(part, DRAWS_WORDS) && !isChoice(part)) return false;
    const style = sight.style(part);
    // A list marker may be a string of words too (list-style: "…", or a page's own @counter-style),
    // and an anchor name lets words elsewhere on the page be drawn at the label.
    if (['::before', '::after', '::marker'].some((pseudo) => /\p{L}{2}/u.test(getComputedStyle(part, pseudo).content.replace(/^n(one|ormal)$/, '')))
      || wordyMarker(style) || !/^(none)?$/.test((style as unknown as { anchorName?: string }).anchorName ?? '')) return false;
    if (![...part.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\p{L}/u.test(n.textContent!))) return true;
    const r = sight.rect(part);
    const inside = (outer: DOMRect) => Math.min(r.right, outer.right) > Math.max(r.left, outer.left) && Math.min(r.bottom, outer.bottom) > Math.max(r.top, outer.top);
    let clipped = false;
    for (let clip = sight.chain(part).clips; clip; clip = clip.next) if (clip.el !== part && !inside(sight.rect(clip.el))) clipped = true;
    return drawn(part, sight) && (part === label || inside(box)) && !clipped && textReads(part, style, sight, parseFloat(style.fontSize));
  });
}
