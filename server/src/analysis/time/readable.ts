// TIMEX3 values as a reader writes dates: "Tue 3 Feb 2026", "week of 26 Jan 2026", "autumn 2016",
// "10:53". Values that name no calendar time (PRESENT_REF, durations, XXXX-12-25) read as null.
import { dayNumber, fromDayNumber, isoWeekMonday, monthName, weekdayName, weekdayOf } from './calendar';

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

const short = (s: string) => s.slice(0, 3);

function day(y: number, m: number, d: number): string {
  return `${short(weekdayName(weekdayOf(dayNumber(y, m, d))))} ${d} ${short(monthName(m))} ${y}`;
}

/**
 * The value as words, or null. `today` (the dateline, YYYY-MM-DD) lets a time on the dateline's own
 * day read as the time alone.
 */
export function readableTimex(value: string, today: string | null = null): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2})|T(MO|MI|AF|EV|NI|DT))?$/.exec(value))) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    if (m[4]) return value.slice(0, 10) === today ? m[4] : `${day(y, mo, d)}, ${m[4]}`;
    if (m[5]) return `${day(y, mo, d)}, ${PARTS[m[5]]}`;
    return day(y, mo, d);
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = fromDayNumber(isoWeekMonday(+m[1], +m[2]));
    if (m[3]) {
      const sat = fromDayNumber(isoWeekMonday(+m[1], +m[2]) + 5);
      return `weekend of ${sat.d} ${short(monthName(sat.m))} ${sat.y}`;
    }
    return `week of ${monday.d} ${short(monthName(monday.m))} ${monday.y}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return +m[2] >= 1 && +m[2] <= 12 ? `${monthName(+m[2])} ${m[1]}` : null;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return m[1];
  if ((m = /^(\d{3})$/.exec(value))) return `${m[1]}0s`;
  return null;
}
