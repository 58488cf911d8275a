import { countLetters, countsToCsv, countsToJson } from '../../core/export-counts.ts';
import { officesFor } from '../../core/offices-for.ts';
import { countWritten, seatsOf } from '../../core/progress.ts';
import type { LetterLibrary } from '../../shared/letter.ts';
import type { Profile } from '../../shared/profile.ts';
import type { Progress } from '../../shared/progress.ts';
import { downloadText } from '../download.ts';
import { currentLanguage, t, tn } from '../i18n.ts';

interface Props {
  letters: LetterLibrary;
  profile: Profile | null;
  progress: Progress;
}

/** Every letter's progress, and counts for organisers that say nothing about the supporter. */
export function ProgressSummary({ letters, profile, progress }: Props) {
  const language = currentLanguage();
  const rows = () => countLetters(progress, letters.letters.map((l) => l.id));
  return (
    <details class="summary">
      <summary>{t('summaryHeading')}</summary>
      <ul>
        {letters.letters.map((letter) => {
          const { done, total } = countWritten(seatsOf(progress, letter.id, officesFor(letter, profile)));
          return <li>{t('summaryLine', [letter.texts[language].title, tn('ux_written', total, [String(done), String(total)])])}</li>;
        })}
      </ul>
      <h3>{t('exportHeading')}</h3>
      <p class="hint">{t('exportHint')}</p>
      <button type="button" id="export-csv" onClick={() => downloadText('write-for-belarus-counts.csv', countsToCsv(rows()), 'text/csv')}>{t('exportCsv')}</button>{' '}
      <button type="button" id="export-json" onClick={() => downloadText('write-for-belarus-counts.json', countsToJson(rows()), 'application/json')}>{t('exportJson')}</button>
    </details>
  );
}
