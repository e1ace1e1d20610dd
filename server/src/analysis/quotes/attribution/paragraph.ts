// Rule quotes.paragraph-person: a quotation with no credit anywhere in reach, in a paragraph whose
// narration (the words outside quotations) names exactly one person — "Trump spoke only in evasive
// bromides during the interview. “We have to do something …”" — is that person's: news copy does not
// put a stranger's words in a paragraph about someone else. A pronoun counts as its person; a
// possessive ("Trump's plan") names nobody as a speaker.
import { Ctx, type Attribution } from '../context';

/** How far the paragraph is read, in tokens on each side of the quotation. */
const REACH = 80;

export function paragraphPerson(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const para = c.paraOf[q.openTok];
  let only: string | null = null;
  let mention: Attribution['mention'] = null;
  const n = c.tokens.length;
  for (let k = Math.max(0, q.openTok - REACH); k < Math.min(n, q.closeTok + REACH); k++) {
    if (c.paraOf[k] !== para || c.quoteOf[k] >= 0) continue;
    const m = c.mentionAt(k);
    if (!m || m.start !== c.tokens[k].start) continue;
    if (c.isPossessiveMention(k, m)) continue;
    if (only && m.person !== only) return null;
    if (!only) {
      only = m.person;
      mention = { start: m.start, end: m.end, text: m.text };
    }
  }
  return only ? { kind: 'person', person: only, mention, cue: null, rule: 'quotes.paragraph-person' } : null;
}
