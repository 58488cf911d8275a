import type { Language } from '../shared/letter-kinds.ts';

// The date a letter is signed on, written out as each language writes it ("December 3, 2026",
// "3 декабря 2026 г.", "3 снежня 2026 г."), the same words Intl.DateTimeFormat gives with a long
// month (test/unit/letter-date.test.ts holds them to it). Not Intl itself: making a date format
// loads the locale's data, about 7 ms of script each time the popup opens and draws its preview,
// and again in the background each time it wakes for a fill.

const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  // The genitive: "the 3rd of December".
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  be: ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'],
};

/** The day, in the supporter's own time zone, as a letter in `language` dates itself. */
export function formatDate(date: Date, language: Language): string {
  const day = date.getDate();
  const month = MONTHS[language][date.getMonth()];
  const year = date.getFullYear();
  // "г.": "года", "of the year", in both languages.
  return language === 'en' ? `${month} ${day}, ${year}` : `${day} ${month} ${year} г.`;
}
