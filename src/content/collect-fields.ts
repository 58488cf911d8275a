import type { FieldSnapshot, GroupSnapshot } from '../core/field.ts';
import { countFrom, cut, SNAPSHOT_LIMITS as L } from '../core/snapshot-limits.ts';
import { childNodesOf, clean, containsNode, CONTROLS, isChoice, listOf, matchesOf, parentOf, previousElementOf, query, queryAllIn, textOf } from './dom.ts';
import { followingText, HEADINGS, nextCellText, precedingText, tableHeaderText } from './label-sources.ts';
import { coveredInView, isChoiceVisible, judgeStyle, newSight, type Sight } from './visibility.ts';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Collected {
  fields: FieldSnapshot[];
  groups: GroupSnapshot[];
  /** The elements behind `ref`: the only link from the plan back to the page. */
  elements: Control[];
  /** The labels of each element as the read found them, by `ref`: a write checks them again, never the whole page. */
  labels: Element[][];
  /** Each group's element, for pointing at its CAPTCHA and Submit button. */
  groupElements: Element[];
}

// A search box is never a contact field, and its inner parts (the browser's own, out of the
// page's reach for a read) can be styled away where no check sees them.
const SKIPPED_TYPES = new Set(['submit', 'button', 'image', 'reset', 'hidden', 'search']);
/**
 * Controls read on a page, at most: five forms read to their limit below, or a contact form after
 * hundreds of small ones. Each field read costs about a tenth of a millisecond, most of it judging
 * whether a person sees it: a page of a hundred small survey forms read 2,000 fields in 0.3–0.4 s.
 */
const MAX_FIELDS = 1000;
/**
 * Controls read per form, at most: the first ones and the last ones. Official contact forms have a
 * few dozen (the largest of 279 recorded, 52 with every checkbox counted): any form of up to 200
 * is read whole. A survey or petition of thousands of questions on the same page must neither
 * cost the read seconds nor use up the page's budget before the contact form after it is reached.
 * In one form, the writer's details stand before such a survey or after it: both ends are read.
 */
const READ_FROM_START = 100;
const READ_FROM_END = 100;

/** A label is a few words: its walk stops after this many characters or nodes, however big the element a page names. */
const OWN_TEXT_CHARS = 1000;
const OWN_TEXT_NODES = 500;

/** Text of a label without the text of controls inside it (a wrapping label holds the select's options). */
function ownText(node: Node): string {
  let text = '';
  let nodes = 0;
  const walk = (parent: Node): void => {
    for (const child of childNodesOf(parent)) {
      if (text.length > OWN_TEXT_CHARS || ++nodes > OWN_TEXT_NODES) return;
      if (child.nodeType === Node.TEXT_NODE) text += textOf(child);
      else if (child instanceof Element && !matchesOf(child, 'select, textarea, input, option, script, style')) { text += ' '; walk(child); }
    }
  };
  walk(node);
  return clean(text);
}

/**
 * Everything a read looks up by element, built once per read: per-field lookups that search the
 * whole document (labels by \`for\`, \`control.labels\`, counting controls around a field) made a
 * form of thousands of controls take seconds.
 */
interface ReadIndex {
  /** Labels by their \`for\`: a label may share the control's id (State Department's "last"). */
  labelsByFor: Map<string, HTMLLabelElement[]>;
  /** Whether two or more controls carry an id, for the ids asked about: a label's \`for\` names none of them for sure. */
  sharedIds: Map<string, boolean>;
  /** Every id two or more controls carry, listed once asking id by id has cost too much (\`sharedId\`). */
  allShared: Set<string> | null;
  /** Asks for an id more than one element of the page carries: the browser walked the page for each. */
  slowAsks: number;
  /** Every form control in page order: which boxes hold more than one. */
  controls: Element[];
  root: Document;
  sight: Sight;
  hitTests: number;
}

const CHOICES = 'input[type="radio"], input[type="checkbox"]';

// parentOf, query and queryAll go through the prototypes (dom.ts): a form holding a control named
// "parentElement" answers with the control, and walking up through it would never end.
/** The controls a read looks at (a hidden input is no box: it is neither read nor counted). */
const COUNTED = 'input:not([type="hidden"]), textarea, select';

function push<K>(map: Map<K, Element[]>, key: K, value: Element): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

