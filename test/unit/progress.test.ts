import { describe, expect, it, vi } from 'vitest';
import { officesFor } from '../../src/core/offices-for.ts';
import { campaignStep, countWritten, markSeat, nextSeat, recordOutcome, resetLetter, seatsOf, writtenElsewhere, type Attempt } from '../../src/core/progress.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/shared/progress.ts';
import { progressItem } from '../../src/shared/storage.ts';
import { readEnvelope } from '../../src/shared/stored-item.ts';
import { createProfile } from '../support/factories.ts';

// storage.ts reaches the browser through the polyfill; reading an envelope does not.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const durbin: Attempt = { letterId: 'political-prisoners', office: 'senate', host: 'www.durbin.senate.gov', language: 'en', date: '2026-11-20' };
const duckworth: Attempt = { ...durbin, host: 'www.duckworth.senate.gov' };
const whiteHouse: Attempt = { ...durbin, office: 'white-house', host: 'www.whitehouse.gov' };
// A day the bundled directory of senators holds (it is dated; see offices-for.test.ts).
const TODAY = '2026-12-01';
const links = officesFor({ offices: ['senate', 'white-house'] }, createProfile(), TODAY);
const seats = (progress: Progress) => seatsOf(progress, 'political-prisoners', links);

describe('the delivery log is honest', () => {
  it('a submit is "not confirmed" until the office\'s page says it arrived', () => {
    const submitted = recordOutcome(EMPTY_PROGRESS, durbin, 'not-confirmed');
    expect(submitted.entries).toEqual([{ ...durbin, status: 'not-confirmed', by: 'detected' }]);
    expect(recordOutcome(submitted, durbin, 'sent').entries).toEqual([{ ...durbin, status: 'sent', by: 'detected' }]);
  });

  it('a later failed attempt never turns "sent" back into "not confirmed"', () => {
    const sent = recordOutcome(EMPTY_PROGRESS, durbin, 'sent');
    expect(recordOutcome(sent, { ...durbin, date: '2026-11-21' }, 'not-confirmed')).toBe(sent);
  });

  it('each office site is one seat: two senators fill the two senate seats', () => {
    let progress = recordOutcome(EMPTY_PROGRESS, durbin, 'sent');
    progress = recordOutcome(progress, duckworth, 'not-confirmed');
    expect(seats(progress).map((s) => s.entry?.status ?? 'none')).toEqual(['sent', 'not-confirmed', 'none']);
    expect(countWritten(seats(progress))).toEqual({ done: 1, total: 3 });
  });
});

describe('what is next, and how far along the letter is', () => {
  it('the next office is the first seat not yet sent, in the letter\'s order', () => {
    expect(nextSeat(seats(EMPTY_PROGRESS))).toMatchObject({ index: 0, link: { office: 'senate' } });
    const two = recordOutcome(recordOutcome(EMPTY_PROGRESS, durbin, 'sent'), duckworth, 'sent');
    expect(nextSeat(seats(two))).toMatchObject({ index: 0, link: { office: 'white-house' } });
    expect(nextSeat(seats(recordOutcome(two, whiteHouse, 'sent')))).toBeNull();
    expect(countWritten(seats(recordOutcome(two, whiteHouse, 'sent')))).toEqual({ done: 3, total: 3 });
  });

  it('another letter\'s progress does not count', () => {
    const other = recordOutcome(EMPTY_PROGRESS, { ...durbin, letterId: 'solidarity' }, 'sent');
    expect(countWritten(seats(other)).done).toBe(0);
  });
});

