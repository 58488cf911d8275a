import { describe, expect, it } from 'vitest';
import { directoryCurrent, OFFICE_PAGES, officesFor, SENATE_DIRECTORY, senatorByHost } from '../../src/core/offices-for.ts';
import { OFFICES, type Office } from '../../src/shared/letter.ts';
import library from '../support/letters.ts';
import { createProfile } from '../support/factories.ts';

const letter = (id: string) => library.letters.find((l) => l.id === id)!;
const OFFICIAL_HOSTS = /^https:\/\/(www\.senate\.gov|www\.house\.gov|www\.whitehouse\.gov|register\.state\.gov|www\.dhs\.gov)\//;

describe('the offices of a letter come from the letter, in its order', () => {
  it('political prisoners: the two senators of an Illinois supporter, the Representative, then the President', () => {
    expect(officesFor(letter('political-prisoners'), createProfile({ state: 'IL' }), '2026-12-01')).toEqual([
      { office: 'senate', seats: 2, url: 'https://www.senate.gov/states/IL/intro.htm', kind: 'directory', note: null, people: [
        { name: 'Richard J. Durbin', state: 'IL', url: 'https://www.durbin.senate.gov/contact/', host: 'www.durbin.senate.gov' },
        { name: 'Tammy Duckworth', state: 'IL', url: 'https://www.duckworth.senate.gov/content/contact-senator', host: 'www.duckworth.senate.gov' },
      ] },
      { office: 'house', seats: 1, url: 'https://www.house.gov/representatives/find-your-representative', kind: 'directory', note: null },
      { office: 'white-house', seats: 1, url: 'https://www.whitehouse.gov/contact/', kind: 'form', note: null },
    ]);
  });

  it('temporary protected status goes to DHS as well, through its contact page', () => {
    const offices = officesFor(letter('temporary-protected-status'), createProfile({ state: 'NY' }));
    expect(offices.map((o) => o.office)).toEqual(['white-house', 'senate', 'house', 'dhs']);
    expect(offices.find((o) => o.office === 'dhs')).toMatchObject({ url: 'https://www.dhs.gov/contact-us', seats: 1 });
    expect(offices.find((o) => o.office === 'senate')?.url).toBe('https://www.senate.gov/states/NY/intro.htm');
  });

  it('solidarity: five offices in all (two senators, a representative, the President, the State Department)', () => {
    const offices = officesFor(letter('solidarity'), createProfile());
    expect(offices.reduce((n, o) => n + o.seats, 0)).toBe(5);
    expect(offices.find((o) => o.office === 'house')?.url).toBe('https://www.house.gov/representatives/find-your-representative');
    expect(offices.find((o) => o.office === 'state-department')?.url).toBe('https://register.state.gov/contactus/contactusform');
  });
});

describe('senators follow the profile where it can, and never guess', () => {
  it('each state gets its own senate.gov page', () => {
    expect(officesFor({ offices: ['senate'] }, createProfile({ state: 'WI' }))[0]!.url).toBe('https://www.senate.gov/states/WI/intro.htm');
  });

  it('DC and the territories have no senators: no seat, and the reason', () => {
    for (const state of ['DC', 'PR', 'GU', 'VI', 'AS', 'MP'] as const) {
      expect(officesFor({ offices: ['senate'] }, createProfile({ state }))[0]).toMatchObject({ seats: 0, note: 'no-senators' });
    }
  });

  it('without a saved profile: the list of all senators, and a request to save a state', () => {
    expect(officesFor({ offices: ['senate'] }, null)[0]).toEqual(
      { office: 'senate', seats: 2, url: OFFICE_PAGES.senateAll, kind: 'directory', note: 'choose-state' });
  });
});

describe('only official pages; senators named from a dated directory', () => {
  it('every office, with or without a profile, links to an official government host over https', () => {
    for (const profile of [null, createProfile(), createProfile({ state: 'DC' })]) {
      for (const link of officesFor({ offices: [...OFFICES] as Office[] }, profile)) expect(link.url).toMatch(OFFICIAL_HOSTS);
    }
  });

  it('each of the 50 states has two senators in the directory, each with a contact page on their own senate.gov site', () => {
    const states = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO',
      'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY'] as const;
    for (const state of states) {
      const people = officesFor({ offices: ['senate'] }, createProfile({ state }), SENATE_DIRECTORY.asOf)[0]!.people!;
      expect(people, state).toHaveLength(2);
      for (const p of people) expect(p.url, p.name).toMatch(/^https:\/\/[a-z0-9.-]+\.senate\.gov\//);
    }
  });

  it('after a new Congress begins (3 January 2027) the directory says it is out of date and senate.gov\'s state page takes over', () => {
    expect(SENATE_DIRECTORY.validUntil).toBe('2027-01-03');
    expect(directoryCurrent('2027-01-02')).toBe(true);
    expect(directoryCurrent('2027-01-03')).toBe(false);
    const later = officesFor({ offices: ['senate'] }, createProfile(), '2027-01-03')[0]!;
    expect(later).toEqual({ office: 'senate', seats: 2, url: 'https://www.senate.gov/states/IL/intro.htm', kind: 'directory', note: 'directory-outdated' });
  });

  it('knows whose site a senate.gov host is, with or without www', () => {
    expect(senatorByHost('www.scott.senate.gov')).toMatchObject({ name: 'Tim Scott', state: 'SC' });
    expect(senatorByHost('durbin.senate.gov')).toMatchObject({ name: 'Richard J. Durbin', state: 'IL' });
    expect(senatorByHost('www.campaign-test.senate.gov')).toBeNull();
  });
});