function buildIndex(root: Document, controls: Control[]): ReadIndex {
  // Only labels with a \`for\`: a label without one can label only a control inside it, and each
  // field read finds those on its way up. A survey of thousands of boxes in labels is not walked.
  const labelsByFor = new Map<string, HTMLLabelElement[]>();
  for (const label of listOf(root.querySelectorAll<HTMLLabelElement>('label[for]'))) if (label.htmlFor) push(labelsByFor, label.htmlFor, label);
  // A form's few controls are listed at once: asking for each field's id costs more than that.
  const allShared = controls.length <= LISTED_IDS ? sharedIdsOf(controls) : null;
  return { labelsByFor, sharedIds: new Map(), allShared, slowAsks: 0, controls, root, sight: newSight(), hitTests: 0 };
}

/** Up to this many controls on the page, every control's id is listed once. */
const LISTED_IDS = 400;

/** The ids two or more of the controls carry. */
function sharedIdsOf(controls: Element[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const control of controls) if (control.id) (seen.has(control.id) ? shared : seen).add(control.id);
  return shared;
}

/** Past this many asks that walked the page, every control's id is listed at once. */
const SLOW_ASKS = 8;

/**
 * Do two or more controls carry this id? On a page of many controls, asked only for the fields
 * read, through the page's own index of ids: listing the id of every control of a survey of 5,000
 * cost the read 14 ms (a page of up to \`LISTED_IDS\` has them listed at once). Where
 * more than one element carries an id the browser walks the page to answer (a form copied for
 * phones and for desktops carries each id twice): past \`SLOW_ASKS\` such asks, one list serves.
 */
function sharedId(id: string, index: ReadIndex): boolean {
  if (index.allShared) return index.allShared.has(id);
  let shared = index.sharedIds.get(id);
  if (shared !== undefined) return shared;
  let carriers: Element[] | null = null;
  try {
    if (index.slowAsks < SLOW_ASKS) carriers = queryAllIn(index.root, `#${CSS.escape(id)}`);
  } catch {
    // Asked below of every control instead.
  }
  // A quirks-mode page matches ids whatever their case: only the same id counts.
  let same = 0;
  let controls = 0;
  if (carriers) for (const el of carriers) if (el.id === id) { same++; if (matchesOf(el, COUNTED)) controls++; }
  // The field itself carries the id: a query that finds no element carrying it as written (an id
  // with a character no selector can spell) is not to be trusted, nor one past the asks allowed.
  if (!same) {
    index.allShared = sharedIdsOf(index.controls);
    return index.allShared.has(id);
  }
  if (carriers!.length > 1) index.slowAsks++;
  index.sharedIds.set(id, shared = controls > 1);
  return shared;
}

/**
 * Does a box around a field hold another control? A box's controls come one after another in
 * page order, so it does exactly when it holds the control just before the field or just after:
 * two lookups, where counting the controls under every box walked up from each of thousands.
 * \`at\`: where the field stands among them.
 */
function holdsAnother(box: Element, at: number, index: ReadIndex): boolean {
  const [before, after] = [index.controls[at - 1], index.controls[at + 1]];
  return (!!before && containsNode(box, before)) || (!!after && containsNode(box, after));
}

/**
 * The labels of a control. Where two controls carry one id, the browser gives a \`for\` label to
 * the first, wherever the label is drawn (a page can point the words beside one box at another):
 * such labels count for neither, and each box is known by the words around it, or a label holding it.
 */
function labelElements(el: Control, index: ReadIndex): Element[] {
  const shared = !!el.id && sharedId(el.id, index);
  const named = el.id ? index.labelsByFor.get(el.id) ?? [] : [];
  const found = new Set<Element>();
  for (const label of ownLabels(el, named)) if (!shared || !label.htmlFor) found.add(label);
  if (!shared) for (const label of named) found.add(label);
  return [...found];
}

/**
 * The labels whose control is the element (what \`el.labels\` gives), in page order: a label is
 * either around its control or names it by id. \`named\`: the labels whose \`for\` is its id.
 */
