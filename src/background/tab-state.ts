import { browser } from '../shared/browser.ts';
import type { TabStatus } from '../shared/messages.ts';

// Session storage outlives the service worker's naps but not the browser session, and content
// scripts cannot read it.
const framesKey = (tabId: number) => `frames:${tabId}`;
const pendingKey = (tabId: number) => `pending:${tabId}`;

/** How long a started fill follows the supporter through a multi-step form. */
const PENDING_MS = 10 * 60_000;

export async function recordFrame(tabId: number, frame: TabStatus['frames'][number]): Promise<TabStatus> {
  const current = await tabStatus(tabId);
  const frames = [...current.frames.filter((f) => f.frameId !== frame.frameId), frame];
  await browser.storage.session.set({ [framesKey(tabId)]: frames });
  return { frames };
}

export async function tabStatus(tabId: number): Promise<TabStatus> {
  const stored = await browser.storage.session.get(framesKey(tabId));
  const frames = stored[framesKey(tabId)];
  return { frames: Array.isArray(frames) ? frames : [] };
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([framesKey(tabId), pendingKey(tabId)]);
}

export async function forgetFrames(tabId: number): Promise<void> {
  await browser.storage.session.remove(framesKey(tabId));
}

/** A fill the supporter started in this tab and that goes on into the form's next step. */
export async function markPending(tabId: number, hosts: string[]): Promise<void> {
  await browser.storage.session.set({ [pendingKey(tabId)]: { hosts, until: Date.now() + PENDING_MS } });
}

export async function isPending(tabId: number, host: string): Promise<boolean> {
  const stored = (await browser.storage.session.get(pendingKey(tabId)))[pendingKey(tabId)] as { hosts?: string[]; until?: number } | undefined;
  const hosts = stored?.hosts ?? [];
  return (hosts.includes(host) || hosts.includes('*')) && (stored?.until ?? 0) > Date.now();
}

export async function clearPending(tabId: number): Promise<void> {
  await browser.storage.session.remove(pendingKey(tabId));
}
