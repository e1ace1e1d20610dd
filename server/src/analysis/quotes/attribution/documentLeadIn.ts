// Rule quotes.document-lead-in: a bare quotation that closes its paragraph right after a sentence naming
// a text it reproduces — a statement, a tweet, a letter — owned by a person ("Donald Trump's first tweet
// Sunday morning was a fairly measured comment about the deadly mass shooting. “Really bad shooting in
// Orlando. …”") or issued by a person or an organisation ("the DNC issued a statement apologizing to
// Sanders …. ¶ “On behalf of everyone at the DNC, …”"). News copy quotes the text it has just named: the
// quotation is its owner's writing. The sentence must end right before the opening mark, in the same
// paragraph or closing the paragraph before one the quotation opens, and hold no quotation of its own.
import { Ctx, by, type Attribution, personSource } from '../context';
import { classify, clauseStart, npLeft } from '../phrases';
import { issuerOf } from './before';
import { DOCUMENT_LEAD_NOUNS } from '../lexicon';

/** How many modifiers may stand between a possessor and the text's noun ("Trump's first tweet"). */
const MAX_MODIFIERS = 3;

export function documentLeadIn(c: Ctx, qi: number, paraFirstTok: Int32Array): Attribution | null {
  const q = c.raw[qi];
  const para = c.paraOf[q.openTok];
  const k = q.openTok - 1;
  if (k < 0 || c.quoteOf[k] >= 0 || !c.isTerminal(k)) return null;
  if (c.paraOf[k] !== para && (c.paraOf[k] !== para - 1 || paraFirstTok[para] !== q.openTok)) return null;
  // The quotation closes its paragraph (the text quoted whole, not a fragment before more narration).
  if (q.closeTok + 1 < c.tokens.length && c.paraOf[q.closeTok + 1] === para) return null;
  const start = clauseStart(c, k, -1);
  for (let j = start; j < k; j++) if (c.quoteOf[j] >= 0) return null;
  for (let j = start; j < k; j++) {
    if (!DOCUMENT_LEAD_NOUNS.has(c.id(j)) || !c.isWord(j)) continue;
    const cue = c.span(j, j);
    const owner = possessorOf(c, j, start);
    if (owner) return by('quotes.document-lead-in', { ...owner, cue });
    // "the DNC issued a statement": the subject of the verb that issues the text.
    const s = npLeft(c, j, start);
    const text = s >= 0 ? classify(c, s, j, true, cue) : null;
    const issuer = text && text.kind === 'document' ? issuerOf(c, text, start) : null;
    if (issuer && (issuer.kind === 'person' || issuer.kind === 'organisation')) return by('quotes.document-lead-in', { ...issuer, cue });
  }
  return null;
}

/** The named person whose possessive stands before the noun at j, over a few modifiers ("Trump's first tweet"). */
function possessorOf(c: Ctx, j: number, start: number): Attribution | null {
  for (let p = j - 1; p >= start && j - p <= MAX_MODIFIERS + 1; p--) {
    const m = c.mentionAt(p);
    if (m && m.kind === 'name') {
      let first = p;
      while (first - 1 >= start && c.tokens[first - 1].start >= m.start) first--;
      if (!c.isPossessiveMention(first, m)) return null;
      return personSource(m, null);
    }
    if (!c.isWord(p) && !c.isLooseApostrophe(p) && !c.isCliticS(p)) return null;
  }
  return null;
}
