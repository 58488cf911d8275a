import { useState } from 'preact/hooks';
import { officesFor, type OfficeLink } from '../../core/offices-for.ts';
import { countWritten, localDate, markSeat, nextSeat, resetLetter, seatsOf, type Seat } from '../../core/progress.ts';
import { SENT_LANGUAGE, type Letter } from '../../shared/letter.ts';
import type { Profile } from '../../shared/profile.ts';
import type { Progress, SendStatus } from '../../shared/progress.ts';
import type { Settings } from '../../shared/settings.ts';
import { t } from '../i18n.ts';

interface Props {
  letter: Letter;
  settings: Settings;
  /** Null until the supporter has saved their details: then senators follow their state. */
  profile: Profile | null;
  progress: Progress;
  onChange(change: (progress: Progress) => Progress): void;
  onOpen(url: string): void;
}

const key = (office: string) => office.replace(/-/g, '_');

export function seatName(seat: Pick<Seat, 'link' | 'index'>): string {
  return t(`seat_${key(seat.link.office)}`, [String(seat.index + 1)]);
}

function hint(link: OfficeLink, profile: Profile | null): string {
  if (link.note === 'choose-state') return t('officeHint_choose_state');
  return t(`officeHint_${key(link.office)}`, [profile?.zip ?? '']);
}

/** The offices the chosen letter is for, which are written to, and the next one to open. */
export function OfficeList({ letter, profile, progress, onChange, onOpen }: Props) {
  const [confirmReset, setConfirmReset] = useState(false);
  const links = officesFor(letter, profile);
  const seats = seatsOf(progress, letter.id, links);
  const { done, total } = countWritten(seats);
  const next = nextSeat(seats);
  const left = seats.filter((s) => s.entry?.status !== 'sent');
  const mark = (seat: Seat, status: SendStatus | 'none') =>
    onChange((p) => markSeat(p, letter.id, seat, status, SENT_LANGUAGE, localDate()));

  return (
    <section class="offices" aria-labelledby="offices-heading">
      <h2 id="offices-heading">{t('officesHeading')}</h2>
      <p class="progress" id="offices-count">{t('officesCount', [String(done), String(total)])}</p>
      {next ? (
        <>
          <button type="button" class="primary" id="open-next" onClick={() => onOpen(next.link.url)}>{t('openNext', [seatName(next)])}</button>
          <p class="hint" id="open-next-hint">{hint(next.link, profile)}</p>
        </>
      ) : total > 0 && <p id="offices-done">{t('officesAllDone')}</p>}
      <ul class="seats">
        {seats.map((seat) => {
          const name = seatName(seat);
          return (
            <li class="seat" data-office={seat.link.office}>
              <span class="seat-name">{name}</span>
              <select aria-label={t('officeStatusLabel', [name])} value={seat.entry?.status ?? 'none'}
                onChange={(e) => mark(seat, e.currentTarget.value as SendStatus | 'none')}>
                <option value="none">{t('status_none')}</option>
                <option value="sent">{t('status_sent')}</option>
                <option value="not-confirmed">{t('status_not_confirmed')}</option>
              </select>
              <button type="button" class="link" aria-label={t('openOfficeLabel', [name])} onClick={() => onOpen(seat.link.url)}>{t('openOffice')}</button>
              {seat.entry && <span class="hint">{t('seatDate', [seat.entry.date])}</span>}
            </li>
          );
        })}
      </ul>
      {links.some((l) => l.note === 'no-senators') && <p class="hint">{t('officeNoSenators')}</p>}
      {left.length > 0 && done > 0 && <p class="hint" id="offices-left">{t('officesLeft', [left.map(seatName).join(', ')])}</p>}
      {seats.some((s) => s.entry?.status === 'not-confirmed') && <p class="hint">{t('notConfirmedHint')}</p>}
      {progress.entries.some((e) => e.letterId === letter.id) && (confirmReset ? (
        <p>
          {t('progressResetQuestion')}{' '}
          <button type="button" id="reset-progress-yes" onClick={() => { onChange((p) => resetLetter(p, letter.id)); setConfirmReset(false); }}>{t('progressResetYes')}</button>
          <button type="button" onClick={() => setConfirmReset(false)}>{t('progressResetNo')}</button>
        </p>
      ) : (
        <button type="button" id="reset-progress" onClick={() => setConfirmReset(true)}>{t('progressReset')}</button>
      ))}
      <p class="privacy">{t('progressPrivacy')}</p>
    </section>
  );
}
