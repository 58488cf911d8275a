import { describe, expect, it } from 'vitest';
import { followingText, precedingText, tableHeaderText } from '../../src/content/label-sources.ts';

const byId = (id: string) => document.getElementById(id);
const field = (name: string) => document.querySelector(`[name="${name}"]`)!;

describe('labels that are not <label> elements', () => {
  it('a field in a table column is named by the column\'s header cell', () => {
    document.body.innerHTML = `<table><thead><tr><th>First Name</th><th colspan="2">Phone</th><th>ZIP</th></tr></thead>
      <tbody><tr><td><input name="a"></td><td><input name="b"></td><td><input name="c"></td><td><input name="d"></td></tr></tbody></table>`;
    expect(['a', 'b', 'c', 'd'].map((n) => tableHeaderText(field(n), byId))).toEqual(['First Name', 'Phone', 'Phone', 'ZIP']);
  });
  it('a first row of <th> cells is a header row too; a first row of fields is not', () => {
    document.body.innerHTML = `<table><tr><th>City</th><th>State</th></tr><tr><td><input name="a"></td><td><input name="b"></td></tr></table>
      <table><tr><td><input name="c"></td></tr><tr><td><input name="d"></td></tr></table>`;
    expect(['a', 'b', 'c', 'd'].map((n) => tableHeaderText(field(n), byId))).toEqual(['City', 'State', '', '']);
  });
  it('the cell\'s `headers` attribute names its header cells', () => {
    document.body.innerHTML = `<table><tr><th id="h1">Email</th></tr><tr><td headers="h1"><input name="a"></td></tr></table>`;
    expect(tableHeaderText(field('a'), byId)).toBe('Email');
  });
  it('text right before the field in its own cell ("State: <select>"), back to the previous control', () => {
    document.body.innerHTML = `<td><input name="city"> State: <select name="st"></select></td><p><b>ZIP</b> code <input name="zip"></p>`;
    expect([precedingText(field('st')), precedingText(field('zip')), precedingText(field('city'))]).toEqual(['State:', 'ZIP code', '']);
  });
  it('a radio\'s own words after it, up to the next radio or line break; a sublabel printed under a box', () => {
    document.body.innerHTML = `<p><input type="radio" name="r1" value="13"> Foreign Affairs<br><input type="radio" name="r2" value="14"> Health <input type="radio" name="r3" value="15">Veterans</p>
      <span><input name="first"><span class="sublabel">First</span></span><span><input name="last"> <small>Last</small></span>`;
    expect(['r1', 'r2', 'r3'].map((n) => followingText(field(n), true))).toEqual(['Foreign Affairs', 'Health', 'Veterans']);
    expect([followingText(field('first'), false), followingText(field('last'), false)]).toEqual(['First', 'Last']);
  });
  it('text after a box that runs on into another control is that control\'s label, not this box\'s', () => {
    document.body.innerHTML = `<p><input name="a"> City <input name="city"></p>`;
    expect(followingText(field('a'), false)).toBe('');
  });
});
