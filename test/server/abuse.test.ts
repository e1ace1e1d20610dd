// The real server over stdio under client misbehaviour (issue 8): unknown documents, positions past the
// end, out-of-order versions, floods of edits, cancellation, invalid settings, malformed messages — and it
// must keep answering afterwards. Also: the server opens no network socket during a whole session.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { LspClient, fileUri } from '../support/lspClient';
import { SEED, SEED_PATH, nth } from '../support/seed';
import { LineIndex } from '../../server/src/features/lineIndex';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const seedUri = fileUri(SEED_PATH);
const seedLines = new LineIndex(SEED);
let client: LspClient;

function pos(text: string, offset: number): { line: number; character: number } {
  return new LineIndex(text).positionAt(offset);
}

async function hoverText(c: LspClient, uri: string, text: string, offset: number): Promise<string> {
  const h = await c.request('textDocument/hover', { textDocument: { uri }, position: pos(text, offset) });
  return h ? String(h.contents.value) : '';
}

/** Resolves to the result, or to `{ error }` when the server answered with a JSON-RPC error. */
async function settle(p: Promise<Json>): Promise<Json> {
  try {
    return await p;
  } catch (e) {
    return { error: e as Error & { code?: number } };
  }
}

function alive(c: LspClient): boolean {
  try {
    process.kill(c.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

/** The seed still gets a correct hover: the server is up and answering. */
async function assertStillAnswering(c: LspClient): Promise<void> {
  assert.ok(alive(c), 'server process is alive');
  const text = await hoverText(c, seedUri, SEED, nth(SEED, 'Petro', 0, 1));
  assert.match(text, /Gustavo Petro/);
}

before(async () => {
  client = new LspClient();
  await client.initialize();
  client.open(seedUri, SEED);
  await client.diagnosticsFor(seedUri);
});

after(async () => {
  await client.shutdown();
});

test('requests for unknown documents answer null or empty, never an error', async () => {
  const unknown = 'file:///nowhere/never-opened.txt';
  const position = { line: 0, character: 0 };
  const range = { start: position, end: position };
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri: unknown }, position }), null);
  const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: unknown } });
  assert.ok(symbols === null || (Array.isArray(symbols) && symbols.length === 0), JSON.stringify(symbols));
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri: unknown }, range, context: { diagnostics: [] } });
  assert.ok(actions === null || (Array.isArray(actions) && actions.length === 0), JSON.stringify(actions));
  assert.equal(await client.request('articleLens/analysis', { uri: unknown }), null);
  for (const uri of ['', 'not a uri', 'untitled:Untitled-1', 'file:///' + 'x'.repeat(10000)]) {
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position }), null, uri.slice(0, 40));
  }
  // Notifications for documents the server never saw are ignored.
  client.change(unknown, 'President Gustavo Petro said so.', 2);
  client.notify('textDocument/didClose', { textDocument: { uri: unknown } });
  client.notify('textDocument/didSave', { textDocument: { uri: unknown } });
  await assertStillAnswering(client);
});

