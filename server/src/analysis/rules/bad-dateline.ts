import type { Finding, TextModel } from '../types';
import { findingOf, type RuleInfo } from './rule';

export const badDateline = {
  code: 'bad-dateline',
  defaultSeverity: 'error',
  title: 'Dateline is not a real date',
  description:
    'The first line’s ` date YYYY-MM-DD` marker names a day that does not exist on the calendar. Every relative date in ' +
    'the article ("Tuesday", "last week") is resolved against the dateline, so they are all left unresolved.',
  examples: {
    bad: ' date 2026-02-30 The council met on Tuesday.',
    good: ' date 2026-02-03 The council met on Tuesday.',
  },
} as const satisfies RuleInfo<'bad-dateline'>;

/** The whole check: the segmenter marks an impossible dateline with a null value. */
export function checkDateline(model: TextModel): Finding[] {
  const d = model.dateline;
  if (!d || d.value !== null) return [];
  return [findingOf(badDateline, d, `The dateline "${d.text}" is not a real calendar date; relative dates are left unresolved.`)];
}
