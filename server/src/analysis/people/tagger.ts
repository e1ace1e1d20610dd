// Name tagger: a greedy averaged-perceptron sequence tagger (BIO over PER/ORG/LOC/MISC) trained on
// the CoNLL-2003 English train split by train/train.ts. Two passes: the second also sees how the
// first tagged the same word elsewhere in the document. Only the PER spans are used downstream.
// The weights (model.json) are data the host reads and hands in (compileNameTagger): no I/O here.
import {
  BOUNDARY_INFO, KeyIndex, LABELS, NL, OFF, SLOT_COUNT, Sink, allowedAfter, docContext, dynamicFeatures, isScored, slotFeatures, stackInfo, staticFeatures,
  wordInfo, type DocContext, type FeatureVisitor, type StackInfo, type WordInfo,
} from './features';
import { unitSyntax } from './taggerSyntax';
import type { Unit } from './units';
import type { SyntaxLayer } from '../syntax/layer';

export interface SerializedPass {
  /** Hashed feature keys, two int32 per feature. */
  keys: number[];
  /** Sparse weight rows, one per feature: "label:value,label:value". */
  rows: string[];
}

export interface SerializedModel {
  source: string;
  labels: string[];
  /** Weights are stored as integers: weight = value / scale. */
  scale: number;
  pass1: SerializedPass;
  pass2: SerializedPass;
}

/** Both passes' weights side by side: row r holds pass 1 in [r*W, r*W+NL) and pass 2 in [r*W+NL, r*W+W). */
const W = 2 * NL;

/**
 * Reads the name tagger's weights (people/model.json as the trainer writes it, shipped beside the
 * bundles and read by the host): null when it holds no weights, an error when it is not a tagger model.
 */
export function compileNameTagger(data: unknown): NameTagger | null {
  const m = data as Partial<SerializedModel> | null;
  const pass = (p: unknown): p is SerializedPass => {
    const x = p as Partial<SerializedPass> | null;
    return !!x && Array.isArray(x.keys) && Array.isArray(x.rows) && x.keys.length === 2 * x.rows.length;
  };
  if (!m || typeof m !== 'object' || !Array.isArray(m.labels) || typeof m.scale !== 'number' || !pass(m.pass1) || !pass(m.pass2)) throw new Error('not a name tagger model (labels, scale and two passes of keys and rows expected)');
  if (!m.pass1.rows.length) return null;
  if (m.labels.join() !== LABELS.join()) throw new Error('label set mismatch');
  const index = new KeyIndex(m.pass1.rows.length + m.pass2.rows.length);
  const rowsOf = (p: SerializedPass) => {
    const rows = new Int32Array(p.rows.length);
    for (let k = 0; k < p.rows.length; k++) rows[k] = index.add(p.keys[2 * k], p.keys[2 * k + 1]);
    return rows;
  };
  const r1 = rowsOf(m.pass1);
  const r2 = rowsOf(m.pass2);
  const weights = new Float32Array(index.size * W);
  fill(m.pass1, r1, 0, m.scale, weights);
  fill(m.pass2, r2, NL, m.scale, weights);
  return new NameTagger(index, weights);
}

function fill(m: SerializedPass, rows: Int32Array, col: number, scale: number, weights: Float32Array): void {
  const inv = 1 / scale;
  // "label:value,label:value" read character by character (no substrings: this runs at start-up).
  for (let k = 0; k < m.rows.length; k++) {
    const row = m.rows[k];
    if (typeof row !== 'string') throw new Error(`weight row ${k} is not a string`);
    const base = rows[k] * W + col;
    const n = row.length;
    let p = 0;
    while (p < n) {
      let label = 0;
      let c = row.charCodeAt(p);
      while (c !== 58 /* : */) {
        if (!(c >= 48 && c <= 57)) throw new Error(`weight row ${k} is malformed`);
        label = label * 10 + (c - 48);
        c = row.charCodeAt(++p);
      }
      if (label >= W / 2) throw new Error(`weight row ${k} names label ${label}`);
      c = row.charCodeAt(++p);
      let neg = false;
      if (c === 45 /* - */) {
        neg = true;
        c = row.charCodeAt(++p);
      }
      let value = 0;
      while (p < n && c !== 44 /* , */) {
        // Digits, or "NaN" as the model was written (kept as it reads: a NaN weight).
        value = c >= 48 && c <= 57 ? value * 10 + (c - 48) : NaN;
        c = row.charCodeAt(++p);
      }
      weights[base + label] = (neg ? -value : value) * inv;
      p++;
    }
  }
}

/** Word infos by two 32-bit hashes of the word (open addressing; cleared when full). */
const INFO_BITS = 18;
/** Caches are dropped before a document when the word table is this full… */
const INFO_LIMIT = Math.floor((1 << INFO_BITS) * 0.5);
/** …and never hold more than this many words (further words are not cached). */
const INFO_HARD = Math.floor((1 << INFO_BITS) * 0.8);
const INFO_START = 1 << 13;
const POOL_LIMIT = 1 << 23;

