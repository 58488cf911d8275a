import { accessor, containsNode, holdsWords, nextElementOf, parentOf, queryAllIn, rootOf } from './dom.ts';
import { NEVER_HOST_TAGS } from './host-tags.ts';
import { passedThrough, paintsBeyond } from './overpaint.ts';
import { matchedIn, mayPaintIn, paintRules, type PaintRules } from './paint-rules.ts';
import { searchPseudoPaint } from './pseudo-paint.ts';
import { shadowRootOf } from './shadow-trees.ts';
import { copiedPainters } from './svg-paint.ts';

/**
 * Which elements paint beyond their boxes (overpaint.ts), their own paint or their
 * pseudo-elements' (pseudo-paint.ts), in the document and the shadow trees in it (shadow-trees.ts).
 */

// Through the prototypes (dom.ts): a form holding a control named "getRootNode" or "childNodes" answers with the control.
const childrenOf = (el: Element) => [...accessor(Element, 'children').get!.call(el) as HTMLCollection];
const isSheet = (node: Node | null) => node instanceof HTMLStyleElement || node instanceof HTMLLinkElement;

/**
 * Elements a search passes over: a select's options are drawn inside its box, or in the browser's
 * own list when it is open, never beyond it (a survey's selects hold thousands).
 */
const NOT_PAINTING = ':not(option, optgroup)';

/**
 * Where the rules tell which elements to read, the walk of a root is for what no rule tells: shadow
 * hosts and SVG's copies (`<use>`). It passes over the tags no shadow root is attached to
 * (host-tags.ts), most of a survey's elements. Listing them cost each search a wrapper each in
 * this world.
 */
const NOT_HOSTING = `:not(${NEVER_HOST_TAGS.filter((tag) => tag !== 'use').join(', ')})`;

/**
 * Paint, or passing hit tests through, that a shadow host's tree takes from it whatever its own
 * sheets say (inherited: a text shadow, markers, `pointer-events: none`): every element there is read.
 */
const passesOn = (host: CSSStyleDeclaration) => host.textShadow !== 'none' || host.pointerEvents === 'none'
  || [host.markerStart, host.markerMid, host.markerEnd].some((marker) => !!marker && marker !== 'none');

/**
 * Elements of a root (the document, or a shadow tree), or of one box and all it holds, that draw
 * beyond their boxes, or whose pseudo-elements do, with the shadow trees in them. In the document,
 * the elements its own sheets style so are looked at (paint-rules.ts; `rules` null: a sheet cannot
 * be read, every element is), and what a shadow tree shows of it (it may inherit a text shadow
 * there); in a shadow tree, the elements its own sheets style so or that hit tests pass through,
 * every element where a sheet cannot be read or its host passes paint on, and its host's
 * pseudo-elements and what it shows where its sheets style them (`:host::after`,
 * `::slotted(*)::after`). The shadow trees found on the way are added to `trees`. `copied`: what the
 * search found each SVG element copied by a `<use>` to hold (svg-paint.ts), read once a search.
 */
export function searchOverpaint(root: Document | ShadowRoot | Element, rules: PaintRules | null = paintRules(), trees: ShadowRoot[] = [], copied = new Map<Element, Element[]>()): Element[] {
  const found = new Set<Element>();
  // Shadow trees are searched one after another, not one inside another: a page can nest
  // thousands, more than the stack holds calls.
  const pending: Pending[] = [];
  searchRoot(root, rules, { found, trees, copied, pending });
  for (let task = pending.pop(); task; task = pending.pop()) {
    const { host, shadow, rules: treeRules } = task;
    searchRoot(shadow, treeRules, { found, trees, copied, pending });
    // Its sheets style the host (`:host::after`) and what it shows of the page (`::slotted(*)::after`).
    if (!treeRules || treeRules.host) for (const shown of [host, ...childrenOf(host)]) if (!found.has(shown) && searchPseudoPaint(shown, true)) found.add(shown);
  }
  return [...found];
}

/** A shadow tree the search found, to be searched: its host's sheets' rules, or null when every element there is read. */
interface Pending { host: Element; shadow: ShadowRoot; rules: PaintRules | null }
interface Search { found: Set<Element>; trees: ShadowRoot[]; copied: Map<Element, Element[]>; pending: Pending[] }

