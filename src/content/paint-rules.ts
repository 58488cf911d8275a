import { accessor, elementCount, holdsElements, matchesOf, queryAllIn, queryIn } from './dom.ts';

/**
 * Where the page's own style sheets put paint beyond a box. Only a rule, an inline style or an SVG
 * attribute gives an element a shadow, an outline, a drop shadow, a border image, a reflection or
 * SVG markers (the browser's own sheet gives the focused element its ring), so the elements such
 * rules match are the only ones whose style a search reads: a survey of thousands of plain boxes
 * is not read box by box.
 */
export interface PaintRules {
  /** Selectors of the elements styled so (a text shadow's inheritors with them). */
  own: string[];
  /** Selectors of the elements whose pseudo-elements are styled so, the pseudo-element taken off. */
  pseudo: string[];
  /** A shadow tree's: a rule styles its host or what it shows of the page (`:host`, `::slotted`). */
  host?: boolean;
}

const PSEUDO = /::?(?:before|after|first-line|first-letter|marker)\b/gi;
/** Properties that paint beyond a box (by their longhands' names: `outline-width`, `border-image-source`, `filter`). */
const PAINTS = /box-shadow|outline|text-shadow|filter|border-image|box-reflect|marker/;
/** Paint the element's descendants inherit. */
const INHERITED = /text-shadow|marker/;
/** SVG attributes that style as a rule would: a filter, and markers (which the shapes markers are drawn on inherit; only those are matched, not every box inside). */
const PAINT_ATTRIBUTES = ['[filter]', '[marker-start], [marker-mid], [marker-end]', ':is([marker-start], [marker-mid], [marker-end]) :is(path, line, polyline, polygon)'];
/**
 * Whether SVG's attributes can paint in a root: they style SVG's elements only, and SVG draws
 * only inside an `<svg>`; matching them on every element of a survey of thousands with none cost
 * more than the page's own rules.
 */
const holdsSvg = (root: Document | ShadowRoot | Element) => root instanceof SVGElement || (root instanceof ShadowRoot ? queryIn(root, 'svg') !== null
  // The browser's list by tag, not a query: it walks the page without matching a selector at each element.
  : HTMLCollection.prototype.item.call((root instanceof Document ? Document.prototype : Element.prototype).getElementsByTagName.call(root, 'svg'), 0) !== null);

/**
 * In a shadow tree, a box hit tests pass through is looked for too (overpaint.ts `passedThrough`:
 * the sheet a fill runs under does not reach there), and what holds it passes that on.
 */
const PASSES = /pointer-events/;
/** What a style attribute or an SVG attribute of a tree's box passes on to all it holds: hit tests passing through. */
const TREE_PASSES = ['[style*="pointer-events" i] *', '[style*="all" i] *', '[pointer-events]', '[pointer-events] *'];
/** A selector of a tree's host alone, or of what it shows of the page: those are read whatever the rules say. */
const HOST_ONLY = /^\s*(?::host(?:\([^()]*\))?|::slotted\([^()]*\))\s*(?:::?[\w-]+)?\s*$/i;
const OF_HOST = /:host|::slotted/i;

/**
 * What a rule's declarations do here, told by their properties' names. A declaration block lists
 * its longhands (a shorthand's expanded; `-webkit-box-shadow` as `box-shadow`; `all` as itself in
 * Chromium, as every longhand in Firefox), and asking for each name costs a third of writing the
 * rule out as text and searching that, which was most of a read of a sheet of thousands of rules.
 */
function declared(style: CSSStyleDeclaration): { paints: boolean; inherited: boolean; passes: boolean } {
  let paints = false;
  let inherited = false;
  let passes = false;
  for (let i = 0, n = style.length; i < n; i++) {
    const name = style.item(i);
    if (name === 'all') return { paints: true, inherited: true, passes: true };
    // `border` sets the border image too, to none: only an image drawn counts.
    if (name.startsWith('border-image')) { paints ||= name === 'border-image-source' && drawsBorderImage(style); continue; }
    if (PAINTS.test(name)) { paints = true; inherited ||= INHERITED.test(name); }
    passes ||= PASSES.test(name);
  }
  return { paints, inherited, passes };
}

/** Values of a border image's source that draw nothing; empty: a shorthand holding `var()`, known only from what the rule wrote. */
const NO_IMAGE = /^(none|initial|unset)$/;

function drawsBorderImage(style: CSSStyleDeclaration): boolean {
  const source = style.getPropertyValue('border-image-source');
  return source === '' ? /border-image/i.test(style.cssText) : !NO_IMAGE.test(source);
}

