// Rule quotes.anonymous-paraphrase: anonymous sources of paraphrased attributions ("officials said the
// talks had stalled"), which hold no quotation but still deserve the anonymous-source hint.
import type { Finding } from '../types';
import { Ctx, type Attribution } from './context';
import { sourceLeftOf, sourceRightOf } from './sources';
import { anonymousSourceFinding } from '../rules/anonymous-source';

/** Hints for anonymous sources of cues outside quotations; `seen` holds the source spans already reported. */
export function anonymousParaphrases(c: Ctx, seen: Set<string>): Finding[] {
  const findings: Finding[] = [];
  // Anonymous sources of paraphrased attributions ("officials said the talks had stalled").
  for (let k = 0; k < c.tokens.length; k++) {
    const tt = c.tokens[k].text;
    // Cue words are lower-case; a capitalised one starting a sentence is looked up lower-cased (a word
    // with a capital inside, "saiD", is no cue).
    if (c.quoteOf[k] >= 0 || c.tokens[k].kind !== 'word' || !((tt === c.lw(k) || tt.charCodeAt(0) < 97) && (c.isSpeechVerb(k) || c.lw(k) === 'according'))) continue;
    const w = c.lw(k);
    let a: Attribution | null = null;
    if (w === 'according' && c.lw(k + 1) === 'to') {
      a = sourceRightOf(c, k + 2, Math.min(c.tokens.length - 1, k + 14), c.span(k, k + 1));
    } else if (c.isSpeechVerb(k) && c.tokens[k].kind === 'word') {
      const start = Math.max(0, k - 14);
      let lim = k - 1;
      while (lim >= start && c.paraOf[lim] === c.paraOf[k] && c.quoteOf[lim] < 0 && !c.isTerminal(lim)) lim--;
      a = sourceLeftOf(c, k, lim + 1, c.span(k, k));
    }
    if (a && a.kind === 'anonymous' && a.mention) {
      const key = `${a.mention.start}:${a.mention.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        findings.push(anonymousSourceFinding(a.mention));
      }
    }
  }
  return findings;
}