test('positions past the end (and negative ones) do not crash the server', async () => {
  const textDocument = { uri: seedUri };
  for (const position of [
    { line: 0, character: 1e9 },
    { line: 99999, character: 0 },
    { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
    { line: seedLines.lineCount, character: 5 },
  ]) {
    const r = await settle(client.request('textDocument/hover', { textDocument, position }));
    assert.ok(!r?.error, `hover at ${JSON.stringify(position)} answered an error: ${r?.error?.message}`);
  }
  for (const position of [{ line: -1, character: -1 }, { line: 0.5, character: 'x' }, null]) {
    // Invalid per the protocol: an error answer is fine, a crash is not.
    await settle(client.request('textDocument/hover', { textDocument, position }));
  }
  const far = { line: 99999, character: 99999 };
  const actions = await settle(client.request('textDocument/codeAction', { textDocument, range: { start: far, end: far }, context: { diagnostics: [] } }));
  assert.ok(Array.isArray(actions) || actions === null, JSON.stringify(actions));
  await assertStillAnswering(client);
});

test('code actions with forged diagnostics (wrong ranges, bogus data, missing fields) do not crash', async () => {
  const textDocument = { uri: seedUri };
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
  const forged = [
    { range, source: 'article-lens', code: 'unattributed-quote', message: 'x', data: { finding: 9999 } },
    { range, source: 'article-lens', code: 'unbalanced-quote', message: 'x', data: { finding: -1 } },
    { range: { start: { line: 1e6, character: 0 }, end: { line: 0, character: 0 } }, source: 'article-lens', code: 'unattributed-quote', message: 'x' },
    { range, source: 'article-lens', code: 'no-such-rule', message: 'x', data: 'garbage' },
  ];
  const actions = await client.request('textDocument/codeAction', { textDocument, range, context: { diagnostics: forged } });
  assert.ok(Array.isArray(actions), JSON.stringify(actions));
  // Structurally invalid diagnostics: an error answer is acceptable, a dead server is not.
  await settle(client.request('textDocument/codeAction', { textDocument, range, context: { diagnostics: [{ source: 'article-lens', code: 'unattributed-quote' }] } }));
  await settle(client.request('textDocument/codeAction', { textDocument, range, context: null }));
  await assertStillAnswering(client);
});

const article = (name: string) => ` date 2026-02-03 President ${name} met Petro at the White House on Tuesday.\n\n“It went well,” ${name.split(' ')[1]} said.\n`;
const nameAt = (text: string) => text.indexOf('President ') + 'President '.length + 1;

test('out-of-order versions: the server follows the text it last received', async () => {
  const uri = 'file:///abuse/out-of-order.txt';
  const a = article('Alma Quintero');
  const b = article('Bruno Castellanos');
  const c = article('Carmen Villalobos');
  client.open(uri, a, 1);
  client.change(uri, b, 5);
  assert.match(await hoverText(client, uri, b, nameAt(b)), /Bruno Castellanos/);
  // A stale version arrives late: the server holds its text now, and must answer for it consistently.
  client.change(uri, c, 3);
  const h = await hoverText(client, uri, c, nameAt(c));
  assert.match(h, /Carmen Villalobos/, `after a late v3 the hover says ${JSON.stringify(h)}`);
  const json = await client.request('articleLens/analysis', { uri });
  assert.ok(json, 'analysis answers');
  assert.ok(JSON.stringify(json).includes('Carmen Villalobos'), 'the analysis is of the text last received');
  client.notify('textDocument/didClose', { textDocument: { uri } });
});

test('a repeated version number with new text is not answered from the stale cache', async () => {
  const uri = 'file:///abuse/same-version.txt';
  const a = article('Alma Quintero');
  const b = article('Bruno Castellanos');
  client.open(uri, a, 7);
  assert.match(await hoverText(client, uri, a, nameAt(a)), /Alma Quintero/);
  client.change(uri, b, 7);
  const h = await hoverText(client, uri, b, nameAt(b));
  client.notify('textDocument/didClose', { textDocument: { uri } });
  assert.match(h, /Bruno Castellanos/, `the hover answered for the previous text: ${JSON.stringify(h)}`);
});

test('a flood of 1,000 didChange, then a hover answers for the latest text; diagnostics are debounced', { timeout: 120_000 }, async () => {
  const uri = 'file:///abuse/flood.txt';
  const first = ['Alma', 'Bruno', 'Carmen', 'Dario', 'Elena', 'Fabio', 'Gloria', 'Hugo'];
  const last = ['Quintero', 'Castellanos', 'Villalobos', 'Montenegro', 'Arboleda', 'Santamaria', 'Olivares', 'Benavides'];
  const from = client.notifications.length;
  client.open(uri, article('Zoe Ibarra'), 1);
  let text = '';
  for (let v = 2; v <= 1001; v++) {
    text = article(`${first[v % 8]} ${last[(v >> 3) % 8]}`);
    if (v === 1001) text = article('Ximena Larrazabal');
    client.change(uri, text, v);
  }
  const h = await hoverText(client, uri, text, nameAt(text));
  assert.match(h, /Ximena Larrazabal/, `hover after the flood: ${JSON.stringify(h)}`);
  const diags = await client.diagnosticsFor(uri, from, 1001);
  assert.equal(diags.params.version, 1001);
  // Give a late timer a chance, then count how many diagnostics the flood produced.
  await new Promise((r) => setTimeout(r, 600));
  const published = client.notifications.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
  assert.ok(published.length <= 20, `${published.length} publishDiagnostics for one flood (debounce should coalesce them)`);
  assert.equal(published[published.length - 1].params.version, 1001, 'the last diagnostics are for the last version');
  client.notify('textDocument/didClose', { textDocument: { uri } });
});

test('a flood of edits to a large document (analysed in a worker) converges on the latest text', { timeout: 180_000 }, async () => {
  const uri = 'file:///abuse/large-flood.txt';
  const filler = Array.from({ length: 250 }, () => SEED.slice(17)).join('\n\n'); // ~680 KB: over the worker threshold
  const big = (name: string) => article(name) + '\n' + filler;
  client.open(uri, big('Zoe Ibarra'), 1);
  let text = '';
  for (let v = 2; v <= 30; v++) {
    text = big(v === 30 ? 'Ximena Larrazabal' : `Alma Quintero${'x'.repeat(v % 3)}`);
    client.change(uri, text, v);
  }
  // Requests are answered at once (possibly from a provisional analysis) …
  const first = await settle(client.request('textDocument/hover', { textDocument: { uri }, position: pos(text, nameAt(text)) }));
  // Provisional data is not served for position requests: ContentModified is the one acceptable error (issue 19).
  assert.ok(!first?.error || first.error.code === -32801, JSON.stringify(first));
  // … and once the worker is done, the answers are for the latest text.
  const deadline = Date.now() + 150_000;
  let h = '';
  while (Date.now() < deadline) {
    h = await hoverText(client, uri, text, nameAt(text)).catch(() => '');
    if (/Ximena Larrazabal/.test(h)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
  assert.match(h, /Ximena Larrazabal/, `the hover never caught up with the last edit: ${JSON.stringify(h.slice(0, 200))}`);
});

test('$/cancelRequest: a cancelled request settles (result or RequestCancelled) and later requests work', async () => {
  const uri = 'file:///abuse/cancel.txt';
  const big = Array.from({ length: 300 }, () => SEED.slice(17)).join('\n\n');
  const text = ' date 2026-02-03 ' + big;
  client.open(uri, text, 1);
  client.change(uri, text + '\nMore.', 2); // the next request must re-analyse
  const { id, promise } = client.requestWithId('textDocument/documentSymbol', { textDocument: { uri } });
  client.notify('$/cancelRequest', { id });
  const r = await settle(promise);
  if (r && r.error) assert.equal(r.error.code, -32800, `cancelled request answered ${r.error.code} ${r.error.message}`);
  else assert.ok(r === null || Array.isArray(r), JSON.stringify(r).slice(0, 200));
  const h = client.requestWithId('textDocument/hover', { textDocument: { uri: seedUri }, position: pos(SEED, nth(SEED, 'Trump', 0, 1)) });
  client.notify('$/cancelRequest', { id: h.id });
  const hr = await settle(h.promise);
  assert.ok(hr === null || hr.error?.code === -32800 || /Donald Trump/.test(hr.contents?.value), JSON.stringify(hr));
  // Cancelling an id that does not exist (or already answered) is harmless.
  client.notify('$/cancelRequest', { id: 987654 });
  client.notify('$/cancelRequest', { id });
  client.notify('$/cancelRequest', {});
  client.notify('textDocument/didClose', { textDocument: { uri } });
  await assertStillAnswering(client);
});

test('unknown methods get MethodNotFound; unknown notifications are ignored', async () => {
  const r = await settle(client.request('articleLens/noSuchThing', { x: 1 }));
  assert.equal(r?.error?.code, -32601, JSON.stringify(r));
  client.notify('articleLens/noSuchNotification', { x: 1 });
  client.notify('$/setTrace', { value: 'verbose' });
  await assertStillAnswering(client);
});

test('didOpen twice, huge version numbers, odd language ids, close and reopen', async () => {
  const uri = 'file:///abuse/reopen.txt';
  const a = article('Alma Quintero');
  const b = article('Bruno Castellanos');
  client.open(uri, a, 1);
  client.open(uri, b, 2 ** 31 - 1, 'plaintext');
  assert.match(await hoverText(client, uri, b, nameAt(b)), /Bruno Castellanos/);
  client.notify('textDocument/didClose', { textDocument: { uri } });
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: pos(b, nameAt(b)) }), null, 'a closed document is unknown again');
  client.open(uri, a, 1);
  assert.match(await hoverText(client, uri, a, nameAt(a)), /Alma Quintero/);
  client.notify('textDocument/didClose', { textDocument: { uri } });
});

