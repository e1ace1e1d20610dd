// Rule quotes.via: nested attribution. A credit that reaches the reader through another source keeps its
// speaker and records the other source as `via`: "“…,” Trump said, according to CNN" / "According to
// the transcript, Trump said: “…”". Only an "according to" phrase in the cue's own sentence, outside
// quotations, that is not itself the credit.
import { tokenIndexAt } from '../../text/lookup';
import type { TextSpan } from '../../types';
import { Ctx, type Attribution } from '../context';
import { DETERMINERS, RELAY_CUES } from '../lexicon';
import { sourceLeftOf, sourceRightOf } from '../sources';
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
    if (j !== k && same(j) && c.quoteOf[j] < 0 && RELAY_CUES.has(c.id(j))) {
      const relay = relayedBy(c, j, same, a);
      if (relay) return relay;
      continue;
    }
    if (!same(j) || c.quoteOf[j] >= 0 || c.lw(j) !== 'according' || c.lw(j + 1) !== 'to') continue;
    // "according to" closing the text or its sentence names nobody.
    if (!same(j + 2) || c.quoteOf[j + 2] >= 0) continue;
    let limit = j + 2;
    while (same(limit + 1) && c.quoteOf[limit + 1] < 0 && !c.isTerminal(limit + 1) && limit - j < 14) limit++;
    let e = npRight(c, j + 2, limit);
    // "according to a complaint filed …", "audio provided by": a participle after the head is no part of its name.
    for (let x = j + 3; x <= e; x++) {
      if (c.isWord(x) && c.lowerStart(x) && c.lw(x).endsWith('ed')) {
        e = x - 1;
        break;
      }
    }
    if (e < 0 || DETERMINERS.has(c.id(e))) continue;
    const span = c.span(j + 2, e);
    // The phrase that names the speaker is no second source.
    if (a.mention && span.start < a.mention.end && a.mention.start < span.end) continue;
    return span;
  }
  return null;
}

/**
 * The organisation or document that relays the words at relay cue `j`: its subject ("the Times
 * reported") or, inverted, the phrase after it ("reports USA Today"). A person is no relay.
 */
function relayedBy(c: Ctx, j: number, same: (k: number) => boolean, a: Attribution): TextSpan | null {
  let start = j;
  while (same(start - 1) && c.quoteOf[start - 1] < 0 && !c.isTerminal(start - 1) && j - start < 12) start--;
  let end = j;
  while (same(end + 1) && c.quoteOf[end + 1] < 0 && !c.isTerminal(end + 1) && end - j < 12) end++;
  const cue = c.span(j, j);
  // "first reported by BuzzFeed News": the agent after "by".
  const right = c.lw(j + 1) === 'by' ? j + 2 : j + 1;
  const found = sourceLeftOf(c, j, start, cue) ?? (right <= end ? sourceRightOf(c, right, end, cue) : null);
  if (!found || !found.mention || (found.kind !== 'organisation' && found.kind !== 'document')) return null;
  if (a.mention && found.mention.start < a.mention.end && a.mention.start < found.mention.end) return null;
  return found.mention;
}
