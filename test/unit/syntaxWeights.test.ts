// The syntax model's weight tables and word ids: the inline sparse table adds exactly the rows it was
// given (short rows inline, long rows out of line), the hash kernel shares a slot between colliding
// features, shapes and flags come out as documented, and word clusters group words by their contexts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DenseWeights, KernelWeights, SparseWeights, feat, type SerializedWeights } from '../../server/src/analysis/syntax/weights';
import { CAP_ALL, CAP_FIRST, CAP_MIXED, CAP_NONE, NO_CLUSTER, assignClusters, shapeOf, wordIds } from '../../server/src/analysis/syntax/words';
import { decodeSyntaxModel, encodeSyntaxModel } from '../../server/src/analysis/syntax/model';
import { learnClusters } from '../../server/src/analysis/syntax/train/clusters';
import { hashString } from '../../server/src/analysis/syntax/weights';

function serialized(rows: [number, [number, number][]][]): SerializedWeights {
  const hashes: number[] = [];
  const rowStart = [0];
  const cls: number[] = [];
  const q: number[] = [];
  for (const [h, entries] of rows) {
    hashes.push(h);
    for (const [c, w] of entries) {
      cls.push(c);
      q.push(w);
    }
    rowStart.push(cls.length);
  }
  return { hashes: Int32Array.from(hashes), rowStart: Uint32Array.from(rowStart), cls: Uint8Array.from(cls), q: Int16Array.from(q), scale: 1 };
}

test('sparse weights: rows of one to five entries add exactly their weights; unknown features add nothing', () => {
  const rows: [number, [number, number][]][] = [];
  for (let r = 0; r < 200; r++) {
    const len = 1 + (r % 5);
    const entries: [number, number][] = [];
    for (let k = 0; k < len; k++) entries.push([(r * 7 + k * 13) % 40, ((r * 31 + k * 17) % 2001) - 1000 || 1]);
    rows.push([feat(1, r), entries]);
  }
  const w = new SparseWeights(serialized(rows));
  for (const [h, entries] of rows) {
    const got = new Int32Array(40);
    w.add(h, got);
    const want = new Int32Array(40);
    for (const [c, v] of entries) want[c] += v;
    assert.deepEqual(got, want);
  }
  const none = new Int32Array(40);
  for (let r = 200; r < 400; r++) w.add(feat(1, r), none);
  assert.deepEqual(none, new Int32Array(40));
});

test('sparse weights: addAll over a feature list (known, unknown, repeated) sums what add gives one by one', () => {
  const rows: [number, [number, number][]][] = [];
  for (let r = 0; r < 300; r++) {
    const entries: [number, number][] = [];
    for (let k = 0; k < 1 + (r % 9); k++) entries.push([(r * 5 + k * 11) % 50, ((r * 37 + k * 19) % 3001) - 1500 || 1]);
    rows.push([feat(2, r), entries]);
  }
  const w = new SparseWeights(serialized(rows));
  const feats = new Int32Array(64);
  for (let start = 0; start < 400; start += 40) {
    let nf = 0;
    for (let r = start; r < start + 40; r++) feats[nf++] = feat(2, r % 350);
    feats[nf++] = feats[0];
    const want = new Int32Array(50);
    for (let f = 0; f < nf; f++) w.add(feats[f], want);
    const got = new Int32Array(50);
    w.addAll(feats, nf, got);
    assert.deepEqual(got, want);
    assert.ok(want.some((v) => v !== 0));
  }
});

test('parameter mixing (train.ts --seeds): the mix holds each run\'s averaged weights times its share', () => {
  // Each run: one update at tick 1, then a tick (averaged weight w − u/c = 1 − 1/2); each weighs half in the mix.
  const a = new DenseWeights(3);
  a.update([7], 1, 0, 1);
  a.tick();
  const b = new DenseWeights(3);
  b.update([9], 1, 2, 0);
  b.tick();
  const mix = new DenseWeights(3);
  a.mixInto(mix, 0.5);
  b.mixInto(mix, 0.5);
  const at = (f: number) => {
    const s = new Float32Array(3);
    mix.score([f], 1, s);
    return Array.from(s);
  };
  assert.deepEqual(at(7), [0.25, -0.25, 0]);
  assert.deepEqual(at(9), [-0.25, 0, 0.25]);
  assert.deepEqual(mix.toSparse(0, 100).hashes.length, 2);
});

