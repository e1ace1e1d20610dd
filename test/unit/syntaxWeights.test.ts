// The syntax model's weight tables and word ids: the inline sparse table adds exactly the rows it was
// given (short rows inline, long rows out of line), and shapes and flags come out as documented.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SparseWeights, feat, type SerializedWeights } from '../../server/src/analysis/syntax/weights';
import { CAP_ALL, CAP_FIRST, CAP_MIXED, CAP_NONE, shapeOf, wordIds } from '../../server/src/analysis/syntax/words';

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

test('word shapes and capitalisation flags', () => {
  assert.equal(shapeOf('Xxxxx'), 'Xxx');
  assert.equal(shapeOf('Trump'), 'Xxx');
  assert.equal(shapeOf('U.S.'), 'X.X.');
  assert.equal(shapeOf('1,000'), 'd,dd');
  assert.equal(shapeOf('García'), 'Xxx');
  const ids = wordIds(['Trump', 'NATO', 'iPhone', 'said', 'A', 'COVID-19', '-', 'e-mail']);
  assert.deepEqual([...ids.flags], [CAP_FIRST, CAP_ALL, CAP_MIXED, CAP_NONE, CAP_FIRST, CAP_ALL | 4 | 8, CAP_NONE, CAP_NONE | 8]);
});
