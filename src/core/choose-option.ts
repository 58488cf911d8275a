import type { SelectOption } from './field.ts';
import { looksLikePlaceholderOption, normaliseText } from './signals.ts';
import { US_STATES, type StateCode } from './us-states.ts';

const plain = (text: string) => normaliseText(text).replace(/[.,]/g, '').trim();

function real(options: SelectOption[]): SelectOption[] {
  return options.filter((o, i) => !o.disabled && !(i === 0 && looksLikePlaceholderOption(o.text, o.value)) && o.text.trim() !== '');
}

/** "Ms." matches "Ms", "ms." and a value of "Ms"; never a placeholder. */
export function choosePrefix(options: SelectOption[], prefix: string): SelectOption | null {
  const wanted = plain(prefix);
  if (!wanted) return null;
  return real(options).find((o) => plain(o.text) === wanted || plain(o.value) === wanted) ?? null;
}

/** A state by postal code, by name, or in the `6_CO` style of Intranet Quorum forms. */
export function chooseState(options: SelectOption[], code: StateCode): SelectOption | null {
  const name = US_STATES[code].toLowerCase();
  const candidates = real(options);
  return (
    candidates.find((o) => o.value.toUpperCase() === code) ??
    candidates.find((o) => plain(o.text) === name.replace(/\./g, '')) ??
    candidates.find((o) => o.text.trim().toUpperCase() === code) ??
    candidates.find((o) => new RegExp(`^\\d+_${code}$`).test(o.value.toUpperCase())) ??
    null
  );
}

/**
 * The first of the letter's preferred topics that the form offers: the option's text is the
 * topic, or contains it as whole words ("Foreign Relations / National Security").
 */
export function chooseTopic(options: SelectOption[], topics: string[]): SelectOption | null {
  const candidates = real(options);
  for (const topic of topics) {
    const wanted = plain(topic);
    const exact = candidates.find((o) => plain(o.text) === wanted);
    if (exact) return exact;
    const words = new RegExp(`(^|[^a-z])${wanted.replace(/[^a-z0-9 ]/g, '')}([^a-z]|$)`);
    const partial = candidates.find((o) => words.test(plain(o.text)));
    if (partial) return partial;
  }
  return null;
}

/** "Yes, I would like a response" or "No": the option that says what the supporter wants. */
export function chooseYesNo(options: SelectOption[], yes: boolean): SelectOption | null {
  const pattern = yes ? /^(yes|y)\b|\bplease (contact|respond|reply)|\bwould like\b/ : /^(no|n)\b|\bnot\b|don't|no response/;
  return real(options).find((o) => pattern.test(plain(o.text))) ?? null;
}