function ownLabels(el: Control, named: HTMLLabelElement[]): HTMLLabelElement[] {
  const own = new Set<HTMLLabelElement>();
  for (let up = parentOf(el); up; up = parentOf(up)) if (up instanceof HTMLLabelElement && up.control === el) own.add(up);
  for (const label of named) if (label.control === el) own.add(label);
  return [...own].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The words of the elements an attribute names by id (`aria-labelledby`, `aria-describedby`). */
function textsById(el: Control, attribute: string, root: Document, max: number): string[] {
  return [...new Set((el.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean))].slice(0, max).flatMap((id) => {
    const target = root.getElementById(id);
    return target ? [ownText(target)] : [];
  });
}

/** At most this many elements name one box (a caption and its sublabels): a page naming more gets the first ones read. */
const NAMED_BY = 4;
/** As many labels as a snapshot carries per field. */
const MAX_LABELS = L.labels;

function labelsOf(el: Control, root: Document, labels: Element[]): string[] {
  return [...labels.map(ownText), ...textsById(el, 'aria-labelledby', root, NAMED_BY)].filter(Boolean).slice(0, MAX_LABELS);
}

/**
 * What an option shows (its \`label\` when it has one). "General" or "Other" under a group says
 * little alone: the group's label goes first ("Foreign Affairs – General").
 */
function optionText(option: HTMLOptionElement): string {
  const text = clean(option.label || option.text);
  const group = option.parentElement instanceof HTMLOptGroupElement ? clean(option.parentElement.label) : '';
  return group && /^(general|other|misc\w*|all)\.?$/i.test(text) ? `${group} – ${text}` : text;
}

/** The hint a field points at (\`aria-describedby\`): where forms state a limit ("under 300 words"). */
const describedBy = (el: Control, root: Document): string => textsById(el, 'aria-describedby', root, 4).join(' ');

/** The question a field sits under: its fieldset legend, or a group's heading. */
function legendOf(el: Control): string {
  const fieldset = el.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  if (legend) return ownText(legend);
  const group = el.closest('[role="radiogroup"], [role="group"]');
  const labelledBy = group?.getAttribute('aria-labelledby');
  if (labelledBy) return clean(document.getElementById(labelledBy)?.textContent);
  if (isChoice(el)) return nearbyText(el, true);
  return '';
}

/** The closest text before the field, stopping at other controls: what a person reads as its label. */
function nearbyText(el: Element, skipChoiceSiblings = false): string {
  return nearbyWords(el, skipChoiceSiblings).text;
}

/** The closest text before the field, and whether it is a heading's (or in one). */
function nearbyWords(el: Element, skipChoiceSiblings = false): { text: string; heading: boolean } {
  const none = { text: '', heading: false };
  let node: Element | null = el;
  // Through the prototypes: the walk passes forms, and a form's controls answer for its own properties.
  for (let depth = 0; node && depth < 4; depth++, node = parentOf(node)) {
    // What stands before a form is the page's (its title, an introduction: "Contact the Department
    // of State"), not the words of the form's first field.
    if (node instanceof HTMLFormElement) return none;
    // Near means near: a few siblings back, not the whole of a long list of questions.
    let steps = 0;
    for (let sibling = previousElementOf(node); sibling && steps < NEARBY_SIBLINGS; sibling = previousElementOf(sibling), steps++) {
      const holdsControl = matchesOf(sibling, CONTROLS) || query(sibling, CONTROLS);
      if (holdsControl) {
        if (skipChoiceSiblings && (query(sibling, CHOICES) || matchesOf(sibling, `${CHOICES}, label`))) continue;
        return none;
      }
      const text = ownText(sibling);
      if (!text) continue;
      // A heading, or a box holding only a heading's words: a box that also holds a caption is a label's.
      const heading = matchesOf(sibling, HEADINGS) ? sibling : query(sibling, HEADINGS);
      return { text, heading: !!heading && ownText(heading) === text };
    }
  }
  return none;
}

const NEARBY_SIBLINGS = 24;

/**
 * The words around a field that stand in for a label. Without one: a radio's own words after it;
 * for a box, the words before it and a sublabel printed after it ("First", "Street Address"),
 * both. With a label, a message box, a select and a checkbox or radio keep the words after them:
 * the limit a page states there, or what else a choice signs the person up for.
 */
function wordsAround(el: Control, root: Document, labelled: boolean, choice: boolean): { nearby: string; heading: string } {
  // A box's fine print follows it ("Ticking this box also subscribes you…"), as a message box's limit does.
  if (labelled) {
    if (el instanceof HTMLInputElement && !choice) return { nearby: '', heading: '' };
    // A box inside its label: the fine print follows the label.
    const holder = choice ? el.closest('label') : null;
    return { nearby: clean(`${followingText(el, !(el instanceof HTMLTextAreaElement))} ${holder ? followingText(holder, true) : ''}`), heading: '' };
  }
  if (choice) return { nearby: followingText(el, true) || nextCellText(el), heading: '' };
  // The nearest words a heading's ("Email Senator Smith" over the form): they say little of which box this is.
  const near = nearbyWords(el);
  const before = tableHeaderText(el, (id) => root.getElementById(id)) || (near.heading ? '' : near.text) || precedingText(el) || nextCellText(el);
  return { nearby: clean(`${before} ${followingText(el, false)}`), heading: near.heading ? near.text : '' };
}

/** reCAPTCHA's and hCaptcha's boxes (.g-recaptcha, .h-captcha) among them. */
const CAPTCHA_NEAR = '[class*="captcha" i], [id*="captcha" i]';

const CAPTCHA_IMAGE = 'img[src*="captcha" i], img[alt*="captcha" i], img[id*="captcha" i], img[class*="captcha" i]';

/** Inside a CAPTCHA widget, or in the small box that holds a CAPTCHA image and this one field. */
function nearCaptcha(el: Control, at: number, index: ReadIndex): boolean {
  if (el.closest(CAPTCHA_NEAR)) return true;
  for (let box = parentOf(el), depth = 0; box && depth < 3; box = parentOf(box), depth++) {
    if (holdsAnother(box, at, index)) return false;
    if (query(box, CAPTCHA_IMAGE)) return true;
  }
  return false;
}

const GROUP_WORDS = 'button, input[type="submit"], input[type="button"], h1, h2, h3, h4, legend';

/** The walker's next element after the one it is at and all that one holds: a select's thousands of options hold no words of the form's. */
function pastIt(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/**
 * A form's buttons, headings and legends, the first thirteen: found by walking the form only as far
 * as needed (a search for all of them lists every legend of a survey of thousands of questions).
 */
function groupText(group: Element): string {
  const parts: string[] = [];
  // Through the prototype: an image or form named "createTreeWalker" shadows the document's own.
  const walker = Document.prototype.createTreeWalker.call(document, group, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode() as Element | null; node && parts.length < 13; node = (node instanceof HTMLSelectElement ? pastIt(walker) : walker.nextNode()) as Element | null) {
    if (matchesOf(node, GROUP_WORDS)) parts.push(node instanceof HTMLInputElement ? node.value : ownText(node));
  }
  const before = group.previousElementSibling;
  if (before && /^H[1-6]$/.test(before.tagName)) parts.push(ownText(before));
  return clean(parts.join(' | '));
}

/**
 * A select's first options, by index: a list of thousands (a state's every town) is read only as
 * far as needed, where a copy of it (a spread) went through all of it.
 */
function firstOptions(el: HTMLSelectElement, max: number): HTMLOptionElement[] {
  const list = el.options;
  const found: HTMLOptionElement[] = [];
  for (let i = 0, option; i < max && (option = list[i]); i++) found.push(option);
  return found;
}

function pageDefault(el: Control): string {
  if (el instanceof HTMLSelectElement) {
    // The option the page marks selected, found by the browser: a list of thousands is not walked option by option here.
    const marked = query(el, 'option[selected]') as HTMLOptionElement | null;
    return (marked ?? el.options[0])?.value ?? '';
  }
  return isChoice(el) ? el.value : el.defaultValue;
}

/**
 * The first fields in view get the hit test too, so a form of covered boxes does not win over the
 * form a person sees. Each test costs a hit test of the whole page (about half a millisecond on a
 * page of thousands of controls); past the budget a field is still hit-tested just before it is
 * written, so the budget bounds the read's cost, never what may be written.
 */
const MAX_HIT_TESTS = 100;

function seen(el: Control, labels: Element[], index: ReadIndex): boolean {
  if (!judgeStyle(el, index.sight)) return false;
  if (index.hitTests >= MAX_HIT_TESTS) return true;
  index.hitTests++;
  return !coveredInView(el, labels, index.sight);
}

/**
 * Boxes named only by a group's caption through \`aria-labelledby\` ("Full Name" over First, Middle
 * and Last): the caption says which group, the sublabel printed by each box says which box. It
 * is added as the box's own, last label.
 */
function nameSharedCaptions(fields: FieldSnapshot[], elements: Control[], labelElements: Element[][]): void {
  const count = new Map<string, number>();
  const caption = (f: FieldSnapshot) => f.labels.join('|');
  // Not a checkbox or radio: its words follow it, and the words before it are another's.
  const captioned = fields.filter((f, i) => !labelElements[i]!.length && f.labels.length && !isChoice(elements[i]!));
  for (const f of captioned) count.set(caption(f), (count.get(caption(f)) ?? 0) + 1);
  for (const f of captioned) {
    if (count.get(caption(f))! < 2) continue;
    const own = clean(nearbyText(elements[f.ref]!) || precedingText(elements[f.ref]!));
    if (own && !f.labels.includes(own)) f.labels = [...f.labels, own];
  }
}

/** Read the page's form controls into plain data. The only DOM reading the fill does. */
export function collectFields(root: Document = document): Collected {
  const elements: Control[] = [];
  const labelElementsByRef: Element[][] = [];
  const fields: FieldSnapshot[] = [];
  const groupIndex = new Map<Element, number>();
  const groupElements: Element[] = [];
  /** How many of each form's controls the read has come to. */
  const readIn: number[] = [];
  // One search of the page serves the index and the read: the skipped hidden inputs are left out by it.
  const controls = listOf(root.querySelectorAll<Control>(COUNTED));
  const index = buildIndex(root, controls);

  // Each control's form first: how many a form holds decides which of them are read.
  // Where each control read stands among them all.
  const read: number[] = [];
  for (let at = 0; at < controls.length; at++) {
    const el = controls[at]!;
    if (!(el instanceof HTMLInputElement && SKIPPED_TYPES.has(el.type))) read.push(at);
  }
  const containers: Element[] = [];
  const held = new Map<Element, number>();
  for (const at of read) {
    const el = controls[at]!;
    const container = el.form ?? el.closest('[role="form"], form') ?? root.body;
    containers.push(container);
    held.set(container, (held.get(container) ?? 0) + 1);
  }

  for (let i = 0; i < read.length; i++) {
    if (elements.length >= MAX_FIELDS) break;
    const position = read[i]!;
    const el = controls[position]!;
    const container = containers[i]!;
    let group = groupIndex.get(container);
    if (group === undefined) {
      group = groupElements.length;
      groupIndex.set(container, group);
      groupElements.push(container);
      readIn.push(0);
    }
    const at = ++readIn[group]!;
    if (at > READ_FROM_START && at <= held.get(container)! - READ_FROM_END) continue;
    const choice = isChoice(el);
    const labelElems = labelElements(el, index);
    const labels = labelsOf(el, root, labelElems);
    const around = wordsAround(el, root, labels.length > 0, choice);
    const maxLength = 'maxLength' in el && el.maxLength > 0 ? el.maxLength : null;
    fields.push({
      ref: elements.length,
      tag: el.tagName.toLowerCase() as FieldSnapshot['tag'],
      type: el instanceof HTMLInputElement ? el.type.toLowerCase() : el.type,
      name: cut(el.getAttribute('name') ?? '', L.name),
      id: cut(el.id, L.name),
      autocomplete: cut(el.getAttribute('autocomplete') ?? '', L.autocomplete),
      placeholder: clean(el.getAttribute('placeholder')),
      labels,
      ariaLabel: clean(el.getAttribute('aria-label')),
      legend: legendOf(el),
      nearby: clean(`${around.nearby} ${describedBy(el, root)}`),
      heading: around.heading,
      title: clean(el.getAttribute('title')),
      options: el instanceof HTMLSelectElement
        ? firstOptions(el, 400).map((o) => ({ value: cut(o.value, L.words), text: optionText(o), disabled: o.disabled }))
        : [],
      maxLength,
      size: countFrom(el.getAttribute('size')),
      pattern: cut(el.getAttribute('pattern') ?? '', L.pattern),
      required: el.required,
      visible: choice ? isChoiceVisible(el, () => index.sight, labelElems) : seen(el, labelElems, index),
      disabled: el.disabled,
      readOnly: 'readOnly' in el && el.readOnly,
      value: cut(el.value, L.value),
      checked: choice && el.checked,
      pageDefault: cut(pageDefault(el), L.value),
      defaultChecked: choice && el.defaultChecked,
      group,
      nearCaptcha: nearCaptcha(el, position, index),
    });
    elements.push(el);
    labelElementsByRef.push(labelElems);
  }
  nameSharedCaptions(fields, elements, labelElementsByRef);
  const groups = groupElements.map((g, index) => ({ index, text: groupText(g) }));
  return { fields, groups, elements, labels: labelElementsByRef, groupElements };
}
