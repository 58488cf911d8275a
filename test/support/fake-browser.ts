// An in-memory stand-in for the parts of `browser` the shared modules use, for unit tests:
//   vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
// Values are structured-cloned on the way in and out, and every change is announced through
// storage.onChanged after the write, as the real storage does.

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function createArea(name: string, listeners: Set<Listener>) {
  const data = new Map<string, unknown>();
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    data,
    async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
      await tick();
      const wanted = keys === null || keys === undefined ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(values: Record<string, unknown>): Promise<void> {
      await tick();
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(values)) {
        changes[key] = { oldValue: structuredClone(data.get(key)), newValue: structuredClone(value) };
        data.set(key, structuredClone(value));
      }
      for (const listener of listeners) listener(structuredClone(changes), name);
    },
    async remove(keys: string | string[]): Promise<void> {
      await tick();
      for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
    },
  };
}

const listeners = new Set<Listener>();

async function NOWHERE(): Promise<never> {
  throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
}

export const fakeBrowser = {
  runtime: {
    id: 'test-extension-id',
    getURL: (path: string) => `chrome-extension://test-extension-id/${path}`,
    onMessage: { addListener: () => {} },
    sendMessage: async () => undefined,
  },
  tabs: { query: async () => [], sendMessage: async () => undefined },
  // No page is reachable unless a test says which: the browser refuses to run anything elsewhere.
  scripting: { executeScript: NOWHERE as (injection: unknown) => Promise<{ frameId: number; result?: unknown }[]> },
  action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} },
  i18n: { getMessage: (key: string, subs?: string | string[]) => [key, ...(subs ? [subs].flat() : [])].join(' ') },
  storage: {
    local: createArea('local', listeners),
    session: createArea('session', listeners),
    onChanged: {
      addListener: (listener: Listener) => { listeners.add(listener); },
      removeListener: (listener: Listener) => { listeners.delete(listener); },
    },
  },
};

/** Empty both storage areas and forget every listener: call in beforeEach. */
export function resetFakeBrowser(): void {
  fakeBrowser.storage.local.data.clear();
  fakeBrowser.storage.session.data.clear();
  listeners.clear();
  fakeBrowser.scripting.executeScript = NOWHERE;
}
