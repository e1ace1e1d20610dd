// Name tagger: a greedy averaged-perceptron sequence tagger (BIO over PER/ORG/LOC/MISC) trained on
// the CoNLL-2003 English train split by train/train.ts. Two passes: the second also sees how the
// first tagged the same word elsewhere in the document. Only the PER spans are used downstream.
import modelData from './model.json';
import {
  BOUNDARY_INFO, KeyIndex, LABELS, NL, OFF, SLOT_COUNT, Sink, allowedAfter, docContext, dynamicFeatures, isScored, slotFeatures, stackInfo, staticFeatures,
  wordInfo, type DocContext, type FeatureVisitor, type StackInfo, type WordInfo,
} from './features';
import type { Unit } from './units';

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

interface Model {
  index: KeyIndex;
  weights: Float32Array;
}

let loaded: Model | null = null;
let missing = false;
let enabled = true;

/** Turns the statistical tagger off (rules only) or back on; for evaluation. */
export function setTaggerEnabled(on: boolean): void {
  enabled = on;
}

/** Milliseconds spent loading the bundled model (0 until it is loaded). */
export let modelLoadMs = 0;

function load(): Model | null {
  if (loaded || missing) return loaded;
  const t0 = Date.now();
  const m = modelData as unknown as SerializedModel;
  if (!m.pass1 || !m.pass1.rows.length) {
    missing = true;
    return null;
  }
  if (m.labels.join() !== LABELS.join()) throw new Error('people model: label set mismatch');
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
  loaded = { index, weights };
  modelLoadMs = Date.now() - t0;
  return loaded;
}

