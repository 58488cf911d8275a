import { beforeEach, describe, expect, it, vi } from 'vitest';
import { takeLooks } from '../../src/background/form-spotted.ts';
import { addressHere, takeSpotted } from '../../src/background/in-page.ts';
import { recordedFrames } from '../../src/background/tab-state.ts';
import { fakeBrowser, resetFakeBrowser } from '../support/fake-browser.ts';
import { createProfile, createSettings } from '../support/factories.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../support/fake-browser.ts')).fakeBrowser }));
vi.mock('virtual:letters', async () => ({ default: (await import('../support/letters.ts')).default }));

// When an office's tab has loaded, the background takes what the look spotted in each frame. A
// taken look is judged as a message from that frame would be: only an office's top-level page, or
// a form frame the registry names inside one, is recorded (badge, popup); and only where a fill
// was asked for is the filler loaded and the look told to read.

const OUTER = 'https://www.bennet.senate.gov/contact/';
const IQ = 'https://outreach.senate.gov/iqextranet/EForm.aspx?__cid=SenBennet&__fid=100008&iframe=Y';
const HINT = { messageLimit: 2000 };

interface Injection { target: { tabId: number; frameIds?: number[]; allFrames?: boolean; documentIds?: string[] }; func?: unknown; files?: string[]; args?: unknown[] }

/** The frames of a tab as the browser would run the background's functions in them: `top` answers in frame 0; each frame's look holds its finding. */
function tab(top: string, looks: { frameId: number; url: string }[]): Injection[] {
  const calls: Injection[] = [];
  fakeBrowser.scripting.executeScript = (async (injection: Injection) => {
    calls.push(injection);
    if (injection.func === takeSpotted) return looks.map(({ frameId, url }) => ({ frameId, result: { url, hint: HINT } }));
    if (injection.func === addressHere) return [{ frameId: 0, result: top }];
    return [{ frameId: injection.target.frameIds?.[0] ?? 0, result: null }];
  }) as never;
  return calls;
}

const hosts = async () => (await recordedFrames(7)).map((f) => f.host).sort();

beforeEach(async () => {
  resetFakeBrowser();
  await fakeBrowser.storage.local.set({ profile: { version: 1, data: createProfile() }, settings: { version: 1, data: createSettings({ autoFill: false }) } });
});

describe('looks taken from a loaded tab', () => {
  it('records an office\'s page and the form frame the registry names in it, with the page\'s message limit, and loads nothing', async () => {
    const calls = tab(OUTER, [{ frameId: 0, url: OUTER }, { frameId: 3, url: IQ }]);
    await takeLooks(7, OUTER);
    expect(await hosts()).toEqual(['outreach.senate.gov', 'www.bennet.senate.gov']);
    expect((await recordedFrames(7)).find((f) => f.frameId === 0)?.status.messageLimit).toBe(2000);
    // Fill on open is off and no fill was started: no filler, no word to the look.
    expect(calls.filter((c) => c.files || (c.func && c.func !== takeSpotted && c.func !== addressHere))).toEqual([]);
  });

  it('records nothing from a deeper subdomain, an office\'s page shown in a frame, or a frame under a page that is not an office\'s', async () => {
    tab('https://a.b.senate.gov/contact', [{ frameId: 0, url: 'https://a.b.senate.gov/contact' }, { frameId: 2, url: OUTER }, { frameId: 3, url: IQ }]);
    await takeLooks(7, 'https://a.b.senate.gov/contact');
    expect(await hosts()).toEqual([]);
  }, 10_000);

  it('with fill on open confirmed for the site, loads the filler into that frame and tells its look to read', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, data: createSettings({ autoFill: true, autoFillSites: ['www.bennet.senate.gov'] }) } });
    const calls = tab(OUTER, [{ frameId: 0, url: OUTER }]);
    await takeLooks(7, OUTER);
    const after = calls.filter((c) => c.func !== takeSpotted && c.func !== addressHere);
    expect(after.map((c) => (c.files ? 'load' : 'tell'))).toEqual(['load', 'tell']);
    expect(after.every((c) => c.target.frameIds?.[0] === 0)).toBe(true);
    expect(after[1]!.args?.[1]).toEqual({ readNow: true, awaiting: false });
  });

  it('takes a look once: the shelf is empty for the next taker, and a look spotted later reports itself', () => {
    const globals = globalThis as Record<symbol, unknown>;
    const key = 'test.look-shelf';
    Object.defineProperty(globalThis, Symbol.for(key), { value: { hint: HINT }, configurable: true });
    try {
      expect(takeSpotted(key)).toEqual({ url: location.href, hint: HINT });
      expect(takeSpotted(key)).toBeNull();
      expect(globals[Symbol.for(key)]).toMatchObject({ asked: true, hint: null });
    } finally {
      delete globals[Symbol.for(key)];
    }
  });

  it('calls off the look\'s own report when the background takes the look: nothing of the look\'s runs later', () => {
    vi.useFakeTimers();
    const globals = globalThis as Record<symbol, unknown>;
    const key = 'test.look-due';
    let reported = 0;
    Object.defineProperty(globalThis, Symbol.for(key), { value: { hint: HINT, due: setTimeout(() => reported++, 2000) }, configurable: true });
    try {
      expect(takeSpotted(key)).toEqual({ url: location.href, hint: HINT });
      vi.advanceTimersByTime(5000);
      expect(reported).toBe(0);
    } finally {
      delete globals[Symbol.for(key)];
      vi.useRealTimers();
    }
  });
});
