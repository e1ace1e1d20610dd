// Time expressions: dates, clock times, durations and sets in a news article,
// resolved against the dateline the way newsrooms write them. See DESIGN.md.
import type { Finding, TextModel, TimeExpression } from '../types';
import { dayString, isoWeekMonday, isRealYmd } from './calendar';
import { Scanner } from './scanner';

/**
 * Finds the time expressions of an article. `refDate` is the dateline
 * (`YYYY-MM-DD`) or null; without it relative expressions keep an
 * unresolved value (`XXXX-WXX-2`, `XXXX-12`) and carry `unresolved: true`.
 * Also reports `weekday-mismatch` findings ("Monday, February 3, 2026").
 */
export function findTimes(model: TextModel, refDate: string | null): { times: TimeExpression[]; findings: Finding[] } {
  return new Scanner(model, refDate).run();
}

const SEASON_START: Record<string, string> = { SP: '03-01', SU: '06-01', FA: '09-01', WI: '12-01' };

/** First day (YYYY-MM-DD) of a TIMEX3 date value for sorting: '2026-W05'→'2026-01-26', '2025-12'→'2025-12-01', '2026'→'2026-01-01', '2026-Q1'→'2026-01-01'; null for non-dates (PRESENT_REF, P1M, XXXX-..). */
export function sortKeyOf(value: string): string | null {
  if (!value || value.charCodeAt(0) < 48 || value.charCodeAt(0) > 57) return null; // P…, XXXX, *_REF
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  if (m) return isRealYmd(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return +m[2] >= 1 && +m[2] <= 12 ? `${m[1]}-${m[2]}-01` : null;
  m = /^(\d{4})-W(\d{2})(?:-(\d|WE))?(?:T|$)/.exec(value);
  if (m) {
    const w = +m[2];
    if (w < 1 || w > 53) return null;
    const off = m[3] === undefined ? 0 : m[3] === 'WE' ? 5 : +m[3] - 1;
    return dayString(isoWeekMonday(+m[1], w) + off);
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `${m[1]}-${['01', '04', '07', '10'][+m[2] - 1]}-01`;
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${m[1]}-${SEASON_START[m[2]]}`;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{3}$/.test(value)) return `${value}0-01-01`; // decade
  if (/^\d{2}$/.test(value)) return `${value}00-01-01`; // century
  return null;
}


