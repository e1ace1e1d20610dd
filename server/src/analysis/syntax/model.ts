// The syntax model file: one binary blob holding the tagger, lemmatiser and parser. Layout:
//   "ALSYN2\n"  u32 header length  header JSON  (padding to 4)  then, per weight section in header
//   order: hashes i32[rows], row lengths u8[rows] (padding), classes u8[nnz] (padding), weights i16[nnz]
//   (padding);
//   then the ambiguity table i32[2 × entries] and the word-cluster table i32[2 × entries]. A section
//   with `bits` is a hash kernel: its hashes are slot numbers below 2^bits, stored in ascending order
//   as differences from the previous one (small numbers, which compress well in the VSIX). ALSYN1 files (keyed arc
//   weights, no clusters) are refused by name.
// Decoding is pure (bytes in, model out); the hosts (server, worker, CLI) read the file and report a
// missing or corrupt one as a warning, then analyse without syntax.
import { KernelWeights, SparseWeights, heapAlloc, scratchBuffer, sparseFrom, weightsFrom, type Alloc, type KernelTables, type SerializedWeights, type SparseTables, type Weights } from './weights';
import { TaggerScratch, WordScores, type TaggerModel } from './tagger';
import { indexLemmas, type LemmaModel } from './lemmatizer';
import { ParserScratch, type ParserModel } from './parser';

const MAGIC = 'ALSYN2\n';
const OLD_MAGIC = 'ALSYN1\n';

export interface SyntaxModel {
  tagger: TaggerModel;
  lemmas: LemmaModel;
  parser: ParserModel;
  source: string;
}

interface Header {
  source: string;
  upos: string[];
  xpos: string[];
  labels: string[];
  rootLabel: number;
  rules: [string, string][];
  exceptions: [string, string][];
  ambiguity: number;
  clusters: number;
  /** The tagger's second-pass gate (TaggerModel.gate). */
  gate: number;
  /** Tag dictionary rows: [word hash, class, class, …]. */
  allowed: number[][];
  open: number[];
  sections: { name: string; rows: number; nnz: number; scale: number; bits?: number }[];
  /** The parser's beam width (ParserModel.beam); absent in a greedy model. */
  beam?: number;
}

export interface ModelParts {
  source: string;
  upos: string[];
  xpos: string[];
  labels: string[];
  rootLabel: number;
  rules: Map<string, string>;
  exceptions: Map<string, string>;
  ambiguity: Map<number, number>;
  clusters: Map<number, number>;
  gate: number;
  allowed: Map<number, Int32Array>;
  open: Int32Array;
  tagger: SerializedWeights;
  tagger2: SerializedWeights;
  arcs: SerializedWeights;
  /** The arc table's size: 2^arcBits slots. */
  arcBits: number;
  labeller: SerializedWeights;
  /** The beam width the arc weights were trained for; absent or 1 for greedy. */
  beam?: number;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** A kernel section's rows in ascending slot order (its slots are then stored as differences). */
function bySlot(w: SerializedWeights): SerializedWeights {
  const order = Array.from(w.hashes.keys()).sort((a, b) => w.hashes[a] - w.hashes[b]);
  const hashes = new Int32Array(order.length);
  const rowStart = new Uint32Array(order.length + 1);
  const cls = new Uint8Array(w.cls.length);
  const q = new Int16Array(w.q.length);
  let e = 0;
  order.forEach((r, i) => {
    hashes[i] = w.hashes[r];
    for (let k = w.rowStart[r]; k < w.rowStart[r + 1]; k++, e++) {
      cls[e] = w.cls[k];
      q[e] = w.q[k];
    }
    rowStart[i + 1] = e;
  });
  return { hashes, rowStart, cls, q, scale: w.scale };
}

export function encodeSyntaxModel(p: ModelParts): Uint8Array {
  const sections = [
    ['tagger', p.tagger],
    ['tagger2', p.tagger2],
    ['arcs', bySlot(p.arcs)],
    ['labeller', p.labeller],
  ] as const;
  const header: Header = {
    source: p.source,
    upos: p.upos,
    xpos: p.xpos,
    labels: p.labels,
    rootLabel: p.rootLabel,
    rules: [...p.rules],
    exceptions: [...p.exceptions],
    ambiguity: p.ambiguity.size,
    clusters: p.clusters.size,
    gate: p.gate,
    allowed: [...p.allowed].map(([h, c]) => [h, ...c]),
    open: [...p.open],
    sections: sections.map(([name, w]) => ({ name, rows: w.hashes.length, nnz: w.cls.length, scale: w.scale, ...(name === 'arcs' ? { bits: p.arcBits } : {}) })),
    ...(p.beam && p.beam > 1 ? { beam: p.beam } : {}),
  };
  const hjson = new TextEncoder().encode(JSON.stringify(header));
  let size = pad4(MAGIC.length + 4 + hjson.length);
  for (const [, w] of sections) size += w.hashes.byteLength + pad4(w.hashes.length) + pad4(w.cls.byteLength) + pad4(w.q.byteLength);
  size += p.ambiguity.size * 8 + p.clusters.size * 8;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  dv.setUint32(MAGIC.length, hjson.length, true);
  out.set(hjson, MAGIC.length + 4);
  let o = pad4(MAGIC.length + 4 + hjson.length);
  const put = (a: ArrayBufferView) => {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), o);
    o = pad4(o + a.byteLength);
  };
  for (const [name, w] of sections) {
    const hashes = Int32Array.from(w.hashes);
    // Kernel slots (ascending): differences from the previous slot.
    if (name === 'arcs') for (let r = hashes.length - 1; r > 0; r--) hashes[r] -= hashes[r - 1];
    const lengths = new Uint8Array(w.hashes.length);
    for (let r = 0; r < lengths.length; r++) {
      const len = w.rowStart[r + 1] - w.rowStart[r];
      if (len > 255) throw new Error('syntax model row longer than 255 classes');
      lengths[r] = len;
    }
    put(hashes);
    put(lengths);
    put(w.cls);
    put(w.q);
  }
  const pairs = (m: Map<number, number>) => {
    const a = new Int32Array(m.size * 2);
    let k = 0;
    for (const [h, v] of m) {
      a[k++] = h;
      a[k++] = v;
    }
    return a;
  };
  put(pairs(p.ambiguity));
  put(pairs(p.clusters));
  return out;
}

