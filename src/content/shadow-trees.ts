import { lazy, queryAllIn } from './dom.ts';
import { HOST_TAG_NAMES, NEVER_HOST_TAGS } from './host-tags.ts';

/**
 * Shadow trees in a page: covers and paint drawn there lie over the page's fields as well as any
 * box of the page's own. Open ones are the page's to show; closed ones an extension may look
 * into as well (Chrome's `dom.openOrClosedShadowRoot`, Firefox's `openOrClosedShadowRoot`).
 */

const HOSTS = new Set(HOST_TAG_NAMES);
/**
 * Where a tag that never holds a shadow root has an interface of its own (in this world, where the
 * page cannot change it), no element that can hold one shares it: the answer is kept for the
 * interface. A bold word's is every unlisted element's, `HTMLElement`, and is not.
 */
const NEVER_HOSTS = new Set(NEVER_HOST_TAGS);
/** Tags whose interface only elements that can hold a shadow root have: a div's, a span's, a heading's. */
const HOST_TAGS = new Set(['div', 'span', 'p', 'body', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * What each interface met so far says, learnt from the first of its elements: asking each of a
 * large page's 20,000 elements for its name cost each search of the page several milliseconds.
 * Any other interface (\`HTMLElement\` itself: a section, a nav, a custom element, a bold word;
 * the quote's: a blockquote can, a q cannot) is asked for each element's name.
 */
const kinds = new Map<object, boolean>();

/** Whether an element can hold a shadow root at all (\`attachShadow\` refuses every other). */
function mayHost(el: Element): boolean {
  const kind = Object.getPrototypeOf(el) as object;
  const known = kinds.get(kind);
  if (known !== undefined) return known;
  const name = el.localName;
  // Never the interface every unlisted element has (an engine may give a listed tag no interface of its own).
  if (kind !== HTMLElement.prototype) {
    if (NEVER_HOSTS.has(name)) kinds.set(kind, false);
    else if (HOST_TAGS.has(name)) kinds.set(kind, true);
  }
  return name.includes('-') || HOSTS.has(name);
}

type RootReader = (el: Element) => ShadowRoot | null;
/** The element's shadow root, open or closed, asked of the browser. */
const anyRootOf = lazy((): RootReader => {
  // Firefox's first: there, `chrome` is an API object of its own, made in the page on first use
  // (milliseconds). Its answer covers open roots too: one call an element where there are thousands.
  const firefox = Object.getOwnPropertyDescriptor(Element.prototype, 'openOrClosedShadowRoot')?.get;
  if (firefox) return (el) => firefox.call(el) as ShadowRoot | null;
  // Chrome's API, called on first need (a look that never fills never makes the extension's
  // bindings in the page), and only where the open root's cheap property says none.
  const api = typeof chrome === 'object' ? chrome.dom : undefined;
  if (typeof api?.openOrClosedShadowRoot === 'function') return (el) => el.shadowRoot ?? (el instanceof HTMLElement ? api.openOrClosedShadowRoot(el) : null);
  return (el) => el.shadowRoot;
});

/**
 * What each element was found to hold, while a read or a fill lasts: asking the browser costs
 * microseconds an element (Chrome's API checks its argument), thousands on a large page.
 */
let known = new WeakMap<Element, ShadowRoot | null>();

/** Ask the browser again: a shadow root attached to an element already in the page comes with no record. */
export function forgetShadowRoots(): void {
  known = new WeakMap();
}

/** The element's shadow root, open or closed; null when it has none (or a closed one this browser hides). */
export function shadowRootOf(el: Element): ShadowRoot | null {
  // A form can hold no shadow root, and only a form's own names (its controls') shadow an element's properties.
  if (el instanceof HTMLFormElement || !mayHost(el)) return null;
  let root = known.get(el);
  if (root === undefined) known.set(el, root = anyRootOf()(el));
  return root;
}

/** Every shadow tree in a document, a tree or a box, at any depth. */
export function shadowTreesIn(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (el: Element) => {
    const tree = shadowRootOf(el);
    if (tree) found.push(tree, ...shadowTreesIn(tree));
  };
  if (root instanceof Element) visit(root);
  for (const el of queryAllIn(root, '*')) visit(el);
  return found;
}
