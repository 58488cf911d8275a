import { browser } from '../shared/browser.ts';

/** A mark on the toolbar icon: this tab holds a form the extension can fill. */
export async function showRecognised(tabId: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await browser.action.setBadgeText({ tabId, text: '✓' });
  await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('badgeRecognised') });
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
}
