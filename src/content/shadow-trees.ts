import { lazy, queryAllIn } from './dom.ts';

/**
 * Shadow trees in a page: covers and paint drawn there lie over the page's fields as well as any
 * box of the page's own. Open ones are the page's to show; closed ones an extension may look
 * into as well (Chrome's `dom.openOrClosedShadowRoot`, Firefox's `openOrClosedShadowRoot`).
 */

/** Elements a shadow root can be attached to besides custom elements (whose names hold a hyphen). */
const HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/**
 * Told apart by their interface in this world, which the page cannot change: asking each element
 * of a large page for its name cost a search of the page 10–20 ms on 20,000 elements.
 * Every element of these interfaces may hold a shadow root: the interfaces of elements that can.
 */
const HOST_KINDS = kinds(['Div', 'Span', 'Paragraph', 'Heading', 'Body']);
/**
 * No element of these can hold one (nor can an SVG or MathML element): most of a page. Any other
 * (\`HTMLElement\` itself: a section, a nav, a custom element, a bold word) is told by its name.
 */
const NEVER_HOSTS = kinds([
  'Input', 'Label', 'Option', 'OptGroup', 'Select', 'TextArea', 'Button', 'Form', 'FieldSet', 'Legend', 'Anchor', 'Image', 'Picture',
  'Source', 'LI', 'UList', 'OList', 'DList', 'Table', 'TableSection', 'TableRow', 'TableCell', 'TableCol', 'TableCaption', 'BR', 'HR',
  'Script', 'Style', 'Link', 'Meta', 'Template', 'IFrame', 'Pre', 'Time',
]);

/** The prototypes of \`HTML…Element\` interfaces this browser has. */
function kinds(names: string[]): Set<object> {
  const found = new Set<object>();
  for (const name of names) {
    const kind = (globalThis as Record<string, unknown>)[`HTML${name}Element`];
    if (typeof kind === 'function') found.add(kind.prototype as object);
  }
  return found;
}

/** Whether an element can hold a shadow root at all (\`attachShadow\` refuses every other). */
function mayHost(el: Element): boolean {
  const kind = Object.getPrototypeOf(el) as object;
  if (HOST_KINDS.has(kind)) return true;
  if (NEVER_HOSTS.has(kind) || el instanceof SVGElement) return false;
  const name = el.localName;
  return name.includes('-') || HOSTS.has(name);
}

type RootReader = (el: Element) => ShadowRoot | null;
const anyRootOf = lazy((): RootReader => {
  // Chrome's API, called on first need: a look that never fills never makes the extension's bindings in the page.
  const api = typeof chrome === 'object' ? chrome.dom : undefined;
  if (typeof api?.openOrClosedShadowRoot === 'function') return (el) => (el instanceof HTMLElement ? api.openOrClosedShadowRoot(el) : null);
  const firefox = Object.getOwnPropertyDescriptor(Element.prototype, 'openOrClosedShadowRoot')?.get;
  return firefox ? (el) => firefox.call(el) as ShadowRoot | null : (el) => el.shadowRoot;
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
  if (root === undefined) known.set(el, root = el.shadowRoot ?? anyRootOf()(el));
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
