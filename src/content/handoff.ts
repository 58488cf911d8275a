import type { PageSnapshot } from '../core/page-status.ts';
import type { CampaignStep, PageReport, PanelStrings } from '../shared/messages.ts';
import { FILLER_KEY, ownGlobal } from '../shared/isolated-world.ts';

// Two scripts share the extension's isolated world in a page: the look (index.ts), which every
// official page loads, and the filler (fill.ts), which the background loads into a frame only
// when a fill is asked for there or a confirmed letter is to be acknowledged. The filler leaves
// its door here; the look and the background (through `scripting.executeScript`) knock on it.

export interface Filler {
  /** Read the page's fields as they are now (the panel of an earlier fill closed first). */
  collect(): Promise<PageSnapshot>;
  /** Fill the fields of the last read as planned; re-checks each field first. With the panel's words, so it asks for nothing more. */
  apply(plan: unknown, strings?: PanelStrings | null): Promise<PageReport | undefined>;
  /** Read the page in full, ask for a plan, and fill when the extension says so: is a contact form there? */
  readPage(): Promise<boolean>;
  /** A new page in a single-page site: what was read before no longer holds. */
  forget(): void;
  /** Show, on the office's answer page, that the letter went and what comes next. */
  acknowledge(step: CampaignStep | null): void;
}

export const filler = (): Filler | undefined => ownGlobal<Filler>(FILLER_KEY);

/** Leave the filler's door, once: a second load of the same file finds it there and does nothing. */
export function openDoor(make: () => Filler): void {
  if (filler()) return;
  Object.defineProperty(globalThis, Symbol.for(FILLER_KEY), { value: make(), enumerable: false });
}
