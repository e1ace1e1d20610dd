// Part-of-speech tagger: a greedy left-to-right averaged perceptron over (UPOS, XPOS) pairs, trained on
// UD English EWT by train/train.ts. Besides the words around it, each decision sees the two tags it
// just chose and the *ambiguity classes* of the next words (the set of tags a word had in training),
// which stands in for the right context's tags a greedy tagger cannot see yet. A second pass also
// sees the first pass's tags to the right, but only for words the first pass was unsure of (margin
// below `gate`): on EWT dev that is ≈ 15% of words for the whole of the second pass's gain.
import { feat, type Weights, type DenseWeights } from './weights';
import type { WordIds } from './words';

export const TAGGER_FEATURES = 48;

/** Ambiguity class of word `i` (0 when the word was not seen in training). */
export type AmbiguityOf = (i: number) => number;

const BOS = -1;
const EOS = -2;

/** Fills `out` with the hashed features of word `i`; returns how many. */
export function taggerFeatures(ids: WordIds, n: number, i: number, p1: number, p2: number, amb: Int32Array, out: Int32Array, first: Int32Array | null): number {
  return contextFeatures(ids, n, i, p1, p2, amb, out, first, wordFeatures(ids, i, amb, out, 0));
}

/**
 * The features that read nothing but word `i` itself (its form, affixes, shape, ambiguity class and
 * cluster, and the bias): the same wherever the word stands, so the run time sums their weights once
 * per word form (WordScores). Written from `out[from]`; returns the new count.
 */
export function wordFeatures(ids: WordIds, i: number, amb: Int32Array, out: Int32Array, from: number): number {
  const w0 = ids.low[i];
  let f = from;
  out[f++] = feat(0, 0);
  out[f++] = feat(1, w0);
  out[f++] = feat(6, ids.suf1[i]);
  out[f++] = feat(7, ids.suf2[i]);
  out[f++] = feat(8, ids.suf3[i]);
  out[f++] = feat(9, ids.suf4[i]);
  out[f++] = feat(10, ids.pre1[i]);
  out[f++] = feat(11, ids.pre2[i]);
  out[f++] = feat(12, ids.shape[i]);
  out[f++] = feat(25, ids.form[i]);
  out[f++] = feat(26, amb[i]);
  out[f++] = feat(29, ids.flags[i], ids.suf3[i]);
  out[f++] = feat(44, ids.pre3[i]);
  // Word clusters (train/clusters.ts) of the word and its neighbours (45–47): a word EWT train never
  // saw may be frequent in news, where its company says what it is. (Measured on EWT dev with the
  // first pass alone over three seeds: UPOS +0.0010, XPOS +0.0014.)
  out[f++] = feat(45, ids.cl[i]);
  return f;
}

/** The features that read the word's neighbours or the tags already chosen. Written from `out[from]`. */
export function contextFeatures(ids: WordIds, n: number, i: number, p1: number, p2: number, amb: Int32Array, out: Int32Array, first: Int32Array | null, from: number): number {
  const w = (k: number) => (k < 0 ? BOS : k >= n ? EOS : ids.low[k]);
  const a = (k: number) => (k < 0 ? BOS : k >= n ? EOS : amb[k]);
  const w0 = ids.low[i];
  let f = from;
  out[f++] = feat(2, w(i - 1));
  out[f++] = feat(3, w(i + 1));
  out[f++] = feat(4, w(i - 2));
  out[f++] = feat(5, w(i + 2));
  out[f++] = feat(13, p1);
  out[f++] = feat(14, p1, p2);
  out[f++] = feat(15, p1, w0);
  out[f++] = feat(16, w(i - 1), w0);
  out[f++] = feat(17, w0, w(i + 1));
  out[f++] = feat(18, a(i + 1));
  out[f++] = feat(19, a(i + 2));
  out[f++] = feat(20, p1, a(i + 1));
  out[f++] = feat(21, i + 1 < n ? ids.shape[i + 1] : EOS);
  out[f++] = feat(22, i + 1 < n ? ids.suf3[i + 1] : EOS);
  out[f++] = feat(23, i > 0 ? ids.suf3[i - 1] : BOS);
  out[f++] = feat(24, ids.flags[i], i === 0 ? 1 : 0);
  out[f++] = feat(27, a(i), a(i + 1));
  out[f++] = feat(28, p1, ids.suf3[i]);
  // Capitalisation of the neighbours: runs of capitalised words are names.
  const fl = (k: number) => (k < 0 ? BOS : k >= n ? EOS : ids.flags[k]);
  out[f++] = feat(37, fl(i - 1), ids.flags[i], fl(i + 1));
  out[f++] = feat(38, ids.flags[i], p1);
  out[f++] = feat(39, fl(i + 1), w0);
  out[f++] = feat(40, fl(i - 1), w0);
  out[f++] = feat(41, w(i - 1), ids.suf3[i]);
  out[f++] = feat(42, i > 0 ? ids.shape[i - 1] : BOS, ids.shape[i]);
  out[f++] = feat(43, ids.suf3[i], w(i + 1));
  const cl = (k: number) => (k < 0 ? BOS : k >= n ? EOS : ids.cl[k]);
  out[f++] = feat(46, cl(i - 1));
  out[f++] = feat(47, cl(i + 1));
  if (first) {
    // Second pass: the first pass's tags to the right, which a greedy left-to-right pass cannot see.
    const t = (k: number) => (k < 0 ? BOS : k >= n ? EOS : first[k]);
    out[f++] = feat(30, t(i + 1));
    out[f++] = feat(31, t(i + 1), t(i + 2));
    out[f++] = feat(32, w0, t(i + 1));
    out[f++] = feat(33, p1, t(i + 1));
    out[f++] = feat(34, t(i));
    out[f++] = feat(35, ids.suf3[i], t(i + 1));
    out[f++] = feat(36, t(i), t(i + 1), p1);
  }
  return f;
}