/** One root's (or box's) own elements; the shadow trees in it are left to `pending`. */
function searchRoot(root: Document | ShadowRoot | Element, rules: PaintRules | null, { found, trees, copied, pending }: Search): void {
  const tree = root instanceof Element ? rootOf(root) : root;
  const inDocument = tree === document;
  const pseudoHosts = matchedIn(root, rules && rules.pseudo);
  const mayPaint = mayPaintIn(root, rules);
  const look = (el: Element) => {
    // A shadow tree's own sheet styles its host (`:host`), where the page's rules say nothing of it: a host's paint is read whatever they say.
    const shadow = shadowRootOf(el);
    const style = !mayPaint || mayPaint.has(el) || shadow ? getComputedStyle(el) : null;
    const own = (!!style && (paintsBeyond(style) || (!inDocument && passedThrough(el, style)))) || (el instanceof SVGUseElement && copiedPainters(el, copied).length > 0);
    // A text shadow is inherited: the words of its pseudo-elements cast it too.
    const inherited = own && !!style && style.textShadow !== 'none';
    const styled = pseudoHosts?.has(el) ?? false;
    // Sheets unread: every element's ::before and ::after, and the first line of those holding words.
    const pseudo = (styled || inherited || !pseudoHosts) && searchPseudoPaint(el, styled || inherited || (!pseudoHosts && holdsWords(el)));
    if (own || pseudo) found.add(el);
    // One walk of the page finds its shadow trees too (`trees`, at any depth), searched as it is.
    if (!shadow) return;
    trees.push(shadow);
    // What the tree shows of the page is drawn, and inherits, in it: looked at whatever the rules.
    if (mayPaint) for (const shown of queryAllIn(el, '*')) mayPaint.add(shown);
    pending.push({ host: el, shadow, rules: passesOn(style!) ? null : paintRules(shadow) });
  };
  if (root instanceof Element) look(root);
  // The rules read: the walk finds hosts and copies, and the elements the rules name are looked at after it (a host adds what it shows).
  const named = mayPaint && pseudoHosts;
  // By index: a loop run once per search, over thousands, may not be made fast before it ends, and an iterator then makes an object per element.
  const all = queryAllIn(root, named ? NOT_HOSTING : NOT_PAINTING);
  for (let i = 0; i < all.length; i++) look(all[i]!);
  if (named) {
    const walked = new Set(all);
    for (const el of new Set([...mayPaint, ...pseudoHosts])) {
      // Looked at already: the box searched, and what the walk took. The focused element may lie outside the box.
      if (el === root || walked.has(el) || (root instanceof Element && !containsNode(root, el))) continue;
      look(el);
    }
  }
}

/**
 * A change of words alone (a text changed, put in or taken out; no element): it restyles the box
 * holding them (`:empty`) and, through that box, the boxes after it and all they hold (`:empty ~ p`).
 * Rules that look further (`:has()`, `:dir()`) make the root searched whole (`far`).
 */
const wordsOnly = (record: MutationRecord) => record.type === 'characterData'
  || (record.type === 'childList' && ![...record.addedNodes, ...record.removedNodes].some((node) => node.nodeType === Node.ELEMENT_NODE));

/** Boxes changed past this many, a root is searched whole again: cheaper than as many small searches. */
const MAX_CHANGED = 40;

/** The element of `root` an element is in, itself or a shadow host above it; null: it left. */
function placeIn(root: Document | ShadowRoot, el: Element): Element | null {
  for (let node: Element | null = el; node; ) {
    const up = rootOf(node);
    if (up === root) return node;
    node = up instanceof ShadowRoot ? up.host : null;
  }
  return null;
}

/**
 * The painters of a root after the page changed it (`records`). A change restyles the box changed,
 * what it holds, and its siblings and theirs (`+`, `~`, `:nth-child`): the box around it is searched
 * again, not the whole page, so a page that marks each field as it is filled costs a small search
 * per field. A style sheet put in, taken out or changed restyles the whole root: it is searched
 * again whole, as it is after any change when its rules may restyle far from the change (`far`,
 * paint-rules.ts `restylesFar`: a rule keyed on `:has()` shows a shadow anywhere once a box deep
 * in a form is marked). Null: search it whole.
 */
export function repaintedIn(root: Document | ShadowRoot, list: Element[], records: MutationRecord[], far: boolean): Element[] | null {
  const changed = new Set<Element>();
  for (const record of records) {
    const node = record.target instanceof Element ? record.target : parentOf(record.target) ?? (record.target as ShadowRoot).host;
    // A change in a shadow tree: the box around its host in this root is searched again, trees and all.
    const target = node && placeIn(root, node);
    if (!target) continue;
    if (far) return null;
    if ([target, parentOf(target), ...record.addedNodes, ...record.removedNodes].some(isSheet)) return null;
    if (wordsOnly(record)) {
      // A clock ticking in a box of the page's body: that box and those after it, not the body whole.
      for (let box: Element | null = target; box; box = nextElementOf(box)) if (changed.add(box).size > MAX_CHANGED) return null;
      continue;
    }
    const around = parentOf(target) ?? target;
    if (around instanceof HTMLHtmlElement || around instanceof HTMLBodyElement) return null;
    changed.add(around);
    if (changed.size > MAX_CHANGED) return null;
  }
  if (!changed.size) return list;
  // A box inside another changed box is searched with it.
  const boxes = [...changed].filter((box) => ![...changed].some((other) => other !== box && containsNode(other, box)));
  const kept = list.filter((el) => { const place = placeIn(root, el); return place && !boxes.some((box) => containsNode(box, place)); });
  const rules = root === document ? paintRules(document, boxes) : null;
  return [...kept, ...boxes.flatMap((box) => searchOverpaint(box, rules))];
}

/**
 * Elements an animation restyles as time passes: no record says when their shadow or outline
 * grows, so each is looked at at every judgement, as painters are, where its paint beyond its box
 * (or its pseudo-elements') lies then. Every animated element, whatever its keyframes say: a
 * page's keyframes can be set anew at any time, and asking each animation for them cost more than
 * reading the style of the element it moves (a page of 2,000 animations: the fill's script 2.3 s
 * asking, 1.5 s reading).
 * (A transition cannot do it: the sheet a fill runs under stops every transition.)
 */
export function animatedPainters(): Element[] {
  const found = new Set<Element>();
  for (const animation of document.getAnimations?.() ?? []) {
    const effect = animation.effect as KeyframeEffect | null;
    const target = effect?.target;
    if (!target) continue;
    if (effect.pseudoElement) searchPseudoPaint(target, true);
    found.add(target);
  }
  return [...found];
}
