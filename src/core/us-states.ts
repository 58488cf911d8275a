/** US states, DC and territories: postal code → name. Forms list them by code, by name, or as `6_CO`. */
export const US_STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas',
  KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts',
  MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', AS: 'American Samoa', GU: 'Guam',
  MP: 'Northern Mariana Islands', PR: 'Puerto Rico', VI: 'U.S. Virgin Islands',
} as const;

export type StateCode = keyof typeof US_STATES;
export const STATE_CODES = Object.keys(US_STATES) as StateCode[];

/**
 * The state an option's text names with both its code and its name, as some lists write them:
 * "IL - Illinois", "Illinois (IL)", "IL: Illinois". Null for anything else.
 */
export function stateInText(text: string): StateCode | null {
  const words = text.toLowerCase().replace(/[.()[\]:|,–—-]/g, ' ').split(/\s+/).filter(Boolean);
  for (const code of [words[0], words.at(-1)]) {
    const upper = code?.toUpperCase() as StateCode | undefined;
    if (!upper || !(upper in US_STATES) || words.length < 2) continue;
    const rest = (code === words[0] ? words.slice(1) : words.slice(0, -1)).join(' ');
    if (rest === US_STATES[upper].toLowerCase().replace(/\./g, '')) return upper;
  }
  return null;
}
