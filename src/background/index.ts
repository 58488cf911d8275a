import { browser } from '../shared/browser.ts';
import { handleMessages, type BackgroundProtocol } from '../shared/messages.ts';
import { upgradeStored } from '../shared/storage.ts';
import { clearBadge } from './badge.ts';
import { listenForCommands } from './commands.ts';
import { handlers } from './handlers.ts';
import { forgetTab as forgetSubmits } from './progress-log.ts';
import { forgetFrames, forgetTab } from './tab-state.ts';

handleMessages<BackgroundProtocol>(handlers);
listenForCommands();

// A new page in the tab: what was recognised there no longer holds.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetFrames(tabId).then(() => clearBadge(tabId));
});
browser.tabs.onRemoved.addListener((tabId) => void Promise.all([forgetTab(tabId), forgetSubmits(tabId)]));

// Older stored items are rewritten in the current shape once, when the extension is installed or updated.
browser.runtime.onInstalled.addListener(() => void upgradeStored().catch(() => {}));
