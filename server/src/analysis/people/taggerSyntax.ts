// What the name tagger reads of the syntax layer (syntax/layer.ts), per unit: its word's part of
// speech and its neighbours', its relation to its head and the head's lemma ("nsubj" of "say" is
// mostly a person, "obl" under "in" a place), and the same for the top of its name phrase (the
// compound/flat chain a multi-word name forms: "Barack" of "Barack Obama said"). Computed once per
// document by the same code in training (train/train.ts) and tagging (tagger.ts). Without a syntax
// layer there is no UnitSyntax and the tagger reads none of these features.
import type { SyntaxLayer } from '../syntax/layer';
import { hashString } from './features';
import { SyntaxView } from './syntaxRoles';

/** Per unit, hashed syntax facts (0: none). Only scored units and their neighbours are filled. */
export interface UnitSyntax {
  /** XPOS of the unit's head word (PTB tag: NNP, NNPS, NN, JJ…). */
  xpos: Int32Array;
  /** Its UD relation to its head. */
  rel: Int32Array;
  /** Relation plus the head's lower-case lemma ("nsubj" + "say"). */
  relHead: Int32Array;
  /** Relation plus the head's UPOS. */
  relHeadPos: Int32Array;
  /** The name phrase's top (compound/flat chain climbed): its relation plus its head's lemma (0 when the unit is the top). */
  topRelHead: Int32Array;
  /** The lower-case lemma of the phrase top when it is a common noun ("chairman" of "Deportivo chairman"). */
  topNoun: Int32Array;
  /** The lemma of the phrase top's case marker ("in", "of", "at", "'s"). */
  topCase: Int32Array;
  /** The lemma of a common noun in apposition with the phrase top ("a lawyer", "the company"). */
  appos: Int32Array;
}

/** Relations that join the words of one name phrase. */
const CHAIN = new Set(['compound', 'flat', 'flat:name', 'fixed']);
/** Chain climbs stop here (a malformed head chain can never loop). */
const MAX_CLIMB = 8;

export function unitSyntax(layer: SyntaxLayer, units: ReadonlyArray<{ start: number; end: number }>, scored: Uint8Array): UnitSyntax {
  const n = units.length;
  const out: UnitSyntax = {
    xpos: new Int32Array(n),
    rel: new Int32Array(n),
    relHead: new Int32Array(n),
    relHeadPos: new Int32Array(n),
    topRelHead: new Int32Array(n),
    topNoun: new Int32Array(n),
    topCase: new Int32Array(n),
    appos: new Int32Array(n),
  };
  const view = new SyntaxView(layer, units);
  const words = layer.words;
  // Children lists are needed only for the case marker and appositions of phrase tops: one pass.
  const caseOf = new Int32Array(words.length).fill(-1);
  const apposOf = new Int32Array(words.length).fill(-1);
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.head < 0) continue;
    if (w.deprel === 'case' && caseOf[w.head] < 0) caseOf[w.head] = k;
    else if (w.deprel === 'appos') {
      if (apposOf[w.head] < 0) apposOf[w.head] = k;
      if (apposOf[k] < 0) apposOf[k] = w.head;
    }
  }
  const lemma = (k: number) => words[k].lemma.toLowerCase();
  const fill = (i: number) => {
    if (out.xpos[i] !== 0) return;
    const w = view.headOf(i, i + 1);
    if (w < 0) return;
    const word = words[w];
    out.xpos[i] = hashString(word.xpos);
    if (!scored[i]) return;
    out.rel[i] = hashString(word.deprel);
    const h = word.head;
    out.relHead[i] = hashString(word.deprel + ' ' + (h >= 0 ? lemma(h) : '<root>'));
    out.relHeadPos[i] = hashString(word.deprel + ' ' + (h >= 0 ? words[h].upos : '<root>'));
    let top = w;
    for (let d = 0; d < MAX_CLIMB && CHAIN.has(words[top].deprel) && words[top].head >= 0; d++) top = words[top].head;
    if (top !== w) {
      const th = words[top].head;
      out.topRelHead[i] = hashString(words[top].deprel + ' ' + (th >= 0 ? lemma(th) : '<root>'));
      if (words[top].upos === 'NOUN') out.topNoun[i] = hashString(lemma(top));
    }
    const c = caseOf[top];
    if (c >= 0) out.topCase[i] = hashString(lemma(c));
    const a = apposOf[top];
    if (a >= 0 && words[a].upos === 'NOUN') out.appos[i] = hashString(lemma(a));
  };
  for (let i = 0; i < n; i++) {
    if (!scored[i]) continue;
    if (i > 0) fill(i - 1);
    fill(i);
    if (i + 1 < n) fill(i + 1);
  }
  return out;
}