/** The rules' selectors; false: a sheet, or a rule, this cannot read. */
function readRules(rules: CSSRuleList, into: PaintRules, inTree: boolean): boolean {
  // By index: a list's iterator makes an object per rule, and a design system's sheets hold thousands.
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (typeof CSSImportRule === 'function' && rule instanceof CSSImportRule) {
      if (rule.styleSheet && !readSheet(rule.styleSheet, into, inTree)) return false;
    } else if (rule instanceof CSSStyleRule) {
      // A nested rule's selector counts from the rule around it.
      if (rule.cssRules?.length) return false;
      const { paints, inherited, passes: passesAny } = declared(rule.style);
      const passes = inTree && passesAny;
      if (!paints && !passes) continue;
      const selector = rule.selectorText;
      if (inTree && OF_HOST.test(selector)) {
        // The host and what it shows are read whatever the rules say; a box of the tree under them is not placed here.
        if (!HOST_ONLY.test(selector)) return false;
        into.host = true;
        continue;
      }
      // Quoted or escaped text may hold what looks like a pseudo-element: every element is looked at.
      const elements = !selector.match(PSEUDO) ? selector : /["'\\]/.test(selector) ? '*' : selector.replace(PSEUDO, ':is(*)');
      if (elements !== selector) into.pseudo.push(elements);
      // A list may name elements beside pseudo-elements (`.a, .b::after`): each is looked at for both.
      into.own.push(elements);
      if (inherited || passes) into.own.push(`:is(${elements}) *`);
    } else if ('cssRules' in rule) {
      // @media, @supports, @layer, @container, @scope (its rules' selectors match a superset unscoped).
      if (!readRules((rule as CSSGroupingRule).cssRules, into, inTree)) return false;
    }
  }
  return true;
}

function readSheet(sheet: CSSStyleSheet, into: PaintRules, inTree: boolean): boolean {
  let rules: CSSRuleList;
  try { rules = sheet.cssRules; } catch { return false; }
  return readRules(rules, into, inTree);
}

/**
 * Past this many rules for each element they could style, reading the rules costs more than
 * looking at every element: a rule read costs about what reading an element's styles does, its own
 * and its pseudo-elements' (in a content script, a form's page of 239 elements under a design
 * system's 4,000 rules: the rules 35–45 ms, every element 6–8 ms; 1,439 elements, 38–47 against 18
 * ms; 4,239 elements, 32–42 against 52–61 ms).
 */
const RULES_PER_ELEMENT = 2;

/** Firefox's way from the page's view of an object back to this world's (its "Xray"), where the page's scripts change nothing. */
type Unwaive = (value: unknown) => unknown;

/**
 * The sheets a script made for a root (`adoptedStyleSheets`), by index; null: they cannot be
 * listed here. Firefox shows a content script the list but neither its length nor its items; the
 * page's own view of the same list (`wrappedJSObject`) tells both, and no page script can make
 * it lie (its length and items are the browser's, whatever a script defines), and each sheet is
 * then read through this world's view again. Without it Firefox read every element's style and
 * its pseudo-elements' in each search: seconds on a page of thousands of controls.
 */
function adoptedSheets(root: Document | ShadowRoot, type: typeof Document | typeof ShadowRoot): CSSStyleSheet[] | null {
  try {
    const list = accessor(type, 'adoptedStyleSheets').get?.call(root) as ArrayLike<CSSStyleSheet> | undefined;
    if (!list) return [];
    const unwaive = (globalThis as { XPCNativeWrapper?: Unwaive }).XPCNativeWrapper;
    const pageView = (list as { wrappedJSObject?: ArrayLike<unknown> }).wrappedJSObject;
    const own = typeof list.length === 'number';
    if (!own && (typeof unwaive !== 'function' || typeof pageView?.length !== 'number')) return null;
    const length = own ? list.length : pageView!.length;
    const found: CSSStyleSheet[] = [];
    for (let i = 0; i < length; i++) {
      const sheet = own ? list[i] : unwaive!(pageView![i]);
      if (!(sheet instanceof CSSStyleSheet)) return null;
      found.push(sheet);
    }
    return found;
  } catch {
    return null;
  }
}

/** The rules of sheets, those in groups (@media) left out; unreadable: no number. */
function ruleCount(sheets: CSSStyleSheet[]): number {
  let n = 0;
  for (const sheet of sheets) {
    try { n += sheet.cssRules.length; } catch { return Infinity; }
  }
  return n;
}

/**
 * The rules of the document, or of a shadow tree, that put paint beyond boxes (in a tree, and
 * boxes hit tests pass through). Null: a sheet from another origin (unreadable here) or a rule
 * this cannot resolve may style any element so, or the sheets hold many more rules than there are
 * elements to look at (those of the root, or of the boxes `within` it a search is to cover): every
 * element is looked at.
 */
export function paintRules(root: Document | ShadowRoot = document, within?: Element[]): PaintRules | null {
  const found: PaintRules = { own: [], pseudo: [] };
  const type = root instanceof ShadowRoot ? ShadowRoot : Document;
  // Through the prototype: an image named "styleSheets" shadows the document's own.
  const sheets: CSSStyleSheet[] = [...accessor(type, 'styleSheets').get!.call(root) as StyleSheetList] as CSSStyleSheet[];
  const adopted = adoptedSheets(root, type);
  // Sheets a script made that this world cannot list: any element may be styled.
  if (!adopted) return null;
  sheets.push(...adopted);
  // Not counted whole: a survey's 27,000 elements are walked to the n-th only.
  const needed = Math.ceil(ruleCount(sheets) / RULES_PER_ELEMENT);
  if (within ? within.reduce((n, box) => n + elementCount(box), 0) < needed : !holdsElements(root, needed)) return null;
  for (const sheet of sheets) if (!readSheet(sheet, found, root !== document)) return null;
  if (root !== document) {
    // The page's sheets style a tree's parts (`::part(name)`, `::part(name)::after`) as they please.
    found.own.push('[part]', ...TREE_PASSES);
    found.pseudo.push('[part]');
  }
  return found;
}

