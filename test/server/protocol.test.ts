// LSP lifecycle and message-shape conformance of the real server over stdio (issue 19, "Protocol").
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient, NO_ANSWER, fileUri } from '../support/lspClient';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ARTICLE = ' date 2026-02-03 President Alma Quintero met Gov. Bruno Castellanos on Tuesday.\n\n“It went well,” Quintero said.\n';
const nameAt = ARTICLE.indexOf('Quintero') + 1;
const namePos = { line: 0, character: nameAt };

async function settle(p: Promise<Json>): Promise<Json> {
  try {
    return await p;
  } catch (e) {
    return { error: e as Error & { code?: number } };
  }
}

async function withClient(fn: (c: LspClient) => Promise<void>): Promise<void> {
  const c = new LspClient();
  try {
    await fn(c);
  } finally {
    await c.shutdown();
  }
}

test('before initialize: requests get ServerNotInitialized (-32002), didOpen is ignored', () =>
  withClient(async (c) => {
    const uri = 'file:///protocol/early.txt';
    c.open(uri, ARTICLE);
    const r = await settle(c.request('textDocument/hover', { textDocument: { uri }, position: namePos }));
    assert.equal(r?.error?.code, -32002, JSON.stringify(r));
    await c.initialize();
    // The didOpen sent before initialize was dropped: the document is unknown.
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: namePos }), null);
    c.open(uri, ARTICLE);
    const h = await c.request('textDocument/hover', { textDocument: { uri }, position: namePos });
    assert.match(h.contents.value, /Alma Quintero/);
  }));

test('a second initialize is refused with InvalidRequest and the session goes on', () =>
  withClient(async (c) => {
    await c.initialize();
    const r = await settle(c.request('initialize', { processId: null, rootUri: null, capabilities: {} }));
    assert.equal(r?.error?.code, -32600, JSON.stringify(r));
    const uri = 'file:///protocol/second.txt';
    c.open(uri, ARTICLE);
    const h = await c.request('textDocument/hover', { textDocument: { uri }, position: namePos });
    assert.match(h.contents.value, /Alma Quintero/);
  }));

test('after shutdown: requests get InvalidRequest (-32600); exit then ends the process with 0', async () => {
  const c = new LspClient();
  await c.initialize();
  const uri = 'file:///protocol/after.txt';
  c.open(uri, ARTICLE);
  assert.ok(await c.request('textDocument/hover', { textDocument: { uri }, position: namePos }));
  assert.equal(await c.request('shutdown', null), null);
  const r = await settle(c.request('textDocument/hover', { textDocument: { uri }, position: namePos }));
  assert.equal(r?.error?.code, -32600, JSON.stringify(r));
  const again = await settle(c.request('shutdown', null));
  assert.equal(again?.error?.code, -32600, JSON.stringify(again));
  c.notify('exit', null);
  assert.equal(await c.exited, 0);
});

test('tolerant initialize: capabilities null, malformed workspaceFolders, odd processId', async () => {
  const cases: Json[] = [
    { processId: null, rootUri: null, capabilities: null },
    { processId: 'abc', rootUri: 42, capabilities: [], workspaceFolders: 'not folders' },
    { processId: null, capabilities: { workspace: null }, workspaceFolders: [1, null, { uri: 5 }, { name: 'x' }, { uri: 'file:///nowhere-at-all', name: 3 }] },
    { capabilities: { workspace: { configuration: 'yes' } }, workspaceFolders: { uri: 'file:///x' }, initializationOptions: null, trace: 7 },
  ];
  for (const params of cases) {
    await withClient(async (c) => {
      const r = await settle(c.request('initialize', params));
      assert.ok(!r?.error, `${JSON.stringify(params)} → ${r?.error?.code} ${r?.error?.message}`);
      assert.ok(r.capabilities.hoverProvider);
      c.notify('initialized', {});
      const uri = 'file:///protocol/tolerant.txt';
      c.open(uri, ARTICLE);
      const h = await c.request('textDocument/hover', { textDocument: { uri }, position: namePos });
      assert.match(h.contents.value, /Alma Quintero/);
    });
  }
});

test('malformed positions get InvalidParams (-32602); a non-integer position never renames anyone', () =>
  withClient(async (c) => {
    await c.initialize();
    const uri = 'file:///protocol/positions.txt';
    c.open(uri, ARTICLE);
    const textDocument = { uri };
    for (const position of [{ line: 0.5, character: 0 }, { line: 0, character: -1 }, { line: -1, character: 3 }, { line: 0, character: 'x' }, { line: 0 }, null, 'here']) {
      const r = await settle(c.request('textDocument/hover', { textDocument, position }));
      assert.equal(r?.error?.code, -32602, `hover at ${JSON.stringify(position)} → ${JSON.stringify(r)}`);
      const rn = await settle(c.request('textDocument/rename', { textDocument, position, newName: 'Somebody Else' }));
      assert.equal(rn?.error?.code, -32602, `rename at ${JSON.stringify(position)} → ${JSON.stringify(rn)}`);
    }
    const badRange = await settle(c.request('textDocument/codeAction', { textDocument, range: { start: { line: 0, character: 1.5 }, end: namePos }, context: { diagnostics: [] } }));
    assert.equal(badRange?.error?.code, -32602, JSON.stringify(badRange));
    // Valid positions (even far past the end) still work.
    assert.match((await c.request('textDocument/hover', { textDocument, position: namePos })).contents.value, /Alma Quintero/);
    assert.ok(!(await settle(c.request('textDocument/hover', { textDocument, position: { line: 2 ** 31 - 1, character: 0 } })))?.error);
  }));

