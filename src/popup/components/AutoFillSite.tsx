import type { Settings } from '../../shared/settings.ts';
import { t } from '../i18n.ts';

interface Props {
  /** The office site open in the active tab (its top-level host), or null on any other page. */
  site: string | null | undefined;
  settings: Settings;
  onSettings(settings: Settings): void;
}

/**
 * Fill on open, confirmed one office site at a time, here in the extension's own window: a page
 * loading is never a reason to fill, and a site the person did not tick here never fills by itself.
 */
export function AutoFillSite({ site, settings, onSettings }: Props) {
  if (!site) return null;
  const confirmed = settings.autoFill && settings.autoFillSites.includes(site);
  const others = settings.autoFillSites.filter((s) => s !== site);
  const change = (on: boolean) => onSettings(on
    ? { ...settings, autoFill: true, autoFillSites: [...others, site] }
    : { ...settings, autoFillSites: others });
  return (
    <div class="auto-fill-site">
      <label class="check">
        <input type="checkbox" id="auto-fill-site" checked={confirmed} onChange={(e) => change(e.currentTarget.checked)} />
        {t('trustAutoFillSite', [site])}
      </label>
      <p class="hint">{t('trustAutoFillSiteHint')}</p>
    </div>
  );
}
