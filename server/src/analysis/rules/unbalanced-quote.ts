import type { Finding, Span } from '../types';
import { findingOf, type RuleInfo } from './rule';

export const unbalancedQuote = {
  code: 'unbalanced-quote',
  defaultSeverity: 'warning',
  title: 'Quotation mark never closed',
  description:
    'An opening quotation mark with no closing mark before the quotation would have to end. A quotation running over ' +
    'several paragraphs is fine when each of its paragraphs opens with a mark and only the last one closes; an ' +
    'unclosed mark otherwise leaves the reader unsure where the speaker’s words stop.',
  examples: {
    bad: '“We will rebuild, Okafor said.',
    good: '“We will rebuild,” Okafor said.',
  },
} as const satisfies RuleInfo<'unbalanced-quote'>;

/** Called by the quote-mark scanner for every opening mark it could not pair. */
export function unbalancedQuoteFinding(mark: Span): Finding {
  return findingOf(unbalancedQuote, mark, 'This opening quotation mark is never closed.');
}
