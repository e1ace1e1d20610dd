import type { Finding, Span } from '../types';
import { findingOf, type RuleInfo } from './rule';

export const weekdayMismatch = {
  code: 'weekday-mismatch',
  defaultSeverity: 'warning',
  title: 'Weekday does not match the date',
  description:
    'A weekday written next to a full date that falls on another day of the week. One of the two is wrong, and ' +
    'relative dates resolved from it ("Tuesday", "the next day") may be wrong too.',
  examples: {
    bad: 'The vote was held on Monday, February 3, 2026.',
    good: 'The vote was held on Tuesday, February 3, 2026.',
  },
} as const satisfies RuleInfo<'weekday-mismatch'>;

/**
 * Called by the time scanner: `written` is the weekday as written, `date` the full date in words
 * ("February 3, 2026"), `actual` the weekday that date falls on.
 */
export function weekdayMismatchFinding(span: Span, written: string, date: string, actual: string): Finding {
  return findingOf(weekdayMismatch, span, `“${written}” does not match the date: ${date} is a ${actual}. Check the day or the date.`);
}