/**
 * Per word form, the summed weights of its `wordFeatures` for one weight table: a form met again
 * (most words of an article are) costs one copy instead of fourteen look-ups. It only remembers what
 * the weights give, so it belongs to one model object; it forgets everything when it holds `limit`
 * forms, which bounds its memory (≈ 400 bytes a form).
 */
export class WordScores {
  private readonly byForm = new Map<string, Int32Array>();
  constructor(private readonly weights: Weights, private readonly classes: number, private readonly limit = 16384) {}

  /** The word-only scores of word `i`, whose form is `form`. */
  of(form: string, ids: WordIds, i: number, amb: Int32Array, feats: Int32Array): Int32Array {
    let v = this.byForm.get(form);
    if (v) return v;
    v = new Int32Array(this.classes);
    const nf = wordFeatures(ids, i, amb, feats, 0);
    for (let f = 0; f < nf; f++) this.weights.add(feats[f], v);
    if (this.byForm.size >= this.limit) this.byForm.clear();
    this.byForm.set(form, v);
    return v;
  }
}

export interface TaggerModel {
  /** Class k is the pair (upos[k], xpos[k]). */
  upos: string[];
  xpos: string[];
  weights: Weights;
  /** The second pass, which also sees the first pass's tags. */
  weights2: Weights;
  /** First-pass score margin (best minus runner-up, quantised) from which the second pass is skipped. */
  gate: number;
  /** Word cluster per lower-case form hash (train/clusters.ts); the parser reads them. */
  clusters: Map<number, number>;
  /** Ambiguity class per known lower-case form hash. */
  ambiguity: Map<number, number>;
  /** Tag dictionary: the only classes a frequent training word may take. */
  allowed: Map<number, Int32Array>;
  /** The classes an unknown word may take (no closed-class tags). */
  open: Int32Array;
  /** Word-only score caches of `weights` and `weights2`, when the model was decoded for running. */
  wordScores?: WordScores;
  wordScores2?: WordScores;
  /** This thread's work arrays (a decoded model's; the trainer's models allocate per sentence). */
  scratch?: TaggerScratch;
}

/** The classes word `i` may take: its dictionary entry, the open classes when unknown, else all (null). */
export function candidates(m: Pick<TaggerModel, 'allowed' | 'open' | 'ambiguity'>, low: number): Int32Array | null {
  const a = m.allowed.get(low);
  if (a) return a;
  return m.ambiguity.has(low) ? null : m.open;
}

