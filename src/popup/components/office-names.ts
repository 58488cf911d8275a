import type { Seat } from '../../core/progress.ts';
import type { Office } from '../../shared/letter.ts';
import { t } from '../i18n.ts';

const key = (office: string) => office.replace(/-/g, '_');

/** An office as the supporter knows it: "Senator Tammy Duckworth", else "Senator 1 of your state". */
export function seatName(seat: Pick<Seat, 'link' | 'index' | 'person'>): string {
  if (seat.person) return t('ux_senatorNamed', [seat.person.name]);
  return t(`seat_${key(seat.link.office)}`, [String(seat.index + 1)]);
}

/** The office's own contact form when the directory names it, else the official page that leads there. */
export function seatUrl(seat: Pick<Seat, 'link' | 'person'>): string {
  return seat.person?.url ?? seat.link.url;
}

/** A kind of office, in a sentence: "your Senators", "the Department of State". */
export function officeName(office: Office): string {
  return t(`office_${key(office)}`);
}
