import { t } from '../i18n.ts';

interface Props {
  /** Something stored was written by a newer version of the extension. */
  newer: boolean;
  /** Settings that could not be read and are back to their defaults. */
  settingsReset: string[];
}

/** What the popup could not read as stored, said once at the top. Profile fields have their own notice in the form. */
export function StorageNotice({ newer, settingsReset }: Props) {
  if (!newer && !settingsReset.length) return null;
  return (
    <div class="storage-notice">
      {newer && <p class="notice" role="alert" id="storage-newer">{t('storageNewer')}</p>}
      {settingsReset.length > 0 && (
        <p class="notice" role="alert" id="settings-reset">
          {t('settingsResetNotice', [settingsReset.map((key) => t(`settingName_${key}`)).join(', ')])}
        </p>
      )}
    </div>
  );
}
