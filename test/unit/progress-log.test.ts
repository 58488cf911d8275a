import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from '../support/fake-browser.ts';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { awaitingFor, forgetTab, recordAnswer, recordSubmit, rememberFill } = await import('../../src/background/progress-log.ts');
const { changeProgress } = await import('../../src/shared/progress-store.ts');
const { markSeat, seatsOf } = await import('../../src/core/progress.ts');
const { officesFor } = await import('../../src/core/offices-for.ts');
const { progressItem, read } = await import('../../src/shared/storage.ts');

const TAB = 7;
const office = { office: 'senate' as const, host: 'www.durbin.senate.gov', date: '2026-11-22' };
const log = async () => (await read(progressItem)).value.entries;

beforeEach(async () => {
  resetFakeBrowser();
  await forgetTab(TAB);
});

describe('nothing is recorded before the person submits a form the extension filled', () => {
  it('a fill alone records nothing', async () => {
    await rememberFill(TAB, 0, { letterId: 'political-prisoners', language: 'en' });
    expect(await log()).toEqual([]);
  });

  it('a submit in a tab the extension did not fill records nothing', async () => {
    expect(await recordSubmit(TAB, 0, office)).toBe(false);
    expect(await log()).toEqual([]);
  });

  it('a submit from another frame than the one filled records nothing', async () => {
    await rememberFill(TAB, 3, { letterId: 'political-prisoners', language: 'en' });
    expect(await recordSubmit(TAB, 0, office)).toBe(false);
  });
});

describe('a submit is not confirmed until the office says so', () => {
  it('submit, then the thank-you page: sent, with the letter, language and date', async () => {
    await rememberFill(TAB, 0, { letterId: 'political-prisoners', language: 'be' });
    expect(await recordSubmit(TAB, 0, office)).toBe(true);
    expect(await log()).toEqual([{ letterId: 'political-prisoners', language: 'be', ...office, status: 'not-confirmed', by: 'detected' }]);
    expect(await recordAnswer(TAB, 0, 'sent')).toBe(true);
    expect(await log()).toMatchObject([{ status: 'sent' }]);
    expect(await awaitingFor(TAB, 0)).toBeNull();
  });

  it('the form again with an error: stays not confirmed, and the wait is over', async () => {
    await rememberFill(TAB, 0, { letterId: 'political-prisoners', language: 'en' });
    await recordSubmit(TAB, 0, office);
    expect(await recordAnswer(TAB, 0, 'not-confirmed')).toBe(true);
    expect(await log()).toMatchObject([{ status: 'not-confirmed' }]);
    expect(await recordAnswer(TAB, 0, 'sent')).toBe(false);
  });

  it('a "thank you" from the very page the submit was made on never makes it sent', async () => {
    await rememberFill(TAB, 0, { letterId: 'political-prisoners', language: 'en' });
    await recordSubmit(TAB, 0, office, 'document-of-the-form');
    expect(await recordAnswer(TAB, 0, 'sent', 'document-of-the-form')).toBe(true);
    expect(await log()).toMatchObject([{ status: 'not-confirmed' }]);
  });

  it('a "thank you" on a new page after the submit makes it sent', async () => {
    await rememberFill(TAB, 0, { letterId: 'political-prisoners', language: 'en' });
    await recordSubmit(TAB, 0, office, 'document-of-the-form');
    expect(await recordAnswer(TAB, 0, 'sent', 'document-of-the-answer')).toBe(true);
    expect(await log()).toMatchObject([{ status: 'sent' }]);
  });

  it('the next page may ask before the submit is written, and is told to judge', async () => {
    await rememberFill(TAB, 0, { letterId: 'political-prisoners', language: 'en' });
    void recordSubmit(TAB, 0, office);
    expect(await awaitingFor(TAB, 0)).toMatchObject({ attempt: { letterId: 'political-prisoners', host: 'www.durbin.senate.gov' } });
  });
});

describe('the background and the popup never overwrite each other', () => {
  it('a correction by hand and a recorded submit, at the same moment, both stay', async () => {
    await rememberFill(TAB, 0, { letterId: 'political-prisoners', language: 'en' });
    const seats = seatsOf({ entries: [] }, 'political-prisoners', officesFor({ offices: ['senate', 'white-house'] }, null));
    const whiteHouse = seats.find((s) => s.link.office === 'white-house')!;
    await Promise.all([
      recordSubmit(TAB, 0, office),
      changeProgress((p) => markSeat(p, 'political-prisoners', whiteHouse, 'sent', 'en', '2026-11-22')),
    ]);
    expect((await log()).map((e) => e.office).sort()).toEqual(['senate', 'white-house']);
  });
});
