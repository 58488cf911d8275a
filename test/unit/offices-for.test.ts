import { describe, expect, it } from 'vitest';
import { OFFICE_PAGES, officesFor } from '../../src/core/offices-for.ts';
import { OFFICES, type Office } from '../../src/shared/letter.ts';
import library from '../support/letters.ts';
import { createProfile } from '../support/factories.ts';

const letter = (id: string) => library.letters.find((l) => l.id === id)!;
const OFFICIAL_HOSTS = /^https:\/\/(www\.senate\.gov|www\.house\.gov|www\.whitehouse\.gov|register\.state\.gov|www\.dhs\.gov)\//;

describe('the offices of a letter come from the letter, in its order', () => {
  it('political prisoners: the two senators of an Illinois supporter, the Representative, then the President', () => {
    expect(officesFor(letter('political-prisoners'), createProfile({ state: 'IL' }))).toEqual([
      { office: 'senate', seats: 2, url: 'https://www.senate.gov/states/IL/intro.htm', kind: 'directory', note: null },
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

describe('only official pages, and no office-holders', () => {
  it('every office, with or without a profile, links to an official government host over https', () => {
    for (const profile of [null, createProfile(), createProfile({ state: 'DC' })]) {
      for (const link of officesFor({ offices: [...OFFICES] as Office[] }, profile)) expect(link.url).toMatch(OFFICIAL_HOSTS);
    }
  });

  it('no link names a person: the pages that know today\'s senators and representatives do', () => {
    const urls = officesFor({ offices: [...OFFICES] as Office[] }, createProfile()).map((o) => o.url).join(' ');
    expect(urls).not.toMatch(/durbin|duckworth|schakowsky|\.senate\.gov\/(?!states|senators)/i);
  });
});
