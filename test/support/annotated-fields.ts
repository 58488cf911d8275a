import type { ObservedField } from './expectations.ts';

/**
 * Runs in a page (either browser's): every control the fixture annotates with `data-expect`,
 * with what it holds now. Self-contained, because the browser gets only its source.
 */
export function readAnnotatedFields(): Omit<ObservedField, 'before'>[] {
  return [...document.querySelectorAll<HTMLInputElement>('[data-expect]')].map((el, index) => ({
    index,
    expect: el.dataset.expect ?? '',
    expectValue: el.dataset.expectValue ?? null,
    expectChecked: el.dataset.expectChecked ?? null,
    tag: el.tagName.toLowerCase(),
    type: (el.type ?? '').toLowerCase(),
    name: el.getAttribute('name') ?? '',
    after: { value: el.value ?? '', checked: !!el.checked },
  }));
}
