import type { Language } from '../shared/letter-kinds.ts';

// Written out here rather than by Intl: browsers ship no Belarusian month names, and the popup
// must say the date a letter's facts are from in the supporter's language.
const MONTHS: Record<Language, { alone: string[]; of: string[] }> = {
  en: {
    alone: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    of: [],
  },
  ru: {
    alone: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    of: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  },
  be: {
    alone: ['студзень', 'люты', 'сакавік', 'красавік', 'май', 'чэрвень', 'ліпень', 'жнівень', 'верасень', 'кастрычнік', 'лістапад', 'снежань'],
    of: ['студзеня', 'лютага', 'сакавіка', 'красавіка', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня', 'кастрычніка', 'лістапада', 'снежня'],
  },
};

/** "2021-06-07" → "June 7, 2021" / "7 июня 2021 года"; "2020-12" → "December 2020" / "декабрь 2020 года". */
export function factsDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number | undefined];
  const months = MONTHS[language];
  if (language === 'en') return day ? `${months.alone[month - 1]} ${day}, ${year}` : `${months.alone[month - 1]} ${year}`;
  return day ? `${day} ${months.of[month - 1]} ${year} года` : `${months.alone[month - 1]} ${year} года`;
}
