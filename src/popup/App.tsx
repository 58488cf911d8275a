import { useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '../shared/messages.ts';
import type { Profile } from '../shared/profile.ts';
import type { Progress } from '../shared/progress.ts';
import type { Settings } from '../shared/settings.ts';
import type { PopupClient } from './client.ts';
import { BackupPanel } from './components/BackupPanel.tsx';
import { FillPanel } from './components/FillPanel.tsx';
import { LanguageSelect } from './components/LanguageSelect.tsx';
import { LetterPicker } from './components/LetterPicker.tsx';
import { OfficeList } from './components/OfficeList.tsx';
import { ProgressSummary } from './components/ProgressSummary.tsx';
import { ProfileForm } from './components/ProfileForm.tsx';
import { StorageNotice } from './components/StorageNotice.tsx';
import { applyUiLanguage, t } from './i18n.ts';

interface Loaded {
  profile: Profile;
  profileFound: boolean;
  reset: string[];
  settings: Settings;
  tab: TabStatus;
  /** Something stored came from a newer version of the extension. */
  newer: boolean;
  settingsReset: string[];
  /** Bumped when the stored profile changes under the form (an import, another popup): the form starts afresh. */
  revision: number;
  /** Which offices were written to, per letter. */
  progress: Progress;
}

/** The popup: load what is stored, then show the fill, the letter and the profile. */
export function App({ client }: { client: PopupClient }) {
  const [state, setState] = useState<Loaded | null>(null);
  const [view, setView] = useState<'letter' | 'profile'>('letter');

  useEffect(() => {
    void (async () => {
      const [profile, settings, tab, progress] = await Promise.all([
        client.loadProfile(), client.loadSettings(), client.activeTabStatus().catch(() => ({ frames: [] })), client.loadProgress(),
      ]);
      applyUiLanguage(settings.value.uiLanguage);
      setState({ profile: profile.value, profileFound: profile.found, reset: profile.reset, settings: settings.value, tab,
        newer: !!profile.newer || !!settings.newer, settingsReset: settings.reset, revision: 0, progress: progress.value });
      if (!profile.found || profile.reset.length) setView('profile');
    })();
  }, [client]);

  // Another popup, a tab or an import changed what is stored: show it.
  useEffect(() => client.watchStored?.({
    profile: (p) => setState((s) => s && { ...s, profile: p.value, profileFound: p.found, reset: p.reset, newer: s.newer || !!p.newer, revision: s.revision + 1 }),
    settings: (changes) => setState((s) => s && { ...s, settings: { ...s.settings, ...changes } }),
  }), [client]);

  // A submit recorded while the popup is open (in another window), or a correction in another popup.
  useEffect(() => client.watchProgress?.((progress) => setState((s) => s && { ...s, progress })), [client]);

  const reload = async () => {
    const [profile, settings] = await Promise.all([client.loadProfile(), client.loadSettings()]);
    setState((s) => s && { ...s, profile: profile.value, profileFound: profile.found, reset: profile.reset,
      settings: settings.value, settingsReset: settings.reset, revision: s.revision + 1 });
  };

  if (!state) return <p class="loading">{t('loading')}</p>;
  const profileReady = state.profileFound && state.reset.length === 0;
  const updateSettings = (settings: Settings) => {
    applyUiLanguage(settings.uiLanguage);
    setState((s) => s && { ...s, settings, settingsReset: [] });
    void client.saveSettings(settings).catch(() => {});
  };
  const frame = state.tab.frames[0]?.status;
  const letter = client.letters.letters.find((l) => l.id === state.settings.letterId) ?? client.letters.letters[0]!;
  const changeProgress = (change: (progress: Progress) => Progress) => {
    setState((s) => s && { ...s, progress: change(s.progress) });
    void client.changeProgress(change).then((progress) => setState((s) => s && { ...s, progress })).catch(() => {});
  };

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <LanguageSelect value={state.settings.uiLanguage} onChange={(uiLanguage) => updateSettings({ ...state.settings, uiLanguage })} />
        <nav aria-label={t('navLabel')}>
          <button type="button" aria-pressed={view === 'letter'} onClick={() => setView('letter')}>{t('tabLetter')}</button>
          <button type="button" aria-pressed={view === 'profile'} onClick={() => setView('profile')}>{t('tabProfile')}</button>
        </nav>
      </header>
      <StorageNotice newer={state.newer} settingsReset={state.settingsReset} />
      {view === 'letter' ? (
        <>
          <FillPanel tab={state.tab} profileReady={profileReady} settings={state.settings} onFill={() => client.fillActiveTab()} onSettings={updateSettings} />
          <OfficeList letter={letter} settings={state.settings} profile={profileReady ? state.profile : null} progress={state.progress}
            onChange={changeProgress} onOpen={(url) => void client.openTab(url)} />
          <LetterPicker letters={client.letters} settings={state.settings} profile={state.profile}
            office={frame?.office ?? null} messageLimit={frame?.messageLimit ?? null} onChange={updateSettings} />
          <ProgressSummary letters={client.letters} profile={profileReady ? state.profile : null} progress={state.progress} />
        </>
      ) : (
        <>
          <ProfileForm key={state.revision} profile={state.profile} reset={state.reset} onSave={async (profile) => {
            await client.saveProfile(profile);
            setState((s) => s && { ...s, profile, profileFound: true, reset: [] });
          }} />
          {client.backup && <BackupPanel backup={client.backup} onImported={() => void reload()} />}
        </>
      )}
    </main>
  );
}
