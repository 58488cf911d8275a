import { useState } from 'preact/hooks';
import en from '../../../public/_locales/en/messages.json';
import { MAX_BACKUP_BYTES, importChangesSomething, type BackupProblem, type FieldChange, type ImportPlan, type WithheldSetting } from '../../shared/backup.ts';
import { LANGUAGES, type Language } from '../../shared/letter-kinds.ts';
import type { BackupClient } from '../client.ts';
import { currentLanguage, languageName, t } from '../i18n.ts';

interface Props {
  backup: BackupClient;
  /** After an import: the popup reloads what is stored. */
  onImported(): void;
}

/** A message, or `fallback` when there is none (a setting added since and not yet named): never a raw key. */
const named = (key: string, fallback: string) => (Object.hasOwn(en, key) ? t(key) : fallback);

const itemName = (key: string) => named(`backupItem_${key}`, key);
const fieldName = (item: string, field: string) =>
  item === 'profile' ? named(`field_${field}`, field)
    : item === 'settings' ? (field === 'note' ? t('backupNoteLabel') : named(`settingName_${field}`, t('backupOtherSetting')))
      : itemName(item);

/**
 * Why a field was refused, when the reason is one a person cannot see in the file (a hidden
 * character, a look-alike letter) or a length; '' when the field's name says enough (a ZIP code).
 */
const reasonText = (reason: string | undefined) => (reason && /^(dataErr[A-Z]\w*|errTooLong)$/.test(reason) ? t(reason) : '');

/** A sentence for the supporter: what is wrong with the file, and that nothing changed. */
export function describeProblem(problem: BackupProblem): string {
  switch (problem.code) {
    case 'bad-item':
      return problem.fields.length
        ? t('backup_bad_item', [itemName(problem.item), problem.fields.map((f) => {
          const reason = reasonText(problem.reasons?.[f]);
          return reason ? `${fieldName(problem.item, f)} (${reason})` : fieldName(problem.item, f);
        }).join(', ')])
        : t('backup_unreadable_item', [itemName(problem.item)]);
    case 'too-many-entries':
      return t('backupTooManyEntries', [itemName(problem.item), String(problem.limit)]);
    case 'newer-item':
      return t('backup_newer_file');
    default:
      return t(`backup_${problem.code.replace(/-/g, '_')}`);
  }
}

/** A stored value as the supporter knows it, in the popup's language. */
function showValue(backup: BackupClient, change: Pick<FieldChange, 'item' | 'field'>, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('backupNone');
  if (typeof value === 'boolean') return t(value ? 'backupOn' : 'backupOff');
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : t('backupNone');
  if (change.item === 'settings') {
    if (change.field === 'uiLanguage' && value === 'auto') return t('backupLanguageAuto');
    // A letter read in 'auto' follows the popup's language.
    if (change.field === 'letterLanguage' && value === 'auto') return t('backupLetterLanguageAuto');
    if ((change.field === 'uiLanguage' || change.field === 'letterLanguage') && (LANGUAGES as readonly string[]).includes(value as string)) {
      return languageName(value as Language);
    }
    if (change.field === 'letterId') return backup.letterTitle(String(value), currentLanguage()) ?? String(value);
    if (change.field === 'note') return t('backupQuoted', [String(value)]);
  }
  return String(value);
}

function Change({ backup, change }: { backup: BackupClient; change: FieldChange }) {
  return (
    <li class={`backup-change${change.field === 'note' ? ' backup-note' : ''}`}>
      <span class="backup-field">{fieldName(change.item, change.field)}:</span>{' '}
      <span class="backup-before">{showValue(backup, change, change.before)}</span>{' → '}
      <strong class="backup-after">{showValue(backup, change, change.after)}</strong>
    </li>
  );
}

