// Rule quotes.via: nested attribution. A credit that reaches the reader through another source keeps its
// speaker and records the other source as `via`: "“…,” Trump said, according to CNN" / "According to
// the transcript, Trump said: “…”". Only an "according to" phrase in the cue's own sentence, outside
// quotations, that is not itself the credit.
import { tokenIndexAt } from '../../text/lookup';
import type { TextSpan } from '../../types';
import { Ctx, isLowerStart, type Attribution } from '../context';
import { DETERMINERS } from '../lexicon';
import { npRight } from '../phrases';

/** How far from the cue, in tokens, the secondary source is looked for. */
const REACH = 40;

/** The secondary source of attribution `a`, or null. */
export function viaOf(c: Ctx, a: Attribution): TextSpan | null {
  if (!a.cue || a.cue.text.toLowerCase() === 'according' || a.cue.text.toLowerCase().startsWith('according ')) return null;
  const k = tokenIndexAt(c.tokens, a.cue.start);
  if (k < 0 || c.tokens[k].start !== a.cue.start) return null;
  const sentence = c.tokens[k].sentence;
  const para = c.paraOf[k];
  const same = (j: number) => j >= 0 && j < c.tokens.length && c.tokens[j].sentence === sentence && c.paraOf[j] === para;
  for (let j = Math.max(0, k - REACH); j < Math.min(c.tokens.length - 1, k + REACH); j++) {
    if (!same(j) || c.quoteOf[j] >= 0 || c.lw(j) !== 'according' || c.lw(j + 1) !== 'to') continue;
    // "according to" closing the text or its sentence names nobody.
    if (!same(j + 2) || c.quoteOf[j + 2] >= 0) continue;
    let limit = j + 2;
    while (same(limit + 1) && c.quoteOf[limit + 1] < 0 && !c.isTerminal(limit + 1) && limit - j < 14) limit++;
    let e = npRight(c, j + 2, limit);
    // "according to a complaint filed …", "audio provided by": a participle after the head is no part of its name.
    for (let x = j + 3; x <= e; x++) {
      if (c.isWord(x) && isLowerStart(c.tokens[x].text) && c.lw(x).endsWith('ed')) {
        e = x - 1;
        break;
      }
    }
    if (e < 0 || DETERMINERS.has(c.lw(e))) continue;
    const span = c.span(j + 2, e);
    // The phrase that names the speaker is no second source.
    if (a.mention && span.start < a.mention.end && a.mention.start < span.end) continue;
    return span;
  }
  return null;
}
