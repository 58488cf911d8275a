import { browser } from '../shared/browser.ts';
import { LANGUAGES, type Language } from '../shared/letter-kinds.ts';
import type { PanelStrings } from '../shared/messages.ts';
import { panelMessages } from '../shared/panel-messages.ts';
import { PANEL_STYLE } from '../shared/panel-style.ts';
import { read, settingsItem } from '../shared/storage.ts';
import { BUNDLED } from '../shared/ui-messages.ts';

/**
 * The page's panel speaks the popup's language. The browser's own i18n cannot be switched at run
 * time, and the content script never asks it (its first call costs the page a synchronous load of
 * the locale's file), so the words come from here, with the fill that needs them.
 */
export async function panelStrings(): Promise<PanelStrings> {
  const { value } = await read(settingsItem);
  // 'auto': the locale the browser picked for the extension, as the popup shows it.
  const picked = value.uiLanguage === 'auto' ? browser.i18n.getMessage('localeCode') : value.uiLanguage;
  const language: Language = (LANGUAGES as readonly string[]).includes(picked) ? picked as Language : 'en';
  return { language, messages: panelMessages(BUNDLED[language]), style: PANEL_STYLE };
}
