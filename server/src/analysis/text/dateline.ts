import type { Dateline } from '../types';

// The article format starts with ` date YYYY-MM-DD ` (optionally after a BOM).
// Anchored and bounded, so it is linear on any input.
const DATELINE = /^\uFEFF?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=[ \t\r\n]|$)[ \t]*/;

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Reads the dateline marker at the top of the text. The span covers `date YYYY-MM-DD`. */
export function parseDateline(text: string): (Dateline & { bodyStart: number }) | null {
  const m = DATELINE.exec(text.slice(0, 64));
  if (!m) return null;
  const start = m[0].indexOf('date');
  const end = m[0].indexOf(m[3], start + 12) + 2;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const value = isRealDate(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  return { start, end, text: text.slice(start, end), value, bodyStart: m[0].length };
}

/** Valid `YYYY-MM-DD` string or null. */
export function normalizeDateOption(date: string | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? date : null;
}
