// Word clusters learned from unlabelled text, for the tagger's rare and unknown words: a word that
// EWT train saw once or never ("Okafor", "subpoenaed") may be frequent in news, and the words around
// it there say what it is. Each word with at least MIN_COUNT occurrences is described by the counts of
// the frequent words just left and just right of it (sqrt-scaled, unit length), and spherical k-means
// groups those descriptions into K clusters. Deterministic: the K most frequent words seed the
// centroids. Only used by train.ts; the model file ships the word-hash → cluster table.
import { hashString } from '../weights';

export interface ClusterOptions {
  /** Clusters. */
  k: number;
  /** Context words (the most frequent forms) on each side. */
  contexts: number;
  /** Occurrences a word needs to get a cluster. */
  minCount: number;
  iterations: number;
}

const BOUNDARY = '\u0000';

/** Clusters of lower-case forms from sentences of word forms; returns lower-case-form hash → cluster. */
export function learnClusters(sentences: Iterable<readonly string[]>, o: ClusterOptions, log: (s: string) => void = () => {}): Map<number, number> {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const corpus: Int32Array[] = [];
  const idOf = (w: string) => {
    let i = ids.get(w);
    if (i === undefined) {
      i = counts.length;
      ids.set(w, i);
      counts.push(0);
    }
    return i;
  };
  const bound = idOf(BOUNDARY);
  for (const s of sentences) {
    const row = new Int32Array(s.length + 2);
    row[0] = bound;
    row[s.length + 1] = bound;
    for (let i = 0; i < s.length; i++) {
      const id = idOf(s[i].toLowerCase());
      counts[id]++;
      row[i + 1] = id;
    }
    corpus.push(row);
  }
  const byFreq = counts.map((_, i) => i).filter((i) => i !== bound).sort((a, b) => counts[b] - counts[a] || a - b);
  // Context dimensions: the boundary plus the most frequent forms, left and right.
  const ctx = new Int32Array(counts.length).fill(-1);
  ctx[bound] = 0;
  byFreq.slice(0, o.contexts - 1).forEach((w, k) => (ctx[w] = k + 1));
  const C = o.contexts;
  const vocab = byFreq.filter((w) => counts[w] >= o.minCount);
  const row = new Int32Array(counts.length).fill(-1);
  vocab.forEach((w, r) => (row[w] = r));
  const V = vocab.length;
  // Sparse context counts per vocabulary word.
  const cc: Map<number, number>[] = vocab.map(() => new Map());
  for (const sent of corpus) {
    for (let i = 1; i < sent.length - 1; i++) {
      const r = row[sent[i]];
      if (r < 0) continue;
      const l = ctx[sent[i - 1]];
      const rr = ctx[sent[i + 1]];
      const m = cc[r];
      if (l >= 0) m.set(l, (m.get(l) ?? 0) + 1);
      if (rr >= 0) m.set(C + rr, (m.get(C + rr) ?? 0) + 1);
    }
  }
  const dims: Int32Array[] = [];
  const vals: Float32Array[] = [];
  for (const m of cc) {
    const d = Int32Array.from([...m.keys()].sort((a, b) => a - b));
    const v = new Float32Array(d.length);
    let norm = 0;
    d.forEach((k, j) => {
      v[j] = Math.sqrt(m.get(k)!);
      norm += v[j] * v[j];
    });
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < v.length; j++) v[j] /= norm;
    dims.push(d);
    vals.push(v);
  }
  const K = Math.min(o.k, V);
  const D = 2 * C;
  const cent = new Float32Array(K * D);
  for (let c = 0; c < K; c++) for (let j = 0; j < dims[c].length; j++) cent[c * D + dims[c][j]] = vals[c][j];
  const assign = new Int32Array(V).fill(-1);
  for (let it = 0; it < o.iterations; it++) {
    let moved = 0;
    for (let r = 0; r < V; r++) {
      const d = dims[r], v = vals[r];
      let best = 0, bs = -Infinity;
      for (let c = 0; c < K; c++) {
        const base = c * D;
        let s = 0;
        for (let j = 0; j < d.length; j++) s += cent[base + d[j]] * v[j];
        if (s > bs) [bs, best] = [s, c];
      }
      if (assign[r] !== best) moved++;
      assign[r] = best;
    }
    cent.fill(0);
    for (let r = 0; r < V; r++) {
      const base = assign[r] * D;
      for (let j = 0; j < dims[r].length; j++) cent[base + dims[r][j]] += vals[r][j];
    }
    for (let c = 0; c < K; c++) {
      let norm = 0;
      for (let j = 0; j < D; j++) norm += cent[c * D + j] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < D; j++) cent[c * D + j] /= norm;
    }
    log(`  clusters: iteration ${it + 1}, ${moved} of ${V} words moved`);
    if (moved === 0) break;
  }
  const names = [...ids.keys()];
  const out = new Map<number, number>();
  vocab.forEach((w, r) => out.set(hashString(names[w]), assign[r]));
  return out;
}
