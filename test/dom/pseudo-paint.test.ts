import { afterEach, describe, expect, it } from 'vitest';
import { pseudoHostsIn, pseudoSelectors } from '../../src/content/pseudo-paint.ts';

const pseudoHostsInDocument = () => pseudoHostsIn(document, pseudoSelectors());

// Which elements' ::before and ::after the page's own sheets may paint beyond their boxes: the
// elements a rule styling a pseudo-element with such paint matches. Where a sheet cannot be read
// (another origin's), no answer: every element's pseudo-elements are looked at instead.

function page(css: string, html: string) {
  document.head.replaceChildren(Object.assign(document.createElement('style'), { textContent: css }));
  document.body.innerHTML = html;
}
const ids = (found: Set<Element> | null) => (found ? [...found].map((el) => el.id).filter(Boolean).sort() : null);

afterEach(() => { document.head.replaceChildren(); document.body.replaceChildren(); });

describe('pseudo-elements the page styles with paint beyond their boxes', () => {
  it('finds the elements of rules that give a pseudo-element a shadow, an outline or a filter, in @media too, and no others', () => {
    page(`
      .line::after { content: ''; box-shadow: 0 0 0 20px #fff; }
      @media screen { .ring:before { outline: 20px solid #fff; } }
      .star::after { content: ' *'; color: #b00; }
      .plain { box-shadow: 0 0 0 20px #fff; }
      .drop::before { filter: drop-shadow(30px 0 0 #fff); }
    `, '<div id="a" class="line"></div><div id="b" class="ring"></div><label id="c" class="star">Name</label><div id="d" class="plain"></div><p id="e" class="drop"></p><div id="f"></div>');
    expect(ids(pseudoHostsInDocument())).toEqual(['a', 'b', 'e']);
  });

  it('a selector holding quoted text, which may hide what looks like a pseudo-element, counts every element', () => {
    page(`[title="x::before"]::after { box-shadow: 0 0 0 20px #fff; }`, '<div id="a" title="x::before"></div><div id="b"></div>');
    expect(ids(pseudoHostsInDocument())).toEqual(['a', 'b']);
  });

  it('a page with no such rule has none to look at', () => {
    page('.a::after { content: "→"; } .b { outline: 3px solid red; }', '<div id="a" class="a"></div><div id="b" class="b"></div>');
    expect(ids(pseudoHostsInDocument())).toEqual([]);
  });

  it('a sheet whose rules cannot be read gives no answer: every element is looked at', () => {
    page('.a::after { content: ""; }', '<div id="a" class="a"></div>');
    const sheet = document.styleSheets[0]!;
    Object.defineProperty(sheet, 'cssRules', { get() { throw new DOMException('Cannot access rules', 'SecurityError'); } });
    expect(pseudoHostsInDocument()).toBeNull();
  });

  it('in one box of the page, the box and what it holds that such rules match', () => {
    page('.line::after { box-shadow: 0 0 0 20px #fff; }', '<div id="box" class="line"><p id="a" class="line"></p></div><p id="b" class="line"></p>');
    expect(ids(pseudoHostsIn(document.getElementById('box')!, pseudoSelectors()))).toEqual(['a', 'box']);
  });
});
