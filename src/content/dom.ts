// Small reads of the page that several modules make, written once: every copy was bytes in the
// script each official page loads.

// Through the prototypes: a form holding a control named "querySelectorAll", "contains",
// "parentElement" or "getBoundingClientRect" answers with that control instead of its own
// method, and a read through it would throw, loop or lie. Looked up at each call, not kept:
// tests stand in for layout by replacing the prototype's methods. Marked pure, as are the getters
// below, so that a script using none of them (the look every official page loads) does not carry
// them: an unused read of a global's property is otherwise kept, in case it has an effect.
const proto = /* @__PURE__ */ (() => Element.prototype)();

/**
 * A node list as an array, copied by index: a node list's own iterator (\`for of\`, spreading) makes
 * an object per element and is not made fast as an array's is, four times the cost of this copy
 * and the array's walk together on a page of 25,000 elements, and work for the collector after.
 */
export function listOf<T>(list: ArrayLike<T>): T[] {
  const n = list.length;
  const copy = new Array<T>(n);
  for (let i = 0; i < n; i++) copy[i] = list[i]!;
  return copy;
}
export const queryAll = <T extends Element = HTMLElement>(el: Element, selector: string): T[] =>
  listOf(proto.querySelectorAll.call(el, selector)) as T[];
/** Every match in a document, a shadow tree or a box. */
export const queryAllIn = (root: Document | DocumentFragment | Element, selector: string): Element[] =>
  listOf((root instanceof Document ? Document.prototype : root instanceof DocumentFragment ? DocumentFragment.prototype : proto).querySelectorAll.call(root, selector));
/** How many elements a document, a shadow tree or a box holds (a box counts itself), without a list of them. */
export const elementCount = (root: Document | DocumentFragment | Element): number =>
  root instanceof Element ? proto.getElementsByTagName.call(root, '*').length + 1
    : root instanceof Document ? Document.prototype.getElementsByTagName.call(root, '*').length
      : DocumentFragment.prototype.querySelectorAll.call(root, '*').length;
/**
 * Whether a document, a shadow tree or a box holds at least `n` elements (a box counts itself): the
 * browser's list of them is walked only as far as the n-th, where a count walks it whole.
 */
export function holdsElements(root: Document | DocumentFragment | Element, n: number): boolean {
  if (n <= 0) return true;
  if (!Number.isFinite(n)) return false;
  // A document's elements are its root element and all that holds (through the prototype: an image named "documentElement" shadows the document's own).
  const box = root instanceof Document ? accessor(Document, 'documentElement').get!.call(root) as Element | null : root;
  if (!(box instanceof Element)) return !!box && elementCount(box) >= n;
  return n === 1 || HTMLCollection.prototype.item.call(proto.getElementsByTagName.call(box, '*'), n - 2) !== null;
}
/** The first match in a document, a shadow tree or a box (not the box itself). */
export const queryIn = (root: Document | DocumentFragment | Element, selector: string): Element | null =>
  (root instanceof Document ? Document.prototype : root instanceof DocumentFragment ? DocumentFragment.prototype : proto).querySelector.call(root, selector);
export const query = (el: Element, selector: string): Element | null => proto.querySelector.call(el, selector);
export const rectOf = (el: Element): DOMRect => proto.getBoundingClientRect.call(el);
export const matchesOf = (el: Element, selector: string): boolean => proto.matches.call(el, selector);
export const closestOf = (el: Element, selector: string): Element | null => proto.closest.call(el, selector);
export const attributeOf = (el: Element, name: string): string | null => proto.getAttribute.call(el, name);
export const containsNode = (a: Node, b: Node): boolean => Node.prototype.contains.call(a, b);
/** A property's getter and setter as the prototype defines them, for reads and writes no page can redirect. */
export function accessor(type: { prototype: object }, name: string): PropertyDescriptor {
  const own = Object.getOwnPropertyDescriptor(type.prototype, name);
  if (own) return own;
  // Defined on the interface itself in browsers; higher up in some DOM implementations.
  for (let proto = Object.getPrototypeOf(type.prototype) as object | null; proto; proto = Object.getPrototypeOf(proto)) {
    const found = Object.getOwnPropertyDescriptor(proto, name);
    if (found) return found;
  }
  return {};
}

