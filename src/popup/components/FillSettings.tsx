import type { Settings } from '../../shared/settings.ts';
import { t } from '../i18n.ts';
import { AutoFillSite } from './AutoFillSite.tsx';

/**
 * How fills behave: on open or on request, and whether to ask for a reply. Fill on open is a
 * master switch; each office site must also be confirmed here, in the extension's own window.
 */
export function FillSettings({ settings, site, onChange }: { settings: Settings; site?: string | null; onChange(settings: Settings): void }) {
  return (
    <section class="fill fill-settings" aria-labelledby="fill-settings-heading">
      <h2 id="fill-settings-heading">{t('ux_settingsHeading')}</h2>
      <label class="check">
        <input type="checkbox" checked={settings.autoFill} onChange={(e) => onChange({ ...settings, autoFill: e.currentTarget.checked })} />
        {t('settingAutoFill')}
      </label>
      <AutoFillSite site={site} settings={settings} onSettings={onChange} />
      <label class="check">
        <input type="checkbox" checked={settings.wantsResponse} onChange={(e) => onChange({ ...settings, wantsResponse: e.currentTarget.checked })} />
        {t('settingWantsResponse')}
      </label>
      <p class="hint">{t('neverSubmits')}</p>
    </section>
  );
}
