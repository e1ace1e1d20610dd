// CoNLL 2018-style scores on gold tokenisation: UPOS, XPOS, lemma (case-insensitive), UAS, LAS
// (punctuation included, LAS on the universal part of the relation).
import type { ConlluSentence } from '../conllu';
import type { ParsedSentence } from '../index';

export interface SyntaxScores {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

export function scoreSyntax(gold: ConlluSentence[], pred: ParsedSentence[]): SyntaxScores {
  let n = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  const univ = (r: string) => r.split(':')[0];
  gold.forEach((g, si) => {
    const p = pred[si];
    g.words.forEach((w, i) => {
      n++;
      if (p.upos[i] === w.upos) upos++;
      if (p.xpos[i] === w.xpos) xpos++;
      if (p.lemma[i].toLowerCase() === w.lemma.toLowerCase()) lemma++;
      if (p.head[i] === w.head) {
        uas++;
        if (univ(p.deprel[i]) === univ(w.deprel)) las++;
      }
    });
  });
  const r = (x: number) => (n ? x / n : 0);
  return { words: n, upos: r(upos), xpos: r(xpos), lemma: r(lemma), uas: r(uas), las: r(las) };
}
