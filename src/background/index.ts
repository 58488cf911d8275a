import { matchTopSite } from '../core/match-site.ts';
import { browser } from '../shared/browser.ts';
import { handleMessages, type BackgroundProtocol } from '../shared/messages.ts';
import { upgradeStored } from '../shared/storage.ts';
import { clearBadge } from './badge.ts';
import { listenForCommands } from './commands.ts';
import { takeLooks } from './form-spotted.ts';
import { handlers } from './handlers.ts';
import { forgetTab as forgetSubmits } from './progress-log.ts';
import { endPendingElsewhere, forgetFrames, forgetTab } from './tab-state.ts';
import { officePageOnTop, SITES } from './trusted-sender.ts';

handleMessages<BackgroundProtocol>(handlers);
listenForCommands();

// A new page in the tab: what was recognised there no longer holds.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'loading') void forgetFrames(tabId).then(() => clearBadge(tabId));
  if (change.status !== 'complete') return;
  // "Fill when the form appears" ends when the tab shows a page it was not made for; then the
  // looks of an office's page are taken (the browser gives the tab's address only for the hosts
  // the extension may reach).
  void endPendingElsewhere(tabId, () => officePageOnTop(tabId, 3000)).catch(() => {})
    .then(() => (tab.url && matchTopSite(SITES, tab.url) ? takeLooks(tabId, tab.url) : undefined)).catch(() => {});
});
browser.tabs.onRemoved.addListener((tabId) => void Promise.all([forgetTab(tabId), forgetSubmits(tabId)]));

// Older stored items are rewritten in the current shape once, when the extension is installed or updated.
browser.runtime.onInstalled.addListener(() => void upgradeStored().catch(() => {}));
