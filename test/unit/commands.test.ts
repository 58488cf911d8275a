import { beforeEach, describe, expect, it, vi } from 'vitest';

const listeners: ((command: string, tab?: { id?: number }) => void)[] = [];
vi.mock('webextension-polyfill', () => ({ default: { commands: { onCommand: { addListener: (l: (typeof listeners)[number]) => listeners.push(l) } } } }));
const fillTabNow = vi.fn(async () => []);
vi.mock('../../src/background/fill-tab.ts', () => ({ fillTabNow }));
const { listenForCommands } = await import('../../src/background/commands.ts');

beforeEach(() => { listeners.length = 0; fillTabNow.mockClear(); });

describe('the keyboard shortcut fills the active tab, as "Fill this page" does', () => {
  it('fill-page fills the tab it was pressed in', () => {
    listenForCommands();
    listeners[0]!('fill-page', { id: 42 });
    expect(fillTabNow).toHaveBeenCalledWith(42);
  });

  it('other commands, or no tab, do nothing', () => {
    listenForCommands();
    listeners[0]!('something-else', { id: 42 });
    listeners[0]!('fill-page', undefined);
    expect(fillTabNow).not.toHaveBeenCalled();
  });
});
