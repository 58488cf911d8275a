import type { Page } from 'puppeteer-core';
import { inContentScript, type Firefox } from './harness.ts';

// The on-page panel lives in a closed shadow root, out of reach of the page's scripts and of
// WebDriver BiDi. The content script's own sandbox still sees it (Firefox gives extensions
// `openOrClosedShadowRoot`): these helpers read its text and where its buttons are, and a person's
// mouse, BiDi's trusted input, presses them.

export interface PanelView {
  text: string;
  buttons: { text: string; item: string }[];
}

export async function readPanel(firefox: Firefox, page: Page): Promise<PanelView | null> {
  return inContentScript(firefox, page.url(), () => {
    // The host is a plain element (a page cannot define it) holding a closed shadow root with the panel's section.
    const host = [...document.querySelectorAll('body *, html > *')].reverse()
      .find((e) => (e as Element & { openOrClosedShadowRoot?: ShadowRoot }).openOrClosedShadowRoot?.querySelector('section')) as (Element & { openOrClosedShadowRoot?: ShadowRoot }) | undefined;
    const section = host?.openOrClosedShadowRoot?.querySelector('section');
    if (!section) return null;
    const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    return {
      text: flat(section.textContent),
      buttons: [...section.querySelectorAll('button')].map((b) => ({ text: flat(b.textContent), item: flat(b.closest('li')?.firstChild?.textContent ?? '') })),
    };
  });
}

/** Click a panel button with the mouse, after bringing it into view as a person would scroll to it. */
export async function clickPanelButton(firefox: Firefox, page: Page, name: RegExp): Promise<void> {
  const centre = await inContentScript(firefox, page.url(), (source) => {
    // The host is a plain element (a page cannot define it) holding a closed shadow root with the panel's section.
    const host = [...document.querySelectorAll('body *, html > *')].reverse()
      .find((e) => (e as Element & { openOrClosedShadowRoot?: ShadowRoot }).openOrClosedShadowRoot?.querySelector('section')) as (Element & { openOrClosedShadowRoot?: ShadowRoot }) | undefined;
    const pattern = new RegExp(source);
    const button = [...host?.openOrClosedShadowRoot?.querySelectorAll('button') ?? []].find((b) => pattern.test(b.textContent ?? ''));
    if (!button) return null;
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, name.source);
  if (!centre) throw new Error(`No panel button ${name}: ${JSON.stringify((await readPanel(firefox, page))?.buttons)}`);
  await page.mouse.click(centre.x, centre.y);
}
