import { afterEach, describe, expect, it } from 'vitest';
import { watchPage } from '../../src/content/watch-page.ts';

// A visit to a page whose form is there at once costs one look and no observer; a page without one
// is watched for a form that appears later; a look that had to wait for the extension is followed
// by one more, since the page may have changed meanwhile. Real timers: the debounce is 250 ms.

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DEBOUNCE_AND_MORE = 400;
const stops: (() => void)[] = [];
afterEach(() => { for (const stop of stops.splice(0)) stop(); document.body.replaceChildren(); });

function counted(answer: () => boolean | Promise<boolean>) {
  const looks = { count: 0 };
  stops.push(watchPage(() => { looks.count++; return answer(); }));
  return looks;
}

const change = () => document.body.append(document.createElement('p'));

describe('watching a page for its form', () => {
  it('a form found at once: one look, and changes to the page start no other', async () => {
    const looks = counted(() => true);
    change();
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(1);
  });

  it('no form yet: the page is looked at again once it changes, and only then', async () => {
    let there = false;
    const looks = counted(() => there);
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(1);
    there = true;
    change();
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(2);
    change();
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(2);
  });

  it('a look that waited for the extension and found nothing is followed by one more, without a change', async () => {
    const looks = counted(() => Promise.resolve(false));
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(2);
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(2);
  });

  it('a look that throws counts as nothing found, and the page is still watched', async () => {
    let calls = 0;
    const looks = counted(() => { if (calls++ === 0) throw new Error('the page broke a method'); return true; });
    change();
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(2);
  });

  it('a page that never stops changing is still looked at, about once a second, and found', async () => {
    let there = false;
    const looks = counted(() => there);
    // A clock that ticks every 100 ms: no pause of 250 ms ever comes.
    const clock = setInterval(change, 100);
    try {
      await wait(2_600);
      const whileTicking = looks.count;
      // The first look, then one a second (two more in 2.6 s): never once per tick, never none at all.
      expect(whileTicking).toBeGreaterThanOrEqual(2);
      expect(whileTicking).toBeLessThanOrEqual(4);
      there = true;
      for (let i = 0; i < 30 && looks.count === whileTicking; i++) await wait(100);
      expect(looks.count).toBe(whileTicking + 1);
      // Found: the ticking goes on, the looking does not.
      await wait(1_500);
      expect(looks.count).toBe(whileTicking + 1);
    } finally {
      clearInterval(clock);
    }
  });

  it('stopped while a look waits: nothing more is looked at', async () => {
    let release: (found: boolean) => void = () => {};
    const looks = { count: 0 };
    const stop = watchPage(() => { looks.count++; return new Promise<boolean>((resolve) => { release = resolve; }); });
    stop();
    release(false);
    change();
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(1);
  });
});
