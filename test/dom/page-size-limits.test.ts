import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { collectFields } from '../../src/content/collect-fields.ts';
import { postsOf } from '../../src/content/form-posts.ts';
import { PageSnapshotSchema } from '../../src/shared/field-schema.ts';
import { fillPage, PAGE_INPUT } from '../support/fill-page.ts';
import { stubLayout } from '../support/layout-stub.ts';

// A page can name one box by many elements, or by one huge one, or give a form more redirecting
// buttons than a snapshot carries. The read stays short, the snapshot stays one the background
// accepts (one odd field must not make the whole page "no form"), and no place a form sends to goes unread.

let unstub: () => void;
beforeAll(() => { unstub = stubLayout(); });
afterAll(() => unstub());

const FORM = (extra: string, emailAttrs = '') => `<form action="/send">
  <label for="first">First Name</label><input id="first" name="first">
  <label for="email">Email</label><input id="email" name="email" type="email" ${emailAttrs}>
  <label for="message">Message</label><textarea id="message" name="message"></textarea>
  ${extra}<button>Send</button></form>`;

const snapshotOf = () => {
  const read = collectFields(document);
  return { read, parsed: z.safeParse(PageSnapshotSchema, { fields: read.fields, groups: read.groups, posts: postsOf(read.groupElements).map((p) => p.places) }) };
};

describe('a read the page cannot blow up', () => {
  it('reads a box named by 30 elements (and one named 200 times over) as a box with a few labels, in a snapshot the background accepts', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `cap${i}`);
    const captions = ids.map((id) => `<span id="${id}">Caption ${id}</span>`).join('');
    document.body.innerHTML = `${captions}${FORM('', `aria-labelledby="${ids.join(' ')} ${'cap0 '.repeat(200)}"`)}`;
    const { read, parsed } = snapshotOf();
    expect(parsed.success).toBe(true);
    const email = read.fields.find((f) => f.name === 'email')!;
    expect(email.labels.length).toBeGreaterThan(0);
    expect(email.labels.length).toBeLessThanOrEqual(20);
    expect(email.labels.join(' ')).toContain('Email');
  });

  it('reads a label pointing at a huge element only as far as a label goes', () => {
    const huge = `<div id="everything">${'<p>Lorem ipsum dolor sit amet </p>'.repeat(20_000)}</div>`;
    document.body.innerHTML = `${huge}${FORM('', 'aria-labelledby="everything everything everything"')}`;
    const { read, parsed } = snapshotOf();
    expect(parsed.success).toBe(true);
    const email = read.fields.find((f) => f.name === 'email')!;
    expect(email.labels).toContain('Email');
    expect(email.labels.filter((l) => l.startsWith('Lorem'))).toHaveLength(1);
  });

  it('counts a form with more redirecting buttons than a snapshot carries as sending somewhere unread', () => {
    const buttons = Array.from({ length: 25 }, (_, i) => `<button formaction="/send${i}">Send ${i}</button>`).join('');
    document.body.innerHTML = FORM(buttons);
    const [posts] = postsOf([document.querySelector('form')!]);
    expect(posts!.places.length).toBeLessThanOrEqual(20);
    expect(posts!.places.some((p) => !p.startsWith('http'))).toBe(true);
    expect(snapshotOf().parsed.success).toBe(true);
  });

  it('reads every place of a form with a few redirecting buttons', () => {
    const buttons = Array.from({ length: 3 }, (_, i) => `<button formaction="/send${i}">Send ${i}</button>`).join('');
    document.body.innerHTML = FORM(buttons);
    const [posts] = postsOf([document.querySelector('form')!]);
    expect(posts!.places).toHaveLength(4);
    expect(posts!.places.every((p) => p.startsWith('http'))).toBe(true);
  });

  it('reads the writer\'s details at the end of a form that first asks a survey of a thousand questions, and not the whole survey', () => {
    const questions = Array.from({ length: 1000 }, (_, i) => `<label for="q${i}">Question ${i}: how would you rate service ${i}?</label><input id="q${i}" name="q${i}">`).join('');
    document.body.innerHTML = FORM('').replace('<form action="/send">', `<form action="/send">${questions}`);
    const { read, parsed } = snapshotOf();
    expect(parsed.success).toBe(true);
    expect(read.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['first', 'email', 'message']));
    expect(read.fields.find((f) => f.name === 'email')!.labels).toContain('Email');
    // The survey's first questions are read, its middle is not: the read stays short.
    expect(read.fields.map((f) => f.name)).toContain('q0');
    expect(read.fields.map((f) => f.name)).not.toContain('q500');
    expect(read.fields.length).toBeLessThanOrEqual(200);
  });

  it('reads the writer\'s details at the start of a form that then asks a survey of a thousand questions', () => {
    const questions = Array.from({ length: 1000 }, (_, i) => `<label for="q${i}">Question ${i}</label><input id="q${i}" name="q${i}">`).join('');
    document.body.innerHTML = FORM(questions);
    const { read } = snapshotOf();
    expect(read.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['first', 'email', 'message', 'q999']));
    expect(read.fields.map((f) => f.name)).not.toContain('q500');
    expect(read.fields.length).toBeLessThanOrEqual(200);
  });

  it('reads a form of 200 controls whole: a long list of topics to tick, then the details', () => {
    const topics = Array.from({ length: 197 }, (_, i) => `<label><input type="checkbox" name="topic" value="t${i}"> Topic ${i}</label>`).join('');
    document.body.innerHTML = FORM('').replace('<form action="/send">', `<form action="/send">${topics}`);
    const { read, parsed } = snapshotOf();
    expect(parsed.success).toBe(true);
    expect(read.fields).toHaveLength(200);
    expect(read.fields.filter((f) => f.name === 'topic').map((f) => f.value)).toContain('t120');
    expect(read.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['first', 'email', 'message']));
  });

  it('reaches the contact form after nine small forms of a hundred questions each, and reads no more than a thousand fields of a page of a hundred such forms', () => {
    const small = (n: number, from: number) => `<form action="/survey">${Array.from({ length: n }, (_, i) => `<label>Question ${from + i} <input name="q${from + i}"></label>`).join('')}<button>Send</button></form>`;
    document.body.innerHTML = Array.from({ length: 9 }, (_, f) => small(100, f * 100)).join('') + FORM('');
    expect(snapshotOf().read.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['q0', 'q899', 'first', 'email', 'message']));
    document.body.innerHTML = FORM('') + Array.from({ length: 100 }, (_, f) => small(50, f * 50)).join('');
    const { read, parsed } = snapshotOf();
    expect(parsed.success).toBe(true);
    expect(read.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['first', 'email', 'message', 'q996']));
    expect(read.fields).toHaveLength(1000);
  });
});

