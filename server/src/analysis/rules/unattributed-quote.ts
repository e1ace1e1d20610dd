import type { Finding, Quote } from '../types';
import { findingOf, type RuleInfo } from './rule';

export const unattributedQuote = {
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  title: 'Quotation without a speaker',
  description:
    'A quotation nobody is credited with. Readers must always know who is speaking. A quotation that continues the ' +
    'previous speaker (same paragraph, or the paragraph right after) or is attributed with a pronoun ("he said") counts ' +
    'as attributed; a short partial quotation inside a sentence ("called it “a disaster”") is not flagged.',
  examples: {
    bad: '“We will rebuild the bridge by March.”',
    good: '“We will rebuild the bridge by March,” Okafor said.',
  },
} as const satisfies RuleInfo<'unattributed-quote'>;

/** Called by the quotes stage for quotation `index` once it found no source for it. */
export function unattributedQuoteFinding(q: Quote, index: number): Finding {
  return findingOf(unattributedQuote, q, 'This quotation has no speaker: say who said it.', index);
}
