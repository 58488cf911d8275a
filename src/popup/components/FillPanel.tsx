import { useState } from 'preact/hooks';
import type { FillReport, TabStatus } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings.ts';
import { t } from '../i18n.ts';
import { AutoFillSite } from './AutoFillSite.tsx';
import { FilledFields } from './FilledFields.tsx';

interface Props {
  tab: TabStatus;
  profileReady: boolean;
  settings: Settings;
  onFill(): Promise<FillReport[]>;
  onSettings(settings: Settings): void;
}

function summary(reports: FillReport[]): string {
  const done = reports.filter((r) => r.problem === null);
  if (reports.some((r) => r.problem === 'waiting-for-form')) return t('fillWaiting');
  if (reports.some((r) => r.problem === 'posts-elsewhere')) return t('trustPostsElsewhere');
  if (!done.length) return t('fillNoForm');
  const filled = done.reduce((n, r) => n + r.filled, 0);
  const left = done.reduce((n, r) => n + r.left.length, 0);
  const captcha = done.some((r) => r.captcha);
  return [t('fillDone', [String(filled)]), left ? t('fillLeft', [String(left)]) : '', t(captcha ? 'noticeCaptchaAndSubmit' : 'noticeSubmit')]
    .filter(Boolean).join(' ');
}

/** "Fill this page", what happened, and the fill settings. */
export function FillPanel({ tab, profileReady, settings, onFill, onSettings }: Props) {
  const [result, setResult] = useState('');
  const [reports, setReports] = useState<FillReport[]>([]);
  const [busy, setBusy] = useState(false);
  const recognised = tab.frames.length > 0;

  async function fill() {
    setBusy(true);
    try {
      const done = await onFill();
      setReports(done);
      setResult(summary(done));
    } catch {
      setResult(t('fillFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="fill" aria-labelledby="fill-heading">
      <h2 id="fill-heading">{t('fillHeading')}</h2>
      <p class="page-state">{recognised ? t('pageRecognised') : t('pageNotRecognised')}</p>
      <button type="button" class="primary" id="fill-page" disabled={busy || !profileReady} onClick={fill}>{t('fillButton')}</button>
      {!profileReady && <p class="hint">{t('fillNeedsProfile')}</p>}
      <p class="status" role="status" id="fill-result">{result}</p>
      <FilledFields reports={reports} />
      <label class="check">
        <input type="checkbox" checked={settings.autoFill} onChange={(e) => onSettings({ ...settings, autoFill: e.currentTarget.checked })} />
        {t('settingAutoFill')}
      </label>
      <AutoFillSite site={tab.site} settings={settings} onSettings={onSettings} />
      <label class="check">
        <input type="checkbox" checked={settings.wantsResponse} onChange={(e) => onSettings({ ...settings, wantsResponse: e.currentTarget.checked })} />
        {t('settingWantsResponse')}
      </label>
      <p class="hint">{t('neverSubmits')}</p>
    </section>
  );
}