test('a malformed message body does not kill the server', async () => {
  const stdin = (client as unknown as { proc: { stdin: NodeJS.WritableStream } }).proc.stdin;
  const bad = Buffer.from('{"jsonrpc":"2.0","id":424242,"method":', 'utf8');
  stdin.write(`Content-Length: ${bad.length}\r\n\r\n`);
  stdin.write(bad);
  await new Promise((r) => setTimeout(r, 300));
  await assertStillAnswering(client);
});

test('the server is still alive and correct after all of the above', async () => {
  await assertStillAnswering(client);
  const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: seedUri } });
  assert.ok(Array.isArray(symbols) && symbols.length > 0);
  const stderr = client.stderr.join('');
  assert.doesNotMatch(stderr, /Uncaught|TypeError|RangeError|ReferenceError/, stderr);
  const errors = client.notifications.filter((m) => m.method === 'window/logMessage' && m.params.type === 1);
  assert.deepEqual(errors.map((m) => m.params.message), [], 'no error-level log messages');
});

// ── settings ───────────────────────────────────────────────────────────────────────────

const UNATTRIBUTED = ' date 2026-02-03 Mayor Jane Okafor opened the new bridge on Monday.\n\n“This bridge changes everything for the east side.”\n\nThe bridge cost $40 million.\n';

