// Feature hashing and weight tables shared by the tagger, the lemmatiser and the parser.
//
// A feature is a 32-bit hash of a template number and up to three integer values (word ids, tag ids,
// labels, distances); the trainer and the runtime compute it with the same function, so the model file
// stores hashes, not strings. At run time a table maps a hash to a sparse row of (class, weight) pairs;
// training uses dense rows with averaged-perceptron accumulators.

/** FNV-1a over UTF-16 code units: the id of a string that is not in a vocabulary. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** hashString(s.slice(start, end)) without making the slice. */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** The hash of template `t` with values a, b, c (murmur3's finaliser over a running combination). */
export function feat(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b) + 0x27d4eb2f;
  h = Math.imul(h ^ b, 0xc2b2ae35) + 0x165667b1;
  h = Math.imul(h ^ c, 0x9e3779b1);
  return fmix(h);
}

/**
 * Run-time weights: open addressing from feature hash to a row of (class, weight) pairs, stored inline.
 * A slot is four int32s (hash, then up to three entries `quantised weight << 8 | class`, 0 for none);
 * most rows have one to three entries (the perceptron updates a good and a bad class), so a feature
 * costs one cache line. A longer row's slot holds LONG, then its start and end in `entries`. Scores stay
 * in the quantised integer scale: every decision is an argmax over one table, which a common positive
 * scale does not change.
 */
export class SparseWeights implements Weights {
  private readonly slots: Int32Array;
  private readonly entries: Int32Array;
  private readonly mask: number;
  readonly rows: number;
  constructor(s: SerializedWeights | SparseTables, alloc: Alloc = heapAlloc) {
    if ('kind' in s) {
      this.rows = s.rows;
      this.slots = s.slots;
      this.entries = s.entries;
      this.mask = s.slots.length / 4 - 1;
      return;
    }
    const rows = s.hashes.length;
    this.rows = rows;
    let cap = 16;
    // Load at most 2/3: linear probing then rarely leaves the slot's cache line.
    while (cap * 2 < rows * 3) cap <<= 1;
    this.mask = cap - 1;
    const slots = new Int32Array(alloc(cap * 4 * Int32Array.BYTES_PER_ELEMENT));
    for (let i = 0; i < cap; i++) slots[i * 4 + 1] = EMPTY;
    let long = 0;
    for (let r = 0; r < rows; r++) if (s.rowStart[r + 1] - s.rowStart[r] > 3) long += s.rowStart[r + 1] - s.rowStart[r];
    const entries = new Int32Array(alloc(long * Int32Array.BYTES_PER_ELEMENT));
    let e = 0;
    for (let r = 0; r < rows; r++) {
      // Feature hashes come out of fmix already: their low bits index the table directly.
      let i = s.hashes[r] & this.mask;
      while (slots[i * 4 + 1] !== EMPTY) i = (i + 1) & this.mask;
      const o = i * 4;
      const a = s.rowStart[r], b = s.rowStart[r + 1];
      slots[o] = s.hashes[r];
      if (b - a > 3) {
        slots[o + 1] = LONG;
        slots[o + 2] = e;
        for (let k = a; k < b; k++) entries[e++] = (s.q[k] << 8) | s.cls[k];
        slots[o + 3] = e;
      } else {
        slots[o + 1] = 0;
        for (let k = a; k < b; k++) slots[o + 1 + k - a] = (s.q[k] << 8) | s.cls[k];
      }
    }
    this.slots = slots;
    this.entries = entries;
  }

  tables(): SparseTables {
    return { kind: 'sparse', slots: this.slots, entries: this.entries, rows: this.rows };
  }

  /** Whatever the touching loads read (kept so that they are not optimised away). */
  private sink = 0;

  /**
   * Adds the rows of `feats[0..nf)` into `scores`, as `add` on each would. The tables are larger than
   * the processor's caches, so look-ups wait for memory; `add` branches on what it loads (empty slot?
   * long row?), which makes each miss wait for the one before. So the features' slots are first only
   * read, in a loop without branches, letting their misses overlap; the rows of long entries likewise;
   * then `add` finds them in the cache.
   */
  addAll(feats: Int32Array, nf: number, scores: Int32Array): void {
    const slots = this.slots;
    const mask = this.mask;
    let touch = 0;
    for (let f = 0; f < nf; f++) touch ^= slots[(feats[f] & mask) << 2];
    for (let f = 0; f < nf; f++) {
      const o = (feats[f] & mask) << 2;
      if (slots[o + 1] === LONG) touch ^= this.entries[slots[o + 2]];
    }
    this.sink = touch;
    for (let f = 0; f < nf; f++) this.add(feats[f], scores);
  }