/**
 * The name tagger: its weights, and the caches that make tagging fast (word infos, and the weight
 * vectors of word slots and small features). The caches only remember what the weights give, so a
 * tagger answers the same whatever it tagged before; they belong to the model object, not the module.
 */
export class NameTagger {
  /** Pool offsets of each cached word's slot vectors: row info.id (0: the sentence boundary). */
  slotOffsets = new Int32Array(1024 * SLOT_COUNT);
  /**
   * The table: per slot, two hashes of the word and its info's id (0: empty), side by side so that a
   * probe reads one cache line; it starts small and doubles at half full. Infos are kept by id.
   */
  private infoCap = INFO_START;
  private infoTable = new Int32Array(INFO_START * 3);
  private infoById: WordInfo[] = [BOUNDARY_INFO];
  infoCount = 0;
  readonly scratch = new Sink();
  /**
   * Cached weight vectors (W floats each) live in one pool; a word's slot holds offsets into it
   * (0: not computed yet, -1: no weights). The pool and the word table are dropped together when full.
   */
  pool = new Float32Array(1 << 16);
  poolUsed = W;
  private readonly scorer: Scorer;

  constructor(
    readonly index: KeyIndex,
    readonly weights: Float32Array,
  ) {
    this.scorer = new Scorer(this);
  }

  infoOf(w: string): WordInfo {
    let h1 = 0x811c9dc5;
    let h2 = w.length;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 + c, 0x9e3779b1) ^ (h2 >>> 15);
    }
    const table = this.infoTable;
    const mask = this.infoCap - 1;
    let k = (h1 ^ (h2 >>> 11)) & mask;
    for (;;) {
      const id = table[3 * k + 2];
      if (id === 0) break;
      if (table[3 * k] === h1 && table[3 * k + 1] === h2) return this.infoById[id];
      k = (k + 1) & mask;
    }
    const info = wordInfo(w);
    if (this.infoCount >= INFO_HARD) {
      info.id = -1; // not cached
      return info;
    }
    const id = ++this.infoCount;
    info.id = id;
    this.infoById.push(info);
    if (this.infoCount * 2 > this.infoCap) this.growInfoTable();
    this.placeInfo(h1, h2, id);
    // The slot-offset rows grow with the words (all zero: not computed yet).
    if ((id + 1) * SLOT_COUNT > this.slotOffsets.length) {
      const bigger = new Int32Array(Math.min((INFO_HARD + 2) * SLOT_COUNT, Math.max(1024, 2 * (id + 1)) * SLOT_COUNT));
      bigger.set(this.slotOffsets);
      this.slotOffsets = bigger;
    }
    return info;
  }

  private placeInfo(h1: number, h2: number, id: number): void {
    const table = this.infoTable;
    const mask = this.infoCap - 1;
    let k = (h1 ^ (h2 >>> 11)) & mask;
    while (table[3 * k + 2] !== 0) k = (k + 1) & mask;
    table[3 * k] = h1;
    table[3 * k + 1] = h2;
    table[3 * k + 2] = id;
  }

  private growInfoTable(): void {
    const old = this.infoTable;
    this.infoCap *= 2;
    this.infoTable = new Int32Array(this.infoCap * 3);
    for (let k = 0; k < old.length; k += 3) if (old[k + 2] !== 0) this.placeInfo(old[k], old[k + 1], old[k + 2]);
  }

  private resetCaches(): void {
    this.infoCap = INFO_START;
    this.infoTable = new Int32Array(INFO_START * 3);
    this.infoById = [BOUNDARY_INFO];
    this.infoCount = 0;
    this.slotOffsets = new Int32Array(1024 * SLOT_COUNT);
    this.pool = new Float32Array(1 << 16);
    this.poolUsed = W;
    this.scorer.clearSmalls();
  }

  /** The summed weight vector of the features in `sink`, as a pool offset (-1: none has weights). */
  vectorOf(sink: Sink): number {
    let off = -1;
    const index = this.index;
    const weights = this.weights;
    for (let j = 0; j < sink.n; j++) {
      const r = index.get(sink.k1[j], sink.k2[j]);
      if (r < 0) continue;
      if (off < 0) {
        if (this.poolUsed + W > this.pool.length) {
          const bigger = new Float32Array(this.pool.length * 2);
          bigger.set(this.pool);
          this.pool = bigger;
        }
        off = this.poolUsed;
        this.poolUsed += W;
      }
      const pool = this.pool;
      const base = r * W;
      for (let l = 0; l < W; l++) pool[off + l] += weights[base + l];
    }
    return off;
  }

  /** Tags every unit (two passes); the syntax layer, when given, adds its features (taggerSyntax.ts). */
  tag(units: Unit[], syntax: SyntaxLayer | null = null): Tagged {
    const n = units.length;
    // Drop the caches between documents only, so that no word of this document loses its row.
    if (this.infoCount + n > INFO_LIMIT || this.poolUsed > POOL_LIMIT) this.resetCaches();
    // Word infos are read within OFF units of a scored unit only (the neighbours the features read).
    const infos: WordInfo[] = new Array(n).fill(BOUNDARY_INFO);
    const scored = new Uint8Array(n);
    let filled = -1;
    for (let i = 0; i < n; i++) {
      if (!isScored(units[i])) continue;
      scored[i] = 1;
      const to = Math.min(n - 1, i + OFF);
      for (let j = Math.max(i - OFF, filled + 1); j <= to; j++) infos[j] = this.infoOf(units[j].text);
      filled = to;
    }
    const c = docContext(units, infos, scored, syntax ? (sc) => unitSyntax(syntax, units, sc) : undefined);
    // Label-free features, both passes at once; row k for the k-th scored unit.
    let nScored = 0;
    for (let i = 0; i < n; i++) nScored += c.scored[i];
    const statics = new Float32Array(nScored * W);
    const sc = this.scorer;
    sc.col = 0;
    sc.width = W;
    const tmp = new Float32Array(W);
    sc.acc = tmp;
    for (let i = 0, k = 0; i < n; i++) {
      if (!c.scored[i]) continue;
      tmp.fill(0);
      staticFeatures(c, i, sc);
      statics.set(tmp, k++ * W);
    }
    const first = decode(sc, c, statics, 0, null);
    return decode(sc, c, statics, NL, stackInfo(c, first.labels));
  }
}

