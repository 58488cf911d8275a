import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/content/apply-plan.ts';
import { collectFields } from '../../src/content/collect-fields.ts';
import { planFill } from '../../src/core/plan-fill.ts';
import { createProfile } from '../support/factories.ts';
import { stubLayout } from '../support/layout-stub.ts';

// A checkbox the page hides and draws through its label is ticked when the label is seen; a
// label that merely points at a box hidden with its whole section (a repeated id does that)
// shows nothing of that box, and the box is left alone.

let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

const MESSAGE = '<label for="message">Message</label><textarea id="message" name="message"></textarea>';

function fill(html: string): void {
  document.body.innerHTML = `<form action="/send"><label for="first">First Name</label><input id="first" name="first">${MESSAGE}${html}<button>Send</button></form>`;
  const read = collectFields(document);
  const plan = planFill(read.fields, read.groups, {
    profile: createProfile(), subject: 'Belarus', messages: ['Dear Senator'], topics: [], wantsResponse: true, knownMessageLimit: null,
  });
  applyPlan(plan, read.elements);
}

const box = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('checkboxes drawn by their labels', () => {
  it('ticks a box the page hides and draws through the label beside it', () => {
    fill('<div><input type="checkbox" id="reply" name="reply" style="display:none"><label for="reply">I would like a response</label></div>');
    expect(box('reply').checked).toBe(true);
    expect(box('first').value).toBe(createProfile().firstName);
  });

  it('ticks a box hidden inside the label that holds it', () => {
    fill('<label><input type="checkbox" id="reply" name="reply" style="opacity:0"> I would like a response</label>');
    expect(box('reply').checked).toBe(true);
  });

  it('ticks a box in a wrapper of its own beside its label', () => {
    fill('<div><span class="box"><input type="checkbox" id="reply" name="reply" style="display:none"></span><label for="reply">I would like a response</label></div>');
    expect(box('reply').checked).toBe(true);
  });

  it('leaves a box hidden with its section, though a label elsewhere on the page points at it through a repeated id', () => {
    fill('<div style="display:none"><label for="dup">How did you hear about us?</label><input type="checkbox" id="dup" name="dup"></div>'
      + '<div><label for="dup">I would like a response</label><input type="text" id="dup" name="other"></div>');
    expect(document.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(false);
  });

  it('two boxes carry one id: the words beside each decide, not the label the browser gives the first', () => {
    fill('<p><input type="checkbox" id="resp" name="news"> Sign me up for the weekly newsletter</p>'
      + '<p><input type="checkbox" id="resp" name="reply"> <label for="resp">I would like a response</label></p>');
    const [news, reply] = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(news!.checked).toBe(false);
    expect(reply!.checked).toBe(true);
  });

  it('leaves a box whose section is hidden while its label is drawn in another', () => {
    fill('<div style="visibility:hidden"><div><input type="checkbox" id="reply" name="reply"></div></div>'
      + '<p><label for="reply">I would like a response</label></p>');
    expect(box('reply').checked).toBe(false);
  });

  it('leaves a box far from its label, hidden in a faded section', () => {
    fill('<section><div style="opacity:0"><input type="checkbox" id="reply" name="reply"></div><p><label for="reply">I would like a response</label></p></section>');
    expect(box('reply').checked).toBe(false);
  });
});
