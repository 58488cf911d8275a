import { expect, type CDPSession, type Page } from '@playwright/test';

// The on-page panel lives in a closed shadow root, out of reach of the page's scripts and of
// Playwright's locators. The DevTools protocol still sees it, as a person does: these helpers
// read its text and boxes, and click its buttons with the mouse.

export interface Box { x: number; y: number; width: number; height: number }

export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  backendNodeId: number;
  shadowRootType?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface PanelView {
  box: Box;
  text: string;
  /** Each button, with the text of the list item it sits in ('' for the header buttons). */
  buttons: { text: string; item: string; backendNodeId: number }[];
}

/**
 * The panel's host: a plain element holding a closed shadow root with the panel's section (its
 * tag is a built-in one, so that no page can define it). The last one wins: the extension's own is
 * added after the page has drawn its form.
 */
export function findPanelHost(root: DomNode): DomNode | undefined {
  return [...walk(root)].filter((n) => n.shadowRoots?.some((r) => r.shadowRootType === 'closed'
    && (r.children ?? []).some((c) => c.nodeName === 'SECTION'))).at(-1);
}

export function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) yield* walk(child);
}

const textOf = (node: DomNode) => [...walk(node)].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join(' ').replace(/\s+/g, ' ').trim();
const ownText = (node: DomNode) => (node.children ?? []).filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join(' ').trim();

async function boxOf(cdp: CDPSession, backendNodeId: number): Promise<Box> {
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
  const [x1, y1, , , x3, y3] = model.border as number[];
  return { x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! };
}

async function withCdp<T>(page: Page, use: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try { return await use(cdp); } finally { await cdp.detach().catch(() => {}); }
}

export async function readPanel(page: Page): Promise<PanelView | null> {
  return withCdp(page, async (cdp) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
    const host = findPanelHost(root);
    const section = host && [...walk(host)].find((n) => n.nodeName === 'SECTION');
    if (!section) return null;
    const buttons: PanelView['buttons'] = [];
    const visit = (node: DomNode, item: string) => {
      const here = node.nodeName === 'LI' ? ownText(node) : item;
      if (node.nodeName === 'BUTTON') buttons.push({ text: textOf(node), item: here, backendNodeId: node.backendNodeId });
      for (const child of node.children ?? []) visit(child, here);
    };
    visit(section, '');
    return { box: await boxOf(cdp, section.backendNodeId), text: textOf(section), buttons };
  });
}

/** Is the keyboard in the panel (the page sees focus on its host element)? */
export async function panelHasFocus(page: Page): Promise<boolean> {
  return withCdp(page, async (cdp) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
    const host = findPanelHost(root);
    if (!host) return false;
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    if (!result.objectId) return false;
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    return node.backendNodeId === host.backendNodeId;
  });
}

/** Click a panel button with the mouse, after scrolling it into view as a person would. */
export async function clickPanelButton(page: Page, text: string | RegExp, item?: RegExp): Promise<void> {
  const panel = await readPanel(page);
  const button = panel?.buttons.find((b) => (typeof text === 'string' ? b.text === text : text.test(b.text)) && (!item || item.test(b.item)));
  if (!button) throw new Error(`No panel button ${text} ${item ?? ''} in: ${JSON.stringify(panel?.buttons.map((b) => [b.text, b.item]))}`);
  await withCdp(page, async (cdp) => {
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    const box = await boxOf(cdp, button.backendNodeId);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  });
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Boxes of every control and button a person uses in the page's forms, in any frame, in the window's coordinates. */
export async function formBoxes(page: Page): Promise<{ what: string; box: Box }[]> {
  const all: { what: string; box: Box }[] = [];
  for (const frame of page.frames()) {
    const offset = frame === page.mainFrame() ? { x: 0, y: 0 } : await (await frame.frameElement()).boundingBox();
    if (!offset) continue;
    const boxes = await frame.evaluate(() => [...document.querySelectorAll('form input, form select, form textarea, form button, .g-recaptcha, .h-captcha, img[id*="aptcha"]')]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 1)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { what: `${el.tagName.toLowerCase()}#${el.id || el.getAttribute('name')}`, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
      }));
    all.push(...boxes.map((b) => ({ ...b, box: { ...b.box, x: b.box.x + offset.x, y: b.box.y + offset.y } })));
  }
  return all;
}

/** The panel's box overlaps no control, button or CAPTCHA of the page's forms. */
export async function expectNothingCovered(page: Page): Promise<void> {
  const panel = await readPanel(page);
  expect(panel).not.toBeNull();
  const covered = (await formBoxes(page)).filter((f) => overlaps(f.box, panel!.box)).map((f) => f.what);
  expect(covered, `panel at ${JSON.stringify(panel!.box)}`).toEqual([]);
}
