import type { Letter, Office } from '../shared/letter.ts';
import type { Profile } from '../shared/profile.ts';

/**
 * Where the supporter writes to each office a letter is for. Only official pages, and no list
 * of office-holders: senators and representatives change, and senate.gov and house.gov always
 * know who they are today.
 */
export interface OfficeLink {
  office: Office;
  /** How many of this office the supporter writes to: two senators, one of each other office. */
  seats: number;
  url: string;
  /** `form`: the link is the contact form itself. `directory`: an official page that leads to each office's own form. */
  kind: 'form' | 'directory';
  /** `no-senators`: the supporter's home (DC, a territory) has no senators. `choose-state`: no saved state yet. */
  note: 'no-senators' | 'choose-state' | null;
}

// Official pages, checked 2026-11 (see the issue "The guided campaign").
export const OFFICE_PAGES = {
  senateState: (state: string) => `https://www.senate.gov/states/${state}/intro.htm`,
  senateAll: 'https://www.senate.gov/senators/senators-contact.htm',
  house: 'https://www.house.gov/representatives/find-your-representative',
  'white-house': 'https://www.whitehouse.gov/contact/',
  'state-department': 'https://register.state.gov/contactus/contactusform',
  dhs: 'https://www.dhs.gov/contact-us',
} as const;

/** DC and the territories elect a delegate to the House but no senators. */
const NO_SENATORS = new Set(['DC', 'AS', 'GU', 'MP', 'PR', 'VI']);

function linkFor(office: Office, state: string | null): OfficeLink {
  switch (office) {
    case 'senate':
      if (state && NO_SENATORS.has(state)) return { office, seats: 0, url: OFFICE_PAGES.senateAll, kind: 'directory', note: 'no-senators' };
      return state
        ? { office, seats: 2, url: OFFICE_PAGES.senateState(state), kind: 'directory', note: null }
        : { office, seats: 2, url: OFFICE_PAGES.senateAll, kind: 'directory', note: 'choose-state' };
    case 'house':
      return { office, seats: 1, url: OFFICE_PAGES.house, kind: 'directory', note: null };
    case 'dhs':
      return { office, seats: 1, url: OFFICE_PAGES.dhs, kind: 'directory', note: null };
    default:
      return { office, seats: 1, url: OFFICE_PAGES[office], kind: 'form', note: null };
  }
}

/**
 * The offices a letter is for, in the letter's order, each with the official page to open.
 * `profile` is null until the supporter has saved their details.
 */
export function officesFor(letter: Pick<Letter, 'offices'>, profile: Pick<Profile, 'state'> | null): OfficeLink[] {
  const state = profile && /^[A-Z]{2}$/.test(profile.state) ? profile.state : null;
  return [...new Set(letter.offices)].map((office) => linkFor(office, state));
}
