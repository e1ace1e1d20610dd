// Date helpers shared by the node tests and the extension-host suite (no imports: it runs in both).

/** Sort key of a TIMEX3 date value: `2025-12` → its first day, `2026-W05` → the Monday of ISO week 5. */
export function dateKey(value: string): string {
  let m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (Number(m[2]) - 1) * 7 * 864e5);
    return monday.toISOString().slice(0, 10);
  }
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (m) return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  return '9999-99-99';
}

/** The date part of an Outline label `2026-02-03 · Petro meets Trump` (or `2026-02-03 10:53 · …`, `2026-01-26 (W05) · …`). */
export function labelDate(label: string): string | null {
  const m = /^(\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?)(?: \((W\d{2}|Q\d|H\d|SP|SU|FA|WI)\))?(?:[ T]\d{2}:\d{2})?\s*·/.exec(label.trim());
  if (!m) return null;
  // "2026-01-26 (W05)": the week itself, as a TIMEX3 value.
  return m[2] ? `${m[1].slice(0, 4)}-${m[2]}` : m[1];
}

/** Throws unless the dates are in chronological order (a week or month sorts by its first day). */
export function assertChronological(dates: string[]): void {
  for (let i = 1; i < dates.length; i++) {
    if (dateKey(dates[i - 1]) > dateKey(dates[i])) {
      throw new Error(`not in chronological order: ${dates[i - 1]} comes before ${dates[i]} in [${dates.join(', ')}]`);
    }
  }
}
