// Rule quotes.sentence-end: a comment clause closes the quotation's sentence — "So are a “small
// handful” of companies …, Gilbert said." / "…, said Steve Elmendorf, deputy campaign manager".
import { Ctx, isUpperStart, by, type Attribution } from '../context';
import { classify, isCue, npRight, weakSource } from '../phrases';
import { sourceLeftOf } from '../sources';
import { ADVERBS } from '../lexicon';

/** A comment clause closing the quotation's sentence: "So are a “small handful” of companies …, Gilbert said." */
export function attributeSentenceEnd(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const para = c.paraOf[q.closeTok];
  const n = c.tokens.length;
  let j = q.closeTok + 1;
  const commas: number[] = [];
  let steps = 0;
  while (j < n && c.paraOf[j] === para && steps < 60) {
    const qq = c.quoteOf[j];
    if (qq >= 0) {
      j = c.raw[qq].closeTok + 1;
      commas.length = 0;
      steps++;
      continue;
    }
    if (c.isTerminal(j)) break;
    if (c.tokens[j].text === ',') commas.push(j);
    j++;
    steps++;
  }
  const last = j - 1;
  // Try the comment clause after each of the last three commas, nearest the end first:
  // "…, Gilbert said." / "…, said Steve Elmendorf, deputy campaign manager for John Kerry."
  for (let i = commas.length - 1; i >= 0 && i >= commas.length - 3; i--) {
    const k = commas[i] + 1;
    if (last < k || last - k > 24) continue;
    let v = k;
    while (v <= last && ADVERBS.has(c.id(v))) v++;
    if (v <= last && isCue(c, v)) {
      const e = npRight(c, v + 1, last);
      if (e < 0 || !(e === last || c.tokens[e + 1].text === ',')) continue;
      const a = classify(c, v + 1, e, false, c.span(v, v));
      if (a && (!weakSource(a) || (a.mention && isUpperStart(a.mention.text)))) return by('quotes.sentence-end', a);
      continue;
    }
    if (last - k > 10) continue;
    for (v = k; v <= last && v - k <= 8; v++) {
      if (!isCue(c, v)) continue;
      if (last - v > 5) break;
      const a = sourceLeftOf(c, v, k, c.span(v, v));
      if (a && (a.from ?? -1) <= k + 1) return by('quotes.sentence-end', a);
      break;
    }
  }
  return null;
}