  /** Adds the row of feature `h` (if the model has it) into `scores`. */
  add(h: number, scores: Int32Array | Float32Array): void {
    const slots = this.slots;
    let i = h & this.mask;
    for (;;) {
      const o = i << 2;
      const v = slots[o + 1];
      if (v === EMPTY) return;
      if (slots[o] === h) {
        if (v === LONG) {
          const e = this.entries;
          const end = slots[o + 3];
          for (let k = slots[o + 2]; k < end; k++) {
            const x = e[k];
            scores[x & 255] += x >> 8;
          }
          return;
        }
        // An unused entry is 0: it adds 0 to class 0.
        scores[v & 255] += v >> 8;
        const v2 = slots[o + 2];
        scores[v2 & 255] += v2 >> 8;
        const v3 = slots[o + 3];
        scores[v3 & 255] += v3 >> 8;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }
}

// Slot markers outside the range of a packed entry (|weight| ≤ 32767, so |entry| < 2^23).
/**
 * Where a run-time table's memory comes from: the heap by default; a SharedArrayBuffer when the
 * decoded model is shared with other threads (`model.ts`, `shareSyntaxModel`).
 */
export type Alloc = (bytes: number) => ArrayBufferLike;
export const heapAlloc: Alloc = (bytes) => new ArrayBuffer(bytes);
export const sharedAlloc: Alloc = (bytes) => new SharedArrayBuffer(bytes);

/** ES2024 resizable ArrayBuffers (node 20 has them; the ES2022 typings do not). */
type ResizableBuffer = ArrayBuffer & { resize(byteLength: number): void };
const ResizableArrayBuffer = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableBuffer;

/**
 * Memory for data that is read once while a model is decoded (the file's bytes, a section's row starts):
 * `release` gives its pages back at once, where a plain buffer no longer used stays resident until a full
 * collection, which a server at rest may not run for minutes (issue 18: memory). Views of it read nothing
 * after `release`, so none may outlive the decoding.
 */
export function scratchBuffer(byteLength: number): { buffer: ArrayBuffer; release(): void } {
  const buffer = new ResizableArrayBuffer(byteLength, { maxByteLength: byteLength });
  // A runtime without resizable buffers makes a plain one: it is collected as any other.
  return { buffer, release: () => typeof buffer.resize === 'function' && buffer.resize(0) };
}

/** A built sparse table, as another thread adopts it without building it again. */
export interface SparseTables {
  kind: 'sparse';
  slots: Int32Array;
  entries: Int32Array;
  rows: number;
}

/** A built hash kernel, likewise. */
export interface KernelTables {
  kind: 'kernel';
  table: Int16Array;
  bits: number;
}

const EMPTY = 0x40000000;
const LONG = 0x40000001;

/** What the tagger and parser score with: adds the row of feature `h` into `scores`. */
export interface Weights {
  add(h: number, scores: Int32Array): void;
  /** Adds the rows of `feats[0..nf)`: the same sums as `add` on each, faster. */
  addAll(feats: Int32Array, nf: number, scores: Int32Array): void;
}

/**
 * Hash-kernel weights for a model with at most four classes (the parser's SHIFT / LEFT / RIGHT): the
 * feature hash's low `bits` bits index a table of int16 rows stored inline, with no key and no probing;
 * features that share a slot share its weights, in training (which indexes the same way) as here.
 * A look-up is one cache line and no branch, so the processor overlaps the misses of a whole feature
 * set; the table is a fixed 8 × 2^bits bytes whatever the number of features.
 */
export class KernelWeights implements Weights {
  private readonly table: Int16Array;
  private readonly mask: number;
  readonly bits: number;
  constructor(s: SerializedWeights | KernelTables, bits: number, alloc: Alloc = heapAlloc) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    if ('kind' in s) {
      this.table = s.table;
      return;
    }
    this.table = new Int16Array(alloc((this.mask + 1) * 4 * Int16Array.BYTES_PER_ELEMENT));
    for (let r = 0; r < s.hashes.length; r++) {
      const o = (s.hashes[r] & this.mask) * 4;
      for (let k = s.rowStart[r]; k < s.rowStart[r + 1]; k++) this.table[o + s.cls[k]] = s.q[k];
    }
  }

  tables(): KernelTables {
    return { kind: 'kernel', table: this.table, bits: this.bits };
  }

  addAll(feats: Int32Array, nf: number, scores: Int32Array): void {
    // Sums in locals: the loads of successive features depend on nothing but the feature list, so
    // their cache misses overlap. (A compact table — per 32 slots a bit set and a rank, then only
    // the occupied rows, 8 MB instead of 32 — measured 5–7% slower: its look-up is two dependent loads.)
    const t = this.table;
    const mask = this.mask;
    let a = 0, b = 0, c = 0, d = 0;
    for (let f = 0; f < nf; f++) {
      const o = (feats[f] & mask) << 2;
      a += t[o];
      b += t[o + 1];
      c += t[o + 2];
      d += t[o + 3];
    }
    scores[0] += a;
    scores[1] += b;
    scores[2] += c;
    scores[3] += d;
  }

  add(h: number, scores: Int32Array): void {
    const o = (h & this.mask) << 2;
    const t = this.table;
    scores[0] += t[o];
    scores[1] += t[o + 1];
    scores[2] += t[o + 2];
    scores[3] += t[o + 3];
  }
}

/** Training weights: dense rows, averaged perceptron (w − u/c at the end). */
export class DenseWeights {
  readonly index = new Map<number, number>();
  private w: Float32Array;
  private u: Float64Array;
  private cap: number;
  /** Update counter of the averaged perceptron. */
  c = 1;
  constructor(readonly classes: number, initialRows = 1 << 16) {
    this.cap = initialRows;
    this.w = new Float32Array(this.cap * classes);
    this.u = new Float64Array(this.cap * classes);
  }

