import type { FillReport } from '../../shared/messages.ts';
import { t } from '../i18n.ts';

/**
 * What the fill wrote, field by field, with the values: the record in the extension's own window,
 * which a page cannot hide or rewrite as it can its panel.
 */
export function WrittenFields({ reports }: { reports: FillReport[] }) {
  const written = reports.flatMap((r) => r.written ?? []);
  if (!written.length) return null;
  return (
    <details class="written" open>
      <summary>{t('ux_writtenHeading')}</summary>
      <dl id="written-fields">
        {written.map((w) => (
          <div class="written-row">
            <dt>{w.label || t(`role_${w.role.replace(/-/g, '_')}`)}</dt>
            {/* A long value (the letter) scrolls in its box, which the keyboard can reach. */}
            <dd tabIndex={w.value.length > 120 ? 0 : undefined}>{w.value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