/**
 * `make()`, made on first use and kept. This world's prototypes are out of the page's reach, so
 * looking them up late is as safe as early, and a visit that never fills never creates the
 * interfaces (forms, selects, submit events) it would have looked up.
 */
export const lazy = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

/** A getter as the prototype defines it, looked up on first use. */
const getterOf = /* @__NO_SIDE_EFFECTS__ */ <T>(type: { prototype: object }, name: string) => {
  const get = lazy(() => accessor(type, name).get!);
  return (node: Node): T => get().call(node) as T;
};
export const parentOf = getterOf<Element | null>(Node, 'parentElement');
export const childNodesOf = getterOf<NodeListOf<ChildNode>>(Node, 'childNodes');
const elementText = getterOf<string | null>(Element, 'textContent');
/** A node's text; an element's through the prototype (a text node has no named children to stand in). */
export const textOf = (node: Node): string | null => (node instanceof Element ? elementText(node) : node.textContent);
export const previousElementOf = getterOf<Element | null>(Element, 'previousElementSibling');
export const nextElementOf = getterOf<Element | null>(Element, 'nextElementSibling');
export const rootOf = (node: Node): Node => Node.prototype.getRootNode.call(node);
/** The element an id names (a reference's `url(#id)`, `href="#id"`), in the tree of `scope` or else the document's. */
export function elementById(scope: Node, id: string): Element | null {
  let name = id;
  try { name = decodeURIComponent(name); } catch { /* an id with a stray %: as written */ }
  const root = rootOf(scope);
  return (root instanceof ShadowRoot ? root.getElementById(name) : null) ?? document.getElementById(name);
}
/** How far an element scrolls, or how much it holds: read through the prototype. */
export const scrollOf = (el: Element, name: 'scrollLeft' | 'scrollTop' | 'scrollWidth' | 'scrollHeight'): number => accessor(Element, name).get!.call(el) as number;
/** Words of its own, in a text node of its own, not only in its children's. */
export const holdsWords = (el: Element): boolean => listOf(childNodesOf(el)).some((node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent!));

/**
 * The box a node is drawn in: its slot when a shadow root places it there, the shadow root's host
 * at the top of a shadow tree, else its parent. What a wrapper in a shadow tree does (fade, blur,
 * mask) it does to what it shows.
 */
export function drawnParentOf(node: Element): Element | null {
  const slot = (node as Element & { assignedSlot?: Element | null }).assignedSlot;
  if (slot) return slot;
  const parent = parentOf(node);
  if (parent) return parent;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The controls a value is typed or chosen in. */
export const CONTROLS = 'input, select, textarea';

/**
 * Text as a person reads it: runs of whitespace made one space, trimmed, at most `max` characters.
 * Only as much of a long text is read as those characters need: the text around a field can be a
 * whole article or a script's source, and making one space of every run in it costs milliseconds.
 * (Making one space of a text's start is the start of making one space of all of it.)
 */
export function clean(text: string | null | undefined, max = 200): string {
  const all = text ?? '';
  for (let take = 2 * max + 64; take < all.length; take *= 4) {
    const head = all.slice(0, take).replace(/\s+/g, ' ').trimStart();
    // More than `max` characters: the whole text's trailing space, the only one trimming removes at its end, lies beyond them.
    if (head.length > max) return head.slice(0, max);
  }
  return all.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** A checkbox or radio: judged, written and undone by `checked`, not by `value`. */
export const isChoice = (el: unknown): el is HTMLInputElement & { type: 'checkbox' | 'radio' } =>
  el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