  private row(h: number, create: boolean): number {
    let r = this.index.get(h);
    if (r !== undefined) return r;
    if (!create) return -1;
    r = this.index.size;
    if (r >= this.cap) {
      this.cap *= 2;
      const w = new Float32Array(this.cap * this.classes);
      w.set(this.w);
      const u = new Float64Array(this.cap * this.classes);
      u.set(this.u);
      this.w = w;
      this.u = u;
    }
    this.index.set(h, r);
    return r;
  }

  score(feats: ArrayLike<number>, n: number, scores: Float32Array): void {
    scores.fill(0);
    this.addScores(feats, n, scores);
  }

  /** Adds the current rows of `feats[0..n)` into `scores` (score without the zeroing). */
  addScores(feats: ArrayLike<number>, n: number, scores: Float32Array | Float64Array): void {
    const C = this.classes;
    for (let f = 0; f < n; f++) {
      const r = this.index.get(feats[f]);
      if (r === undefined) continue;
      const o = r * C;
      for (let k = 0; k < C; k++) scores[k] += this.w[o + k];
    }
  }

  /** Adds `amount` to class `cls` of every feature (one side of a structured perceptron update). */
  bump(feats: ArrayLike<number>, n: number, cls: number, amount: number): void {
    const C = this.classes;
    for (let f = 0; f < n; f++) {
      const o = this.row(feats[f], true) * C;
      this.w[o + cls] += amount;
      this.u[o + cls] += this.c * amount;
    }
  }

  /**
   * Adds `share` × this model's averaged weights into `into`, whose own averaging stays off (train.ts
   * --seeds: parameter mixing of runs that differ only in their shuffles).
   */
  mixInto(into: DenseWeights, share: number): void {
    const C = this.classes;
    for (const [h, r] of this.index) {
      const o = r * C;
      const t = into.row(h, true) * C;
      for (let k = 0; k < C; k++) into.w[t + k] += share * (this.w[o + k] - this.u[o + k] / this.c);
    }
  }

  update(feats: ArrayLike<number>, n: number, good: number, bad: number, amount = 1): void {
    const C = this.classes;
    for (let f = 0; f < n; f++) {
      const o = this.row(feats[f], true) * C;
      this.w[o + good] += amount;
      this.u[o + good] += this.c * amount;
      this.w[o + bad] -= amount;
      this.u[o + bad] -= this.c * amount;
    }
  }

  tick(): void {
    this.c++;
  }

  /**
   * Averaged weights as a sparse model: entries below `minAbs` (after averaging) are dropped and weights
   * are quantised to 1/`scale`, which is what the model file stores.
   */
  toSparse(minAbs: number, scale: number): SerializedWeights {
    const C = this.classes;
    const hashes: number[] = [];
    const rowStart: number[] = [0];
    const cls: number[] = [];
    const q: number[] = [];
    for (const [h, r] of this.index) {
      const o = r * C;
      const before = cls.length;
      for (let k = 0; k < C; k++) {
        const avg = this.w[o + k] - this.u[o + k] / this.c;
        if (Math.abs(avg) < minAbs) continue;
        const v = Math.max(-32767, Math.min(32767, Math.round(avg * scale)));
        if (v === 0) continue;
        cls.push(k);
        q.push(v);
      }
      if (cls.length > before) {
        hashes.push(h);
        rowStart.push(cls.length);
      }
    }
    return { hashes: Int32Array.from(hashes), rowStart: Uint32Array.from(rowStart), cls: Uint8Array.from(cls), q: Int16Array.from(q), scale };
  }
}

export interface SerializedWeights {
  hashes: Int32Array;
  rowStart: Uint32Array;
  cls: Uint8Array;
  q: Int16Array;
  scale: number;
}

export function sparseFrom(s: SerializedWeights, alloc: Alloc = heapAlloc): SparseWeights {
  return new SparseWeights(s, alloc);
}

/** Run-time weights from tables built elsewhere (another thread's, over shared memory). */
export function weightsFrom(t: SparseTables | KernelTables): SparseWeights | KernelWeights {
  return t.kind === 'kernel' ? new KernelWeights(t, t.bits) : new SparseWeights(t);
}
