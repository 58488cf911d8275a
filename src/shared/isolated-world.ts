import type { FormHint, Spotted } from './messages.ts';

// The extension's scripts in a page share one isolated world, which the page's own scripts cannot
// see: the look (every official page), the filler (loaded for a fill) and the short functions the
// background runs there through `scripting.executeScript`. They meet at these global symbols,
// read as own properties: a page's element named like a string key would show through the
// window's named properties in this world too.

/** The look's shelf: the form it spotted, waiting for the background to take it, and its answers. */
export const LOOK_KEY = 'write-for-belarus.look';

/** What the look keeps on its shelf, read and written by the background's `takeSpotted` and `tellLook`. */
export interface Shelf {
  /** The background has come for the page's first look: later forms are reported at once. */
  asked?: boolean;
  hint?: FormHint | null;
  heard?: (reply: Spotted) => void;
  /** The look's own report of its form, due if the background does not come: called off when it does. */
  due?: ReturnType<typeof setTimeout>;
  /** The page has loaded (the background comes once the tab has): what the look waits for that to start. */
  loaded?: () => void;
}

/** The filler's door: reading, filling, the panel. */
export const FILLER_KEY = 'write-for-belarus.filler';

/** An own property of the isolated world's global, or undefined. */
export const ownGlobal = <T>(key: string): T | undefined =>
  Object.getOwnPropertyDescriptor(globalThis, Symbol.for(key))?.value as T | undefined;
