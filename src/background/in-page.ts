import type { Shelf } from '../shared/isolated-world.ts';
import type { FormHint, Spotted } from '../shared/messages.ts';

// Functions the background runs in a page's isolated world with `scripting.executeScript`: the
// browser runs them only on the official hosts the extension may reach, and serialises them, so
// each stands alone (no imports, no closures; keys come as arguments). Calling in, rather than
// being messaged out, spares a page the extension's bindings on a visit and on a fill.

/** The top-level page's address, as the browser has it (a page cannot change another document's location). */
export function addressHere(): string {
  return location.href;
}

/**
 * Take the form the look spotted, once, and leave word that the background has asked: a form the
 * look spots from now on, it reports itself. The background asks once the tab has loaded, and the
 * look hears that too (`Shelf.loaded`). With the document's address as this world reads it: a page
 * can change only the path of its own (as it can of the address a message reports).
 */
export function takeSpotted(key: string): { url: string; hint: FormHint } | null {
  const sym = Symbol.for(key);
  let shelf = Object.getOwnPropertyDescriptor(globalThis, sym)?.value as Shelf | undefined;
  if (!shelf) {
    shelf = {};
    Object.defineProperty(globalThis, sym, { value: shelf, enumerable: false });
  }
  shelf.asked = true;
  clearTimeout(shelf.due);
  const loaded = shelf.loaded;
  shelf.loaded = undefined;
  loaded?.();
  const hint = shelf.hint;
  shelf.hint = null;
  return hint ? { url: location.href, hint } : null;
}

/** Give the look the background's answer to the form it spotted. */
export function tellLook(key: string, reply: Spotted): void {
  const shelf = Object.getOwnPropertyDescriptor(globalThis, Symbol.for(key))?.value as Shelf | undefined;
  shelf?.heard?.(reply);
}

/**
 * Ask the filler to collect or apply; null when no filler is there. Both ways as JSON: Chrome
 * drops an object's null-valued keys from `executeScript`'s own arguments (a plan's `group: null`,
 * a message's `limit: null`), and converts a result value by value, slower than one string for
 * the read of a page of thousands of controls. A fill answers once its last field is judged (a
 * paced fill spans frames): the browser waits for the promise.
 */
export async function callFiller(key: string, kind: string, json: string): Promise<string | null> {
  const door = Object.getOwnPropertyDescriptor(globalThis, Symbol.for(key))?.value as Record<string, (...a: unknown[]) => unknown> | undefined;
  const answer = await door?.[kind]?.(...JSON.parse(json) as unknown[]);
  return answer === undefined || answer === null ? null : JSON.stringify(answer);
}
