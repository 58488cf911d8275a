import { afterEach, describe, expect, it } from 'vitest';
import { matchedIn, mayPaintIn, paintRules } from '../../src/content/paint-rules.ts';

const pseudoHostsIn = (root: Document | Element) => { const rules = paintRules(); return matchedIn(root, rules && rules.pseudo); };
const pseudoHostsInDocument = () => pseudoHostsIn(document);

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
    expect(ids(pseudoHostsIn(document.getElementById('box')!))).toEqual(['a', 'box']);
  });
});

// The elements whose own style a search reads: those the page's rules or their own style attribute
// may give paint beyond their boxes, and the focused one. Every other element's paint is its
// browser's default: none beyond its box.
describe('elements the page may paint beyond their boxes', () => {
  const mayPaintInDocument = () => ids(mayPaintIn(document, paintRules()));

  it('the elements of rules giving a shadow, an outline, a drop shadow or a border image, in @media and @supports too, and no others', () => {
    page(`
      .card { box-shadow: 0 1px 2px #0002; }
      @media screen { .ring { outline: 30px solid #fff; } }
      @supports (display: grid) { .drop { filter: drop-shadow(0 40px 0 #fff); } }
      .frame { border-image: linear-gradient(#fff, #fff) 30 / 30px / 30px; }
      .plain { color: #333; border: 1px solid #ccc; }
    `, '<div id="a" class="card"></div><div id="b" class="ring"></div><p id="c" class="drop"></p><div id="d" class="frame"></div><div id="f" class="plain"></div><div id="g"></div>');
    expect(mayPaintInDocument()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a text shadow is inherited: what the styled element holds is looked at too', () => {
    page('.glow { text-shadow: 0 30px 0 #fff; }', '<div id="a" class="glow"><span id="b"><em id="c">x</em></span></div><div id="d"></div>');
    expect(mayPaintInDocument()).toEqual(['a', 'b', 'c']);
  });

  it('a rule naming an element beside a pseudo-element counts the element for its own paint too', () => {
    page('.a, .b::after { box-shadow: 0 0 0 30px #fff; }', '<div id="a" class="a"></div><div id="b" class="b"></div><div id="c"></div>');
    expect(mayPaintInDocument()).toEqual(['a', 'b']);
  });

  it('an element with a style attribute, however its shadow got there, and the focused element', () => {
    page('', '<div id="a" style="color: red"></div><div id="b"></div><input id="c">');
    document.getElementById('b')!.style.boxShadow = '0 0 0 30px #fff';
    document.getElementById('c')!.focus();
    expect(mayPaintInDocument()).toEqual(['a', 'b', 'c']);
  });

  it('sheets of more such rules than matching them is worth (a design system\'s): every element is looked at', () => {
    const rules = Array.from({ length: 150 }, (_, i) => `.b${i}:focus { box-shadow: 0 0 0 3px #36c; }`).join('\n');
    // A page of more elements than rules: the rules are read, and found too many to match.
    const body = `<div id="a" class="b1"></div><div id="b"></div>${'<p></p>'.repeat(200)}`;
    page(rules, body);
    expect(paintRules()?.own).toHaveLength(150);
    expect(mayPaintIn(document, paintRules())).toBeNull();
    page(rules.split('\n').slice(0, 20).join('\n'), body);
    expect(mayPaintInDocument()).toEqual([]);
  });

  it('sheets of many more rules than the page has elements (a design system\'s over a short page) are not read: every element is looked at, which costs less', () => {
    const rules = `${Array.from({ length: 400 }, (_, i) => `.u${i} { margin: ${i % 7}px; }`).join('\n')}\n.ring { outline: 30px solid #fff; }`;
    // 401 rules are read from 201 elements on; html, head, style, body and the ring's box are five of them.
    for (const [paragraphs, read] of [[100, false], [195, false], [196, true], [300, true]] as const) {
      page(rules, `<div id="a" class="ring"></div>${'<p></p>'.repeat(paragraphs)}`);
      expect(mayPaintInDocument(), `${paragraphs} paragraphs`).toEqual(read ? ['a'] : null);
    }
  });

  it('SVG\'s filter and marker attributes, in a search of the page or of one box; where no SVG is, they paint nothing and are not looked for', () => {
    page('', `<div id="d" filter="url(#f)"></div><svg id="s"><g id="g"><path id="p" filter="url(#f)"></path><line id="l" marker-end="url(#m)"></line></g><rect id="r"></rect></svg>`);
    expect(mayPaintInDocument()).toEqual(expect.arrayContaining(['l', 'p']));
    expect(ids(mayPaintIn(document.getElementById('g')!, paintRules()))).toEqual(['l', 'p']);
    expect(ids(mayPaintIn(document.getElementById('p')!, paintRules()))).toEqual(['p']);
    page('', '<div id="d" filter="url(#f)" marker-start="url(#m)"></div><p id="q"></p>');
    expect(mayPaintInDocument()).toEqual([]);
  });

  it('a sheet whose rules cannot be read gives no answer: every element is looked at', () => {
    page('.a { color: red; }', '<div id="a" class="a"></div>');
    Object.defineProperty(document.styleSheets[0]!, 'cssRules', { get() { throw new DOMException('Cannot access rules', 'SecurityError'); } });
    expect(mayPaintIn(document, paintRules())).toBeNull();
  });
});