test('malformed document sync (text not a string, no version, bad changes) is dropped, and the document stays usable', () =>
  withClient(async (c) => {
    await c.initialize();
    const uri = 'file:///protocol/sync.txt';
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: 42 } });
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', text: ARTICLE } });
    c.notify('textDocument/didOpen', null);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: namePos }), null, 'nothing was opened');
    c.open(uri, ARTICLE);
    c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: null }] });
    c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: 'everything' });
    c.notify('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'x' }] });
    c.notify('textDocument/didClose', { textDocument: null });
    const h = await c.request('textDocument/hover', { textDocument: { uri }, position: namePos });
    assert.match(h.contents.value, /Alma Quintero/);
    const errors = c.notifications.filter((m: Json) => m.method === 'window/logMessage' && m.params.type === 1);
    assert.deepEqual(errors.map((m: Json) => m.params.message), []);
  }));

test('positionEncoding: the client\'s first of utf-16, utf-8, utf-32; utf-16 without a list or a known entry', async () => {
  const cases: [unknown, string][] = [
    [undefined, 'utf-16'],
    [['utf-8', 'utf-16'], 'utf-8'],
    [['utf-32'], 'utf-32'],
    [['utf-7', 'utf-16'], 'utf-16'],
    [['latin-1'], 'utf-16'],
    ['garbage', 'utf-16'],
  ];
  for (const [encodings, want] of cases) {
    await withClient(async (c) => {
      const r = await c.initialize(undefined, { general: { positionEncodings: encodings } });
      assert.equal(r.capabilities.positionEncoding, want, JSON.stringify(encodings));
    });
  }
});

for (const encoding of ['utf-8', 'utf-32'] as const) {
  test(`${encoding} positions: hover, diagnostics, semantic tokens and rename count ${encoding} units`, () =>
    withClient(async (c) => {
      const r = await c.initialize(undefined, { general: { positionEncodings: [encoding] } });
      assert.equal(r.capabilities.positionEncoding, encoding);
      // Emoji, accents and curly quotes before the names on the same line: UTF-16, UTF-8 and UTF-32 columns all differ.
      // (The last quotation is credited to nobody; "Then: “…”" would continue Quintero's, rule quotes.continuation.)
      const text = ' date 2026-02-03 😀 Café — President Alma Quintero met Gov. Bruno Castellanos on Tuesday.\n\n“It went well,” Quintero said.\n\n👍🏽 The vote followed. “Nobody asked us.”\n';
      const col = (offset: number) => {
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const prefix = text.slice(lineStart, offset);
        return encoding === 'utf-8' ? Buffer.byteLength(prefix) : [...prefix].length;
      };
      const uri = `file:///protocol/${encoding}.article`;
      const from = c.notifications.length;
      c.open(uri, text);
      const diags = (await c.diagnosticsFor(uri, from)).params.diagnostics;
      const unattributed = diags.find((d: Json) => d.code === 'unattributed-quote');
      assert.ok(unattributed, JSON.stringify(diags));
      const q = text.indexOf('“Nobody');
      assert.deepEqual(unattributed.range.start, { line: 4, character: col(q) });
      assert.deepEqual(unattributed.range.end, { line: 4, character: col(text.indexOf('”', q) + 1) });
      const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: unattributed.range, context: { diagnostics: [unattributed] } });
      assert.ok(actions.length > 0, 'the fix is found from the encoded diagnostic range');
      const insert = actions[0].edit.changes[uri].find((e: Json) => e.newText.includes('said'));
      assert.deepEqual(insert.range.start, unattributed.range.end, JSON.stringify(actions[0].edit));
      const at = text.indexOf('Quintero');
      const h = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: col(at) + 1 } });
      assert.match(h.contents.value, /Alma Quintero/);
      assert.deepEqual(h.range.start, { line: 0, character: col(text.indexOf('Alma')) });
      const tokens: number[] = (await c.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data;
      let line = 0;
      let ch = 0;
      const seen: string[] = [];
      for (let i = 0; i < tokens.length; i += 5) {
        line += tokens[i];
        ch = tokens[i] ? tokens[i + 1] : ch + tokens[i + 1];
        if (line === 0) seen.push(`${ch}:${tokens[i + 2]}`);
      }
      assert.ok(seen.includes(`${col(text.indexOf('Alma'))}:${col(text.indexOf('Alma') + 'Alma Quintero'.length) - col(text.indexOf('Alma'))}`), JSON.stringify(seen));
      const rn = await c.request('textDocument/rename', { textDocument: { uri }, position: { line: 0, character: col(at) + 1 }, newName: 'Alma Ñúñez' });
      const edits = rn.changes[uri];
      assert.ok(edits.some((e: Json) => e.range.start.line === 0 && e.range.start.character === col(at) && e.range.end.character === col(at + 'Quintero'.length)), JSON.stringify(edits));
    }));
}

