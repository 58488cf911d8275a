import { withNamedPlaceholders, type Messages } from './format-message.ts';

/**
 * The messages the page's panel shows (content/panel.ts), and only those: every official page
 * that shows the panel receives them, and a whole language's file is a hundred kilobytes to copy.
 * Plural families (`ux_filledFields_one`…) and seat names come whole.
 */
export const PANEL_MESSAGE = /^(extName|localeCode|officesAllDone|panel[A-Z]\w*|ux_panel[A-Z]\w*|ux_filledFields_\w+|ux_written_\w+|ux_senatorNamed|seat_\w+|engineChosen[A-Z]\w*)$/;

/** A language's panel messages, their named placeholders resolved (the page's script fills in only $1…$9). */
export function panelMessages(messages: Messages): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => PANEL_MESSAGE.test(key)).map(([key, entry]) => [key, withNamedPlaceholders(entry)]));
}
