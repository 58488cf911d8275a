import { browser } from '../shared/browser.ts';
import { handleMessages, type BackgroundProtocol } from '../shared/messages.ts';
import { upgradeStored } from '../shared/storage.ts';
import { clearBadge } from './badge.ts';
import { listenForCommands } from './commands.ts';
import { handlers } from './handlers.ts';
import { forgetTab as forgetSubmits } from './progress-log.ts';
import { endPendingElsewhere, forgetFrames, forgetTab } from './tab-state.ts';
import { officePageOnTop } from './trusted-sender.ts';

handleMessages<BackgroundProtocol>(handlers);
listenForCommands();

// A new page in the tab: what was recognised there no longer holds.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetFrames(tabId).then(() => clearBadge(tabId));
  // "Fill when the form appears" ends when the tab shows a page it was not made for.
  if (change.status === 'complete') void endPendingElsewhere(tabId, () => officePageOnTop(tabId, 3000)).catch(() => {});
});
browser.tabs.onRemoved.addListener((tabId) => void Promise.all([forgetTab(tabId), forgetSubmits(tabId)]));

// Older stored items are rewritten in the current shape once, when the extension is installed or updated.
browser.runtime.onInstalled.addListener(() => void upgradeStored().catch(() => {}));
