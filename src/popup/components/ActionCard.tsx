import { useState } from 'preact/hooks';
import { senatorByHost, type OfficeLink } from '../../core/offices-for.ts';
import { fitLetter, prepareLetter } from '../../core/prepare-letter.ts';
import { formLength } from '../../core/render-letter.ts';
import { countWritten, nextSeat, seatsOf } from '../../core/progress.ts';
import { US_STATES } from '../../core/us-states.ts';
import { SENT_LANGUAGE, type Letter, type LetterLibrary, type Office } from '../../shared/letter.ts';
import type { FillReport, TabStatus } from '../../shared/messages.ts';
import type { Profile } from '../../shared/profile.ts';
import type { Progress } from '../../shared/progress.ts';
import type { Settings } from '../../shared/settings.ts';
import { currentLanguage, t, tn } from '../i18n.ts';
import { officeName, seatName, seatUrl } from './office-names.ts';
import { ProgressGlance } from './ProgressGlance.tsx';
import { WrittenFields } from './WrittenFields.tsx';

interface Props {
  tab: TabStatus;
  letters: LetterLibrary;
  letter: Letter;
  settings: Settings;
  /** Null until the supporter has saved complete details. */
  profile: Profile | null;
  progress: Progress;
  links: OfficeLink[];
  onFill(): Promise<FillReport[]>;
  onOpen(url: string): void;
  onChangeLetter(): void;
  onDetails(): void;
}

function summary(reports: FillReport[]): string {
  const done = reports.filter((r) => r.problem === null);
  if (reports.some((r) => r.problem === 'waiting-for-form')) return t('fillWaiting');
  if (!done.length && reports.some((r) => r.problem === 'posts-elsewhere')) return t('trustPostsElsewhere');
  if (!done.length && reports.some((r) => r.problem === 'form-hidden')) return t('fillFormHidden');
  if (!done.length && reports.some((r) => r.problem === 'failed')) return t('fillFailed');
  if (!done.length) return t('fillNoForm');
  const filled = done.reduce((n, r) => n + r.filled, 0);
  // Filling again after a fill (on open, or a moment ago): the fields already hold text and are left as they are.
  const kept = done.reduce((n, r) => n + r.left.filter((l) => l.reason === 'kept-your-text').length, 0);
  const captcha = done.some((r) => r.captcha);
  return [filled === 0 && kept > 0 ? tn('ux_alreadyFilled', kept) : tn('ux_filledFields', filled),
    t(captcha ? 'noticeCaptchaAndSubmit' : 'noticeSubmit')].join(' ');
}

/** What the letter will be on this page: its title, language, and length against the form's limit. */
function letterOnPage(letters: LetterLibrary, letter: Letter, settings: Settings, profile: Profile, office: Office | null, limit: number | null) {
  const prepared = prepareLetter(letter, letters.salutations, { letterId: letter.id, note: settings.note }, office, profile, new Date());
  const fit = fitLetter(prepared.messages, limit);
  return { length: fit.index < 0 ? null : formLength(prepared.messages[fit.index]!), over: fit.over };
}

/**
 * The one thing to do now, as the popup's single primary button: on an office's form, Fill
 * (with the letter that will go there and any reason to stop first); elsewhere, Open next.
 */
export function ActionCard({ tab, letters, letter, settings, profile, progress, links, onFill, onOpen, onChangeLetter, onDetails }: Props) {
  const [result, setResult] = useState<{ text: string; reports: FillReport[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const frame = tab.frames[0];
  const seats = seatsOf(progress, letter.id, links);
  const { done, total } = countWritten(seats);
  const next = nextSeat(seats);

  async function fill() {
    setBusy(true);
    try {
      const reports = await onFill();
      setResult({ text: summary(reports), reports });
    } catch {
      setResult({ text: t('fillFailed'), reports: [] });
    } finally {
      setBusy(false);
    }
  }

  if (!profile) {
    return (
      <section class="action" aria-labelledby="action-heading">
        <h2 id="action-heading">{t('fillHeading')}</h2>
        <p class="hint">{t('fillNeedsProfile')}</p>
        <button type="button" class="primary" id="go-details" onClick={onDetails}>{t('ux_goDetails')}</button>
        <button type="button" id="fill-page" class="secondary" disabled>{t('fillButton')}</button>
      </section>
    );
  }

  const glance = <ProgressGlance done={done} total={total} />;

  if (frame) {
    const office = frame.status.office;
    const senator = office === 'senate' ? senatorByHost(frame.host) : null;
    const here = senator ? t('ux_senatorOf', [senator.name, US_STATES[senator.state as keyof typeof US_STATES] ?? senator.state])
      : office ? officeName(office) : frame.host;
    const outOfState = senator && senator.state !== profile.state;
    const wrongLetter = office !== null && !letter.offices.includes(office);
    const shown = letterOnPage(letters, letter, settings, profile, office, frame.status.messageLimit);
    const limit = frame.status.messageLimit;
    return (
      <section class="action" aria-labelledby="action-heading">
        <h2 id="action-heading">{t('ux_thisPage', [here])}</h2>
        <div class="letter-line">
          <p id="letter-summary">
            <strong>{letter.texts[currentLanguage()].title}</strong><span>{t(`language_${SENT_LANGUAGE}`)}</span>
            <span class={shown.length === null ? 'over' : ''}>{shown.length === null ? t('ux_lengthNone')
              : limit === null ? t('previewCount', [String(shown.length)]) : t('ux_lengthOfLimit', [String(shown.length), String(limit)])}</span>
          </p>
          <button type="button" class="secondary" id="change-letter" onClick={onChangeLetter}>{t('ux_change')}</button>
        </div>
        {wrongLetter && <p class="notice warn" id="warn-letter" role="alert">{t('ux_warnLetterOffice', [here, letter.offices.map(officeName).join(', ')])}</p>}
        {outOfState && <p class="notice warn" id="warn-state" role="alert">
          {t('ux_warnOutOfState', [senator.name, US_STATES[senator.state as keyof typeof US_STATES] ?? senator.state])}</p>}
        {shown.over > 0 && <p class="notice warn" id="warn-note" role="alert">{tn('ux_noteTooLong', shown.over)}</p>}
        <button type="button" class="primary" id="fill-page" disabled={busy} onClick={fill}>{t('fillButton')}</button>
        <p class="hint">{t('ux_shortcut')}</p>
        <p class="status" role="status" id="fill-result">{result?.text ?? ''}</p>
        {result && <WrittenFields reports={result.reports} />}
        {glance}
      </section>
    );
  }

  return (
    <section class="action" aria-labelledby="action-heading">
      <h2 id="action-heading">{t('ux_nextHeading')}</h2>
      {glance}
      {next ? (
        <>
          <button type="button" class="primary" id="open-next" onClick={() => onOpen(seatUrl(next))}>{t('openNext', [seatName(next)])}</button>
          <p class="hint" id="open-next-hint">{next.person ? t('ux_hintOwnForm', [next.person.name]) : hint(next.link, profile)}</p>
        </>
      ) : total > 0 && <p id="offices-done" class="done">{t('officesAllDone')}</p>}
      <button type="button" id="fill-page" class="secondary" disabled>{t('fillButton')}</button>
      <p class="hint" id="no-form-hint">{t('ux_noFormHere')}</p>
    </section>
  );
}

export function hint(link: OfficeLink, profile: Profile | null): string {
  if (link.note === 'choose-state') return t('officeHint_choose_state');
  if (link.note === 'directory-outdated') return t('ux_directoryOutdated');
  return t(`officeHint_${link.office.replace(/-/g, '_')}`, [profile?.zip ?? '']);
}
