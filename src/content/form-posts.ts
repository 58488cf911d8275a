import { SNAPSHOT_LIMITS } from '../core/snapshot-limits.ts';
import { accessor, containsNode, lazy, listOf, queryAll, rootOf } from './dom.ts';

// Read through the prototypes: a control named "action" or "querySelectorAll"
// shadows the form's own property, and a page must not be able to hide where its form sends.
const actions = lazy(() => ({
  form: accessor(HTMLFormElement, 'action').get!,
  button: accessor(HTMLButtonElement, 'formAction').get!,
  input: accessor(HTMLInputElement, 'formAction').get!,
  owner: accessor(HTMLButtonElement, 'form').get!,
  inputOwner: accessor(HTMLInputElement, 'form').get!,
  selectOwner: accessor(HTMLSelectElement, 'form').get!,
  textareaOwner: accessor(HTMLTextAreaElement, 'form').get!,
}));

/**
 * The form a control's value is sent with: its `form=` attribute's form, or the form around it.
 * A page can change it at any moment (a new `form=`, a form unwrapped or inserted around it).
 */
export function ownerOf(el: Element): HTMLFormElement | null {
  const { inputOwner, selectOwner, textareaOwner } = actions();
  const get = el instanceof HTMLInputElement ? inputOwner : el instanceof HTMLSelectElement ? selectOwner : el instanceof HTMLTextAreaElement ? textareaOwner : null;
  return get ? get.call(el) as HTMLFormElement | null : null;
}

/** At most this many places per form, as a snapshot carries them: the form's action and the first buttons' formactions. */
const MAX_POSTS = SNAPSHOT_LIMITS.places;
/** A form with more redirecting buttons than that counts as sending somewhere not read: refused as posting elsewhere. */
const NOT_READ = 'about:blank#more-places-than-read';
const SELECTOR = 'button[formaction], input[formaction]';

export interface Posts {
  /** The form's action, then each formaction: resolved URLs, as the browser would send to them. */
  places: string[];
  /** The buttons behind the formactions, to read them again just before each write. */
  buttons: Element[];
}

/** Where a form sends now: its action, and the formaction of each of `buttons`. */
export function placesOf(group: Element, buttons: Element[]): string[] {
  if (!(group instanceof HTMLFormElement)) return [];
  const { form, button, input } = actions();
  return [form.call(group) as string, ...buttons.map((b) => (b instanceof HTMLButtonElement ? button : input).call(b) as string)].map(sized);
}

/**
 * A place as a snapshot carries it. Where a form sends is judged by its scheme and host alone
 * (core/trust-boundary.ts): a URL longer than a snapshot holds (a long query) is sent as those,
 * parsed here, never cut at a length where another host could begin.
 */
function sized(url: string): string {
  if (url.length <= SNAPSHOT_LIMITS.place) return url;
  try {
    const { protocol, host } = new URL(url);
    const short = protocol === 'javascript:' ? protocol : `${protocol}//${host}/`;
    return short.length <= SNAPSHOT_LIMITS.place ? short : NOT_READ;
  } catch {
    return NOT_READ;
  }
}

/**
 * Where each form sends: its action, and the formaction of any submit button inside it or
 * elsewhere on the page naming it in `form=`. Nothing for a form-like box. The page is searched
 * once for buttons with a formaction (rare), not once or twice per form: a search of a page of
 * thousands of controls costs milliseconds.
 */
export function postsOf(groups: Element[]): Posts[] {
  const { owner, inputOwner } = actions();
  const found = new Map<Node, Element[]>();
  // Per tree: a form in a shadow tree has its buttons there.
  const redirectingIn = (root: Node): Element[] => {
    let list = found.get(root);
    if (!list) found.set(root, list = root instanceof ShadowRoot ? listOf(root.querySelectorAll(SELECTOR)) : queryAll(document.documentElement, SELECTOR));
    return list;
  };
  return groups.map((group) => {
    if (!(group instanceof HTMLFormElement)) return { places: [], buttons: [] };
    const all = redirectingIn(rootOf(group))
      .filter((b) => (b instanceof HTMLButtonElement ? owner : inputOwner).call(b) === group || containsNode(group, b));
    if (all.length < MAX_POSTS) return { places: placesOf(group, all), buttons: all };
    const buttons = all.slice(0, MAX_POSTS - 2);
    return { places: [...placesOf(group, buttons), NOT_READ], buttons };
  });
}
