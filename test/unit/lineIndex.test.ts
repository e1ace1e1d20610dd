import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/features/lineIndex';

test('positions follow LSP line rules for \\n, \\r\\n and lone \\r', () => {
  const text = 'ab\r\ncd\ref\ngh';
  const li = new LineIndex(text);
  assert.deepEqual(li.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(li.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(li.positionAt(7), { line: 2, character: 0 });
  assert.deepEqual(li.positionAt(10), { line: 3, character: 0 });
  for (let o = 0; o <= text.length; o++) {
    const p = li.positionAt(o);
    if (text[o - 1] === '\r' && text[o] === '\n') continue; // between \r and \n is not a position
    assert.equal(li.offsetAt(p), o, `offset ${o}`);
  }
});

test('positions past a line end clamp to the end of that line; past the text to its end', () => {
  const li = new LineIndex('ab\r\ncd');
  assert.equal(li.offsetAt({ line: 0, character: 99 }), 2);
  assert.equal(li.offsetAt({ line: 9, character: 0 }), 6);
  assert.equal(li.offsetAt({ line: 1, character: 99 }), 6);
});

test('characters are UTF-16 code units (an emoji counts two)', () => {
  const li = new LineIndex('😀 Petro');
  assert.deepEqual(li.positionAt(3), { line: 0, character: 3 });
  assert.equal(li.offsetAt({ line: 0, character: 3 }), 3);
});

// ── issue 19: negotiated position encodings ────────────────────────────────────────────────

const SAMPLE = 'ab 😀 café\r\nñ 👍🏽 “Petro”\r𝐀x\n\u0301e\u0301 end';

/** The encoded length of a string in an encoding, computed independently. */
function measure(s: string, encoding: 'utf-16' | 'utf-8' | 'utf-32'): number {
  if (encoding === 'utf-16') return s.length;
  if (encoding === 'utf-8') return Buffer.byteLength(s, 'utf8');
  return [...s].length;
}

for (const encoding of ['utf-16', 'utf-8', 'utf-32'] as const) {
  test(`${encoding}: characters count ${encoding} units, and offsetAt inverts positionAt`, () => {
    const li = new LineIndex(SAMPLE, encoding);
    const plain = new LineIndex(SAMPLE);
    for (let o = 0; o <= SAMPLE.length; o++) {
      const c = SAMPLE.charCodeAt(o);
      if (c >= 0xdc00 && c <= 0xdfff) continue; // not a position: inside a surrogate pair
      if (SAMPLE[o - 1] === '\r' && SAMPLE[o] === '\n') continue; // between \r and \n is not a position
      const p = li.positionAt(o);
      const p16 = plain.positionAt(o);
      assert.equal(p.line, p16.line);
      const lineStart = o - p16.character;
      assert.equal(p.character, measure(SAMPLE.slice(lineStart, o), encoding), `offset ${o}`);
      assert.equal(li.offsetAt(p), o, `offset ${o} → ${JSON.stringify(p)}`);
    }
    // Past a line's end still clamps to it.
    assert.equal(li.offsetAt({ line: 0, character: 999 }), SAMPLE.indexOf('\r\n'));
  });
}

test('a position inside a multi-unit character never lands between the halves of a surrogate pair', () => {
  const li = new LineIndex('a😀b', 'utf-8');
  for (let ch = 0; ch <= 6; ch++) {
    const o = li.offsetAt({ line: 0, character: ch });
    assert.ok(o !== 2, `character ${ch} → offset ${o}`);
  }
});
