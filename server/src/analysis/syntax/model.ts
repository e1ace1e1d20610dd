// The syntax model file: one binary blob holding the tagger, lemmatiser and parser. Layout:
//   "ALSYN1\n"  u32 header length  header JSON  (padding to 4)  then, per weight section in header
//   order: hashes i32[rows], rowStart u32[rows+1], classes u8[nnz] (padding), weights i16[nnz] (padding);
//   then the ambiguity table i32[2 × entries].
// Decoding is pure (bytes in, model out); the hosts (server, worker, CLI) read the file and report a
// missing or corrupt one as a warning, then analyse without syntax.
import { sparseFrom, type SerializedWeights } from './weights';
import type { TaggerModel } from './tagger';
import type { LemmaModel } from './lemmatizer';
import type { ParserModel } from './parser';

const MAGIC = 'ALSYN1\n';

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
  /** Tag dictionary rows: [word hash, class, class, …]. */
  allowed: number[][];
  open: number[];
  sections: { name: string; rows: number; nnz: number; scale: number }[];
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
  allowed: Map<number, Int32Array>;
  open: Int32Array;
  tagger: SerializedWeights;
  tagger2: SerializedWeights;
  arcs: SerializedWeights;
  labeller: SerializedWeights;
}

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeSyntaxModel(p: ModelParts): Uint8Array {
  const sections = [
    ['tagger', p.tagger],
    ['tagger2', p.tagger2],
    ['arcs', p.arcs],
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
    allowed: [...p.allowed].map(([h, c]) => [h, ...c]),
    open: [...p.open],
    sections: sections.map(([name, w]) => ({ name, rows: w.hashes.length, nnz: w.cls.length, scale: w.scale })),
  };
  const hjson = new TextEncoder().encode(JSON.stringify(header));
  let size = pad4(MAGIC.length + 4 + hjson.length);
  for (const [, w] of sections) size += w.hashes.byteLength + w.rowStart.byteLength + pad4(w.cls.byteLength) + pad4(w.q.byteLength);
  size += p.ambiguity.size * 8;
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
  for (const [, w] of sections) {
    put(w.hashes);
    put(w.rowStart);
    put(w.cls);
    put(w.q);
  }
  const amb = new Int32Array(p.ambiguity.size * 2);
  let k = 0;
  for (const [h, a] of p.ambiguity) {
    amb[k++] = h;
    amb[k++] = a;
  }
  put(amb);
  return out;
}

/** Decodes a model file; throws a plain Error with a one-line reason when the bytes are not one. */
export function decodeSyntaxModel(bytes: Uint8Array): SyntaxModel {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error('not an Article Lens syntax model (bad magic)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = dv.getUint32(MAGIC.length, true);
  if (MAGIC.length + 4 + hlen > bytes.length) throw new Error('syntax model truncated (header)');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + hlen))) as Header;
  let o = pad4(MAGIC.length + 4 + hlen);
  // Copy each array out so it is aligned and owns its memory whatever the source buffer was.
  const take = <T>(ctor: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const len = count * ctor.BYTES_PER_ELEMENT;
    if (o + len > bytes.length) throw new Error('syntax model truncated (weights)');
    // Uint8Array's slice copies (a Buffer's slice would be a view of the whole pool).
    const copy = Uint8Array.prototype.slice.call(bytes, o, o + len);
    o = pad4(o + len);
    return new ctor(copy.buffer);
  };
  const weights = new Map<string, ReturnType<typeof sparseFrom>>();
  for (const s of header.sections) {
    const hashes = take(Int32Array, s.rows);
    const rowStart = take(Uint32Array, s.rows + 1);
    const cls = take(Uint8Array, s.nnz);
    const q = take(Int16Array, s.nnz);
    weights.set(s.name, sparseFrom({ hashes, rowStart, cls, q, scale: s.scale }));
  }
  const amb = take(Int32Array, header.ambiguity * 2);
  const ambiguity = new Map<number, number>();
  for (let k = 0; k < amb.length; k += 2) ambiguity.set(amb[k], amb[k + 1]);
  const need = (name: string) => {
    const w = weights.get(name);
    if (!w) throw new Error(`syntax model lacks its ${name} weights`);
    return w;
  };
  return {
    source: header.source,
    tagger: { upos: header.upos, xpos: header.xpos, weights: need('tagger'), weights2: need('tagger2'), ambiguity,
      allowed: new Map(header.allowed.map((r) => [r[0], Int32Array.from(r.slice(1))])),
      open: Int32Array.from(header.open), },
    lemmas: { rules: new Map(header.rules), exceptions: new Map(header.exceptions) },
    parser: { labels: header.labels, rootLabel: header.rootLabel, arcs: need('arcs'), labeller: need('labeller') },
  };
}
