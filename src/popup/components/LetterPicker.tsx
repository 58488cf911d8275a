import { useMemo } from 'preact/hooks';
import { fitLetter, prepareLetter } from '../../core/prepare-letter.ts';
import { formLength } from '../../core/render-letter.ts';
import { LANGUAGES, type LetterLibrary, type Office } from '../../shared/letter.ts';
import type { Profile } from '../../shared/profile.ts';
import type { Settings } from '../../shared/settings.ts';
import { currentLanguage, t, tn } from '../i18n.ts';

interface Props {
  letters: LetterLibrary;
  settings: Settings;
  profile: Profile;
  /** The office of the page being filled, and its message limit, when the tab holds a form. */
  office: Office | null;
  messageLimit: number | null;
  onChange(settings: Settings): void;
}

/** Choose a letter and its language, add a note, and read the letter as the office will. */
export function LetterPicker({ letters, settings, profile, office, messageLimit, onChange }: Props) {
  const letter = letters.letters.find((l) => l.id === settings.letterId) ?? letters.letters[0]!;
  // Title and description help the supporter choose, so they follow the popup's language;
  // the letter itself is in the letter's language, chosen separately.
  const shown = currentLanguage();
  const preview = useMemo(() => {
    const prepared = prepareLetter(letter, letters.salutations[settings.letterLanguage],
      { letterId: letter.id, language: settings.letterLanguage, note: settings.note }, office ?? letter.offices[0] ?? null, profile, new Date());
    // The longest variant that fits with the note; when none does, the shortest, and by how much it is over.
    const fit = fitLetter(prepared.messages, messageLimit);
    const index = fit.index < 0 ? prepared.messages.length - 1 : fit.index;
    return { subject: prepared.subject, message: prepared.messages[index]!, fits: fit.index >= 0, over: fit.over };
  }, [letter, letters, settings, profile, office, messageLimit]);
  const length = formLength(preview.message);

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
          {LANGUAGES.map((l) => <option value={l}>{t(`language_${l}`)}</option>)}
        </select>
        <p class="hint">{t('letterLanguageNote')}</p>
      </div>
      <div class="field">
        <label for="letter-note">{t('letterNote')}</label>
        <textarea id="letter-note" rows={2} maxLength={1000} value={settings.note}
          onInput={(e) => onChange({ ...settings, note: e.currentTarget.value })} />
      </div>
      <h3>{t('previewHeading')}</h3>
      <p class="subject"><strong>{t('previewSubject')}</strong> <span lang={settings.letterLanguage}>{preview.subject}</span></p>
      <pre class="preview" lang={settings.letterLanguage} tabIndex={0} aria-label={t('previewHeading')}>{preview.message}</pre>
      <p class={`count${preview.fits ? '' : ' over'}`}>
        {messageLimit === null ? t('previewCount', [String(length)]) : t('previewCountLimit', [String(length), String(messageLimit)])}
        {!preview.fits && ` ${tn('ux_noteTooLong', preview.over)}`}
      </p>
    </section>
  );
}
