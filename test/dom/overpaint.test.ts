import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overpaintAt, overpaintOf, paintsBeyond } from '../../src/content/overpaint.ts';
import { stubLayout } from '../support/layout-stub.ts';

// Paint an element draws beyond its box, where it falls: every box here measures 200 × 24 at
// (10, 10) (the layout stub), so a point left of it, right of it or inside it says whether the
// paint lies there. Styles are given as a browser computes them.

let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

const NONE = { boxShadow: 'none', outlineStyle: 'none', outlineWidth: '0px', outlineOffset: '0px', outlineColor: 'rgb(0, 0, 0)', textShadow: 'none', filter: 'none', borderImageSource: 'none', borderImageOutset: '0', borderTopWidth: '0px', borderRightWidth: '0px', borderBottomWidth: '0px', borderLeftWidth: '0px' };
const styled = (style: Partial<typeof NONE>) => ({ ...NONE, ...style }) as unknown as CSSStyleDeclaration;

function paintOf(style: Partial<typeof NONE>, strength = 1) {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  return overpaintOf(el, styled(style), strength);
}

const LEFT = { x: 0, y: 22 };
const INSIDE = { x: 100, y: 22 };
const FAR_RIGHT = { x: 700, y: 22 };

describe('paint beyond a box', () => {
  it('a plain box paints nothing beyond itself, and is passed over by the search', () => {
    expect(paintsBeyond(styled({}))).toBe(false);
    expect(paintOf({})).toEqual([]);
  });

  it('an opaque shadow spread wide lies around the box, never under it', () => {
    const paint = paintOf({ boxShadow: 'rgb(255, 255, 255) 0px 0px 0px 40px' });
    expect(overpaintAt(paint, LEFT)).toBe(true);
    expect(overpaintAt(paint, INSIDE)).toBe(false);
    expect(overpaintAt(paint, FAR_RIGHT)).toBe(false);
  });

  it('a faint card shadow, a short one, an inset one and one of a faded element hide nothing', () => {
    expect(paintOf({ boxShadow: 'rgba(0, 0, 0, 0.2) 0px 10px 30px 0px' })).toEqual([]);
    expect(paintOf({ boxShadow: 'rgb(51, 51, 51) 0px 3px 0px 0px' })).toEqual([]);
    expect(paintOf({ boxShadow: 'rgb(255, 255, 255) 0px 0px 0px 40px inset' })).toEqual([]);
    expect(paintOf({ boxShadow: 'rgb(255, 255, 255) 0px 0px 0px 40px' }, 0.3)).toEqual([]);
  });

  it('a thick outline is a ring around the box', () => {
    const paint = paintOf({ outlineStyle: 'solid', outlineWidth: '20px', outlineColor: 'rgb(255, 255, 255)' });
    expect(overpaintAt(paint, LEFT)).toBe(true);
    expect(overpaintAt(paint, INSIDE)).toBe(false);
    expect(paintOf({ outlineStyle: 'solid', outlineWidth: '2px', outlineColor: 'rgb(51, 102, 204)' })).toEqual([]);
  });

  it('a thick outline offset inward is a ring inside the box, over what it holds; a thin one is not counted', () => {
    const paint = paintOf({ outlineStyle: 'solid', outlineWidth: '10px', outlineOffset: '-10px', outlineColor: 'rgb(255, 255, 255)' });
    expect(overpaintAt(paint, { x: 14, y: 22 })).toBe(true);
    expect(overpaintAt(paint, { x: 100, y: 22 })).toBe(false);
    expect(overpaintAt(paint, LEFT)).toBe(false);
    expect(paintOf({ outlineStyle: 'solid', outlineWidth: '2px', outlineOffset: '-2px', outlineColor: 'rgb(51, 102, 204)' })).toEqual([]);
  });

  it('chained drop shadows draw the box again and again, each moved by its own and the earlier ones', () => {
    const paint = paintOf({ filter: 'drop-shadow(rgb(255, 255, 255) 200px 0px 0px) drop-shadow(rgb(255, 255, 255) 400px 0px 0px)' });
    for (const x of [300, 500, 700]) expect(overpaintAt(paint, { x, y: 22 }), `x ${x}`).toBe(true);
    expect(overpaintAt(paint, INSIDE)).toBe(false);
    expect(overpaintAt(paint, { x: 1100, y: 22 })).toBe(false);
  });

  it('a border image set outward paints past the box', () => {
    const paint = paintOf({ borderImageSource: 'linear-gradient(rgb(255, 255, 255), rgb(255, 255, 255))', borderImageOutset: '20px' });
    expect(overpaintAt(paint, LEFT)).toBe(true);
    expect(overpaintAt(paint, FAR_RIGHT)).toBe(false);
    // Unitless: so many border widths.
    const widths = paintOf({ borderImageSource: 'url("x.png")', borderImageOutset: '10', borderLeftWidth: '2px', borderTopWidth: '2px', borderRightWidth: '2px', borderBottomWidth: '2px' });
    expect(overpaintAt(widths, LEFT)).toBe(true);
  });
});
