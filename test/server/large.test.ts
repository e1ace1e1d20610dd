// A multi-megabyte document stays responsive: analysis runs off the protocol
// thread, requests are answered meanwhile, and stale work is dropped.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient, positionOf } from '../support/lspClient';
import { SEED } from '../support/seed';

const body = SEED.replace(/^ date \S+ /, '');
// ~1.2 MB: the seed's paragraphs repeated, as in a long transcript.
const BIG = ' date 2026-02-03 ' + Array.from({ length: 320 }, () => body.trim()).join('\n\n') + '\n';

/**
 * The request's answer once the document's analysis for its current version is final: while it is
 * provisional, position requests answer ContentModified (-32801) and are asked again, as an editor does.
 */
async function whenFinal<T>(ask: () => Promise<T>, deadlineMs = 60_000): Promise<T> {
  for (const until = Date.now() + deadlineMs; ; ) {
    try {
      return await ask();
    } catch (e) {
      if ((e as { code?: number }).code !== -32801 || Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A large document's analysis with syntax takes seconds, more on a busy machine: wait for it generously. */
const LARGE_WAIT_MS = 60_000;

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
    await c.diagnosticsFor(uri, from, 1, LARGE_WAIT_MS);
    const at = BIG.lastIndexOf('Villavicencio') + 2;
    const h = await whenFinal(() => c.request('textDocument/hover', { textDocument: { uri }, position: positionOf(BIG, at) }));
    assert.match(h.contents.value, /Yolanda Villavicencio/);
    // Edits: versions 2..6 in a burst; only the last one's analysis is published.
    let text = BIG;
    const from2 = c.notifications.length;
    for (let v = 2; v <= 6; v++) {
      text = 'Breaking. ' + text;
      c.change(uri, text, v);
    }
    // Meanwhile a hover cannot be answered exactly for version 6: ContentModified (issue 19), never stale data.
    const moved = text.lastIndexOf('Villavicencio') + 2;
    const h2 = await c.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, moved) }).catch((e) => e);
    if (h2 instanceof Error) assert.equal((h2 as Error & { code?: number }).code, -32801);
    else assert.match(h2.contents.value, /Yolanda Villavicencio/);
    const final = await c.diagnosticsFor(uri, from2, 6, LARGE_WAIT_MS);
    assert.equal(final.params.version, 6);
    const h3 = await whenFinal(() => c.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, moved) }));
    assert.match(h3.contents.value, /Yolanda Villavicencio/);
  } finally {
    await c.shutdown();
  }
});

test('a rename right after an edit to a large document: ContentModified, never an answer that misses the new mention', { timeout: 180_000 }, async () => {
  const c = new LspClient();
  try {
    await c.initialize();
    const uri = 'file:///large/rename.article';
    const from = c.notifications.length;
    c.open(uri, BIG);
    await c.diagnosticsFor(uri, from, 1, LARGE_WAIT_MS);
    const count = (t: string) => (t.match(/Villavicencio/g) ?? []).length;
    // The edit adds a mention of the person at the very start.
    const text = ' date 2026-02-03 Yolanda Villavicencio arrived first.\n\n' + BIG.slice(' date 2026-02-03 '.length);
    const from2 = c.notifications.length;
    c.change(uri, text, 2);
    const at = positionOf(text, text.lastIndexOf('Villavicencio') + 2);
    const early = await c.request('textDocument/rename', { textDocument: { uri }, position: at, newName: 'Yolanda Morales' }).catch((e) => e);
    if (early instanceof Error) assert.equal((early as Error & { code?: number }).code, -32801, early.message);
    else assert.equal(early.changes[uri].length, count(text), 'an immediate answer must include every mention');
    await c.diagnosticsFor(uri, from2, 2, LARGE_WAIT_MS);
    const late = await whenFinal(() => c.request('textDocument/rename', { textDocument: { uri }, position: at, newName: 'Yolanda Morales' }));
    assert.equal(late.changes[uri].length, count(text));
    assert.ok(late.changes[uri].some((e: { range: { start: { line: number } } }) => e.range.start.line === 0), 'the new mention on line 1 is renamed');
  } finally {
    await c.shutdown();
  }
});

test('"Show Analysis as JSON" on a large document just opened waits for its analysis instead of answering from the empty stand-in', { timeout: 180_000 }, async () => {
  const c = new LspClient();
  try {
    await c.initialize();
    const uri = 'file:///large/json.article';
    c.open(uri, BIG);
    const json = await c.request('articleLens/analysis', { uri });
    assert.ok(json.people.some((p: { name: string }) => p.name === 'Yolanda Villavicencio'), 'the full analysis');
    assert.equal(json.quotes.length, 320 * 10);
  } finally {
    await c.shutdown();
  }
});
