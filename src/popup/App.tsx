import { useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '../shared/messages.ts';
import type { Profile } from '../shared/profile.ts';
import type { Progress } from '../shared/progress.ts';
import type { Settings } from '../shared/settings.ts';
import type { PopupClient } from './client.ts';
import { FillPanel } from './components/FillPanel.tsx';
import { LanguageSelect } from './components/LanguageSelect.tsx';
import { LetterPicker } from './components/LetterPicker.tsx';
import { OfficeList } from './components/OfficeList.tsx';
import { ProgressSummary } from './components/ProgressSummary.tsx';
import { ProfileForm } from './components/ProfileForm.tsx';
import { applyUiLanguage, t } from './i18n.ts';

interface Loaded {
  profile: Profile;
  profileFound: boolean;
  reset: string[];
  settings: Settings;
  tab: TabStatus;
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
      setState({ profile: profile.value, profileFound: profile.found, reset: profile.reset, settings: settings.value, tab, progress: progress.value });
      if (!profile.found || profile.reset.length) setView('profile');
    })();
  }, [client]);

  if (!state) return <p class="loading">{t('loading')}</p>;
  const profileReady = state.profileFound && state.reset.length === 0;
  const updateSettings = (settings: Settings) => {
    applyUiLanguage(settings.uiLanguage);
    setState({ ...state, settings });
    void client.saveSettings(settings);
  };
  const frame = state.tab.frames[0]?.status;
  const letter = client.letters.letters.find((l) => l.id === state.settings.letterId) ?? client.letters.letters[0]!;
  const updateProgress = (progress: Progress) => {
    setState({ ...state, progress });
    void client.saveProgress(progress);
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
      {view === 'letter' ? (
        <>
          <FillPanel tab={state.tab} profileReady={profileReady} settings={state.settings} onFill={() => client.fillActiveTab()} onSettings={updateSettings} />
          <OfficeList letter={letter} settings={state.settings} profile={profileReady ? state.profile : null} progress={state.progress}
            onProgress={updateProgress} onOpen={(url) => void client.openTab(url)} />
          <LetterPicker letters={client.letters} settings={state.settings} profile={state.profile}
            office={frame?.office ?? null} messageLimit={frame?.messageLimit ?? null} onChange={updateSettings} />
          <ProgressSummary letters={client.letters} profile={profileReady ? state.profile : null} progress={state.progress} />
        </>
      ) : (
        <ProfileForm profile={state.profile} reset={state.reset} onSave={async (profile) => {
          await client.saveProfile(profile);
          setState({ ...state, profile, profileFound: true, reset: [] });
        }} />
      )}
    </main>
  );
}
