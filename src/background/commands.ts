import { browser } from '../shared/browser.ts';
import { fillTabNow } from './fill-tab.ts';

/** The keyboard shortcut (Alt+Shift+F unless the supporter changed it) fills the active tab, as "Fill this page" does. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'fill-page' && tab?.id !== undefined) void fillTabNow(tab.id).catch(() => {});
  });
}
