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

/**
 * Called for every opening mark the scanner could not pair. `closeAt` is where the closing mark goes when
 * that is certain (nothing else in the paragraph could end the quotation); otherwise no fix is offered.
 */
export function unbalancedQuoteFinding(mark: Span, closeAt: number | null = null): Finding {
  if (closeAt === null) {
    return findingOf(unbalancedQuote, mark, 'This opening quotation mark is never closed; where the quotation ends is not certain, so no fix is offered.');
  }
  return { ...findingOf(unbalancedQuote, mark, 'This opening quotation mark is never closed.'), closeAt };
}