describe('the supporter corrects it by hand', () => {
  const seat = (progress: Progress, office: string, index = 0) => seats(progress).find((s) => s.link.office === office && s.index === index)!;

  it('marks an empty seat sent, changes it, and clears it', () => {
    const marked = markSeat(EMPTY_PROGRESS, 'political-prisoners', seat(EMPTY_PROGRESS, 'white-house'), 'sent', 'ru', '2026-11-22');
    expect(marked.entries).toEqual([{ letterId: 'political-prisoners', office: 'white-house', host: '', status: 'sent', language: 'ru', date: '2026-11-22', by: 'hand', seat: 0 }]);
    expect(markSeat(marked, 'political-prisoners', seat(marked, 'white-house'), 'not-confirmed', 'ru', '2026-11-22').entries[0]).toMatchObject({ status: 'not-confirmed', by: 'hand' });
    expect(markSeat(marked, 'political-prisoners', seat(marked, 'white-house'), 'none', 'ru', '2026-11-22')).toEqual(EMPTY_PROGRESS);
  });

  it('the second senator marked by hand stays the second, and a detected submit takes the free seat', () => {
    const second = markSeat(EMPTY_PROGRESS, 'political-prisoners', seat(EMPTY_PROGRESS, 'senate', 1), 'sent', 'en', '2026-11-22');
    expect(seats(second).map((s) => s.entry?.status ?? 'none')).toEqual(['none', 'sent', 'none']);
    const both = recordOutcome(second, durbin, 'sent');
    expect(seats(both).map((s) => s.entry?.host ?? 'none')).toEqual(['www.durbin.senate.gov', '', 'none']);
  });

  it('a detected "not confirmed" can be corrected to sent', () => {
    const detected = recordOutcome(EMPTY_PROGRESS, duckworth, 'not-confirmed');
    // Senator Duckworth holds Illinois's second seat in the directory: her site's submit is that seat.
    const progress = markSeat(detected, 'political-prisoners', seat(detected, 'senate', 1), 'sent', 'en', '2026-11-22');
    expect(progress.entries).toEqual([{ ...duckworth, status: 'sent', by: 'hand' }]);
  });

  it('reset forgets one letter and keeps the others', () => {
    const progress = recordOutcome(recordOutcome(EMPTY_PROGRESS, durbin, 'sent'), { ...durbin, letterId: 'solidarity' }, 'sent');
    expect(resetLetter(progress, 'political-prisoners').entries.map((e) => e.letterId)).toEqual(['solidarity']);
  });
});

describe('the stored progress item', () => {
  it('keeps every entry that still reads when one is damaged', () => {
    const good = { ...durbin, status: 'sent', by: 'detected' };
    const read = readEnvelope(progressItem, { version: 1, data: { entries: [good, { ...good, office: 'senate-and-house' }, 'junk', { ...good, host: 'Not A Host!' }] } });
    expect(read.value.entries).toEqual([good]);
    expect(read.found).toBe(true);
  });

  it('falls back to an empty log when nothing readable is stored', () => {
    expect(readEnvelope(progressItem, undefined).value).toEqual(EMPTY_PROGRESS);
    expect(readEnvelope(progressItem, { version: 1, data: { entries: 'lost' } }).value).toEqual(EMPTY_PROGRESS);
  });
});

describe('senators by name: each site is its own senator\'s seat', () => {
  const scott: Attempt = { ...durbin, host: 'www.scott.senate.gov' };

  it('a submit on a senator\'s site fills that senator\'s seat, whatever the order', () => {
    const progress = recordOutcome(EMPTY_PROGRESS, duckworth, 'sent');
    expect(seats(progress).map((s) => [s.person?.name ?? null, s.entry?.host ?? null])).toEqual([
      ['Richard J. Durbin', null], ['Tammy Duckworth', 'www.duckworth.senate.gov'], [null, null]]);
    expect(nextSeat(seats(progress))?.person?.name).toBe('Richard J. Durbin');
  });

  it('a letter to a senator of another state is logged as that office, never as one of "your senators"', () => {
    const progress = recordOutcome(EMPTY_PROGRESS, scott, 'sent');
    expect(countWritten(seats(progress))).toEqual({ done: 0, total: 3 });
    expect(writtenElsewhere(progress, 'political-prisoners', links)).toMatchObject([{ person: { name: 'Tim Scott', state: 'SC' }, entry: { host: 'www.scott.senate.gov' } }]);
  });

  it('the acknowledgement after a submit knows the progress and names the next office', () => {
    const letter = { id: 'political-prisoners', offices: ['senate', 'white-house'] as const };
    const one = recordOutcome(EMPTY_PROGRESS, whiteHouse, 'sent');
    expect(campaignStep({ ...letter, offices: [...letter.offices] }, createProfile(), one, TODAY))
      .toEqual({ done: 1, total: 3, next: { office: 'senate', index: 0, person: 'Richard J. Durbin' } });
    const all = recordOutcome(recordOutcome(one, durbin, 'sent'), duckworth, 'sent');
    expect(campaignStep({ ...letter, offices: [...letter.offices] }, createProfile(), all, TODAY)).toEqual({ done: 3, total: 3, next: null });
  });
});
