import { browser } from './browser.ts';
import type { Progress } from './progress.ts';
import { NewerDataError, progressItem, read, withLock } from './storage.ts';
import { envelope } from './stored-item.ts';

/**
 * Change the sending log from its freshest stored value, one writer at a time across the
 * background and every popup: a submit recorded by the background and a correction made in
 * the popup never overwrite each other. Returns the log as written.
 */
export function changeProgress(change: (progress: Progress) => Progress): Promise<Progress> {
  return withLock(progressItem.key, async () => {
    const current = await read(progressItem);
    if (current.newer) throw new NewerDataError(progressItem.key);
    const next = change(current.value);
    if (next !== current.value) await browser.storage.local.set({ [progressItem.key]: envelope(progressItem, next) });
    return next;
  });
}
