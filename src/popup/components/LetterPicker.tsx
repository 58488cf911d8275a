import { LANGUAGES, type LetterLibrary, type Office } from '../../shared/letter.ts';
import type { Profile } from '../../shared/profile.ts';
import { noteProblem, type Settings } from '../../shared/settings.ts';
import { currentLanguage, t } from '../i18n.ts';
import { LetterPreview } from './LetterPreview.tsx';

interface Props {
  letters: LetterLibrary;
  settings: Settings;
  profile: Profile;
  /** The office of the page being filled, and its message limit, when the tab holds a form. */
  office: Office | null;
  messageLimit: number | null;
  onChange(settings: Settings): void;
}

/**
 * Choose a letter, the language to read it in, add a note, and read the letter as the office
 * will. Offices always receive English (SENT_LANGUAGE); sending a translation is not offered,
 * because US offices read English and may log a Cyrillic message as unreadable or refuse it.
 */
export function LetterPicker({ letters, settings, profile, office, messageLimit, onChange }: Props) {
  // Hidden or look-alike characters in the note: said here, and the stored note stays as it was.
  const noteError = noteProblem(settings.note);
  const letter = letters.letters.find((l) => l.id === settings.letterId) ?? letters.letters[0]!;
  // Titles, descriptions and the translation follow the popup's language unless the supporter
  // chose another language to read the letter in.
  const shown = currentLanguage();
  const readIn = settings.letterLanguage === 'auto' ? shown : settings.letterLanguage;

  return (
    <section class="letter" aria-labelledby="letter-heading">
      <h2 id="letter-heading">{t('letterHeading')}</h2>
      <div class="field">
        <label for="letter-id">{t('letterChoice')}</label>
        <select id="letter-id" value={letter.id} onChange={(e) => onChange({ ...settings, letterId: e.currentTarget.value })}>
          {letters.letters.map((l) => <option value={l.id}>{l.texts[shown].title}</option>)}
        </select>
        <p class="hint">{letter.texts[shown].description}</p>
        <p class="hint">{t('letterOffices', [letter.offices.map((o) => t(`office_${o.replace(/-/g, '_')}`)).join(', ')])}</p>
      </div>
      <div class="field">
        <label for="letter-language">{t('letterLanguage')}</label>
        <select id="letter-language" value={settings.letterLanguage}
          onChange={(e) => onChange({ ...settings, letterLanguage: e.currentTarget.value as Settings['letterLanguage'] })}>
          <option value="auto">{t('letterReadInAuto')}</option>
          {LANGUAGES.map((l) => <option value={l}>{t(`language_${l}`)}</option>)}
        </select>
        <p class="hint" id="letter-language-hint">{t('letterLanguageNote')}</p>
      </div>
      <div class="field">
        <label for="letter-note">{t('letterNote')}</label>
        <textarea id="letter-note" rows={2} maxLength={1000} value={settings.note}
          aria-invalid={noteError ? 'true' : undefined}
          aria-describedby={noteError ? 'letter-note-hint letter-note-error' : 'letter-note-hint'}
          onInput={(e) => onChange({ ...settings, note: e.currentTarget.value })} />
        <p class="hint" id="letter-note-hint">{t('letterNoteInEnglish')}</p>
        {noteError && <p class="error" id="letter-note-error" role="alert">{t(noteError)} {t('dataNoteNotSaved')}</p>}
      </div>
      <LetterPreview letter={letter} salutations={letters.salutations} profile={profile} note={settings.note}
        office={office} messageLimit={messageLimit} readIn={readIn} />
    </section>
  );
}
