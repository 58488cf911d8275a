import { UI_LANGUAGES } from '../../shared/settings.ts';
import { languageName, t, type UiLanguage } from '../i18n.ts';

interface Props {
  value: UiLanguage;
  onChange(language: UiLanguage): void;
}

/**
 * The popup's language: Auto follows the browser. Each language is listed in itself, so a
 * supporter who landed in a language they cannot read still finds their own.
 */
export function LanguageSelect({ value, onChange }: Props) {
  return (
    <select id="ui-language" class="ui-language" value={value} aria-label={t('uiLanguageLabel')} title={t('uiLanguageLabel')}
      onChange={(e) => onChange(e.currentTarget.value as UiLanguage)}>
      {UI_LANGUAGES.map((l) => (
        <option value={l} lang={l === 'auto' ? undefined : l}>{l === 'auto' ? t('uiLanguageAuto') : languageName(l)}</option>
      ))}
    </select>
  );
}