/**
 * A selector whose match follows from what an element holds or what comes after it (`:has()`), or
 * from the words anywhere in a box whose direction they set (`:dir()` under `dir="auto"`): a change
 * anywhere below or beside may restyle it.
 */
const LOOKS_FAR = /:(has|dir)\(/i;

/** Whether rules hold one whose match a change far from the element may alter. */
function farIn(rules: CSSRuleList): boolean {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (typeof CSSImportRule === 'function' && rule instanceof CSSImportRule) {
      if (rule.styleSheet && farInSheet(rule.styleSheet)) return true;
    } else if (rule instanceof CSSStyleRule) {
      if (LOOKS_FAR.test(rule.selectorText) || (!!rule.cssRules?.length && farIn(rule.cssRules))) return true;
    } else if (typeof CSSContainerRule === 'function' && rule instanceof CSSContainerRule) {
      // A container's size follows from everything laid out in it.
      return true;
    } else if ('cssRules' in rule) {
      // A scope's bounds are selectors too (`@scope (.card:has(.x))`).
      const scope = rule as { start?: string | null; end?: string | null };
      if (LOOKS_FAR.test(`${scope.start ?? ''} ${scope.end ?? ''}`) || farIn((rule as CSSGroupingRule).cssRules)) return true;
    }
  }
  return false;
}

function farInSheet(sheet: CSSStyleSheet): boolean {
  let rules: CSSRuleList;
  // Another site's sheet cannot be read: what it holds is not known (see restylesFar).
  try { rules = sheet.cssRules; } catch { return false; }
  return farIn(rules);
}

/**
 * Whether a change the page makes in one box may restyle an element outside the box around it,
 * as the page's sheets say: a rule keyed on `:has()` (a box styled for what it holds, or for what
 * follows it, anywhere below) or on `:dir()`, one under `@container` (a container's size follows from anything
 * laid out in it), a scope bounded by `:has()`. Any rule counts, not only those that paint: one
 * that shows a box (`display`, `opacity`) shows its shadow. A sheet from another site cannot be
 * read here, and counts as holding none: taking every change there as far would search a page
 * whole at each write wherever a font service's sheet is linked (seconds on a long survey), and a
 * page can restyle with no change recorded at all (a box ticked by a script, `:checked`), which
 * only the judgement after the last write sees.
 */
export function restylesFar(root: Document | ShadowRoot = document): boolean {
  const type = root instanceof ShadowRoot ? ShadowRoot : Document;
  const adopted = adoptedSheets(root, type) ?? [];
  const sheets = [...accessor(type, 'styleSheets').get!.call(root) as StyleSheetList] as CSSStyleSheet[];
  return [...sheets, ...adopted].some(farInSheet);
}

/** The elements of the document or a shadow tree, or of one box of it, that `selectors` match; null: any may be. */
export function matchedIn(root: Document | ShadowRoot | Element, selectors: string[] | null): Set<Element> | null {
  if (!selectors) return null;
  const found = new Set<Element>();
  if (!selectors.length) return found;
  // One list, one walk of the page: a design system's sheets hold hundreds of such rules.
  const list = selectors.join(', ');
  try {
    if (root instanceof Element && matchesOf(root, list)) found.add(root);
    for (const el of queryAllIn(root, list)) found.add(el);
  } catch {
    // A selector the sheet takes and a query does not: which elements it styles is not known.
    return null;
  }
  return found;
}

const MAX_OWN_SELECTORS = 120;

const activeOf = (doc: Document) => accessor(Document, 'activeElement').get!.call(doc) as Element | null;

/**
 * The elements of the document, or of one box of it, that may paint beyond their boxes: those its
 * rules style so, those with a style or an SVG filter or marker of their own, and the focused one. Null: any may.
 */
export function mayPaintIn(root: Document | ShadowRoot | Element, rules: PaintRules | null): Set<Element> | null {
  // Past this many, matching the rules costs more than reading every element's style (on a page
  // of 27,000 elements: 100 selectors 63 ms, 200 selectors 111 ms, every style 92 ms).
  if (rules && rules.own.length > MAX_OWN_SELECTORS) return null;
  const found = matchedIn(root, rules && [...rules.own, '[style]', ...(holdsSvg(root) ? PAINT_ATTRIBUTES : [])]);
  // The focused element, the document's or the tree's (its focus ring).
  const active = root instanceof ShadowRoot ? accessor(ShadowRoot, 'activeElement').get!.call(root) as Element | null : activeOf(document);
  if (found && active) found.add(active);
  return found;
}
