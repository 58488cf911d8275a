import { afterEach, describe, expect, it } from 'vitest';
import { watchPage } from '../../src/content/watch-page.ts';

// A visit to a page whose form is there at once costs one look and no observer; a page without one
// is watched for a form that appears later; a look that had to wait for the extension is followed
// by one more, since the page may have changed meanwhile. Real timers: the debounce is 250 ms.

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DEBOUNCE_AND_MORE = 400;
const stops: (() => void)[] = [];
afterEach(() => { for (const stop of stops.splice(0)) stop(); document.body.replaceChildren(); });

function counted(answer: () => boolean | Promise<boolean>, restyling?: () => boolean) {
  const looks = { count: 0 };
  stops.push(watchPage(() => { looks.count++; return answer(); }, undefined, restyling));
  return looks;
}

const change = () => document.body.append(document.createElement('p'));
const restyle = () => document.body.classList.toggle('slide');

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

  it('every box shown (a search box): a slideshow\'s change of class is not looked at, a new node is', async () => {
    let hidden = false;
    const looks = counted(() => false, () => hidden);
    await wait(DEBOUNCE_AND_MORE);
    restyle();
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(1);
    change();
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(2);
    // That look saw a box hidden: from now on a change of class may show it.
    hidden = true;
    change();
    await wait(DEBOUNCE_AND_MORE);
    restyle();
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(4);
  });

  it('a box hidden: a change of class, of the hidden or open attribute, or a popover shown is looked at', async () => {
    const looks = counted(() => false, () => true);
    await wait(DEBOUNCE_AND_MORE);
    const steps = [restyle, () => document.body.toggleAttribute('hidden'), () => document.body.toggleAttribute('open'),
      () => document.body.dispatchEvent(new Event('toggle'))];
    for (const [i, step] of steps.entries()) {
      step();
      await wait(DEBOUNCE_AND_MORE);
      expect(looks.count).toBe(i + 2);
    }
  });

  it('for a form, new words alone (a clock\'s tick) are not looked at; words written into a style sheet, or words of thanks, are', async () => {
    const clock = document.createElement('p');
    const sheet = document.createElement('style');
    document.body.append(clock, sheet);
    const looks = counted(() => false, () => false);
    await wait(DEBOUNCE_AND_MORE);
    clock.textContent = '10:01';
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(1);
    sheet.textContent = '.form { display: block }';
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(2);
    // Words that may be the office's answer to a submit: the look asks about those.
    clock.textContent = 'Thank you, your message was received.';
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(3);
  });

  it('a change made just as the watch changes what it listens for is still looked at', async () => {
    let hidden = false;
    let n = 0;
    // The second look sees a box hidden, and the page changes while it looks.
    const looks = counted(() => { if (++n === 2) { hidden = true; change(); } return false; }, () => hidden);
    await wait(DEBOUNCE_AND_MORE);
    change();
    await wait(DEBOUNCE_AND_MORE);
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(3);
  });

  it('for an answer, new words in an old box are looked at (a thank-you written into the page)', async () => {
    const status = document.createElement('p');
    document.body.append(status);
    const looks = counted(() => false);
    await wait(DEBOUNCE_AND_MORE);
    status.textContent = 'Thank you, your message was sent.';
    await wait(DEBOUNCE_AND_MORE);
    expect(looks.count).toBe(2);
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
