import { afterEach, describe, expect, it } from 'vitest';
import { elementCount, holdsElements } from '../../src/content/dom.ts';

// Whether a page, a shadow tree or a box holds at least so many elements, as a count of them all
// would say; asked of the page before its sheets are read (paint-rules.ts).

afterEach(() => { document.body.replaceChildren(); });

describe('holdsElements', () => {
  it('says what counting every element says, at each bound, for the document, its root element, a box and a shadow tree', () => {
    document.body.innerHTML = `<div id="box">${'<p><b></b></p>'.repeat(20)}</div><section id="host"></section>`;
    const box = document.getElementById('box')!;
    const tree = document.getElementById('host')!.attachShadow({ mode: 'open' });
    tree.innerHTML = '<span></span><span></span><em></em>';
    for (const root of [document, document.documentElement, box, tree]) {
      const n = elementCount(root);
      expect(n).toBeGreaterThan(2);
      for (const asked of [-1, 0, 1, 2, n - 1, n]) expect(holdsElements(root, asked), `${asked} of ${n}`).toBe(true);
      for (const asked of [n + 1, n + 50, Infinity]) expect(holdsElements(root, asked), `${asked} of ${n}`).toBe(false);
    }
    // A box counts itself: a box holding nothing holds one element.
    const empty = document.createElement('i');
    document.body.append(empty);
    expect([holdsElements(empty, 1), holdsElements(empty, 2)]).toEqual([true, false]);
  });

  it('an element named for the number asked cannot answer for the count', () => {
    document.body.innerHTML = '<p id="Infinity"></p><p name="NaN"></p>';
    expect(holdsElements(document, Infinity)).toBe(false);
    expect(holdsElements(document, NaN)).toBe(false);
  });
});