/**
 * Adds a token's feature weights into `acc`: all W columns for the label-free features
 * (both passes at once), or NL columns from `col` for the second pass's document features.
 * Word-slot and small-feature vectors are cached.
 */
class Scorer implements FeatureVisitor {
  acc = new Float32Array(W);
  col = 0;
  width = W;
  private smalls = new Map<number, number>();
  constructor(private readonly m: NameTagger) {}
  clearSmalls(): void {
    this.smalls = new Map();
  }
  private add(off: number): void {
    if (off < 0) return;
    const a = this.acc;
    const p = this.m.pool;
    const c = this.col;
    const end = c + this.width;
    for (let l = c; l < end; l++) a[l] += p[off + l];
  }
  slot(slot: number, info: WordInfo): void {
    const m = this.m;
    const scratch = m.scratch;
    if (info.id < 0) {
      scratch.n = 0;
      slotFeatures(info, slot, scratch);
      this.add(m.vectorOf(scratch));
      return;
    }
    const k = info.id * SLOT_COUNT + slot;
    let off = m.slotOffsets[k];
    if (off === 0) {
      scratch.n = 0;
      slotFeatures(info, slot, scratch);
      off = m.slotOffsets[k] = m.vectorOf(scratch);
    }
    this.add(off);
  }
  small(type: number, a: number): void {
    const key = type * 65536 + a;
    let off = this.smalls.get(key);
    if (off === undefined) {
      const scratch = this.m.scratch;
      scratch.n = 0;
      scratch.add(type, a, 0);
      off = this.m.vectorOf(scratch);
      this.smalls.set(key, off);
    }
    this.add(off);
  }
  pair(type: number, a: number, b: number): void {
    const scratch = this.m.scratch;
    scratch.n = 0;
    scratch.add(type, a, b);
    const r = this.m.index.get(scratch.k1[0], scratch.k2[0]);
    if (r < 0) return;
    const base = r * W;
    const c = this.col;
    const end = c + this.width;
    const w = this.m.weights;
    for (let l = c; l < end; l++) this.acc[l] += w[base + l];
  }
}

export interface Tagged {
  /** Label index per unit (see LABELS). */
  labels: Uint8Array;
  /** Score of the chosen label minus the best PER label's score (0 when PER was chosen or the unit was not scored). */
  perGap: Float32Array;
}

function decode(sc: Scorer, c: DocContext, statics: Float32Array, col: number, stack: StackInfo | null): Tagged {
  const { units, scored } = c;
  const n = units.length;
  const labels = new Uint8Array(n);
  const perGap = new Float32Array(n);
  const acc = new Float32Array(W);
  sc.acc = acc;
  sc.col = col;
  sc.width = NL;
  let prev = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const u = units[i];
    if (i === 0 || units[i - 1].sentence !== u.sentence) prev = 0;
    if (!scored[i]) {
      prev = 0;
      continue;
    }
    const base = k++ * W + col;
    for (let l = 0; l < NL; l++) acc[col + l] = statics[base + l];
    if (stack) dynamicFeatures(c, i, stack, sc);
    let best = 0;
    let bestScore = -Infinity;
    for (let l = 0; l < NL; l++) {
      if (!allowedAfter(prev, l)) continue;
      const s = acc[col + l];
      if (s > bestScore) {
        bestScore = s;
        best = l;
      }
    }
    labels[i] = best;
    const per = allowedAfter(prev, 2) ? Math.max(acc[col + 1], acc[col + 2]) : acc[col + 1];
    perGap[i] = bestScore - per;
    prev = best;
  }
  return { labels, perGap };
}

/** PER spans as [first, last) unit ranges. */
export function personSpans(labels: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 1 && labels[i] !== 2) continue;
    let j = i + 1;
    while (j < labels.length && labels[j] === 2) j++;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}
