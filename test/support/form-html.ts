import { initialChecked, isChoice, type FieldSpec } from './form-arbitraries.ts';

// Generated field specs as a page: each field in its own wrapper (which carries the hiding),
// inside its nested fieldsets, inside form 0 (a contact form) or form 1 (a search box). Every
// control gets `data-spec="<index>"` so a test can find what it generated; the product never
// reads data attributes.

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const HIDING: Record<NonNullable<FieldSpec['hiding']>, string> = {
  display: 'style="display:none"',
  'hidden-attr': 'hidden',
  'aria-hidden': 'aria-hidden="true"',
  visibility: 'style="visibility:hidden"',
  offscreen: 'style="position:absolute;left:-10000px;top:-10000px"',
  opacity: 'style="opacity:0"',
  clip: 'style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden"',
  // A box with no height that hides what overflows it: the field inside still measures full size.
  collapsed: 'style="height:0;overflow:hidden"',
  // Ways that leave the box rendered and in place, but not for a person to see.
  faint: 'style="opacity:0.15"',
  // Each box 0.4: together 0.16 (the inner box is added in field()).
  'faint-nested': 'style="opacity:0.4"',
  'clip-inset': 'style="clip-path:inset(100%)"',
  'clip-circle': 'style="clip-path:circle(0)"',
  'filter-opacity': 'style="filter:opacity(0.05)"',
  mask: 'style="mask-image:linear-gradient(transparent,transparent)"',
};

function control(spec: FieldSpec, index: number, id: string): string {
  const common = [`data-spec="${index}"`, spec.name ? `name="${esc(spec.name)}"` : '', id ? `id="${esc(id)}"` : '',
    spec.labelHow === 'aria' && spec.label ? `aria-label="${esc(spec.label)}"` : '',
    spec.labelHow === 'placeholder' && spec.label ? `placeholder="${esc(spec.label)}"` : '',
    spec.disabled ? 'disabled' : '', spec.readOnly ? 'readonly' : ''].filter(Boolean).join(' ');
  if (spec.control === 'textarea') return `<textarea ${common}></textarea>`;
  if (spec.control === 'select') {
    const options = spec.options.map((o) => `<option value="${esc(o)}">${esc(o || (spec.labelHow === 'placeholder' ? spec.label : '- Select -'))}</option>`);
    return `<select ${common}>${options.join('')}</select>`;
  }
  const value = isChoice(spec) ? ' value="on"' : '';
  return `<input type="${spec.control}" ${common}${value}${isChoice(spec) && spec.defaultChecked ? ' checked' : ''}>`;
}

function field(spec: FieldSpec, index: number): string {
  const id = spec.id || (spec.labelHow === 'for' ? `auto-${index}` : '');
  const input = control(spec, index, id);
  let html =
    spec.labelHow === 'for' ? `<label for="${esc(id)}">${esc(spec.label)}</label> ${input}`
    : spec.labelHow === 'wrap' ? `<label>${esc(spec.label)} ${input}</label>`
    : spec.labelHow === 'nearby' ? `<span>${esc(spec.label)}</span> ${input}`
    : input;
  if (spec.captchaBox) html = `<div class="g-recaptcha">${html}</div>`;
  if (spec.hiding === 'faint-nested') html = `<div style="opacity:0.4">${html}</div>`;
  html = `<div class="field" ${spec.hiding ? HIDING[spec.hiding] : ''}>${html}</div>`;
  for (const legend of [...spec.fieldsets].reverse()) html = `<fieldset><legend>${esc(legend)}</legend>${html}</fieldset>`;
  return html;
}

export function formHtml(specs: FieldSpec[]): string {
  const forms = [0, 1].map((form) => specs.map((spec, i) => (spec.form === form ? field(spec, i) : '')).join('\n'));
  return `<h2>Contact us</h2><form id="contact" action="/thanks">${forms[0]}<button type="submit">Send</button></form>`
    + `<form id="search" action="/search">${forms[1]}<button type="submit">Search</button></form>`;
}

/** Put the person's own input in: what they typed, chose and ticked. */
export function typeAsThePerson(specs: FieldSpec[], root: ParentNode = document): void {
  specs.forEach((spec, i) => {
    const el = root.querySelector<HTMLInputElement>(`[data-spec="${i}"]`);
    if (!el) return;
    if (isChoice(spec)) el.checked = initialChecked(spec);
    else if (spec.control === 'select') { if (spec.toggled && spec.options.length > 1) (el as unknown as HTMLSelectElement).selectedIndex = spec.options.length - 1; }
    else if (spec.typed !== null && spec.control !== 'file') el.value = spec.typed;
  });
}

/** Every generated control's value and check, in spec order. */
export function controlState(specs: FieldSpec[], root: ParentNode = document): [string, boolean][] {
  return specs.map((_, i) => {
    const el = root.querySelector<HTMLInputElement>(`[data-spec="${i}"]`);
    return [el?.value ?? '', !!el?.checked];
  });
}
