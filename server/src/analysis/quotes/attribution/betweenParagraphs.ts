// Rule quotes.between-paragraphs: a quotation that is a paragraph of its own, between a paragraph whose
// last sentence has a named person as its subject and a paragraph that opens with a quotation credited to
// that same person ("Viguerie is upbeat about Cruz’s chances …, in part because he sees Cruz as a uniter.
// ¶ “Not only can Ted Cruz win in November, …” ¶ “He may be the only one …,” Viguerie notes."): news copy
// gives the middle paragraph to the speaker on both sides (issue 14: a quote-only paragraph between two
// paragraphs of one speaker is that speaker's). Quotation marks on both sides, so a stripped credit
// (neighbours with no quotation) is never taken for one.
import { Ctx, by, type Attribution, personSource } from '../context';
import { clauseStart } from '../phrases';
import { attributeAfter } from './after';

/** How many words (titles, initials) may open the sentence before its subject's name. */
const MAX_LEAD = 4;

export function betweenParagraphs(c: Ctx, qi: number, paraFirstTok: Int32Array): Attribution | null {
  const q = c.raw[qi];
  const para = c.paraOf[q.openTok];
  if (paraFirstTok[para] !== q.openTok || para === 0 || para + 1 >= c.blockCount) return null;
  if (c.paraOf[q.closeTok] !== para || (q.closeTok + 1 < c.tokens.length && c.paraOf[q.closeTok + 1] === para)) return null;
  const inner = c.tokens[q.closeTok - 1];
  if (!inner || !(inner.text === '.' || inner.text === '!' || inner.text === '?')) return null;
  // The next paragraph opens with a quotation credited after it to a named person.
  const next = qi + 1;
  if (next >= c.raw.length || c.raw[next].openTok !== paraFirstTok[para + 1]) return null;
  const after = attributeAfter(c, next);
  if (!after || after.kind !== 'person' || !after.person) return null;
  // The previous paragraph's last sentence has that person as its subject, and no quotation.
  const last = q.openTok - 1;
  if (last < 0 || c.paraOf[last] !== para - 1 || !c.isTerminal(last)) return null;
  const start = clauseStart(c, last, -1);
  for (let j = start; j < last; j++) if (c.quoteOf[j] >= 0) return null;
  for (let j = start; j < Math.min(last, start + MAX_LEAD); j++) {
    const m = c.mentionAt(j);
    if (m && m.kind === 'name') {
      if (m.person !== after.person || c.isPossessiveMention(j, m)) return null;
      return by('quotes.between-paragraphs', personSource(m, null));
    }
    if (!(c.isWord(j) && c.upper(j)) && !c.isNameDot(j)) return null;
  }
  return null;
}
