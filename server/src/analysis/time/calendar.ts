// Calendar arithmetic on plain numbers (no Date objects in the hot path except
// Date.UTC for day numbers). Days are counted from 1970-01-01 (day 0).

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

// Howard Hinnant's days-from-civil / civil-from-days: pure integer arithmetic,
// no Date objects, so no allocation in the hot path.
export function dayNumber(y: number, m: number, d: number): number {
  // Month overflow (m = 0 or 13) and day 0 are normalised like Date.UTC does.
  if (m < 1 || m > 12) {
    const t = y * 12 + (m - 1);
    y = Math.floor(t / 12);
    m = t - y * 12 + 1;
  }
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export function weekdayOf(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return DAYS[m - 1];
}

export function isRealYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO week-numbering year and week of a day number. */
export function isoWeek(n: number): { y: number; w: number } {
  const wd = weekdayOf(n);
  const thursday = n + 4 - wd;
  const y = fromDayNumber(thursday).y;
  const jan1 = dayNumber(y, 1, 1);
  return { y, w: Math.floor((thursday - jan1) / 7) + 1 };
}

/** Day number of the Monday of ISO week `w` of ISO year `y`. */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = dayNumber(y, 1, 4);
  return jan4 - (weekdayOf(jan4) - 1) + (w - 1) * 7;
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function pad4(n: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= 4 ? s : '0000'.slice(s.length) + s);
}

export function ymdString(v: Ymd): string {
  return `${pad4(v.y)}-${pad2(v.m)}-${pad2(v.d)}`;
}

export function dayString(n: number): string {
  return ymdString(fromDayNumber(n));
}

export function weekString(n: number): string {
  const w = isoWeek(n);
  return `${pad4(w.y)}-W${pad2(w.w)}`;
}

export function monthString(y: number, m: number): string {
  // Normalise month overflow (m may be 0 or 13 after arithmetic).
  const t = y * 12 + (m - 1);
  const yy = Math.floor(t / 12);
  return `${pad4(yy)}-${pad2(t - yy * 12 + 1)}`;
}

export function quarterString(y: number, q: number): string {
  const t = y * 4 + (q - 1);
  const yy = Math.floor(t / 4);
  return `${pad4(yy)}-Q${t - yy * 4 + 1}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function monthName(m: number): string {
  return MONTH_NAMES[m - 1];
}

export function weekdayName(wd: number): string {
  return WEEKDAY_NAMES[wd - 1];
}