function withheldText(backup: BackupClient, setting: WithheldSetting): string {
  const name = fieldName('settings', setting.field);
  if (setting.why === 'unknown-letter') return t('backupUnknownLetter', [String(setting.value)]);
  if (setting.field === 'autoFill') return t('backupAutoFillNotImported');
  return t('backupSettingNotImported', [name, showValue(backup, { item: 'settings', field: setting.field }, setting.value)]);
}

/** Save the supporter's details and settings to a file, and bring them back from one. */
export function BackupPanel({ backup, onImported }: Props) {
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<ImportPlan | null>(null);

  async function exportFile() {
    try {
      const { name, text } = await backup.exportFile();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage(t('backupExported', [name]));
    } catch {
      setMessage(t('backupExportFailed'));
    }
  }

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPending(null);
    if (!file) return;
    // The size is checked before a byte is read.
    if (file.size > MAX_BACKUP_BYTES) { setMessage(describeProblem({ code: 'too-big' })); return; }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage(t('backup_read_failed'));
      return;
    }
    const checked = await backup.check(text);
    if (!checked.ok) { setMessage(describeProblem(checked.problem)); return; }
    setMessage('');
    setPending(checked.plan);
  }

  async function confirm() {
    if (!pending) return;
    const names = pending.entries.map((e) => itemName(e.item.key)).join(', ');
    const withheld = pending.withheld.map((w) => fieldName('settings', w.field)).join(', ');
    try {
      await backup.importEntries(pending.entries);
      setMessage([t('backupImported', [names]), withheld && t('backupImportedWithout', [withheld])].filter(Boolean).join(' '));
      onImported();
    } catch {
      setMessage(t('backup_not_written'));
    }
    setPending(null);
  }

  function cancel() {
    setPending(null);
    setMessage(t('backupCancelled'));
  }

  const changes = pending && importChangesSomething(pending);
  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p class="hint">{t('backupHint')}</p>
      <div class="row">
        <button type="button" id="backup-export" onClick={exportFile}>{t('backupExport')}</button>
        <input type="file" id="backup-import" class="visually-hidden" accept=".json,application/json" onChange={choose} />
        <label class="file-button" for="backup-import">{t('backupImport')}</label>
      </div>
      {pending && (
        <div class="notice" id="backup-confirm" role="group" aria-labelledby="backup-confirm-heading">
          <p id="backup-confirm-heading">{changes ? t('backupChangesHeading') : t('backupNoChanges')}</p>
          {changes && (
            <ul id="backup-changes">
              {pending.changes.map((change) => <Change backup={backup} change={change} />)}
              {pending.progress.map((count) => (
                <li class="backup-change">
                  <span class="backup-field">{t(count.status === 'sent' ? 'backupProgressSent' : 'backupProgressNotConfirmed')}:</span>{' '}
                  <span class="backup-before">{count.before}</span>{' → '}
                  <strong class="backup-after">{count.after}</strong>{' '}
                  ({count.after >= count.before ? `+${count.after - count.before}` : `−${count.before - count.after}`})
                </li>
              ))}
            </ul>
          )}
          {(pending.withheld.length > 0 || pending.skipped.damaged > 0 || pending.skipped.unknownLetter > 0) && (
            <ul id="backup-withheld">
              {pending.withheld.map((setting) => <li>{withheldText(backup, setting)}</li>)}
              {pending.skipped.damaged > 0 && <li>{t('backupEntriesDamaged', [String(pending.skipped.damaged)])}</li>}
              {pending.skipped.unknownLetter > 0 && <li>{t('backupEntriesUnknownLetter', [String(pending.skipped.unknownLetter)])}</li>}
            </ul>
          )}
          {changes && <p>{t('backupConfirmQuestion')}</p>}
          {changes && <><button type="button" class="primary" id="backup-replace" onClick={confirm}>{t('backupReplace')}</button>{' '}</>}
          <button type="button" id="backup-cancel" onClick={cancel}>{t(changes ? 'backupCancel' : 'backupClose')}</button>
        </div>
      )}
      <p class="status" role="status" id="backup-status">{message}</p>
    </section>
  );
}
