import be from '../../public/_locales/be/messages.json';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import type { Language } from './letter-kinds.ts';
import type { Messages } from './format-message.ts';

// browser.i18n follows the browser's language and cannot be switched at run time
// (https://developer.chrome.com/docs/extensions/reference/api/i18n), so the popup carries the
// same files and reads the language the supporter chose; the background hands the page's panel
// that language's messages (the content script carries none).

export type { MessageEntry, Messages } from './format-message.ts';
export { formatMessage, pluralKey, withNamedPlaceholders } from './format-message.ts';

export const BUNDLED: Record<Language, Messages> = { en, ru, be };

