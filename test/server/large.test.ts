// A multi-megabyte document stays responsive: analysis runs off the protocol
// thread, requests are answered meanwhile, and stale work is dropped.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient, positionOf } from '../support/lspClient';
import { SEED } from '../support/seed';

const body = SEED.replace(/^ date \S+ /, '');
// ~1.2 MB: the seed's paragraphs repeated, as in a long transcript.
const BIG = ' date 2026-02-03 ' + Array.from({ length: 320 }, () => body.trim()).join('\n\n') + '\n';

test('a large document: requests answer while it is analysed, then from the full analysis', async () => {
  const c = new LspClient();
  try {
    await c.initialize();
    const uri = 'file:///large/transcript.article';
    const from = c.notifications.length;
    c.open(uri, BIG);
    // Answered at once, before the analysis is done (a provisional, empty answer is fine).
    const early = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(early));
    // The full analysis arrives as diagnostics for version 1.
    await c.diagnosticsFor(uri, from, 1);
    const at = BIG.lastIndexOf('Villavicencio') + 2;
    const h = await c.request('textDocument/hover', { textDocument: { uri }, position: positionOf(BIG, at) });
    assert.match(h.contents.value, /Yolanda Villavicencio/);
    // Edits: versions 2..6 in a burst; only the last one's analysis is published.
    let text = BIG;
    const from2 = c.notifications.length;
    for (let v = 2; v <= 6; v++) {
      text = 'Breaking. ' + text;
      c.change(uri, text, v);
    }
    // Meanwhile, a hover lands on the shifted provisional analysis, at the moved position.
    const moved = text.lastIndexOf('Villavicencio') + 2;
    const h2 = await c.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, moved) });
    assert.match(h2.contents.value, /Yolanda Villavicencio/);
    const final = await c.diagnosticsFor(uri, from2, 6);
    assert.equal(final.params.version, 6);
  } finally {
    await c.shutdown();
  }
});
