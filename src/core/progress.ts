import type { Language, Letter, Office } from '../shared/letter.ts';
import type { CampaignStep } from '../shared/messages.ts';
import type { Profile } from '../shared/profile.ts';
import type { Progress, ProgressEntry, SendStatus } from '../shared/progress.ts';
import { officesFor, senatorByHost, type OfficeLink, type Person } from './offices-for.ts';

/** One office the supporter writes to: a senator is one of two seats. */
export interface Seat {
  link: OfficeLink;
  /** 0 or 1 for the two senators; 0 for every other office. */
  index: number;
  entry: ProgressEntry | null;
  /** Who holds this seat, when the directory names them. */
  person?: Person;
}

const sameHost = (a: string, b: string) => a.replace(/^www\./, '') === b.replace(/^www\./, '');

/** A submit on the site of a senator who is not one of the supporter's own: logged as that office, not as a seat. */
function elsewhere(entry: ProgressEntry, link: OfficeLink): boolean {
  if (!link.people || entry.host === '') return false;
  const senator = senatorByHost(entry.host);
  return !!senator && !link.people.some((p) => sameHost(p.host, entry.host));
}

/** A submit the supporter made on an office's form, with the letter that was filled in. */
export interface Attempt {
  letterId: string;
  office: Office;
  host: string;
  language: Language;
  date: string;
}

const sameOffice = (e: ProgressEntry, letterId: string, office: Office) => e.letterId === letterId && e.office === office;

/**
 * Record what became of a submit. A later attempt on the same office replaces an unconfirmed
 * one, but never turns "sent" back into "not confirmed": the first letter still arrived.
 */
export function recordOutcome(progress: Progress, attempt: Attempt, status: SendStatus): Progress {
  const at = progress.entries.findIndex((e) => sameOffice(e, attempt.letterId, attempt.office) && e.host === attempt.host && e.host !== '');
  const entry: ProgressEntry = { ...attempt, status, by: 'detected' };
  if (at < 0) return { entries: [...progress.entries, entry] };
  if (progress.entries[at]!.status === 'sent' && status !== 'sent') return progress;
  return { entries: progress.entries.map((e, i) => (i === at ? entry : e)) };
}

/**
 * Each seat of each office of the letter, with what is recorded for it, in the letter's order.
 * A seat marked by hand keeps its place; detected submits take the free seats in turn.
 */
export function seatsOf(progress: Progress, letterId: string, links: OfficeLink[]): Seat[] {
  return links.flatMap((link) => {
    const entries = progress.entries.filter((e) => sameOffice(e, letterId, link.office) && !elsewhere(e, link));
    const placed: (ProgressEntry | null)[] = Array.from({ length: link.seats }, () => null);
    const rest: ProgressEntry[] = [];
    for (const e of entries) {
      const own = link.people?.findIndex((p) => e.host !== '' && sameHost(p.host, e.host)) ?? -1;
      if (own >= 0 && !placed[own]) placed[own] = e;
      else if (e.seat !== undefined && e.seat < link.seats && !placed[e.seat]) placed[e.seat] = e;
      else rest.push(e);
    }
    for (let i = 0; i < placed.length && rest.length; i++) placed[i] ??= rest.shift()!;
    return placed.map((entry, index) => ({ link, index, entry, ...(link.people?.[index] ? { person: link.people[index] } : {}) }));
  });
}

/** Letters sent to senators outside the supporter's state: shown by name, never counted as the supporter's own seats. */
export function writtenElsewhere(progress: Progress, letterId: string, links: OfficeLink[]): { person: Person; entry: ProgressEntry }[] {
  const link = links.find((l) => l.office === 'senate');
  if (!link) return [];
  return progress.entries.filter((e) => sameOffice(e, letterId, 'senate') && elsewhere(e, link))
    .map((entry) => ({ person: senatorByHost(entry.host)!, entry }));
}

export function countWritten(seats: Seat[]): { done: number; total: number } {
  return { done: seats.filter((s) => s.entry?.status === 'sent').length, total: seats.length };
}

/** The first office still to write to (an unconfirmed one counts as still to do). */
export function nextSeat(seats: Seat[]): Seat | null {
  return seats.find((s) => s.entry?.status !== 'sent') ?? null;
}

/** The supporter's correction of one seat: sent, not confirmed, or not written yet. */
export function markSeat(
  progress: Progress, letterId: string, seat: Seat, status: SendStatus | 'none', language: Language, date: string,
): Progress {
  // The seat was read from the log a moment ago; find its entry again by value in the freshest log.
  const key = JSON.stringify(seat.entry);
  const target = seat.entry && progress.entries.find((e) => JSON.stringify(e) === key);
  if (target) {
    return status === 'none'
      ? { entries: progress.entries.filter((e) => e !== target) }
      : { entries: progress.entries.map((e) => (e === target ? { ...e, status, by: 'hand' as const } : e)) };
  }
  if (status === 'none') return progress;
  const entry: ProgressEntry = { letterId, office: seat.link.office, host: '', status, language, date, by: 'hand', seat: seat.index };
  return { entries: [...progress.entries, entry] };
}

export function resetLetter(progress: Progress, letterId: string): Progress {
  return { entries: progress.entries.filter((e) => e.letterId !== letterId) };
}

/** Today as YYYY-MM-DD in the supporter's time zone. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How far the supporter is with a letter, and the next office: for the acknowledgement after a confirmed submit. */
export function campaignStep(letter: Pick<Letter, 'id' | 'offices'>, profile: Pick<Profile, 'state'> | null, progress: Progress, today?: string): CampaignStep {
  const seats = seatsOf(progress, letter.id, officesFor(letter, profile, today));
  const next = nextSeat(seats);
  return { ...countWritten(seats), next: next && { office: next.link.office, index: next.index, person: next.person?.name ?? null } };
}