test('invalid settings in initializationOptions: a clear warning in the log, defaults used', async () => {
  const c = new LspClient();
  try {
    await c.initialize({ settings: { diagnostics: { severity: { 'unattributed-quote': 'loud' } } } });
    const warn = await c.waitFor((m) => m.method === 'window/logMessage' && /unattributed-quote/.test(m.params.message), 5000);
    assert.equal(warn.params.type, 2, 'logged as a warning');
    assert.match(warn.params.message, /loud/);
    assert.match(warn.params.message, /error, warning, information, hint, off/);
    const uri = 'file:///abuse/settings.txt';
    const from = c.notifications.length;
    c.open(uri, UNATTRIBUTED);
    const diags = (await c.diagnosticsFor(uri, from)).params.diagnostics.filter((d: Json) => d.code === 'unattributed-quote');
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, 2, 'the default severity (warning) is used');
  } finally {
    await c.shutdown();
  }
});

test('garbage from workspace/configuration: warnings, defaults, and the server keeps working', async () => {
  const c = new LspClient();
  const garbage = [
    { hover: { enabled: 'yes' }, diagnostics: { severity: 'everything', enabled: 1 }, analysis: { debounceMs: -5 }, outline: null },
    'not an object',
    [1, 2, 3],
    { diagnostics: { severity: { 'unattributed-quote': 'off', 'no-such-rule': 'error', 'bad-dateline': 42 } }, analysis: { debounceMs: 1e9 } },
  ];
  let served = 0;
  c.onServerRequest = (method) => (method === 'workspace/configuration' ? [garbage[Math.min(served++, garbage.length - 1)]] : null);
  try {
    await c.initialize(undefined, { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } });
    const uri = 'file:///abuse/config.txt';
    const from = c.notifications.length;
    c.open(uri, UNATTRIBUTED);
    await c.diagnosticsFor(uri, from);
    const pulled = async (n: number) => {
      for (const until = Date.now() + 10_000; served < n && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20));
      assert.ok(served >= n, `the server pulled its configuration ${served} times, expected ${n}`);
    };
    await pulled(1);
    for (let i = 0; i < 3; i++) {
      const f = c.notifications.length;
      c.notify('workspace/didChangeConfiguration', { settings: null });
      await pulled(i + 2);
      await c.diagnosticsFor(uri, f);
    }
    const warnings = c.notifications.filter((m) => m.method === 'window/logMessage' && m.params.type === 2).map((m) => m.params.message as string);
    assert.ok(warnings.some((w) => /hover\.enabled/.test(w)), JSON.stringify(warnings));
    assert.ok(warnings.some((w) => /debounceMs/.test(w)), JSON.stringify(warnings));
    assert.ok(warnings.some((w) => /no-such-rule/.test(w)), JSON.stringify(warnings));
    // The last configuration turned unattributed-quote off (a valid value next to invalid ones).
    const f = c.notifications.length;
    c.change(uri, UNATTRIBUTED + '\n', 2);
    const diags = (await c.diagnosticsFor(uri, f, 2)).params.diagnostics;
    assert.deepEqual(diags.filter((d: Json) => d.code === 'unattributed-quote'), []);
    const h = await hoverText(c, uri, UNATTRIBUTED, UNATTRIBUTED.indexOf('Okafor') + 1);
    assert.match(h, /Jane Okafor/);
  } finally {
    await c.shutdown();
  }
});

