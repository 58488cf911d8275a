import { describe, expect, it } from 'vitest';
import { collectFields } from '../../src/content/collect-fields.ts';

/** A survey after the form: a page of more controls than a read lists the ids of at once. */
const SURVEY = `<form>${Array.from({ length: 420 }, (_, i) => `<label><input type="checkbox" name="s${i}"> Option ${i}</label>`).join('')}</form>`;

/** The label words the read gives each named field, as a person reads them on the page. */
function labelsByName(html: string): Record<string, string[]> {
  document.body.innerHTML = html;
  const { fields } = collectFields(document);
  return Object.fromEntries(fields.map((f) => [f.name, f.labels]));
}

describe('the labels of a field', () => {
  it('a label around the field, and one naming it by id, in the order the page shows them', () => {
    expect(labelsByName(`<form><label for="b">Given name</label>
      <label>(as on your passport) <input id="b" name="b"></label>
      <label>Email <input name="a"></label></form>`)).toEqual({ b: ['Given name', '(as on your passport)'], a: ['Email'] });
  });
  it('a label around two boxes names the first only', () => {
    expect(labelsByName(`<form><label>City and state <input name="c"> <input name="d"></label></form>`)).toMatchObject({ c: ['City and state'], d: [] });
  });
  it('a label that names another box by id is that box\'s label, not the one it holds', () => {
    expect(labelsByName(`<form><label for="e">Phone <input name="f"></label><input id="e" name="e"></form>`)).toMatchObject({ e: ['Phone'], f: [] });
  });
  it('an id two boxes carry: a label naming it counts for neither; a label around one still names it', () => {
    expect(labelsByName(`<form><label for="x">Street</label><input id="x" name="x1"><label>Apartment <input id="x" name="x2"></label></form>`))
      .toMatchObject({ x1: [], x2: ['Apartment'] });
  });
  it('a form copied for phones and for desktops, every id twice, on a page of hundreds of controls: a label naming one counts for neither copy, however many fields', () => {
    const copy = (prefix: string) => Array.from({ length: 12 }, (_, i) => `<label for="f${i}">Field ${i}</label><input id="f${i}" name="${prefix}${i}">`).join('');
    const labels = labelsByName(`<form><div class="desktop">${copy('d')}</div><div class="phone">${copy('m')}</div><label for="u">Comments</label><textarea id="u" name="u"></textarea></form>${SURVEY}`);
    for (let i = 0; i < 12; i++) expect([labels[`d${i}`], labels[`m${i}`]], `field ${i}`).toEqual([[], []]);
    // Asked after every shared id was listed at once: an id one box carries keeps its label.
    expect(labels.u).toEqual(['Comments']);
  });
  it('an id two boxes carry that no selector can spell (a NUL in it, set by a script), on a page of hundreds of controls: a label naming it counts for neither', () => {
    document.body.innerHTML = `<form><label id="caption">Street</label><input name="x1"><label>Apartment <input name="x2"></label></form>${SURVEY}`;
    const id = 'street\u0000';
    document.getElementById('caption')!.setAttribute('for', id);
    for (const box of document.querySelectorAll('input')) box.id = id;
    const { fields } = collectFields(document);
    expect(Object.fromEntries(fields.filter((f) => f.name.startsWith('x')).map((f) => [f.name, f.labels]))).toEqual({ x1: [], x2: ['Apartment'] });
  });
  it('an id a control shares with an element that is no control (a heading): the label names the control', () => {
    expect(labelsByName(`<form><h3 id="email">Contact</h3><label for="email">Email</label><input id="email" name="email"></form>`)).toEqual({ email: ['Email'] });
  });
  it('a label that carries the id it names (the browser gives it no control) still names the box', () => {
    expect(labelsByName(`<form><label id="last" for="last">Last name</label><input id="last" name="last"></form>`)).toEqual({ last: ['Last name'] });
  });
  it('labels inside labels: each whose control the field is, with all the words it holds', () => {
    expect(labelsByName(`<form><label>Outer <label>Inner <input name="n"></label></label></form>`)).toEqual({ n: ['Outer Inner', 'Inner'] });
  });
});
