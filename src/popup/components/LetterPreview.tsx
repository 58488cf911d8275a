import { useMemo } from 'preact/hooks';
import { factsDate } from '../../core/facts-date.ts';
import { fitLetter, prepareLetter, translateLetter } from '../../core/prepare-letter.ts';
import { formLength } from '../../core/render-letter.ts';
import { SENT_LANGUAGE, type Language, type Letter, type LetterLibrary, type Office } from '../../shared/letter.ts';
import type { Profile } from '../../shared/profile.ts';
import { currentLanguage, t, tn } from '../i18n.ts';

export interface LetterPreviewProps {
  letter: Letter;
  salutations: LetterLibrary['salutations'];
  profile: Profile;
  /** The supporter's note, sent as written. */
  note: string;
  /** The office of the page being filled; null: the letter's first office. */
  office: Office | null;
  /** The form's message limit, when the page has a form; the longest variant that fits is shown. */
  messageLimit: number | null;
  /** The language the supporter reads in: the translation shown under the English. English shows none. */
  readIn: Language;
  today?: Date;
}

/**
 * What the office receives, exactly: the English subject and letter, its length against the
 * form's limit, and the date its facts are from; under it, the same letter in the supporter's
 * language, marked as a translation that is not sent.
 */
export function LetterPreview({ letter, salutations, profile, note, office, messageLimit, readIn, today = new Date() }: LetterPreviewProps) {
  const addressed = office ?? letter.offices[0] ?? null;
  const preview = useMemo(() => {
    const choice = { letterId: letter.id, note };
    const sent = prepareLetter(letter, salutations, choice, addressed, profile, today);
    // The longest variant that fits with the note; when none does, the shortest, and by how much it is over.
    const fit = fitLetter(sent.messages, messageLimit);
    const index = fit.index < 0 ? sent.messages.length - 1 : fit.index;
    const fits = fit.index >= 0;
    const translated = readIn === SENT_LANGUAGE ? null : translateLetter(letter, salutations, readIn, choice, addressed, profile, today);
    return { subject: sent.subject, message: sent.messages[index]!, fits, over: fit.over, translation: translated && { subject: translated.subject, message: translated.messages[index]! } };
  }, [letter, salutations, profile, note, addressed, messageLimit, readIn, today.toDateString()]);
  const length = formLength(preview.message);

  return (
    <div class="letter-preview">
      <h3 id="letter-sent-heading">{t('letterSentHeading')}</h3>
      <p class="hint facts" id="letter-facts">{t('letterFactsAsOf', [factsDate(letter.factsAsOf, currentLanguage())])}</p>
      <p class="subject"><strong>{t('previewSubject')}</strong> <span lang={SENT_LANGUAGE}>{preview.subject}</span></p>
      <pre class="preview" lang={SENT_LANGUAGE} tabIndex={0} aria-labelledby="letter-sent-heading">{preview.message}</pre>
      <p class={`count${preview.fits ? '' : ' over'}`}>
        {messageLimit === null ? t('previewCount', [String(length)]) : t('previewCountLimit', [String(length), String(messageLimit)])}
        {!preview.fits && ` ${note.trim() ? tn('ux_noteTooLong', preview.over) : t('previewTooLong')}`}
      </p>
      {preview.translation && (
        <section class="translation" aria-labelledby="letter-translation-heading">
          <h3 id="letter-translation-heading">{t(`letterTranslationHeading_${readIn}`)}</h3>
          <p class="hint">{t('letterTranslationNotSent')}</p>
          <p class="subject"><strong>{t('previewSubject')}</strong> <span lang={readIn}>{preview.translation.subject}</span></p>
          <pre class="preview-translation" lang={readIn} tabIndex={0} aria-labelledby="letter-translation-heading">{preview.translation.message}</pre>
        </section>
      )}
    </div>
  );
}
