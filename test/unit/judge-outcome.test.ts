import { describe, expect, it } from 'vitest';
import { judgeOutcome, type PageAfterSubmit } from '../../src/core/judge-outcome.ts';

const page = (overrides: Partial<PageAfterSubmit>): PageAfterSubmit => ({ path: '/contact', text: '', alert: '', formBack: false, ...overrides });

describe('a thank-you from the office is "sent"', () => {
  it.each([
    'Your message has been received.',
    'Thank you for contacting my office.',
    'Thanks for contacting us!',
    'Your submission was successful',
    'Thank You',
    'Your email was successfully sent to the Senator.',
  ])('%s', (text) => expect(judgeOutcome(page({ text }))).toBe('sent'));

  it('a thank-you URL with nothing else to go on', () => {
    expect(judgeOutcome(page({ path: '/contact/thank-you', text: 'Senator Test' }))).toBe('sent');
  });

  it('"received" is enough even when a fresh form is shown below it', () => {
    expect(judgeOutcome(page({ text: 'Your message has been received. Send another?', formBack: true }))).toBe('sent');
  });
});

describe('anything else is not confirmed, and nothing is guessed', () => {
  it('the form came back with an error', () => {
    expect(judgeOutcome(page({ text: 'There was a problem with your submission', alert: 'There was a problem with your submission', formBack: true }))).toBe('not-confirmed');
  });

  it('the form came back under the office\'s usual "Thank you for your interest" intro', () => {
    expect(judgeOutcome(page({ text: 'Thank you for your interest in contacting my office.', formBack: true }))).toBe('not-confirmed');
  });

  it('an error box, even on a thank-you URL', () => {
    expect(judgeOutcome(page({ path: '/thank-you', text: 'Thank you', alert: 'Error: please complete the CAPTCHA' }))).toBe('not-confirmed');
  });

  it('a page that says neither: no verdict', () => {
    expect(judgeOutcome(page({ text: 'About the Senator' }))).toBeNull();
    expect(judgeOutcome(page({ path: '', text: 'Sending…' }))).toBeNull();
  });
});
