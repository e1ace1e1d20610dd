// The syntax stage's front door: tag, lemmatise and parse sentences given as word forms.
import { assignClusters, clusterBackoff, maskUnknown, wordIds } from './words';
import { ambiguityClasses, tagSentence } from './tagger';
import { lemmatize } from './lemmatizer';
import { parse } from './parser';
import { hashString } from './weights';
import type { SyntaxModel } from './model';

export type { SyntaxModel } from './model';
export { decodeSyntaxModel } from './model';

/** One parsed sentence, word by word. `head` is 1-based with 0 for the root, as in CoNLL-U. */
export interface ParsedSentence {
  upos: string[];
  xpos: string[];
  lemma: string[];
  head: Int32Array;
  deprel: string[];
}

/** `beam` overrides the model's beam width (1: greedy). */
export function parseWords(m: SyntaxModel, forms: readonly string[], lows?: readonly string[], beam?: number): ParsedSentence {
  const n = forms.length;
  const ids = wordIds(forms, lows);
  assignClusters(ids, m.tagger.clusters);
  maskUnknown(ids, m.tagger.ambiguity);
  // One ambiguity look-up per word, read by the tagger and the parser (and by nothing after this
  // call returns: a view of the model's scratch, as the tagger's own, saves an allocation per sentence).
  const sc = m.tagger.scratch;
  const amb = ambiguityClasses(m.tagger, ids, n, sc ? sc.view('amb', n) : undefined);
  // The tagger caches scores by form, so only when the lower-case forms are its own.
  const tags = tagSentence(m.tagger, ids, n, amb, lows ? undefined : forms);
  const upos = new Array<string>(n);
  const xpos = new Array<string>(n);
  const lemma = new Array<string>(n);
  const known = (lower: string) => {
    const h = hashString(lower);
    return m.tagger.ambiguity.has(h) || m.tagger.clusters.has(h);
  };
  for (let i = 0; i < n; i++) {
    upos[i] = m.tagger.upos[tags[i]];
    xpos[i] = m.tagger.xpos[tags[i]];
    lemma[i] = lemmatize(m.lemmas, forms[i], lows ? lows[i] : forms[i].toLowerCase(), xpos[i], known);
  }
  const parsed = parse(m.parser, { ids: clusterBackoff(ids), tags, amb, n }, beam);
  const head = new Int32Array(n);
  const deprel = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const h = parsed.head[i];
    head[i] = h === n || h < 0 ? 0 : h + 1;
    deprel[i] = h < 0 ? 'dep' : m.parser.labels[parsed.label[i]];
  }
  return { upos, xpos, lemma, head, deprel };
}
