import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, fillFromPopup, fixture, launch, popupUrl, seed, waitForRecognition } from './harness.ts';
import { findPanelHost, readPanel, walk, type DomNode } from './panel.ts';
import { test as base } from '@playwright/test';
import { createSettings, TEST_PROFILE } from '../support/factories.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation { id: string; help: string; nodes: { target: string[] }[] }

/** Run axe-core in the page (injected through the debugger, so the page's CSP does not apply). */
async function violations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(scope ? { include: [scope] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, include ?? null);
  return found;
}

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ru', 'be']) {
    base(`the popup has no accessibility violations (${lang}, ${scheme}): first run, letter over a form, offices, errors shown`, async () => {
      const { context } = await launch({ lang });
      try {
        const form = await context.newPage();
        await form.goto(fixture('senate-gravity-labels').url);
        await waitForRecognition(context, form);
        const popup = await context.newPage();
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.goto(await popupUrl(context));
        await popup.locator('#save-profile').waitFor();
        expect(await violations(popup), 'first run').toEqual([]);
        // The letter over a recognised form: Fill (the primary button), the letter, and the warnings.
        await seed(context, undefined, { letterId: 'state-department', note: 'x'.repeat(400) });
        await form.bringToFront();
        await popup.reload();
        await popup.locator('#fill-page').waitFor();
        await expect(popup.locator('#warn-state')).toBeVisible();
        expect(await violations(popup), 'letter over a form').toEqual([]);
        await popup.locator('#fill-page').click();
        await popup.locator('#fill-result').filter({ hasText: /\S/ }).waitFor();
        expect(await violations(popup), 'after the fill').toEqual([]);
        await popup.locator('#step-offices').click();
        expect(await violations(popup), 'offices').toEqual([]);
        // Off the form: Open next is the primary button.
        await popup.bringToFront();
        await popup.reload();
        await popup.locator('#open-next').waitFor();
        expect(await violations(popup), 'open next').toEqual([]);
        await popup.locator('#step-profile').click();
        await popup.locator('#p-email').fill('not an email');
        await popup.locator('form.profile button[type="submit"]').click();
        await popup.locator('.error').first().waitFor();
        expect(await violations(popup), 'errors').toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
}

base('an import\'s confirmation, with its changes and what was not imported, has no violations and fits 380px', async ({}, testInfo) => {
  const { context } = await launch();
  try {
    await seed(context);
    const path = testInfo.outputPath('backup.json');
    writeFileSync(path, JSON.stringify({ format: 'write-for-belarus', version: 1, exported: '', items: {
      profile: { version: 1, data: { ...TEST_PROFILE, email: 'someone.else@example.org' } },
      settings: { version: 1, data: createSettings({ autoFill: true, note: `Line one\n${'averyveryverylongwordwithoutspaces'.repeat(4)}` }) },
    } }));
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(await popupUrl(context));
    await popup.locator('#step-profile').click();
    await popup.locator('#backup-import').setInputFiles(path);
    await popup.locator('#backup-changes').waitFor();
    expect(await violations(popup)).toEqual([]);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  } finally {
    await context.close();
  }
});

base('the popup works with the keyboard alone: reach the fields and save', async () => {
  const { context } = await launch();
  try {
    const popup = await context.newPage();
    await popup.goto(await popupUrl(context));
    await popup.locator('#p-firstName').waitFor();
    // A first run opens on the details; tab through to the first name and type.
    await popup.keyboard.press('Tab');
    let focused = '';
    for (let i = 0; i < 6 && focused !== 'p-firstName'; i++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('p-firstName');
    await popup.keyboard.type('Alesia');
    await popup.keyboard.press('Enter');
    await expect(popup.locator('.error').first()).toBeVisible();
  } finally {
    await context.close();
  }
});

base('a filled official form stays accessible: the note on the page adds no violation', async () => {
  const { context } = await launch();
  try {
    await seed(context, undefined, { letterId: 'state-department' });
    const page = await context.newPage();
    await page.goto(fixture('state-department').url);
    await waitForRecognition(context, page);
    const before = await violations(page);
    await fillFromPopup(context, page);
    expect(await violations(page)).toEqual(before);
  } finally {
    await context.close();
  }
});

/**
 * The panel sits in a closed shadow root that axe cannot enter. Through the DevTools protocol
 * (which sees it, as a person does) take its markup and styles, show the same in an open shadow
 * root on the page, and audit that.
 */
async function panelViolations(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
    const host = findPanelHost(root);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('No panel on the page');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.innerHTML; }', returnByValue: true });
    await page.evaluate((html) => {
      const copy = document.createElement('div');
      copy.id = 'panel-copy';
      copy.attachShadow({ mode: 'open' }).innerHTML = html;
      document.body.append(copy);
    }, result.value as string);
    return await violations(page, '#panel-copy');
  } finally {
    await cdp.detach().catch(() => {});
  }
}


for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ru', 'be']) {
    base(`the panel on a filled form has no accessibility violations (${lang}, ${scheme})`, async () => {
      const { context } = await launch({ lang });
      try {
        await seed(context, undefined, { letterId: 'political-prisoners' });
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(fixture('senate-guid-cms').url);
        await waitForRecognition(context, page);
        await fillFromPopup(context, page);
        await expect.poll(async () => !!(await readPanel(page))).toBe(true);
        expect(await panelViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
}

base('in dark mode the primary button and the panel\'s border stand out (contrast of at least 4.5:1 and 3:1)', async () => {
  const { context } = await launch();
  try {
    await seed(context, undefined, { letterId: 'political-prisoners' });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(fixture('senate-guid-cms').url);
    await waitForRecognition(context, page);
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.goto(await popupUrl(context));
    const colours = await popup.locator('#open-next').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(contrast(colours[0]!, colours[1]!)).toBeGreaterThanOrEqual(4.5);
    await fillFromPopup(context, page);
    await expect.poll(async () => !!(await readPanel(page))).toBe(true);
    const panel = await panelColours(page);
    expect(contrast(panel.border, panel.background)).toBeGreaterThanOrEqual(3);
  } finally {
    await context.close();
  }
});

/** WCAG contrast of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => { const s = Number(v) / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The panel's section colours, read through the DevTools protocol (its shadow root is closed). */
async function panelColours(page: Page): Promise<{ border: string; background: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: DomNode };
    const host = findPanelHost(root);
    const section = host && [...walk(host)].find((n) => n.nodeName === 'SECTION');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: section!.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, returnByValue: true,
      functionDeclaration: 'function () { const s = getComputedStyle(this); return { border: s.borderTopColor, background: s.backgroundColor }; }' });
    return result.value as { border: string; background: string };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
