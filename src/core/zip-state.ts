import table from './zip-states.json' with { type: 'json' };

/**
 * The state a 5-digit ZIP code belongs to, by its first three digits; null when the prefix is
 * unassigned or military (APO/FPO). Guam, the Northern Mariana Islands and American Samoa
 * share prefix 969, so any of them answers for it.
 */
export function stateOfZip(zip: string): string | null {
  if (!/^\d{5}/.test(zip)) return null;
  const prefix = zip.slice(0, 3);
  const range = table.ranges.find(([from, to]) => prefix >= from! && prefix <= to!);
  return range ? range[2]! : null;
}

/** Does the chosen state disagree with the ZIP code? Only a sure disagreement counts. */
export function zipDisagrees(zip: string, state: string): string | null {
  const expected = stateOfZip(zip);
  if (!expected || !state) return null;
  if (expected === 'GU' && ['GU', 'MP', 'AS'].includes(state)) return null;
  return expected === state ? null : expected;
}
