import { describe, expect, it } from 'vitest';
import { hiddenContactForm, statusOf } from '../../src/core/page-status.ts';
import type { FieldSnapshot } from '../../src/core/field.ts';
import { createField } from '../support/factories.ts';

// A recognised page whose read finds its contact form covered (a cookie banner over the page, a
// pop-up) is told apart from a page with no contact form at all.

const contactForm = (shown: boolean, group = 0): FieldSnapshot[] => [
  createField({ labels: ['First Name'], visible: shown, group }),
  createField({ labels: ['Last Name'], visible: shown, group }),
  createField({ labels: ['Email'], type: 'email', visible: shown, group }),
  createField({ tag: 'textarea', type: 'textarea', labels: ['Message'], visible: shown, group }),
];
const snapshot = (fields: FieldSnapshot[]) => ({ fields, groups: [{ index: 0, text: 'Send' }, { index: 1, text: 'Search' }] });

describe('a contact form none of which is shown', () => {
  it('is a hidden contact form, and not a recognised one', () => {
    const page = snapshot(contactForm(false));
    expect(statusOf(page, null).recognised).toBe(false);
    expect(hiddenContactForm(page, null)).toBe(true);
  });

  it('is not said of a page whose contact form is shown, nor of a page with no contact form at all', () => {
    expect(hiddenContactForm(snapshot(contactForm(true)), null)).toBe(false);
    const search = [createField({ labels: ['Search'], type: 'search', group: 1, visible: false })];
    expect(hiddenContactForm(snapshot(search), null)).toBe(false);
  });

  it('is not said where a hidden copy of the form sits beside the shown one', () => {
    expect(hiddenContactForm(snapshot([...contactForm(true), ...contactForm(false, 1)]), null)).toBe(false);
  });
});
