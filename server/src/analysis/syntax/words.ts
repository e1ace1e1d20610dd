// What the tagger and parser know of a word form, computed once per word: integer ids (string hashes)
// for its lower-case form, affixes and shape, and capitalisation flags. No word lists here: lexical
// knowledge comes from the trained model.
import { feat, hashRange, hashString } from './weights';
import { caseOf } from '../text/tokens';

export const CAP_NONE = 0;
export const CAP_FIRST = 1;
export const CAP_ALL = 2;
export const CAP_MIXED = 3;

export interface WordIds {
  /** Hash of the lower-cased form. */
  low: Int32Array;
  /** Hash of the form as written (case matters for proper nouns). */
  form: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  pre3: Int32Array;
  shape: Int32Array;
  /** CAP_* plus 4 when the word holds a digit, 8 when it holds a hyphen. */
  flags: Int32Array;
  /** Word cluster learned from unlabelled text (NO_CLUSTER when the model has none for the word). */
  cl: Int32Array;
}

export const NO_CLUSTER = -7;


/** The compressed shape of a form (runs cut at two): "Trump" → "Xxx", "U.S." → "X.X.", "1,000" → "d,dd". */
export function shapeOf(s: string): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < s.length && i < 24; i++) {
    const k = shapeCode(s, i);
    if (k === last) {
      if (++run >= 2) continue;
    } else run = 0;
    out += String.fromCharCode(k);
    last = k;
  }
  return out;
}

/** The shape character of s[i] as a code unit: d, X, x or the character itself. */
function shapeCode(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return 100;
  const k = caseOf(s, i, c);
  return k === 1 ? 88 : k === 2 ? 120 : c;
}

/** hashString(shapeOf(s)) without building the string. */
function shapeHash(s: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < s.length && i < 24; i++) {
    const k = shapeCode(s, i);
    if (k === last) {
      if (++run >= 2) continue;
    } else run = 0;
    h ^= k;
    h = Math.imul(h, 0x01000193);
    last = k;
  }
  return h | 0;
}

/** CAP_* of a form, plus 4 when it holds a digit, 8 when it holds a hyphen (and is not one). */
function flagsOf(s: string): number {
  let upper = 0;
  let lower = 0;
  let extra = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) extra |= 4;
    else if (c === 45) extra |= 8;
    const k = caseOf(s, i, c);
    if (k === 1) upper++;
    else if (k === 2) lower++;
  }
  if (s.length <= 1) extra &= ~8;
  let cap: number;
  if (upper === 0) cap = CAP_NONE;
  else if (lower === 0) cap = s.length > 1 ? CAP_ALL : CAP_FIRST;
  else cap = caseOf(s, 0, s.charCodeAt(0)) === 1 && upper === 1 ? CAP_FIRST : CAP_MIXED;
  return cap | extra;
}

/**
 * A maker of up to `count` arrays of n int32s, each a view of one buffer: a typed array longer than 64 bytes
 * costs an allocation outside the heap (and its later sweep), ≈ 0.3 µs each, which for the dozen arrays a
 * sentence needs added up to a few percent (wordIds here, the parser's State).
 */
export function int32Views(count: number, n: number): () => Int32Array {
  const buf = new ArrayBuffer(count * n * Int32Array.BYTES_PER_ELEMENT);
  let next = 0;
  return () => new Int32Array(buf, (next++ * n) * Int32Array.BYTES_PER_ELEMENT, n);
}

/** Ids for a sentence's words. `lows` may pass lower-case forms already computed by the token layer. */
export function wordIds(forms: readonly string[], lows?: readonly string[]): WordIds {
  const n = forms.length;
  const a = int32Views(12, n);
  const r: WordIds = { low: a(), form: a(), suf1: a(), suf2: a(), suf3: a(), suf4: a(), pre1: a(), pre2: a(), pre3: a(), shape: a(), flags: a(), cl: a().fill(NO_CLUSTER) };
  for (let i = 0; i < n; i++) {
    const f = forms[i];
    const l = lows ? lows[i] : f.toLowerCase();
    const len = l.length;
    r.low[i] = hashString(l);
    r.form[i] = hashString(f);
    r.suf1[i] = hashRange(l, Math.max(0, len - 1), len);
    r.suf2[i] = hashRange(l, Math.max(0, len - 2), len);
    r.suf3[i] = hashRange(l, Math.max(0, len - 3), len);
    r.suf4[i] = hashRange(l, Math.max(0, len - 4), len);
    r.pre1[i] = hashRange(f, 0, Math.min(1, f.length));
    r.pre2[i] = hashRange(l, 0, Math.min(2, len));
    r.pre3[i] = hashRange(l, 0, Math.min(3, len));
    r.shape[i] = shapeHash(f);
    r.flags[i] = flagsOf(f);
  }
  return r;
}

/** The id every word outside the model's vocabulary gets, in training (rare words) as at run time. */
export const UNKNOWN = hashString('\u0000unknown');

/** Each word's cluster, looked up by its lower-case form before `maskUnknown` hides rare words. */
export function assignClusters(ids: WordIds, clusters: ReadonlyMap<number, number>): void {
  for (let i = 0; i < ids.low.length; i++) ids.cl[i] = clusters.get(ids.low[i]) ?? NO_CLUSTER;
}

/**
 * Words the model has no entry for lose their identity (low and form ids become UNKNOWN), so they are
 * judged by affixes, shape and context, exactly as the trainer taught it with its rarest words.
 */
export function maskUnknown(ids: WordIds, known: { has(h: number): boolean }): void {
  for (let i = 0; i < ids.low.length; i++) {
    if (!known.has(ids.low[i])) {
      ids.low[i] = UNKNOWN;
      ids.form[i] = UNKNOWN;
    }
  }
}

/**
 * The word ids the parser reads: an unknown word that has a cluster stands for its cluster (so an
 * unseen "subpoenaed" reads like the verbs it keeps company with, not like any unknown word); the
 * tagger keeps UNKNOWN, which is what it was trained on.
 */
export function clusterBackoff(ids: WordIds): WordIds {
  let low: Int32Array | null = null;
  for (let i = 0; i < ids.low.length; i++) {
    if (ids.low[i] !== UNKNOWN || ids.cl[i] === NO_CLUSTER) continue;
    if (!low) low = ids.low.slice();
    low[i] = feat(98, ids.cl[i]);
  }
  return low ? { ...ids, low } : ids;
}
