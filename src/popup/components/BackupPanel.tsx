import { useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES, type BackupEntry, type BackupProblem } from '../../shared/backup.ts';
import type { BackupClient } from '../client.ts';
import { t } from '../i18n.ts';

interface Props {
  backup: BackupClient;
  /** After an import: the popup reloads what is stored. */
  onImported(): void;
}

const itemName = (key: string) => t(`backupItem_${key}`);
const fieldName = (item: string, field: string) => t(item === 'profile' ? `field_${field}` : `settingName_${field}`);

/** A sentence for the supporter: what is wrong with the file, and that nothing changed. */
export function describeProblem(problem: BackupProblem): string {
  switch (problem.code) {
    case 'bad-item':
      return problem.fields.length
        ? t('backup_bad_item', [itemName(problem.item), problem.fields.map((f) => fieldName(problem.item, f)).join(', ')])
        : t('backup_unreadable_item', [itemName(problem.item)]);
    case 'newer-item':
      return t('backup_newer_file');
    default:
      return t(`backup_${problem.code.replace(/-/g, '_')}`);
  }
}

/** Save the supporter's details and settings to a file, and bring them back from one. */
export function BackupPanel({ backup, onImported }: Props) {
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<BackupEntry[] | null>(null);

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
    const parsed = backup.parse(text);
    if (!parsed.ok) { setMessage(describeProblem(parsed.problem)); return; }
    setMessage('');
    setPending(parsed.entries);
  }

  async function confirm() {
    if (!pending) return;
    const names = pending.map((e) => itemName(e.item.key)).join(', ');
    try {
      await backup.importEntries(pending);
      setMessage(t('backupImported', [names]));
      onImported();
    } catch {
      setMessage(t('backup_not_written'));
    }
    setPending(null);
  }

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
        <div class="notice" id="backup-confirm">
          <p>{t('backupConfirm', [pending.map((e) => itemName(e.item.key)).join(', ')])}</p>
          <button type="button" class="primary" id="backup-replace" onClick={confirm}>{t('backupReplace')}</button>{' '}
          <button type="button" onClick={() => setPending(null)}>{t('backupCancel')}</button>
        </div>
      )}
      <p class="status" role="status" id="backup-status">{message}</p>
    </section>
  );
}
