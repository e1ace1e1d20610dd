// Labelled dependency parser: greedy arc-hybrid transitions (Kuhlmann et al. 2011) with the root at
// the end of the buffer, an averaged perceptron choosing SHIFT / LEFT / RIGHT, and a second perceptron
// labelling each arc as it is made. Trained by train/train.ts with the dynamic oracle of Goldberg &
// Nivre (2013), which teaches the parser to recover from its own mistakes. A model trained with
// `--beam K` (a global structured perceptron over a beam, ParserModel.beam) is decoded by `parseBeam`
// with the same features and labeller; `parse` chooses by the model's beam width.
import { feat, type DenseWeights, type Weights } from './weights';
import { int32Views, type WordIds } from './words';

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

export const ARC_FEATURES = 75;
export const LABEL_FEATURES = 27;

const NONE = -1;
const ROOT = -3;

/** A parser configuration over n words; index n is the root, at the end of the buffer. */
export class State {
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  /** Leftmost and second leftmost child, rightmost and second rightmost child. */
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Bit sets of the labels of left and right children. */
  readonly lset: Int32Array;
  readonly rset: Int32Array;
  constructor(readonly n: number) {
    // Views of one buffer: one allocation outside the heap instead of eleven.
    const a = int32Views(11, n + 1);
    this.stack = a();
    this.head = a().fill(-1);
    this.label = a().fill(-1);
    this.lc1 = a().fill(NONE);
    this.lc2 = a().fill(NONE);
    this.rc1 = a().fill(NONE);
    this.rc2 = a().fill(NONE);
    this.nl = a();
    this.nr = a();
    this.lset = a();
    this.rset = a();
  }
  /**
   * Becomes a copy of `o` (a state over the same sentence). Only words up to b0 have heads, labels or
   * children, so the copy stops at the larger b0 of the two (what this state held beyond `o`'s b0 is
   * reset): a beam step costs O(b0), not O(n).
   */
  copyFrom(o: State): void {
    for (let i = 0; i < o.sp; i++) this.stack[i] = o.stack[i];
    const end = Math.max(o.b, this.b);
    for (let i = 0; i <= end; i++) {
      this.head[i] = o.head[i];
      this.label[i] = o.label[i];
      this.lc1[i] = o.lc1[i];
      this.lc2[i] = o.lc2[i];
      this.rc1[i] = o.rc1[i];
      this.rc2[i] = o.rc2[i];
      this.nl[i] = o.nl[i];
      this.nr[i] = o.nr[i];
      this.lset[i] = o.lset[i];
      this.rset[i] = o.rset[i];
    }
    this.sp = o.sp;
    this.b = o.b;
  }
  get done(): boolean {
    return this.sp === 0 && this.b === this.n;
  }
  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === LEFT) return this.sp > 0;
    return this.sp > 1;
  }
  /** Applies a move; returns the dependent that got a head (or -1). */
  apply(move: number, lab: number): number {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return -1;
    }
    const d = this.stack[--this.sp];
    const h = move === LEFT ? this.b : this.stack[this.sp - 1];
    this.head[d] = h;
    this.label[d] = lab;
    const bit = 1 << (lab & 31);
    if (d < h) {
      this.lc2[h] = this.lc1[h];
      this.lc1[h] = d;
      this.nl[h]++;
      this.lset[h] |= bit;
    } else {
      this.rc2[h] = this.rc1[h];
      this.rc1[h] = d;
      this.nr[h]++;
      this.rset[h] |= bit;
    }
    return d;
  }
}

/** Word ids and tags the parser reads; `tags` are tagger class ids. */
export interface ParserInput {
  ids: WordIds;
  tags: Int32Array;
  /** Each word's ambiguity class (the tags it had in training, 0 when unknown): lets the parser doubt a tag. */
  amb: Int32Array;
  n: number;
}

