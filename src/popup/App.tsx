import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { officesFor } from '../core/offices-for.ts';
import type { TabStatus } from '../shared/messages.ts';
import type { Profile } from '../shared/profile.ts';
import type { Progress } from '../shared/progress.ts';
import type { Settings } from '../shared/settings.ts';
import type { PopupClient } from './client.ts';
import { ActionCard } from './components/ActionCard.tsx';
import { BackupPanel } from './components/BackupPanel.tsx';
import { FillSettings } from './components/FillSettings.tsx';
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

type View = 'profile' | 'letter' | 'offices';
/** The supporter's path, in order: details, then the letter, then the offices. */
const STEPS: { view: View; label: string }[] = [
  { view: 'profile', label: 'tabProfile' },
  { view: 'letter', label: 'tabLetter' },
  { view: 'offices', label: 'ux_tabOffices' },
];

/** The popup: load what is stored, then lead from the details to the letter to the offices. */
export function App({ client }: { client: PopupClient }) {
  const [state, setState] = useState<Loaded | null>(null);
  const [view, setView] = useState<View>('letter');

  // Read as soon as the popup is drawn, not after its first paint (when an effect would run): the
  // reads then overlap that paint, and the form follows it sooner.
  useLayoutEffect(() => {
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

  // The page's own first paint (index.html) with a word while what is stored is read.
  if (!state) return <div class="shell"><header><h1>{t('extName')}</h1></header><p class="loading">{t('loading')}</p></div>;
  const profileReady = state.profileFound && state.reset.length === 0;
  const updateSettings = (settings: Settings) => {
    applyUiLanguage(settings.uiLanguage);
    setState((s) => s && { ...s, settings, settingsReset: [] });
    void client.saveSettings(settings).catch(() => {});
  };
  const frame = state.tab.frames[0]?.status;
  const letter = client.letters.letters.find((l) => l.id === state.settings.letterId) ?? client.letters.letters[0]!;
  const links = officesFor(letter, profileReady ? state.profile : null);
  const changeProgress = (change: (progress: Progress) => Progress) => {
    setState((s) => s && { ...s, progress: change(s.progress) });
    void client.changeProgress(change).then((progress) => setState((s) => s && { ...s, progress })).catch(() => {});
  };
  const changeLetter = () => {
    const choice = document.getElementById('letter-id');
    choice?.scrollIntoView({ block: 'start' });
    choice?.focus();
  };

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <LanguageSelect value={state.settings.uiLanguage} onChange={(uiLanguage) => updateSettings({ ...state.settings, uiLanguage })} />
        <nav aria-label={t('navLabel')}>
          {STEPS.map((step) => (
            <button type="button" aria-pressed={view === step.view} id={`step-${step.view}`} onClick={() => setView(step.view)}>
              {t(step.label)}
            </button>
          ))}
        </nav>
      </header>
      {!state.profileFound && <p class="intro" id="intro">{t('ux_intro')}</p>}
      <StorageNotice newer={state.newer} settingsReset={state.settingsReset} />
      {view === 'letter' && (
        <>
          <ActionCard tab={state.tab} letters={client.letters} letter={letter} settings={state.settings}
            profile={profileReady ? state.profile : null} progress={state.progress} links={links}
            onFill={() => client.fillActiveTab()} onOpen={(url) => void client.openTab(url)}
            onChangeLetter={changeLetter} onDetails={() => setView('profile')} />
          <LetterPicker letters={client.letters} settings={state.settings} profile={state.profile}
            office={frame?.office ?? null} messageLimit={frame?.messageLimit ?? null} onChange={updateSettings} />
          <FillSettings settings={state.settings} site={state.tab.site} onChange={updateSettings} />
        </>
      )}
      {view === 'offices' && (
        <>
          <OfficeList letter={letter} links={links} progress={state.progress}
            onChange={changeProgress} onOpen={(url) => void client.openTab(url)} />
          <ProgressSummary letters={client.letters} profile={profileReady ? state.profile : null} progress={state.progress} />
        </>
      )}
      {view === 'profile' && (
        <>
          <ProfileForm key={state.revision} profile={state.profile} reset={state.reset} firstRun={!state.profileFound} onSave={async (profile) => {
            const firstRun = !state.profileFound;
            await client.saveProfile(profile);
            setState((s) => s && { ...s, profile, profileFound: true, reset: [] });
            // The first save leads on to the letter, with Fill ready when this tab holds a form.
            if (firstRun) setView('letter');
          }} />
          {client.backup && <BackupPanel backup={client.backup} onImported={() => void reload()} />}
        </>
      )}
    </main>
  );
}
