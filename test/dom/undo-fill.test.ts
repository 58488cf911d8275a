import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, undoFill } from '../../src/content/apply-plan.ts';
import type { FillPlan } from '../../src/core/fill-plan.ts';
import { stubLayout } from '../support/layout-stub.ts';

// happy-dom has no layout; the stub lays the form out so the fill's last-moment visibility check can see it.
let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

const FORM = `
<form>
  <input id="first" name="first">
  <input id="subject" name="subject" value="">
  <select id="topic" name="topic"><option value="">Choose</option><option value="FOR">Foreign Relations</option></select>
  <textarea id="message" name="message"></textarea>
  <input type="radio" id="yes" name="response" value="yes"><input type="radio" id="no" name="response" value="no" checked>
  <input type="radio" id="q-a" name="question" value="a"><input type="radio" id="q-b" name="question" value="b">
  <input type="checkbox" id="no-reply" name="noreply" checked>
</form>`;

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as unknown as T;
const controls = () => [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')];
const state = () => controls().map((c) => ({ id: c.id, value: c.value, checked: c.checked }));

function plan(): FillPlan {
  const ref = (id: string) => controls().findIndex((c) => c.id === id);
  return {
    group: 0, refusals: [], forbidden: [], message: { variant: 0, length: 5, limit: null },
    actions: [
      { ref: ref('first'), role: 'first', value: 'Alesia' },
      { ref: ref('topic'), role: 'topic', value: 'FOR' },
      { ref: ref('message'), role: 'message', value: 'Dear Senator' },
      { ref: ref('yes'), role: 'response', value: '', checked: true },
      { ref: ref('q-a'), role: 'response', value: '', checked: true },
      { ref: ref('no-reply'), role: 'response-inverted', value: '', checked: false },
    ],
  };
}

beforeEach(() => { document.body.innerHTML = FORM; });

describe('undo puts every field back as it was', () => {
  it('text, select, textarea, checkbox, and radios, including a radio group that had no choice', () => {
    const before = state();
    const applied = applyPlan(plan(), controls());
    expect(applied.filled).toHaveLength(6);
    expect($('yes').checked && !$('no').checked && $('q-a').checked && !$('no-reply').checked).toBe(true);

    expect(undoFill(applied)).toEqual({ restored: 6, kept: 0 });
    expect(state()).toEqual(before);
    expect($('no').checked).toBe(true);
    expect($('q-a').checked || $('q-b').checked).toBe(false);
  });

  it('tells the page, as a person would: input and change events', () => {
    const applied = applyPlan(plan(), controls());
    const events: string[] = [];
    for (const type of ['input', 'change']) document.addEventListener(type, (e) => events.push(`${type}:${(e.target as Element).id}`));
    undoFill(applied);
    expect(events).toEqual(expect.arrayContaining(['input:first', 'change:first', 'change:topic', 'change:q-a', 'change:no', 'change:no-reply']));
  });
});

describe('undo never overwrites what the person typed', () => {
  it('a field the person changed after the fill keeps their change', () => {
    const applied = applyPlan(plan(), controls());
    $<HTMLTextAreaElement>('message').value = 'Dear Senator, in my own words';
    $('q-b').checked = true;
    expect(undoFill(applied)).toEqual({ restored: 4, kept: 2 });
    expect($<HTMLTextAreaElement>('message').value).toBe('Dear Senator, in my own words');
    expect($('q-b').checked).toBe(true);
    expect($('first').value).toBe('');
  });

  it('a field that left the page is skipped', () => {
    const applied = applyPlan(plan(), controls());
    $('first').remove();
    expect(undoFill(applied).restored).toBe(5);
  });
});
