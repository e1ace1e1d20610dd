import type { Finding, TextSpan } from '../types';
import { findingOf, type RuleInfo } from './rule';

// A hint, not off: anonymous sources are legitimate when the story says why, so the finding should be
// visible (a dotted underline, a line in `check`) without failing a build. Engine, editor and CLI share it.
export const anonymousSource = {
  code: 'anonymous-source',
  defaultSeverity: 'hint',
  title: 'Anonymous source',
  description:
    'A quotation or a paraphrase attributed to an unnamed source ("a senior official", "sources", "a spokesman for the ' +
    'campaign"). Readers cannot judge who is speaking; newsroom practice (AP) asks that the story say why the source ' +
    'is not named and how the source knows.',
  examples: {
    bad: '“The talks have stalled,” a senior official said.',
    good: '“The talks have stalled,” Deputy Minister Ana Ruiz said.',
  },
} as const satisfies RuleInfo<'anonymous-source'>;

/** Called by the quotes stage for each distinct unnamed source (`quote` when it speaks a quotation). */
export function anonymousSourceFinding(source: TextSpan, quote?: number): Finding {
  return findingOf(
    anonymousSource,
    source,
    `Anonymous source ("${source.text}"): readers cannot judge who is speaking; say why the source is not named.`,
    quote,
  );
}
