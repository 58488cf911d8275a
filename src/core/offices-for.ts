import type { Letter, Office } from '../shared/letter.ts';
import type { Profile } from '../shared/profile.ts';
import directory from '../sites/senators.json' with { type: 'json' };

/** One office-holder from the bundled directory, with their own contact form. */
export interface Person {
  name: string;
  state: string;
  url: string;
  host: string;
}

/**
 * Where the supporter writes to each office a letter is for. Senators are named from a dated
 * directory (src/sites/senators.json) while it is current; after a new Congress begins the
 * official state page on senate.gov takes over, since it always knows who sits today.
 */
export interface OfficeLink {
  office: Office;
  /** How many of this office the supporter writes to: two senators, one of each other office. */
  seats: number;
  url: string;
  /** `form`: the link is the contact form itself. `directory`: an official page that leads to each office's own form. */
  kind: 'form' | 'directory';
  /**
   * `no-senators`: the supporter's home (DC, a territory) has no senators. `choose-state`: no saved
   * state yet. `directory-outdated`: a new Congress has begun since the directory was made.
   */
  note: 'no-senators' | 'choose-state' | 'directory-outdated' | null;
  /** The office-holder of each seat, by name, when the directory knows them. */
  people?: Person[];
}

export const SENATE_DIRECTORY = { asOf: directory.asOf, validUntil: directory.validUntil };

const person = (s: (typeof directory.senators)[number]): Person => ({ name: s.name, state: s.state, url: s.form, host: new URL(s.form).hostname });

/** The directory holds until the next Congress begins; `today` is a local YYYY-MM-DD date. */
export function directoryCurrent(today: string): boolean {
  return today < directory.validUntil;
}

/** A state's senators, senior first, from the directory. */
export function senatorsOf(state: string): Person[] {
  return directory.senators.filter((s) => s.state === state).map(person);
}

/** The senator whose office runs this site (www.scott.senate.gov → Tim Scott, SC), if the directory knows it. */
export function senatorByHost(host: string): Person | null {
  const bare = host.replace(/^www\./, '');
  const found = directory.senators.find((s) => new URL(s.form).hostname.replace(/^www\./, '') === bare);
  return found ? person(found) : null;
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

function linkFor(office: Office, state: string | null, today: string): OfficeLink {
  switch (office) {
    case 'senate': {
      if (state && NO_SENATORS.has(state)) return { office, seats: 0, url: OFFICE_PAGES.senateAll, kind: 'directory', note: 'no-senators' };
      if (!state) return { office, seats: 2, url: OFFICE_PAGES.senateAll, kind: 'directory', note: 'choose-state' };
      const link: OfficeLink = { office, seats: 2, url: OFFICE_PAGES.senateState(state), kind: 'directory', note: null };
      if (!directoryCurrent(today)) return { ...link, note: 'directory-outdated' };
      const people = senatorsOf(state);
      return people.length === 2 ? { ...link, people } : link;
    }
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
export function officesFor(letter: Pick<Letter, 'offices'>, profile: Pick<Profile, 'state'> | null, today = localToday()): OfficeLink[] {
  const state = profile && /^[A-Z]{2}$/.test(profile.state) ? profile.state : null;
  return [...new Set(letter.offices)].map((office) => linkFor(office, state, today));
}

function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