describe('every text a page gives a box, past what a snapshot carries, or a count that is no count', () => {
  const long = (n: number, unit = 'x') => unit.repeat(n);
  // One odd box beside the contact form (or the contact form's own box made odd): the page is still read and filled.
  const ODD: [string, string][] = [
    ['a name of 5,000 characters', `<input name="${long(5000)}">`],
    ['an id of 5,000 characters', `<input id="${long(5000)}" name="note">`],
    ['an autocomplete of 5,000 characters', `<input name="note" autocomplete="${long(5000)}">`],
    ['a pattern of 5,000 characters', `<input name="note" pattern="${long(5000)}">`],
    ['a placeholder, a title and an aria-label of 5,000 characters', `<input name="note" placeholder="${long(5000)}" title="${long(5000)}" aria-label="${long(5000)}">`],
    ['a draft of 200,000 characters in a box', `<textarea name="notes">${long(200_000)}</textarea>`],
    ['a value of 200,000 characters typed in', `<input name="note" value="${long(200_000)}">`],
    ['an option of 5,000 characters, value and text', `<select name="pick"><option value="${long(5000)}">${long(5000)}</option></select>`],
    ['a width of 2.5 characters', '<input name="note" size="2.5">'],
    ['a width of minus one', '<input name="note" size="-1">'],
    ['a width past any number', `<input name="note" size="1${long(400, '0')}">`],
    ['a width in pixels', '<input name="note" size="30px">'],
    ['a form that sends to an address of 10,000 characters', `</form><form action="/send?${long(10_000, 'q=1&')}"><input name="note">`],
  ];
  for (const [what, odd] of ODD) {
    it(`${what}: the snapshot is one the background accepts, and the contact form is filled`, () => {
      document.body.innerHTML = FORM(odd);
      const { read, parsed } = snapshotOf();
      expect(parsed.success).toBe(true);
      const values = fillPage(document.body.innerHTML);
      expect([values.first, values.email, values.message]).toEqual([PAGE_INPUT.profile.firstName, PAGE_INPUT.profile.email, 'Dear Secretary']);
      expect(read.fields.length).toBeGreaterThanOrEqual(3);
    });
  }

  it('reads a width given as a plain number as that number, and any other as none', () => {
    document.body.innerHTML = '<form><input id="a" size="5"><input id="b" size=" 12 "><input id="c" size="2.5"><input id="d" size="-1"><input id="e" size="0"><input id="f"></form>';
    expect(collectFields(document).fields.map((f) => f.size)).toEqual([5, 12, null, null, null, null]);
  });

  it('chooses a topic whose option value is longer than a snapshot carries, by its whole value', () => {
    const value = (topic: string) => `${topic}|${long(800, 'routing-data ')}`;
    const topics = ['Agriculture', 'Foreign Affairs', 'Taxes'].map((t) => `<option value="${value(t)}">${t}</option>`).join('');
    document.body.innerHTML = FORM(`<label for="topic">Topic</label><select id="topic" name="topic"><option value="">Choose</option>${topics}</select>`);
    expect(snapshotOf().parsed.success).toBe(true);
    const values = fillPage(document.body.innerHTML);
    expect(values.topic).toBe('Foreign Affairs');
    expect((document.getElementById('topic') as HTMLSelectElement).value).toBe(value('Foreign Affairs'));
  });

  it('carries a long address a form sends to as its scheme and host: the office\'s own host stays home, another stays another', () => {
    const tail = long(6000, 'a');
    document.body.innerHTML = `<form id="home" action="https://www.example.gov/send?${tail}"></form><form id="away" action="https://collector.example.net/send?${tail}"></form>
      <form id="user" action="https://www.example.gov@collector.example.net/${tail}"></form><form id="script" action="javascript:void(${tail})"></form>`;
    const places = postsOf([...document.querySelectorAll('form')]).map((p) => p.places[0]);
    expect(places).toEqual(['https://www.example.gov/', 'https://collector.example.net/', 'https://collector.example.net/', 'javascript:']);
  });
});