for (const encoding of ['utf-16', 'utf-8', 'utf-32'] as const) {
  test(`incremental sync, ${encoding}: ranged edits count ${encoding} units, each read against the text the one before left`, () =>
    withClient(async (c) => {
      const r = await c.initialize(undefined, { general: { positionEncodings: [encoding] } });
      assert.equal(r.capabilities.textDocumentSync, 2, 'TextDocumentSyncKind.Incremental');
      const text = ' date 2026-02-03 😀 Café — President Alma Quintero met Gov. Bruno Castellanos on Tuesday.\n\n“It went well,” Quintero said.\n';
      const pos = (t: string, offset: number) => {
        const lineStart = t.lastIndexOf('\n', offset - 1) + 1;
        const prefix = t.slice(lineStart, offset);
        const character = encoding === 'utf-8' ? Buffer.byteLength(prefix) : encoding === 'utf-32' ? [...prefix].length : prefix.length;
        return { line: t.slice(0, lineStart).split('\n').length - 1, character };
      };
      const uri = `file:///protocol/incremental-${encoding}.article`;
      let from = c.notifications.length;
      c.open(uri, text);
      await c.diagnosticsFor(uri, from);
      // Two edits on the emoji's line: the second's range is counted in the text after the first.
      const a = text.indexOf('Castellanos');
      const first = { range: { start: pos(text, a), end: pos(text, a + 'Castellanos'.length) }, text: 'Ibarra' };
      const afterFirst = text.slice(0, a) + 'Ibarra' + text.slice(a + 'Castellanos'.length);
      const b = afterFirst.indexOf('Tuesday');
      const second = { range: { start: pos(afterFirst, b), end: pos(afterFirst, b + 'Tuesday'.length) }, text: 'Friday' };
      from = c.notifications.length;
      c.edit(uri, [first, second], 2);
      await c.diagnosticsFor(uri, from, 2);
      const contract = await c.request('articleLens/analysis', { uri });
      assert.deepEqual(contract.people.map((p: Json) => p.name).sort(), ['Alma Quintero', 'Bruno Ibarra']);
      assert.ok(contract.events.some((e: Json) => e.date === '2026-01-30'), JSON.stringify(contract.events));
    }));
}

test('a malformed header ends the connection with a logged error', async () => {
  for (const header of ['Content-Length: abc\r\n\r\n', 'Nonsense header without colon\r\n\r\n{}', 'Content-Type: x\r\n\r\n']) {
    const c = new LspClient();
    await c.initialize();
    c.writeRaw(header);
    const code = await Promise.race([c.exited, new Promise((r) => setTimeout(() => r('still running'), 5000))]);
    if (code === 'still running') await c.shutdown();
    assert.notEqual(code, 'still running', `the server kept running after ${JSON.stringify(header)}`);
    assert.notEqual(code, 0);
    assert.match(c.stderr.join(''), /malformed message stream/);
  }
});

test('a client that never answers workspace/configuration still gets its workspace indexed (defaults after a timeout)', { timeout: 30_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-proto-'));
  fs.writeFileSync(path.join(dir, 'one.article'), ARTICLE);
  const c = new LspClient();
  const asked: string[] = [];
  c.onServerRequest = (method) => {
    asked.push(method);
    return NO_ANSWER;
  };
  try {
    const r = await c.request('initialize', {
      processId: null,
      rootUri: fileUri(dir),
      workspaceFolders: [{ uri: fileUri(dir), name: 'w' }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
    });
    assert.ok(r.capabilities);
    c.notify('initialized', {});
    let symbols: Json[] = [];
    for (const until = Date.now() + 20_000; Date.now() < until; ) {
      symbols = await c.request('workspace/symbol', { query: 'Quintero' });
      if (symbols.length) break;
      await new Promise((res) => setTimeout(res, 200));
    }
    assert.ok(asked.includes('workspace/configuration'), JSON.stringify(asked));
    assert.ok(symbols.some((s) => /Alma Quintero/.test(s.name)), JSON.stringify(symbols));
    const warned = c.notifications.some((m) => m.method === 'window/logMessage' && /no answer to workspace\/configuration/.test(m.params.message));
    assert.ok(warned, 'the timeout is logged');
  } finally {
    await c.shutdown();
  }
});
