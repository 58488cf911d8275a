import { useState } from 'preact/hooks';
import type { OfficeLink } from '../../core/offices-for.ts';
import { SENATE_DIRECTORY } from '../../core/offices-for.ts';
import { countWritten, localDate, markSeat, resetLetter, seatsOf, writtenElsewhere, type Seat } from '../../core/progress.ts';
import { US_STATES } from '../../core/us-states.ts';
import { SENT_LANGUAGE, type Letter } from '../../shared/letter.ts';
import type { Progress, SendStatus } from '../../shared/progress.ts';
import { t } from '../i18n.ts';
import { seatName, seatUrl } from './office-names.ts';
import { ProgressGlance } from './ProgressGlance.tsx';

export { seatName } from './office-names.ts';

interface Props {
  letter: Letter;
  links: OfficeLink[];
  progress: Progress;
  onChange(change: (progress: Progress) => Progress): void;
  onOpen(url: string): void;
}

/** Each office the chosen letter is for, by name, with a check mark once written to, its own form, and a correction. */
export function OfficeList({ letter, links, progress, onChange, onOpen }: Props) {
  const [confirmReset, setConfirmReset] = useState(false);
  const seats = seatsOf(progress, letter.id, links);
  const { done, total } = countWritten(seats);
  const elsewhere = writtenElsewhere(progress, letter.id, links);
  const mark = (seat: Seat, status: SendStatus | 'none') =>
    onChange((p) => markSeat(p, letter.id, seat, status, SENT_LANGUAGE, localDate()));
  const senate = links.find((l) => l.office === 'senate');

  return (
    <section class="offices" aria-labelledby="offices-heading">
      <h2 id="offices-heading">{t('officesHeading')}</h2>
      <ProgressGlance done={done} total={total} />
      <ul class="seats">
        {seats.map((seat) => {
          const name = seatName(seat);
          const sent = seat.entry?.status === 'sent';
          return (
            <li class={`seat${sent ? ' sent' : ''}`} data-office={seat.link.office}>
              <span class="check-mark" aria-hidden="true">{sent ? '✓' : '○'}</span>
              <span class="seat-name">{name}</span>
              <select aria-label={t('officeStatusLabel', [name])} value={seat.entry?.status ?? 'none'}
                onChange={(e) => mark(seat, e.currentTarget.value as SendStatus | 'none')}>
                <option value="none">{t('status_none')}</option>
                <option value="sent">{t('status_sent')}</option>
                <option value="not-confirmed">{t('status_not_confirmed')}</option>
              </select>
              <button type="button" class="link" aria-label={t('openOfficeLabel', [name])} onClick={() => onOpen(seatUrl(seat))}>{t('openOffice')}</button>
              {seat.entry && <span class="hint">{t('seatDate', [seat.entry.date])}</span>}
            </li>
          );
        })}
      </ul>
      {elsewhere.length > 0 && (
        <p class="hint" id="offices-elsewhere">{t('ux_writtenElsewhere', [elsewhere.map(({ person }) =>
          t('ux_senatorOf', [person.name, US_STATES[person.state as keyof typeof US_STATES] ?? person.state])).join(', ')])}</p>
      )}
      {senate?.people && <p class="hint" id="directory-date">{t('ux_directoryAsOf', [SENATE_DIRECTORY.asOf])}</p>}
      {senate?.note === 'directory-outdated' && <p class="hint" id="directory-outdated">{t('ux_directoryOutdated')}</p>}
      {links.some((l) => l.note === 'no-senators') && <p class="hint">{t('officeNoSenators')}</p>}
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
