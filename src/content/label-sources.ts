// Labels that are not <label> elements: the header of the table column a field sits in.
// Pure over the DOM it is given, and cheap: it only walks the field's own table row and the
// table's header row, never the whole document.

import { clean, matchesOf, query, textOf } from './dom.ts';

const CONTROLS = 'input, select, textarea, button';

const isCell = (el: Element) => el.tagName === 'TD' || el.tagName === 'TH';
const spanOf = (cell: Element) => Math.max(1, Number(cell.getAttribute('colspan')) || 1);

/** Column position of a cell, counting the `colspan` of the cells before it. */
function columnOf(cell: Element): number {
  let column = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) if (isCell(c)) column += spanOf(c);
  return column;
}

function cellAt(row: Element, column: number): Element | null {
  let at = 0;
  for (const cell of row.children) {
    if (!isCell(cell)) continue;
    const span = spanOf(cell);
    if (column >= at && column < at + span) return cell;
    at += span;
  }
  return null;
}

/**
 * The header of the column a field's table cell is in: the cells its `headers` attribute names,
 * else the cell of the table's header row (a `<thead>` row, or a first row of `<th>` cells) at the
 * same column. `byId` looks an id up (the caller's index, or `getElementById`).
 */
export function tableHeaderText(el: Element, byId: (id: string) => Element | null): string {
  const cell = el.closest('td, th');
  if (!cell) return '';
  const headers = (cell.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean);
  if (headers.length) return clean(headers.map((id) => byId(id)?.textContent ?? '').join(' '));
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || row.tagName !== 'TR' || !table) return '';
  const inHead = table.querySelector(':scope > thead > tr');
  const head = inHead ?? table.querySelector(':scope > tbody > tr, :scope > tr');
  if (!head || head === row) return '';
  // A header row says what its columns are; a row of fields is not a header.
  if (!inHead && [...head.children].some((c) => c.tagName !== 'TH')) return '';
  const header = cellAt(head, columnOf(cell));
  if (!header || header.querySelector(CONTROLS)) return '';
  return clean(header.textContent);
}

/** Headings: a form's or a section's title, never a box's own label however near it stands. */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * Text right before the field inside its own parent, text nodes included ("State: <select>" in
 * the same table cell as the city box), back to the previous control.
 */
export function precedingText(el: Element): string {
  let text = '';
  for (let node = el.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      // Through the prototypes: a form before the field answers for its own methods with its controls.
      if (matchesOf(element, CONTROLS) || query(element, CONTROLS)) break;
      // A heading is a title over what follows, not this field's words (collect-fields.ts reads it apart).
      if (matchesOf(element, HEADINGS)) break;
      if (matchesOf(element, 'script, style')) continue;
    }
    text = `${textOf(node) ?? ''} ${text}`;
    if (clean(text).length > 60) break;
  }
  return clean(text);
}

// The line under a box is read for a few nodes at most: a hint, not the rest of the form.
const NEXT_LINE_NODES = 6;

/**
 * Text right after the field inside its own parent, up to a line break: a radio's own words when
 * it has no label ("◯ Foreign Affairs"), a sublabel printed under a box ("First"). Text that runs
 * on into another control names that control, as labels come first: a box gets none of it; a
 * radio or checkbox, whose words follow it, gets what comes before the next one. When nothing
 * follows the field on its own line, the line under it is its hint ("<textarea><br>Maximum 2,000
 * characters."), as long as that line ends before another control.
 */
export function followingText(el: Element, choice: boolean): string {
  let text = '';
  let nextLine = false;
  let read = 0;
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    if (nextLine && ++read > NEXT_LINE_NODES) break;
    if (node instanceof Element) {
      if (node.tagName === 'BR') {
        if (nextLine || clean(text)) break;
        nextLine = true;
        continue;
      }
      if (matchesOf(node, CONTROLS) || query(node, CONTROLS)) {
        // The line under the field runs into another control: its words are that control's.
        if (nextLine) return '';
        if (choice) break;
        return '';
      }
    }
    text += ` ${textOf(node)}`;
  }
  return clean(text, 80);
}

/**
 * Forms that print each label in the cell after its box (a box in its own cell, nothing written
 * before it): the next cell's words, when that cell holds no control of its own.
 */
export function nextCellText(el: Element): string {
  const cell = el.closest('td, th');
  const next = cell?.nextElementSibling;
  if (!cell || !next || !isCell(next) || next.querySelector(CONTROLS)) return '';
  // The box's own cell says nothing (a dash between two boxes, a select's options, aside).
  const own = [...cell.childNodes].filter((n) => !(n instanceof Element && n.matches(CONTROLS))).map((n) => n.textContent).join(' ');
  return /\p{L}/u.test(own) ? '' : clean(next.textContent, 80);
}
