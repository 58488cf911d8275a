import type { CampaignStep } from '../shared/messages.ts';

// Two scripts share the extension's isolated world in a page: the look (index.ts), which every
// official page loads, and the filler (fill.ts), which the background loads into a frame only
// when a fill is asked for there or a confirmed letter is to be acknowledged. The filler leaves
// its door here; the page's own scripts live in another world and cannot see or replace it.

export interface Filler {
  /** Read the page in full, ask for a plan, and fill when the extension says so: is a contact form there? */
  readPage(): Promise<boolean>;
  /** A new page in a single-page site: what was read before no longer holds. */
  forget(): void;
  /** Show, on the office's answer page, that the letter went and what comes next. */
  acknowledge(step: CampaignStep | null): void;
}

// A symbol, read as an own property: a page's element named or id'd like a string key would show
// through the window's named properties in this world too, and could hide the door (a page that
// clobbers it must not keep the filler from starting).
const DOOR = Symbol.for('write-for-belarus.filler');

export const filler = (): Filler | undefined =>
  Object.getOwnPropertyDescriptor(globalThis, DOOR)?.value as Filler | undefined;

/** Leave the filler's door, once: a second load of the same file finds it there and does nothing. */
export function openDoor(make: () => Filler): void {
  if (filler()) return;
  Object.defineProperty(globalThis, DOOR, { value: make(), enumerable: false });
}
