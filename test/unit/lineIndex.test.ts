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