function argmax(scores: Float32Array | Int32Array, cand: Int32Array | null): number {
  if (cand) {
    let best = cand[0];
    for (let k = 1; k < cand.length; k++) if (scores[cand[k]] > scores[best]) best = cand[k];
    return best;
  }
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

const MAX_MARGIN = 0x7fffffff;


/** Best score minus the runner-up's among the candidates. */
function marginOf(scores: Int32Array, cand: Int32Array | null, best: number): number {
  let second = -Infinity;
  if (cand) {
    for (let k = 0; k < cand.length; k++) if (cand[k] !== best && scores[cand[k]] > second) second = scores[cand[k]];
  } else for (let k = 0; k < scores.length; k++) if (k !== best && scores[k] > second) second = scores[k];
  return second === -Infinity ? MAX_MARGIN : scores[best] - second;
}

/** Tags one sentence (two passes, the second only where the first was unsure); returns class ids. */
export function tagSentence(m: TaggerModel, ids: WordIds, n: number, amb: Int32Array = ambiguityClasses(m, ids, n), forms?: readonly string[]): Int32Array {
  // The margins and the first pass's tags live only here: views of the model's scratch when it has one
  // (every entry is written by the first pass before it is read).
  const sc = m.scratch;
  const margin = sc ? sc.view('margin', n) : new Int32Array(n);
  const first = tagPass(m, m.weights, ids, n, amb, null, margin, forms && m.wordScores, forms, sc ? sc.view('first', n) : undefined);
  return tagPass(m, m.weights2, ids, n, amb, first, margin, forms && m.wordScores2, forms);
}

/**
 * Work arrays of the tagger, owned by a decoded model and reused by every sentence it tags (one runs to
 * its end before the next starts): a typed array longer than 64 bytes allocated per sentence costs an
 * allocation outside the heap and its sweep (words.ts, wordIds). Per thread, like `WordScores`.
 */
export class TaggerScratch {
  readonly feats = new Int32Array(TAGGER_FEATURES);
  readonly scores: Int32Array;
  margin: Int32Array = new Int32Array(64);
  first: Int32Array = new Int32Array(64);
  /** The ambiguity classes of the sentence being parsed (syntax/index.ts parseWords). */
  amb: Int32Array = new Int32Array(64);
  constructor(classes: number) {
    this.scores = new Int32Array(classes);
  }

  /** The first n entries of a per-sentence work array, grown first when the sentence is longer than any before. */
  view(name: 'margin' | 'first' | 'amb', n: number): Int32Array {
    if (this[name].length < n) this[name] = new Int32Array(Math.max(n, this[name].length * 2));
    return this[name].subarray(0, n);
  }
}

/** Each word's ambiguity class (0 when unknown); the parser reads the same array. */
export function ambiguityClasses(m: Pick<TaggerModel, 'ambiguity'>, ids: WordIds, n: number, amb: Int32Array = new Int32Array(n)): Int32Array {
  for (let i = 0; i < n; i++) amb[i] = m.ambiguity.get(ids.low[i]) ?? 0;
  return amb;
}

/** The first pass alone (the trainer's jackknife needs it). */
export function tagFirstPass(m: TaggerModel, ids: WordIds, n: number): Int32Array {
  return tagPass(m, m.weights, ids, n, ambiguityClasses(m, ids, n), null, null);
}

/**
 * One left-to-right pass. The first pass (first = null) writes each word's margin; the second keeps
 * the first pass's tag where that margin reaches the model's gate.
 */
function tagPass(m: TaggerModel, w: Weights, ids: WordIds, n: number, amb: Int32Array, first: Int32Array | null, margin: Int32Array | null, cache?: WordScores, forms?: readonly string[], out: Int32Array = new Int32Array(n)): Int32Array {
  const feats = m.scratch?.feats ?? new Int32Array(TAGGER_FEATURES);
  const scores = m.scratch?.scores ?? new Int32Array(m.upos.length);
  let p1 = BOS;
  let p2 = BOS;
  for (let i = 0; i < n; i++) {
    let best: number;
    // Second pass: a word the first pass was sure of keeps its tag (no dictionary look-up either).
    if (first && margin && margin[i] >= m.gate) {
      best = first[i];
      out[i] = best;
      p2 = p1;
      p1 = best;
      continue;
    }
    const cand = candidates(m, ids.low[i]);
    // A word the dictionary allows one tag ("the", ",", "said") needs no scoring.
    if (cand && cand.length === 1) {
      best = cand[0];
      if (margin && !first) margin[i] = MAX_MARGIN;
    } else {
      let nf: number;
      if (cache && forms) {
        // Integer sums: adding the word-only features' cached total first changes no score.
        scores.set(cache.of(forms[i], ids, i, amb, feats));
        nf = contextFeatures(ids, n, i, p1, p2, amb, feats, first, 0);
      } else {
        scores.fill(0);
        nf = taggerFeatures(ids, n, i, p1, p2, amb, feats, first);
      }
      w.addAll(feats, nf, scores);
      best = argmax(scores, cand);
      if (margin && !first) margin[i] = marginOf(scores, cand, best);
    }
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}

/** One training pass over a sentence with gold classes; returns the number correct. */
export function trainTagger(w: DenseWeights, dict: Pick<TaggerModel, 'allowed' | 'open' | 'ambiguity'>, ids: WordIds, n: number, gold: Int32Array, pred: Int32Array, first: Int32Array | null): number {
  const amb = new Int32Array(n);
  for (let i = 0; i < n; i++) amb[i] = dict.ambiguity.get(ids.low[i]) ?? 0;
  const feats = new Int32Array(TAGGER_FEATURES);
  const scores = new Float32Array(w.classes);
  let p1 = BOS;
  let p2 = BOS;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const nf = taggerFeatures(ids, n, i, p1, p2, amb, feats, first);
    w.score(feats, nf, scores);
    const best = argmax(scores, candidates(dict, ids.low[i]));
    if (best !== gold[i]) w.update(feats, nf, gold[i], best);
    else correct++;
    w.tick();
    pred[i] = best;
    // Condition on the tagger's own history, as at run time.
    p2 = p1;
    p1 = best;
  }
  return correct;
}
