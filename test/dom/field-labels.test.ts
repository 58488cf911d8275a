import { describe, expect, it } from 'vitest';
import { collectFields } from '../../src/content/collect-fields.ts';

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
  it('a label that carries the id it names (the browser gives it no control) still names the box', () => {
    expect(labelsByName(`<form><label id="last" for="last">Last name</label><input id="last" name="last"></form>`)).toEqual({ last: ['Last name'] });
  });
  it('labels inside labels: each whose control the field is, with all the words it holds', () => {
    expect(labelsByName(`<form><label>Outer <label>Inner <input name="n"></label></label></form>`)).toEqual({ n: ['Outer Inner', 'Inner'] });
  });
});
