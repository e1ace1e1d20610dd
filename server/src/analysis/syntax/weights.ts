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
  constructor(s: SerializedWeights) {
    const rows = s.hashes.length;
    this.rows = rows;
    let cap = 16;
    // Load at most 2/3: linear probing then rarely leaves the slot's cache line.
    while (cap * 2 < rows * 3) cap <<= 1;
    this.mask = cap - 1;
    const slots = new Int32Array(cap * 4);
    for (let i = 0; i < cap; i++) slots[i * 4 + 1] = EMPTY;
    let long = 0;
    for (let r = 0; r < rows; r++) if (s.rowStart[r + 1] - s.rowStart[r] > 3) long += s.rowStart[r + 1] - s.rowStart[r];
    const entries = new Int32Array(long);
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
const EMPTY = 0x40000000;
const LONG = 0x40000001;

/** What the tagger and parser score with: adds the row of feature `h` into `scores`. */
export interface Weights {
  add(h: number, scores: Int32Array): void;
}

/**
 * Hash-kernel weights for a model with at most four classes (the parser's SHIFT / LEFT / RIGHT): the
 * feature hash's low `bits` bits name a slot, with no key and no probing; features that share a slot
 * share its weights, in training (which indexes the same way) as here.
 *
 * Most slots are empty (the parser's 2^22 slots hold ≈ 860k rows), so the table is stored compact:
 * per block of 32 slots an occupancy bit set and the index of its first row (8 bytes per block, 1 MB
 * for 2^22 slots, which stays in the processor's cache), then the occupied slots' rows of four int16
 * weights in slot order (6.9 MB instead of the 32 MB of a full table). A look-up reads the block,
 * counts the occupied slots before its own and adds that row: one miss in a table a fifth the size.
 */
export class KernelWeights implements Weights {
  /** Per block of 32 slots: occupancy bits, then the row index of its first occupied slot. */
  private readonly blocks: Int32Array;
  /** Four int16 weights per occupied slot, in slot order. */
  private readonly rows: Int16Array;
  private readonly mask: number;
  constructor(s: SerializedWeights, readonly bits: number) {
    this.mask = (1 << bits) - 1;
    // Rows in slot order; when two rows share a slot, a later row's weight for a class replaces an
    // earlier one's, as writing them into a full table in file order would.
    const slotOf = new Int32Array(s.hashes.length);
    let sorted = true;
    for (let r = 0; r < slotOf.length; r++) {
      slotOf[r] = s.hashes[r] & this.mask;
      if (r > 0 && slotOf[r] < slotOf[r - 1]) sorted = false;
    }
    let order: ArrayLike<number> = Int32Array.from(slotOf.keys());
    if (!sorted) order = Array.from(slotOf.keys()).sort((a, b) => slotOf[a] - slotOf[b] || a - b);
    const slots: number[] = [];
    const values: number[] = [];
    for (let k = 0; k < order.length; k++) {
      const r = order[k];
      const slot = slotOf[r];
      if (slots.length === 0 || slots[slots.length - 1] !== slot) {
        slots.push(slot);
        values.push(0, 0, 0, 0);
      }
      const o = values.length - 4;
      for (let e = s.rowStart[r]; e < s.rowStart[r + 1]; e++) values[o + s.cls[e]] = s.q[e];
    }
    const blocks = new Int32Array(((this.mask >>> 5) + 1) * 2);
    const rows = new Int16Array(values.length);
    let n = 0;
    for (let i = 0; i < slots.length; i++) {
      const o = i * 4;
      // A row of zeros adds nothing: its slot stays empty.
      if (values[o] === 0 && values[o + 1] === 0 && values[o + 2] === 0 && values[o + 3] === 0) continue;
      blocks[(slots[i] >>> 5) * 2] |= 1 << (slots[i] & 31);
      for (let c = 0; c < 4; c++) rows[n * 4 + c] = values[o + c];
      n++;
    }
    let before = 0;
    for (let b = 0; b < blocks.length; b += 2) {
      blocks[b + 1] = before;
      before += popcount(blocks[b]);
    }
    this.blocks = blocks;
    this.rows = rows.slice(0, n * 4);
  }

  add(h: number, scores: Int32Array): void {
    const slot = h & this.mask;
    const b = (slot >>> 5) << 1;
    const used = this.blocks[b];
    const bit = slot & 31;
    if (((used >>> bit) & 1) === 0) return;
    // The row's index: the block's first row plus the occupied slots below this one in the block.
    const o = (this.blocks[b + 1] + popcount(used & ((1 << bit) - 1))) << 2;
    const t = this.rows;
    scores[0] += t[o];
    scores[1] += t[o + 1];
    scores[2] += t[o + 2];
    scores[3] += t[o + 3];
  }
}

/** The number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
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
    const C = this.classes;
    for (let f = 0; f < n; f++) {
      const r = this.index.get(feats[f]);
      if (r === undefined) continue;
      const o = r * C;
      for (let k = 0; k < C; k++) scores[k] += this.w[o + k];
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

export function sparseFrom(s: SerializedWeights): SparseWeights {
  return new SparseWeights(s);
}
