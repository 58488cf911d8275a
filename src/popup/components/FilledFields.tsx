import type { FillReport } from '../../shared/messages.ts';
import { t } from '../i18n.ts';

const SHOWN = 120;

const roleName = (role: string) => t(`role_${role.replace(/-/g, '_')}`);

function shown(field: FillReport['fields'][number]): string {
  if (field.checked !== undefined) return `${field.value} (${t(field.checked ? 'trustChecked' : 'trustUnchecked')})`;
  const oneLine = field.value.replace(/\s+/g, ' ').trim();
  return oneLine.length > SHOWN ? `${oneLine.slice(0, SHOWN)}…` : oneLine;
}

/**
 * What the fill put into the page, field by field, with the values: the extension's own record,
 * which the page cannot hide or rewrite as it can the panel on the page.
 */
export function FilledFields({ reports }: { reports: FillReport[] }) {
  const fields = reports.flatMap((r) => r.fields ?? []);
  if (!fields.length) return null;
  return (
    <div class="filled-fields" id="filled-fields">
      <p>{t('trustFilledHeading')}</p>
      <ul>
        {fields.map((f, i) => <li key={i}><b>{roleName(f.role)}</b>: <span class="value">{shown(f)}</span></li>)}
      </ul>
    </div>
  );
}
