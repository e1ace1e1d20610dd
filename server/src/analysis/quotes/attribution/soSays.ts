// Rule quotes.so-says: the sentence after a quotation credits it by an inverted cue after "So" — "LOS
// ANGELES -- ''The stories begin. The stories end. …'' ¶ So says a booming voice at the end of ''Hail,
// Caesar!''". The quotation is a whole sentence (it ends with its own stop), and the credit opens the very
// next sentence, in its paragraph or as the first words of the next one.
import { Ctx, by, type Attribution } from '../context';
import { isCue } from '../phrases';
import { sourceRightOf } from '../sources';

/** How far the source's phrase may run after the cue, in tokens. */
const MAX_SOURCE = 12;

export function soSays(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const inner = c.tokens[q.closeTok - 1];
  if (!inner || !(inner.text === '.' || inner.text === '!' || inner.text === '?')) return null;
  const k = q.closeTok + 1;
  if (k + 2 >= c.tokens.length || c.lw(k) !== 'so' || c.tokens[k].text !== 'So' || c.quoteOf[k] >= 0) return null;
  const para = c.paraOf[q.closeTok];
  if (c.paraOf[k] !== para && c.paraOf[k] !== para + 1) return null;
  if (!isCue(c, k + 1)) return null;
  let limit = k + 2;
  while (limit + 1 < c.tokens.length && limit - k < MAX_SOURCE && c.paraOf[limit + 1] === c.paraOf[k] && c.quoteOf[limit + 1] < 0 && !c.isTerminal(limit + 1) && c.tokens[limit + 1].text !== ',') limit++;
  return by('quotes.so-says', sourceRightOf(c, k + 2, limit, c.span(k + 1, k + 1)));
}