/**
 * Decodes a model file; throws a plain Error with a one-line reason when the bytes are not one. `alloc`
 * gives the weight tables their memory (`sharedAlloc`: SharedArrayBuffers, for `syntaxModelImage`).
 */
export function decodeSyntaxModel(bytes: Uint8Array, alloc: Alloc = heapAlloc): SyntaxModel {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic === OLD_MAGIC) throw new Error('syntax model in the old ALSYN1 format; this build reads ALSYN2 (retrain or rebuild)');
  if (magic !== MAGIC) throw new Error('not an Article Lens syntax model (bad magic)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = dv.getUint32(MAGIC.length, true);
  if (MAGIC.length + 4 + hlen > bytes.length) throw new Error('syntax model truncated (header)');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + hlen))) as Header;
  let o = pad4(MAGIC.length + 4 + hlen);
  // The file's arrays are read where they lie (a view; copied only when the bytes sit at an offset the
  // element size does not divide): they are only read while the run-time tables are built from them,
  // which own their memory. Copying them all left ≈ 17 MB of garbage per thread until a full collection,
  // which a server may not run for minutes (issue 18: memory). Nothing decoded keeps a view of `bytes`.
  const take = <T>(ctor: { new (b: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const len = count * ctor.BYTES_PER_ELEMENT;
    const start = o;
    if (start + len > bytes.length) throw new Error('syntax model truncated (weights)');
    o = pad4(start + len);
    if ((bytes.byteOffset + start) % ctor.BYTES_PER_ELEMENT === 0) return new ctor(bytes.buffer, bytes.byteOffset + start, count);
    // Uint8Array's slice copies (a Buffer's slice would be a view of the whole pool).
    return new ctor(Uint8Array.prototype.slice.call(bytes, start, start + len).buffer, 0, count);
  };
  const weights = new Map<string, Weights>();
  for (const s of header.sections) {
    // The row starts, and a kernel's slots summed from their differences (never in the caller's bytes),
    // only feed the section's table: in scratch memory given back once it is built.
    const scratch = scratchBuffer((s.rows + 1) * 4 + (s.bits !== undefined ? s.rows * 4 : 0));
    try {
      let hashes = take(Int32Array, s.rows);
      if (s.bits !== undefined) {
        const summed = new Int32Array(scratch.buffer, (s.rows + 1) * 4, s.rows);
        summed.set(hashes);
        for (let r = 1; r < summed.length; r++) summed[r] += summed[r - 1];
        hashes = summed;
      }
      const lengths = take(Uint8Array, s.rows);
      const rowStart = new Uint32Array(scratch.buffer, 0, s.rows + 1);
      for (let r = 0; r < s.rows; r++) rowStart[r + 1] = rowStart[r] + lengths[r];
      if (rowStart[s.rows] !== s.nnz) throw new Error(`syntax model section ${s.name} is inconsistent`);
      const cls = take(Uint8Array, s.nnz);
      const q = take(Int16Array, s.nnz);
      const ser = { hashes, rowStart, cls, q, scale: s.scale };
      if (s.bits !== undefined && !(s.bits >= 4 && s.bits <= 26)) throw new Error(`syntax model section ${s.name} has a bad table size`);
      weights.set(s.name, s.bits !== undefined ? new KernelWeights(ser, s.bits, alloc) : sparseFrom(ser, alloc));
    } finally {
      scratch.release();
    }
  }
  const table = (count: number) => {
    const a = take(Int32Array, count * 2);
    const m = new Map<number, number>();
    for (let k = 0; k < a.length; k += 2) m.set(a[k], a[k + 1]);
    return m;
  };
  const ambiguity = table(header.ambiguity);
  const clusters = table(header.clusters);
  const need = (name: string) => {
    const w = weights.get(name);
    if (!w) throw new Error(`syntax model lacks its ${name} weights`);
    return w;
  };
  const tagger = need('tagger');
  const tagger2 = need('tagger2');
  return {
    source: header.source,
    tagger: { upos: header.upos, xpos: header.xpos, weights: tagger, weights2: tagger2, gate: header.gate, ambiguity, clusters,
      wordScores: new WordScores(tagger, header.upos.length), wordScores2: new WordScores(tagger2, header.upos.length), scratch: new TaggerScratch(header.upos.length),
      allowed: new Map(header.allowed.map((r) => [r[0], Int32Array.from(r.slice(1))])),
      open: Int32Array.from(header.open), },
    lemmas: indexLemmas({ rules: new Map(header.rules), exceptions: new Map(header.exceptions) }),
    parser: { labels: header.labels, rootLabel: header.rootLabel, arcs: need('arcs'), labeller: need('labeller'), scratch: new ParserScratch(header.labels.length), ...(header.beam && header.beam > 1 ? { beam: header.beam } : {}) },
  };
}

/**
 * A decoded model as another thread takes it (postMessage, workerData): the weight tables as they are
 * (typed arrays over SharedArrayBuffers when decoded with `sharedAlloc`, so every thread reads one copy
 * of the ≈ 50 MB of tables) and the rest as plain data, which is cloned. Per-thread caches are not in it.
 */
export interface SyntaxModelImage {
  source: string;
  tagger: Omit<TaggerModel, 'weights' | 'weights2' | 'wordScores' | 'wordScores2' | 'scratch'>;
  taggerTables: [SparseTables | KernelTables, SparseTables | KernelTables];
  lemmas: LemmaModel;
  parser: Omit<ParserModel, 'arcs' | 'labeller' | 'scratch'>;
  parserTables: [SparseTables | KernelTables, SparseTables | KernelTables];
}

function tablesOf(w: Weights): SparseTables | KernelTables {
  if (w instanceof SparseWeights || w instanceof KernelWeights) return w.tables();
  throw new Error('syntax model weights of an unknown kind');
}

export function syntaxModelImage(m: SyntaxModel): SyntaxModelImage {
  const { weights, weights2, wordScores, wordScores2, scratch, ...tagger } = m.tagger;
  const { arcs, labeller, scratch: parserScratch, ...parser } = m.parser;
  return { source: m.source, tagger, taggerTables: [tablesOf(weights), tablesOf(weights2)], lemmas: m.lemmas, parser, parserTables: [tablesOf(arcs), tablesOf(labeller)] };
}

/** The model of an image, with this thread's own word-score caches. */
export function syntaxModelFromImage(img: SyntaxModelImage): SyntaxModel {
  const weights = weightsFrom(img.taggerTables[0]);
  const weights2 = weightsFrom(img.taggerTables[1]);
  const classes = img.tagger.upos.length;
  return {
    source: img.source,
    tagger: { ...img.tagger, weights, weights2, wordScores: new WordScores(weights, classes), wordScores2: new WordScores(weights2, classes), scratch: new TaggerScratch(classes) },
    lemmas: img.lemmas,
    parser: { ...img.parser, arcs: weightsFrom(img.parserTables[0]), labeller: weightsFrom(img.parserTables[1]), scratch: new ParserScratch(img.parser.labels.length) },
  };
}