function distBucket(d: number): number {
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

// Ids of a word slot: NONE for an empty slot, ROOT for the root (index n). Module-level functions
// rather than closures, so the hot feature code allocates nothing.
function wid(low: Int32Array, n: number, i: number): number {
  return i === NONE ? NONE : i === n ? ROOT : low[i];
}
function tid(tags: Int32Array, n: number, i: number): number {
  return i === NONE ? NONE : i === n ? ROOT : tags[i];
}
function lab(s: State, i: number): number {
  return i === NONE ? NONE : s.label[i];
}

/**
 * The arc features that read only the buffer's first three words: the same for every transition that
 * keeps b0 (a reduction), so the parser sums their weights once per b0.
 */
export function bufferFeatures(inp: ParserInput, b0: number, out: Int32Array): number {
  const n = inp.n;
  const low = inp.ids.low;
  const tags = inp.tags;
  const amb = inp.amb;
  const cl = inp.ids.cl;
  const b1 = b0 < n ? b0 + 1 : NONE;
  const b2 = b1 !== NONE && b1 < n ? b1 + 1 : NONE;
  const b0w = wid(low, n, b0), b0t = tid(tags, n, b0), b1w = wid(low, n, b1), b1t = tid(tags, n, b1), b2t = tid(tags, n, b2);
  let f = 0;
  out[f++] = feat(104, b0w);
  out[f++] = feat(105, b0t);
  out[f++] = feat(106, b0w, b0t);
  out[f++] = feat(107, b1w);
  out[f++] = feat(108, b1t);
  out[f++] = feat(109, b1w, b1t);
  out[f++] = feat(110, b2t);
  out[f++] = feat(159, b0t, b1t, b2t);
  out[f++] = feat(166, wid(low, n, b2));
  out[f++] = feat(169, b0 === n ? ROOT : amb[b0], b0t);
  out[f++] = feat(171, b1 === NONE || b1 === n ? b1 : amb[b1], b1t);
  out[f++] = feat(173, b0 === n ? ROOT : cl[b0], b0t);
  out[f++] = feat(174, b0t, b1t);
  return f;
}

/** Fills `out` with the hashed arc features of state `s`; returns how many. */
export function arcFeatures(inp: ParserInput, s: State, out: Int32Array): number {
  return stateFeatures(inp, s, out, bufferFeatures(inp, s.b, out));
}

/** The arc features that read the stack or arcs: all but bufferFeatures'. */
export function stateFeatures(inp: ParserInput, s: State, out: Int32Array, from: number): number {
  const n = inp.n;
  const low = inp.ids.low;
  const tags = inp.tags;
  const s0 = s.sp > 0 ? s.stack[s.sp - 1] : NONE;
  const s1 = s.sp > 1 ? s.stack[s.sp - 2] : NONE;
  const s2 = s.sp > 2 ? s.stack[s.sp - 3] : NONE;
  const b0 = s.b;
  const b1 = b0 < n ? b0 + 1 : NONE;
  const b2 = b1 !== NONE && b1 < n ? b1 + 1 : NONE;
  const s0w = wid(low, n, s0), s0t = tid(tags, n, s0), b0w = wid(low, n, b0), b0t = tid(tags, n, b0), b1w = wid(low, n, b1), b1t = tid(tags, n, b1), b2t = tid(tags, n, b2);
  const s1w = wid(low, n, s1), s1t = tid(tags, n, s1), s2t = tid(tags, n, s2);
  const s0l = s0 === NONE ? NONE : s.lc1[s0];
  const s0r = s0 === NONE ? NONE : s.rc1[s0];
  const s0l2 = s0 === NONE ? NONE : s.lc2[s0];
  const s0r2 = s0 === NONE ? NONE : s.rc2[s0];
  const b0l = s.lc1[b0];
  const b0l2 = s.lc2[b0];
  const s1r = s1 === NONE ? NONE : s.rc1[s1];
  const s1l = s1 === NONE ? NONE : s.lc1[s1];
  const s0lt = tid(tags, n, s0l), s0rt = tid(tags, n, s0r), b0lt = tid(tags, n, b0l);
  const dist = s0 === NONE ? NONE : distBucket(b0 - s0);
  const s0vl = s0 === NONE ? NONE : s.nl[s0];
  const s0vr = s0 === NONE ? NONE : s.nr[s0];
  const b0vl = s.nl[b0];
  let f = from;
  out[f++] = feat(100, 0);
  out[f++] = feat(101, s0w);
  out[f++] = feat(102, s0t);
  out[f++] = feat(103, s0w, s0t);
  out[f++] = feat(111, s1w);
  out[f++] = feat(112, s1t);
  out[f++] = feat(113, s1w, s1t);
  out[f++] = feat(114, s2t);
  out[f++] = feat(115, s0w, b0w);
  out[f++] = feat(116, s0t, b0t);
  out[f++] = feat(117, s0w, s0t, b0t);
  out[f++] = feat(118, s0t, b0w, b0t);
  out[f++] = feat(119, s0w, b0w, s0t * 256 + b0t);
  out[f++] = feat(120, s0t, b0t, b1t);
  out[f++] = feat(121, s1t, s0t, b0t);
  out[f++] = feat(122, s2t, s1t, s0t);
  out[f++] = feat(123, s1t, s0t);
  out[f++] = feat(124, s1w, s0w);
  out[f++] = feat(125, s1t, s0w);
  out[f++] = feat(126, s1w, s0t);
  out[f++] = feat(127, s0t, s0lt, b0t);
  out[f++] = feat(128, s0t, s0rt, b0t);
  out[f++] = feat(129, s0t, b0t, b0lt);
  out[f++] = feat(130, s1t, s0t, s0rt);
  out[f++] = feat(131, s1t, tid(tags, n, s1r), s0t);
  out[f++] = feat(132, s0lt);
  out[f++] = feat(133, s0rt);
  out[f++] = feat(134, b0lt);
  out[f++] = feat(135, wid(low, n, s0l));
  out[f++] = feat(136, wid(low, n, s0r));
  out[f++] = feat(137, wid(low, n, b0l));
  out[f++] = feat(138, lab(s, s0l), s0t);
  out[f++] = feat(139, lab(s, s0r), s0t);
  out[f++] = feat(140, lab(s, b0l), b0t);
  out[f++] = feat(141, tid(tags, n, s1r), lab(s, s1r));
  out[f++] = feat(142, dist, s0w);
  out[f++] = feat(143, dist, s0t);
  out[f++] = feat(144, dist, s0t, b0t);
  out[f++] = feat(145, dist, b0w);
  out[f++] = feat(146, s0w, s0vl);
  out[f++] = feat(147, s0w, s0vr);
  out[f++] = feat(148, b0w, b0vl);
  out[f++] = feat(149, s0t, s0vl, s0vr);
  out[f++] = feat(150, s0t, s0lt, tid(tags, n, s0l2));
  out[f++] = feat(151, s0t, s0rt, tid(tags, n, s0r2));
  out[f++] = feat(152, b0t, b0lt, tid(tags, n, b0l2));
  out[f++] = feat(153, s0w, s0 === NONE ? NONE : s.lset[s0]);
  out[f++] = feat(154, s0w, s0 === NONE ? NONE : s.rset[s0]);
  out[f++] = feat(155, b0w, s.lset[b0]);
  out[f++] = feat(156, s0t, s0 === NONE ? NONE : s.lset[s0], s0 === NONE ? NONE : s.rset[s0]);
  out[f++] = feat(157, b0t, s.lset[b0]);
  out[f++] = feat(158, s1t, tid(tags, n, s1l));
  out[f++] = feat(160, s1t, b0t);
  out[f++] = feat(161, s1t, s1w, b0t);
  out[f++] = feat(162, b0t, b0vl);
  out[f++] = feat(163, s0t, b0t, s.sp > 2 ? 2 : s.sp);
  // The words right after s0 and right before b0 (punctuation or a verb in between matters).
  out[f++] = feat(164, s0t, b0t, s0 === NONE || b0 - 1 <= s0 ? NONE : tags[b0 - 1]);
  out[f++] = feat(165, s0t, s0 === NONE || s0 + 1 >= b0 ? NONE : tags[s0 + 1], b0t);
  out[f++] = feat(167, s0w, b0t, b1t);
  const amb = inp.amb;
  out[f++] = feat(168, s0 === NONE || s0 === n ? s0 : amb[s0], s0t);
  out[f++] = feat(170, s0 === NONE || s0 === n ? s0 : amb[s0], b0 === n ? ROOT : amb[b0]);
  // Word clusters (train/clusters.ts): rare words lose their identity but keep their cluster.
  const cl = inp.ids.cl;
  out[f++] = feat(172, s0 === NONE || s0 === n ? s0 : cl[s0], s0t);
  return f;
}

/** Features for labelling the arc h → d. */
export function labelFeatures(inp: ParserInput, s: State, h: number, d: number, out: Int32Array): number {
  const n = inp.n;
  const low = inp.ids.low;
  const tags = inp.tags;
  const W = (i: number) => (i < 0 || i > n ? NONE : i === n ? ROOT : low[i]);
  const T = (i: number) => (i < 0 || i > n ? NONE : i === n ? ROOT : tags[i]);
  const dir = d < h ? 1 : 2;
  const dw = W(d), dt = T(d), hw = W(h), ht = T(h);
  const dist = distBucket(Math.abs(h - d));
  const dl = s.lc1[d], dr = s.rc1[d];
  let f = 0;
  out[f++] = feat(200, dir);
  out[f++] = feat(201, dw, dir);
  out[f++] = feat(202, dt, dir);
  out[f++] = feat(203, hw, dir);
  out[f++] = feat(204, ht, dir);
  out[f++] = feat(205, dt, ht, dir);
  out[f++] = feat(206, dw, ht, dir);
  out[f++] = feat(207, dt, hw, dir);
  out[f++] = feat(208, dw, hw, dir);
  out[f++] = feat(209, dt * 256 + ht, dist, dir);
  out[f++] = feat(210, dt, dl === NONE ? NONE : s.label[dl], dir);
  out[f++] = feat(211, dt, dr === NONE ? NONE : s.label[dr], dir);
  out[f++] = feat(212, dt, T(dl), T(dr));
  out[f++] = feat(213, dt, ht, T(d + 1));
  out[f++] = feat(214, dt, ht, T(d - 1));
  out[f++] = feat(215, dt, s.lset[h], dir);
  out[f++] = feat(216, dt, s.rset[h], dir);
  out[f++] = feat(217, inp.ids.form[d], dir);
  out[f++] = feat(218, dt, ht, T(h - 1));
  out[f++] = feat(219, dt, ht, T(h + 1));
  out[f++] = feat(220, dw, W(dl), dir);
  out[f++] = feat(221, inp.ids.suf3[d], dt, dir);
  out[f++] = feat(222, dt, s.nl[d], s.nr[d]);
  out[f++] = feat(223, dt, ht, h < n ? s.nl[h] : NONE);
  out[f++] = feat(224, inp.amb[d], dt, dir);
  out[f++] = feat(225, h < n ? inp.amb[h] : ROOT, ht, dir);
  out[f++] = feat(226, inp.ids.cl[d], dt, dir);
  return f;
}

export interface ParserModel {
  labels: string[];
  /** Index of the `root` label. */
  rootLabel: number;
  arcs: Weights;
  labeller: Weights;
  /** The beam width the arc weights were trained for (1 or absent: greedy). */
  beam?: number;
  /** This thread's work arrays (a decoded model's; the trainer's models allocate per sentence). */
  scratch?: ParserScratch;
}

/** Parses with the model's own beam width, or `beam` when given (1: greedy). */
export function parse(m: ParserModel, inp: ParserInput, beam = m.beam ?? 1): { head: Int32Array; label: Int32Array } {
  return beam > 1 ? parseBeam(m, inp, beam) : parseSentence(m, inp);
}

/** The moves taken by a beam item, newest first (kept only when training). */
export interface BeamHistory {
  move: number;
  lab: number;
  prev: BeamHistory | null;
}

/**
 * A beam of arc-hybrid states (Zhang & Clark 2008; Zhang & Nivre 2011): each step expands every state by
 * its valid moves, scores each candidate by its state's score plus the move's, and keeps the best K. Every
 * derivation of an n-word sentence takes 2n moves (n shifts, n reductions), so the items stay in step.
 * Ties go to the earlier item and then the lower move: with K = 1 this is the greedy parser's argmax.
 * A state with one valid move (empty stack; one word before the root) takes it unscored, as greedy does.
 */
export class Beam {
  size = 1;
  items: State[];
  private spare: State[];
  score: Float64Array;
  private nscore: Float64Array;
  /** Whether each item is the oracle's derivation so far (training). */
  gold: Uint8Array;
  private ngold: Uint8Array;
  hist: (BeamHistory | null)[];
  private nhist: (BeamHistory | null)[];
  private readonly cScore: Float64Array;
  private readonly cFrom: Int32Array;
  private readonly moveScores = new Float64Array(3);
  constructor(readonly n: number, readonly K: number, private readonly keepHistory = false) {
    this.items = Array.from({ length: K }, () => new State(n));
    this.spare = Array.from({ length: K }, () => new State(n));
    this.score = new Float64Array(K);
    this.nscore = new Float64Array(K);
    this.gold = new Uint8Array(K);
    this.ngold = new Uint8Array(K);
    this.gold[0] = 1;
    this.hist = new Array(K).fill(null);
    this.nhist = new Array(K).fill(null);
    this.cScore = new Float64Array(3 * K);
    this.cFrom = new Int32Array(3 * K);
  }
  get done(): boolean {
    return this.items[0].done;
  }
  /**
   * One move for every item. `scoreMoves` writes the scores of SHIFT, LEFT, RIGHT in a state; `label`
   * chooses the label of the arc h → d made from state s; `goldMove` is the oracle's move (training).
   */
  step(scoreMoves: (s: State, out: Float64Array) => void, label: (s: State, h: number, d: number) => number, goldMove = -1): void {
    const n = this.n;
    let nc = 0;
    const ms = this.moveScores;
    for (let i = 0; i < this.size; i++) {
      const s = this.items[i];
      if (s.sp === 0 || (s.sp === 1 && s.b === n)) {
        this.cScore[nc] = this.score[i];
        this.cFrom[nc++] = i * 3 + (s.sp === 0 ? SHIFT : LEFT);
        continue;
      }
      scoreMoves(s, ms);
      for (let k = 0; k < 3; k++) {
        if (!s.valid(k)) continue;
        this.cScore[nc] = this.score[i] + ms[k];
        this.cFrom[nc++] = i * 3 + k;
      }
    }
    // The best K candidates by repeated argmax (K is small): the first of equal scores wins.
    const keep = Math.min(this.K, nc);
    for (let r = 0; r < keep; r++) {
      let best = -1;
      for (let c = 0; c < nc; c++) if (this.cFrom[c] >= 0 && (best < 0 || this.cScore[c] > this.cScore[best])) best = c;
      const from = this.cFrom[best];
      this.cFrom[best] = -1;
      const p = (from / 3) | 0, k = from - p * 3;
      const ps = this.items[p];
      let lab = 0;
      if (k !== SHIFT) {
        const d = ps.stack[ps.sp - 1];
        lab = label(ps, k === LEFT ? ps.b : ps.stack[ps.sp - 2], d);
      }
      const t = this.spare[r];
      t.copyFrom(ps);
      t.apply(k, lab);
      this.nscore[r] = this.cScore[best];
      this.ngold[r] = this.gold[p] && k === goldMove ? 1 : 0;
      if (this.keepHistory) this.nhist[r] = { move: k, lab, prev: this.hist[p] };
    }
    [this.items, this.spare] = [this.spare, this.items];
    [this.score, this.nscore] = [this.nscore, this.score];
    [this.gold, this.ngold] = [this.ngold, this.gold];
    [this.hist, this.nhist] = [this.nhist, this.hist];
    this.size = keep;
  }
}

/** Parses one tagged sentence with a beam of width K; the arc weights should be trained for it. */
export function parseBeam(m: ParserModel, inp: ParserInput, K: number): { head: Int32Array; label: Int32Array } {
  const n = inp.n;
  const feats = new Int32Array(ARC_FEATURES);
  const lfeats = new Int32Array(LABEL_FEATURES);
  const lscores = new Int32Array(m.labels.length);
  const sc = new Int32Array(4);
  // Weights of the buffer-only features, summed once per b0 (the items share the sentence).
  const bsum = new Int32Array((n + 1) * 4);
  const bhave = new Uint8Array(n + 1);
  const beam = new Beam(n, K);
  const scoreMoves = (s: State, out: Float64Array) => {
    const b = s.b;
    if (!bhave[b]) {
      sc.fill(0);
      m.arcs.addAll(feats, bufferFeatures(inp, b, feats), sc);
      bsum.set(sc, b * 4);
      bhave[b] = 1;
    }
    sc[0] = bsum[b * 4];
    sc[1] = bsum[b * 4 + 1];
    sc[2] = bsum[b * 4 + 2];
    sc[3] = 0;
    m.arcs.addAll(feats, stateFeatures(inp, s, feats, 0), sc);
    out[0] = sc[0];
    out[1] = sc[1];
    out[2] = sc[2];
  };
  const label = (s: State, h: number, d: number) => chooseLabel(m.labeller, m.rootLabel, inp, s, h, d, lfeats, lscores);
  while (!beam.done) beam.step(scoreMoves, label);
  const best = beam.items[0];
  return { head: best.head, label: best.label };
}

/**
 * Work arrays of parseSentence, owned by a decoded model and reused by every sentence (a parse runs to its
 * end before another starts): allocated per sentence, each cost an allocation outside the heap (words.ts, wordIds).
 */
export class ParserScratch {
  readonly feats = new Int32Array(ARC_FEATURES);
  readonly lfeats = new Int32Array(LABEL_FEATURES);
  readonly lscores: Int32Array;
  constructor(labels: number) {
    this.lscores = new Int32Array(labels);
  }
}

/** Parses one tagged sentence; heads are 0-based word indices, n for the root. */
export function parseSentence(m: ParserModel, inp: ParserInput): { head: Int32Array; label: Int32Array } {
  const s = new State(inp.n);
  const sc = m.scratch;
  const feats = sc?.feats ?? new Int32Array(ARC_FEATURES);
  const lfeats = sc?.lfeats ?? new Int32Array(LABEL_FEATURES);
  const scores = new Int32Array(4);
  const lscores = sc?.lscores ?? new Int32Array(m.labels.length);
  // Weights of the buffer-only features, summed once per b0.
  const bscores = new Int32Array(4);
  let bFor = -1;
  while (!s.done) {
    // An empty stack allows only SHIFT, a lone stacked word before the root only LEFT: the argmax
    // over one valid move needs no scores.
    if (s.sp === 0) {
      s.apply(SHIFT, 0);
      continue;
    }
    if (s.sp === 1 && s.b === inp.n) {
      s.apply(LEFT, chooseLabel(m.labeller, m.rootLabel, inp, s, s.b, s.stack[0], lfeats, lscores));
      continue;
    }
    if (s.b !== bFor) {
      const nb = bufferFeatures(inp, s.b, feats);
      bscores.fill(0);
      m.arcs.addAll(feats, nb, bscores);
      bFor = s.b;
    }
    const nf = stateFeatures(inp, s, feats, 0);
    scores.set(bscores);
    m.arcs.addAll(feats, nf, scores);
    let best = -1;
    for (let k = 0; k < 3; k++) if (s.valid(k) && (best < 0 || scores[k] > scores[best])) best = k;
    let lab = 0;
    if (best !== SHIFT) {
      const d = s.stack[s.sp - 1];
      const h = best === LEFT ? s.b : s.stack[s.sp - 2];
      lab = chooseLabel(m.labeller, m.rootLabel, inp, s, h, d, lfeats, lscores);
    }
    s.apply(best, lab);
  }
  return { head: s.head, label: s.label };
}

export function chooseLabel(w: Weights | DenseWeights, rootLabel: number, inp: ParserInput, s: State, h: number, d: number, lfeats: Int32Array, lscores: Float32Array | Int32Array): number {
  if (h === inp.n) return rootLabel;
  const nf = labelFeatures(inp, s, h, d, lfeats);
  if ('update' in w) w.score(lfeats, nf, lscores as Float32Array);
  else {
    lscores.fill(0);
    w.addAll(lfeats, nf, lscores as Int32Array);
  }
  let best = rootLabel === 0 ? 1 : 0;
  for (let k = 0; k < lscores.length; k++) if (k !== rootLabel && lscores[k] > lscores[best]) best = k;
  return best;
}

/** Dynamic-oracle cost of each move: how many gold arcs it makes unreachable. */
export function moveCosts(s: State, gold: Int32Array, costs: Int32Array): void {
  const n = s.n;
  const b0 = s.b;
  const s0 = s.sp > 0 ? s.stack[s.sp - 1] : NONE;
  const s1 = s.sp > 1 ? s.stack[s.sp - 2] : NONE;
  // Dependents of s0 still in the buffer are lost by either reduction.
  let s0deps = 0;
  if (s0 !== NONE) for (let k = b0; k < n; k++) if (gold[k] === s0) s0deps++;
  if (s.valid(LEFT)) {
    const h = gold[s0];
    costs[LEFT] = s0deps + (h !== b0 && (h === s1 || h > b0) ? 1 : 0);
  } else costs[LEFT] = 1 << 20;
  if (s.valid(RIGHT)) {
    const h = gold[s0];
    costs[RIGHT] = s0deps + (h !== s1 && h >= b0 ? 1 : 0);
  } else costs[RIGHT] = 1 << 20;
  if (s.valid(SHIFT)) {
    let c = 0;
    const h = gold[b0];
    for (let k = 0; k < s.sp; k++) {
      const x = s.stack[k];
      if (x === h && x !== s0) c++;
      if (gold[x] === b0) c++;
    }
    costs[SHIFT] = c;
  } else costs[SHIFT] = 1 << 20;
}