function fill(m: SerializedPass, rows: Int32Array, col: number, scale: number, weights: Float32Array): void {
  const inv = 1 / scale;
  // "label:value,label:value" read character by character (no substrings: this runs at start-up).
  for (let k = 0; k < m.rows.length; k++) {
    const row = m.rows[k];
    const base = rows[k] * W + col;
    const n = row.length;
    let p = 0;
    while (p < n) {
      let label = 0;
      let c = row.charCodeAt(p);
      while (c !== 58 /* : */) {
        label = label * 10 + (c - 48);
        c = row.charCodeAt(++p);
      }
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
/** Pool offsets of each cached word's slot vectors: row info.id (0: the sentence boundary). */
const slotOffsets = new Int32Array((INFO_HARD + 2) * SLOT_COUNT);
/**
 * The table: per slot, two hashes of the word and its info's id (0: empty), side by side so that a
 * probe reads one cache line; it starts small and doubles at half full. Infos are kept by id.
 */
const INFO_START = 1 << 13;
let infoCap = INFO_START;
let infoTable = new Int32Array(INFO_START * 3);
let infoById: WordInfo[] = [BOUNDARY_INFO];
let infoCount = 0;

function infoOf(w: string): WordInfo {
  let h1 = 0x811c9dc5;
  let h2 = w.length;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x9e3779b1) ^ (h2 >>> 15);
  }
  const table = infoTable;
  const mask = infoCap - 1;
  let k = (h1 ^ (h2 >>> 11)) & mask;
  for (;;) {
    const id = table[3 * k + 2];
    if (id === 0) break;
    if (table[3 * k] === h1 && table[3 * k + 1] === h2) return infoById[id];
    k = (k + 1) & mask;
  }
  const info = wordInfo(w);
  if (infoCount >= INFO_HARD) {
    info.id = -1; // not cached
    return info;
  }
  const id = ++infoCount;
  info.id = id;
  infoById.push(info);
  if (infoCount * 2 > infoCap) growInfoTable();
  placeInfo(h1, h2, id);
  return info;
}

function placeInfo(h1: number, h2: number, id: number): void {
  const table = infoTable;
  const mask = infoCap - 1;
  let k = (h1 ^ (h2 >>> 11)) & mask;
  while (table[3 * k + 2] !== 0) k = (k + 1) & mask;
  table[3 * k] = h1;
  table[3 * k + 1] = h2;
  table[3 * k + 2] = id;
}

function growInfoTable(): void {
  const old = infoTable;
  infoCap *= 2;
  infoTable = new Int32Array(infoCap * 3);
  for (let k = 0; k < old.length; k += 3) if (old[k + 2] !== 0) placeInfo(old[k], old[k + 1], old[k + 2]);
}

const scratch = new Sink();

/**
 * Cached weight vectors (W floats each) live in one pool; a word's `vecs` holds offsets into it
 * (0: not computed yet, -1: no weights). The pool and the word table are dropped together when full.
 */
const POOL_LIMIT = 1 << 23;
let pool = new Float32Array(1 << 16);
let poolUsed = W;

function resetCaches(): void {
  infoCap = INFO_START;
  infoTable = new Int32Array(INFO_START * 3);
  infoById = [BOUNDARY_INFO];
  infoCount = 0;
  slotOffsets.fill(0);
  pool = new Float32Array(1 << 16);
  poolUsed = W;
  if (scorer) scorer.clearSmalls();
}

function vectorOf(m: Model, sink: Sink): number {
  let off = -1;
  for (let j = 0; j < sink.n; j++) {
    const r = m.index.get(sink.k1[j], sink.k2[j]);
    if (r < 0) continue;
    if (off < 0) {
      if (poolUsed + W > pool.length) {
        const bigger = new Float32Array(pool.length * 2);
        bigger.set(pool);
        pool = bigger;
      }
      off = poolUsed;
      poolUsed += W;
    }
    const base = r * W;
    for (let l = 0; l < W; l++) pool[off + l] += m.weights[base + l];
  }
  return off;
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
  constructor(private readonly m: Model) {}
  clearSmalls(): void {
    this.smalls = new Map();
  }
  private add(off: number): void {
    if (off < 0) return;
    const a = this.acc;
    const p = pool;
    const c = this.col;
    const end = c + this.width;
    for (let l = c; l < end; l++) a[l] += p[off + l];
  }
  slot(slot: number, info: WordInfo): void {
    if (info.id < 0) {
      scratch.n = 0;
      slotFeatures(info, slot, scratch);
      this.add(vectorOf(this.m, scratch));
      return;
    }
    const k = info.id * SLOT_COUNT + slot;
    let off = slotOffsets[k];
    if (off === 0) {
      scratch.n = 0;
      slotFeatures(info, slot, scratch);
      off = slotOffsets[k] = vectorOf(this.m, scratch);
    }
    this.add(off);
  }
  small(type: number, a: number): void {
    const key = type * 65536 + a;
    let off = this.smalls.get(key);
    if (off === undefined) {
      scratch.n = 0;
      scratch.add(type, a, 0);
      off = vectorOf(this.m, scratch);
      this.smalls.set(key, off);
    }
    this.add(off);
  }
  pair(type: number, a: number, b: number): void {
    scratch.n = 0;
    scratch.add(type, a, b);
    const r = this.m.index.get(scratch.k1[0], scratch.k2[0]);
    if (r < 0) return;
    const base = r * W;
    const c = this.col;
    const end = c + this.width;
    for (let l = c; l < end; l++) this.acc[l] += this.m.weights[base + l];
  }
}

let scorer: Scorer | null = null;

export interface Tagged {
  /** Label index per unit (see LABELS). */
  labels: Uint8Array;
  /** Score of the chosen label minus the best PER label's score (0 when PER was chosen or the unit was not scored). */
  perGap: Float32Array;
}

/** Tags every unit (two passes); returns null when no model is bundled. */
export function tagUnits(units: Unit[]): Tagged | null {
  if (!enabled) return null;
  const m = load();
  if (!m) return null;
  if (!scorer) scorer = new Scorer(m);
  const n = units.length;
  // Drop the caches between documents only, so that no word of this document loses its row.
  if (infoCount + n > INFO_LIMIT || poolUsed > POOL_LIMIT) resetCaches();
  // Word infos are read within OFF units of a scored unit only (the neighbours the features read).
  const infos: WordInfo[] = new Array(n).fill(BOUNDARY_INFO);
  const scored = new Uint8Array(n);
  let filled = -1;
  for (let i = 0; i < n; i++) {
    if (!isScored(units[i])) continue;
    scored[i] = 1;
    const to = Math.min(n - 1, i + OFF);
    for (let j = Math.max(i - OFF, filled + 1); j <= to; j++) infos[j] = infoOf(units[j].text);
    filled = to;
  }
  const c = docContext(units, infos, scored);
  // Label-free features, both passes at once; row k for the k-th scored unit.
  let nScored = 0;
  for (let i = 0; i < n; i++) nScored += c.scored[i];
  const statics = new Float32Array(nScored * W);
  const sc = scorer;
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
