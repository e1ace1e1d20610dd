// Bounded memory and time over stdio (issue 19): a 100 MB document leaves the server alive and answering,
// semantic tokens on a 5 MB single line are answered (their speed: npm run bench), and a 20 MB article in the workspace is listed, not
// analysed, while the open article is answered.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient, fileUri, positionOf } from '../support/lspClient';
import { SEED, nth } from '../support/seed';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const body = SEED.replace(/^ date \S+ /, '').trim();

async function hoverText(c: LspClient, uri: string, text: string, offset: number): Promise<string> {
  const h = await c.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, offset) });
  return h ? String(h.contents.value) : '';
}

test('a 100 MB document: one information diagnostic, a reduced analysis, and the server keeps answering', { timeout: 120_000 }, async () => {
  const c = new LspClient();
  try {
    await c.initialize();
    const uri = 'file:///limits/huge.article';
    const unit = body + '\n\n';
    const huge = ' date 2026-02-03 ' + unit.repeat(Math.ceil((100 * 1024 * 1024) / unit.length));
    assert.ok(huge.length >= 100 * 1024 * 1024);
    const from = c.notifications.length;
    c.open(uri, huge);
    const diags = (await c.diagnosticsFor(uri, from)).params.diagnostics;
    assert.equal(diags.length, 1, JSON.stringify(diags).slice(0, 300));
    assert.equal(diags[0].severity, 3);
    assert.equal(diags[0].code, 'document-too-large');
    assert.match(diags[0].message, /100 MB, over the 20 MB limit/);
    // Requests on it answer (with nothing), and other documents are analysed as usual.
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 40 } }), null);
    const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);
    const seedUri = 'file:///limits/seed.article';
    c.open(seedUri, SEED);
    assert.match(await hoverText(c, seedUri, SEED, nth(SEED, 'Petro', 0, 1)), /Gustavo Petro/);
    // Closing and reopening it does not bring a crash back either.
    c.notify('textDocument/didClose', { textDocument: { uri } });
    const from2 = c.notifications.length;
    c.open(uri, huge, 2);
    assert.equal((await c.diagnosticsFor(uri, from2, 2)).params.diagnostics[0].code, 'document-too-large');
    assert.match(await hoverText(c, seedUri, SEED, nth(SEED, 'Petro', 0, 1)), /Gustavo Petro/);
    assert.doesNotMatch(c.stderr.join(''), /heap out of memory|FATAL/);
  } finally {
    await c.shutdown();
  }
});

test('semantic tokens on a 5 MB single-line article answer (their time is a bench row, not a test)', { timeout: 180_000 }, async () => {
  const c = new LspClient();
  try {
    await c.initialize();
    const uri = 'file:///limits/one-line.article';
    const line = body.replace(/\s*\n\s*/g, ' ');
    const text = ' date 2026-02-03 ' + Array.from({ length: Math.ceil((5 * 1024 * 1024) / line.length) }, () => line).join(' ');
    const from = c.notifications.length;
    c.open(uri, text);
    // The full analysis (in the worker, syntax included: tens of seconds at 5 MB) is announced by its diagnostics.
    await c.diagnosticsFor(uri, from, 1, 150_000);
    const tokens = await c.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(tokens.data.length > 100_000, `${tokens.data.length / 5} tokens`);
    // The issue's bound (under a second; it took 73 s) is checked by `npm run bench` (row "semantic tokens,
    // … single line"), beside the machine's load: a timed assertion here failed a CI run on a busy machine
    // (1141 ms while another CI run shared the two cores).
    const folds = await c.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(Array.isArray(folds));
  } finally {
    await c.shutdown();
  }
});

test('a workspace with a 20 MB article: it is listed, not analysed (one log line), and the open article is answered while indexing', { timeout: 60_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-limits-'));
  const unit = body + '\n\n';
  fs.writeFileSync(path.join(dir, 'a-big.article'), ' date 2026-02-03 Giant Zanzibar Bigfile spoke.\n\n' + unit.repeat(Math.ceil((20 * 1024 * 1024) / unit.length)));
  for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(dir, `b${i}.article`), SEED);
  // Between the protocol thread's 64 KB and the index's 4 MB: summarised in the worker.
  fs.writeFileSync(path.join(dir, 'c-medium.article'), ' date 2026-02-03 Mayor Medina Middlesize opened the bridge.\n\n' + unit.repeat(Math.ceil((200 * 1024) / unit.length)));
  const open = path.join(dir, 'open.article');
  fs.writeFileSync(open, SEED);
  const c = new LspClient();
  try {
    await c.request('initialize', { processId: process.pid, rootUri: fileUri(dir), workspaceFolders: [{ uri: fileUri(dir), name: 'w' }], capabilities: {} });
    c.notify('initialized', {});
    c.open(fileUri(open), SEED);
    const h = await hoverText(c, fileUri(open), SEED, nth(SEED, 'Petro', 0, 1));
    const answeredAt = c.notifications.length;
    assert.match(h, /Gustavo Petro/);
    const indexed = await c.waitFor((m) => m.method === 'window/logMessage' && /^Indexed \d+ articles/.test(m.params.message), 50_000);
    assert.ok(c.notifications.indexOf(indexed) >= answeredAt, 'the hover was answered before the index build finished');
    const skipped = c.notifications.filter((m: Json) => m.method === 'window/logMessage' && /did not index/.test(m.params.message));
    assert.equal(skipped.length, 1);
    assert.match(skipped[0].params.message, /did not index 1 file over 4 MB: a-big\.article \(2\d\.\d MB\)/);
    const people = (await c.request('workspace/symbol', { query: 'Bigfile' })) as Json[];
    assert.deepEqual(people, []);
    assert.ok(((await c.request('workspace/symbol', { query: 'Petro' })) as Json[]).some((s) => /Gustavo Petro — 6\d articles/.test(s.name)));
    assert.ok(((await c.request('workspace/symbol', { query: 'Middlesize' })) as Json[]).some((s) => /Medina Middlesize — 1 article/.test(s.name)));
  } finally {
    await c.shutdown();
  }
});