describe('selects of thousands of options', () => {
  const options = (n: number, marked = -1) => Array.from({ length: n }, (_, i) => `<option value="v${i}"${i === marked ? ' selected' : ''}>Choice ${i}</option>`).join('');

  it('read the option the page marks selected, however far down its list or inside a group, and the first where none is', () => {
    document.body.innerHTML = FORM(`<label for="late">Town</label><select id="late" name="late">${options(3000, 2400)}</select>
      <label for="grouped">County</label><select id="grouped" name="grouped"><optgroup label="North">${options(5)}</optgroup><optgroup label="South"><option value="s1">S1</option><option value="s2" selected>S2</option></optgroup></select>
      <label for="none">Region</label><select id="none" name="none">${options(2000)}</select>`);
    // What the person sees chosen changed since the page drew it: the page's own choice is still what it marked.
    (document.getElementById('late') as HTMLSelectElement).value = 'v7';
    const { read } = snapshotOf();
    const of = (name: string) => read.fields.find((f) => f.name === name)!;
    expect([of('late').pageDefault, of('late').value]).toEqual(['v2400', 'v7']);
    expect(of('grouped').pageDefault).toBe('s2');
    expect(of('none').pageDefault).toBe('v0');
  });

  it('leave the form\'s buttons and headings after them in what the read says of the form', () => {
    document.body.innerHTML = `<form action="/send"><label for="first">First Name</label><input id="first" name="first">
      ${Array.from({ length: 4 }, (_, i) => `<div><label for="s${i}">Pick ${i}</label><select id="s${i}" name="s${i}">${options(2500)}</select></div>`).join('')}
      <h3>Your message to the Senator</h3><label for="message">Message</label><textarea id="message" name="message"></textarea><button>Send message</button></form>`;
    const { read } = snapshotOf();
    expect(read.groups[0]!.text).toContain('Your message to the Senator');
    expect(read.groups[0]!.text).toContain('Send message');
  });
});