test('hash kernel: a feature adds its slot; features whose low bits agree share one slot', () => {
  const bits = 8;
  const w = new KernelWeights(serialized([[5, [[0, 3], [2, -4]]], [6, [[1, 7]]]]), bits);
  const s = new Int32Array(4);
  w.add(5, s);
  assert.deepEqual([...s], [3, 0, -4, 0]);
  w.add(5 + (1 << bits), s);
  assert.deepEqual([...s], [6, 0, -8, 0]);
  w.add(6, s);
  w.add(7, s);
  assert.deepEqual([...s], [6, 7, -8, 0]);
  const all = new Int32Array(4);
  w.addAll(Int32Array.from([5, 5 + (1 << bits), 6, 7]), 4, all);
  assert.deepEqual(all, s);
});

test('word shapes and capitalisation flags', () => {
  assert.equal(shapeOf('Xxxxx'), 'Xxx');
  assert.equal(shapeOf('Trump'), 'Xxx');
  assert.equal(shapeOf('U.S.'), 'X.X.');
  assert.equal(shapeOf('1,000'), 'd,dd');
  assert.equal(shapeOf('García'), 'Xxx');
  const ids = wordIds(['Trump', 'NATO', 'iPhone', 'said', 'A', 'COVID-19', '-', 'e-mail']);
  assert.deepEqual([...ids.flags], [CAP_FIRST, CAP_ALL, CAP_MIXED, CAP_NONE, CAP_FIRST, CAP_ALL | 4 | 8, CAP_NONE, CAP_NONE | 8]);
});

test('an ALSYN1 model file is refused by name, not misread', () => {
  const bytes = new TextEncoder().encode('ALSYN1\n\u0000\u0000\u0000\u0000');
  assert.throws(() => decodeSyntaxModel(bytes), /old ALSYN1 format/);
});

test('word clusters put words used in the same contexts together', () => {
  const sents: string[][] = [];
  const days = ['Monday', 'Tuesday', 'Friday'];
  const verbs = ['said', 'added', 'argued'];
  for (let i = 0; i < 60; i++) {
    sents.push(['He', verbs[i % 3], 'on', days[i % 3], '.']);
    sents.push(['The', 'meeting', 'is', 'on', days[(i + 1) % 3], 'morning', '.']);
    sents.push(['She', verbs[(i + 2) % 3], 'that', 'it', 'rained', '.']);
  }
  const cl = learnClusters(sents, { k: 8, contexts: 20, minCount: 3, iterations: 10 });
  const c = (w: string) => cl.get(hashString(w));
  assert.equal(c('monday'), c('tuesday'));
  assert.equal(c('monday'), c('friday'));
  assert.equal(c('said'), c('argued'));
  assert.notEqual(c('monday'), c('said'));
  const ids = wordIds(['Monday', 'zzz']);
  assignClusters(ids, cl);
  assert.equal(ids.cl[0], c('monday'));
  assert.equal(ids.cl[1], NO_CLUSTER);
});

test('model file round trip: kernel slots (stored as differences) and sparse rows decode to the same sums', () => {
  const sparse = serialized([[feat(3, 1), [[0, 5], [4, -2]]], [feat(3, 2), [[1, 9], [2, 1], [3, 1], [5, -7]]]]);
  const kernel = serialized([[900, [[2, 4]]], [17, [[0, -3], [1, 8]]], [400, [[0, 1], [1, 1], [2, 1]]]]);
  const bytes = encodeSyntaxModel({
    source: 'test', upos: ['A', 'B', 'C', 'D', 'E', 'F'], xpos: ['a', 'b', 'c', 'd', 'e', 'f'], labels: ['root', 'dep'], rootLabel: 0,
    rules: new Map([['a\u0001', '0|']]), exceptions: new Map(), ambiguity: new Map([[7, 8]]), clusters: new Map([[hashString('monday'), 3]]),
    gate: 1200, allowed: new Map([[7, Int32Array.from([1])]]), open: Int32Array.from([0, 1]),
    tagger: sparse, tagger2: sparse, arcs: kernel, arcBits: 10, labeller: sparse,
  });
  const m = decodeSyntaxModel(bytes);
  assert.equal(m.tagger.gate, 1200);
  assert.equal(m.tagger.clusters.get(hashString('monday')), 3);
  const sum = (w: { add(h: number, s: Int32Array): void }, h: number) => {
    const s = new Int32Array(6);
    w.add(h, s);
    return [...s];
  };
  assert.deepEqual(sum(m.tagger.weights2, feat(3, 2)), [0, 9, 1, 1, 0, -7]);
  assert.deepEqual(sum(m.parser.labeller, feat(3, 1)), [5, 0, 0, 0, -2, 0]);
  assert.deepEqual(sum(m.parser.arcs, 17).slice(0, 3), [-3, 8, 0]);
  assert.deepEqual(sum(m.parser.arcs, 900 + (1 << 10)).slice(0, 3), [0, 0, 4]);
  assert.deepEqual(sum(m.parser.arcs, 400).slice(0, 3), [1, 1, 1]);
});