test('a request before initialize is refused, and initialize still works after it', async () => {
  const c = new LspClient();
  try {
    const r = await settle(Promise.race([c.request('textDocument/hover', { textDocument: { uri: seedUri }, position: { line: 0, character: 0 } }), new Promise((res) => setTimeout(() => res('no answer'), 3000))]));
    assert.ok(r === null || r === 'no answer' || r.error, JSON.stringify(r));
    const init = await c.initialize();
    assert.ok(init.capabilities.hoverProvider);
    c.open(seedUri, SEED);
    await assertStillAnswering(c);
  } finally {
    await c.shutdown();
  }
});

// ── no network ─────────────────────────────────────────────────────────────────────────

const PRELOAD = path.join(__dirname, '..', 'support', 'noNetwork.js');

test('the network preload really records and blocks connections (control)', async () => {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'al-net-')), 'net.log');
  const r = spawnSync(process.execPath, ['-e', "try{require('net').connect(9,'127.0.0.1')}catch{};try{require('http').get('http://127.0.0.1:9/')}catch{};try{require('dgram').createSocket('udp4')}catch{}"], {
    env: { ...process.env, NODE_OPTIONS: `--require ${PRELOAD}`, ARTICLE_LENS_NET_LOG: log },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
  assert.deepEqual(lines.map((l) => JSON.parse(l).api), ['net.connect', 'http.get', 'dgram.createSocket']);
});

test('the server opens no network socket during a full session', { timeout: 60_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-net-'));
  const log = path.join(dir, 'net.log');
  const c = new LspClient(['--stdio'], { ...process.env, NODE_OPTIONS: `--require ${PRELOAD}`, ARTICLE_LENS_NET_LOG: log });
  try {
    await c.initialize(undefined, { workspace: { configuration: true } });
    const from = c.notifications.length;
    c.open(seedUri, SEED);
    await c.diagnosticsFor(seedUri, from);
    await assertStillAnswering(c);
    await c.request('textDocument/documentSymbol', { textDocument: { uri: seedUri } });
    await c.request('articleLens/analysis', { uri: seedUri });
    const u = 'file:///abuse/net.txt';
    const f = c.notifications.length;
    c.open(u, UNATTRIBUTED);
    const diags = (await c.diagnosticsFor(u, f)).params.diagnostics;
    await c.request('textDocument/codeAction', { textDocument: { uri: u }, range: diags[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: diags } });
    c.change(u, UNATTRIBUTED + '\nMore.', 2);
    c.notify('workspace/didChangeConfiguration', { settings: { articleLens: {} } });
    await c.diagnosticsFor(u, f, 2);
    c.notify('textDocument/didClose', { textDocument: { uri: u } });
  } finally {
    await c.shutdown();
  }
  const attempts = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim() : '';
  assert.equal(attempts, '', `the server tried to use the network:\n${attempts}`);
});
