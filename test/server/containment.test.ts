// Containment and URI keys of the workspace index, over stdio (issue 19, "Containment"): nothing outside the
// workspace folders is read, whatever links lie on the way, and one file is one index entry whatever the
// client's spelling of its URI.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient, fileUri } from '../support/lspClient';
import { WorkspaceIndex, canonicalUri } from '../../server/src/workspace';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const article = (first: string, last: string) => ` date 2026-02-03 Mayor ${first} ${last} opened the bridge on Tuesday.\n\n“It changes everything,” ${last} said.\n`;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'al-contain-'));
const ws = path.join(root, 'ws');
const outside = path.join(root, 'outside');
fs.mkdirSync(ws);
fs.mkdirSync(outside);
fs.writeFileSync(path.join(outside, 'x.article'), article('Zebulon', 'Outsider'));
fs.writeFileSync(path.join(outside, 'y.article'), article('Yolanda', 'Faraway'));
fs.symlinkSync(outside, path.join(ws, 'linkdir')); // a directory link pointing out of the folder
fs.symlinkSync(path.join(outside, 'y.article'), path.join(ws, 'link.article')); // a file link pointing out
fs.writeFileSync(path.join(ws, 'inside.article'), article('Ines', 'Insider'));
// VS Code escapes ' ( ) in URIs; node's pathToFileURL does not.
const oddName = "it's (1).article";
const oddPath = path.join(ws, oddName);
fs.writeFileSync(oddPath, article('Olga', 'Oddname'));
const vscodeUri = fileUri(ws) + '/' + encodeURIComponent(oddName).replace(/'/g, '%27').replace(/\(/g, '%28').replace(/\)/g, '%29');

let c: LspClient;

/** Workspace symbol names (people and events), or only the people's (`Name — N articles`). */
async function symbols(query: string, peopleOnly = false): Promise<string[]> {
  const all = (await c.request('workspace/symbol', { query })).map((s: Json) => s.name as string);
  return peopleOnly ? all.filter((n: string) => / — \d+ articles?$/.test(n)) : all;
}

async function until(query: string, want: (names: string[]) => boolean, peopleOnly = false): Promise<string[]> {
  let names: string[] = [];
  for (let i = 0; i < 100; i++) {
    names = await symbols(query, peopleOnly);
    if (want(names)) return names;
    await new Promise((r) => setTimeout(r, 100));
  }
  return names;
}

before(async () => {
  c = new LspClient();
  await c.request('initialize', { processId: process.pid, rootUri: fileUri(ws), workspaceFolders: [{ uri: fileUri(ws), name: 'ws' }], capabilities: {} });
  c.notify('initialized', {});
  const names = await until('', (n) => n.some((x) => /Ines Insider/.test(x)) && n.some((x) => /Olga Oddname/.test(x)));
  assert.ok(names.some((x) => /Ines Insider/.test(x)), JSON.stringify(names));
});

after(() => c.shutdown());

test('listing: links out of the folder are not followed', async () => {
  const names = await symbols('');
  assert.ok(!names.some((n) => /Outsider|Faraway/.test(n)), JSON.stringify(names));
});

test('file events through a symlinked directory (or a file link) read nothing outside the folder', async () => {
  fs.writeFileSync(path.join(ws, 'late.article'), article('Lara', 'Latecomer'));
  c.notify('workspace/didChangeWatchedFiles', {
    changes: [
      { uri: fileUri(path.join(ws, 'linkdir', 'x.article')), type: 1 },
      { uri: fileUri(path.join(ws, 'link.article')), type: 2 },
      { uri: fileUri(path.join(ws, '..', 'outside', 'x.article')), type: 1 },
      { uri: 'file://otherhost/share/x.article', type: 1 },
      // The barrier: events are handled in order, so once this one shows, the others were handled.
      { uri: fileUri(path.join(ws, 'late.article')), type: 1 },
    ],
  });
  const names = await until('', (n) => n.some((x) => /Lara Latecomer/.test(x)));
  assert.ok(names.some((x) => /Lara Latecomer/.test(x)), JSON.stringify(names));
  assert.ok(!names.some((n) => /Outsider|Faraway/.test(n)), JSON.stringify(names));
});

test("a document opened under VS Code's URI spelling is not 'also in another article' (itself), and its delete event is not missed", async () => {
  const text = fs.readFileSync(oddPath, 'utf8');
  c.open(vscodeUri, text);
  const h = await c.request('textDocument/hover', { textDocument: { uri: vscodeUri }, position: { line: 0, character: text.indexOf('Oddname') + 1 } });
  assert.match(h.contents.value, /Olga Oddname/);
  assert.doesNotMatch(h.contents.value, /Also in/, h.contents.value);
  assert.deepEqual(await symbols('Oddname', true), ['Olga Oddname — 1 article']);
  c.notify('textDocument/didClose', { textDocument: { uri: vscodeUri } });
  fs.unlinkSync(oddPath);
  c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: vscodeUri, type: 3 }] });
  const names = await until('Oddname', (n) => n.length === 0);
  assert.deepEqual(names, []);
});

test('a deleted directory drops every article under it', async () => {
  const sub = path.join(ws, 'sub');
  fs.mkdirSync(sub);
  fs.writeFileSync(path.join(sub, 'a.article'), article('Sabina', 'Subfolder'));
  c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(sub, 'a.article')), type: 1 }] });
  assert.deepEqual(await until('Subfolder', (n) => n.length === 1, true), ['Sabina Subfolder — 1 article']);
  fs.rmSync(sub, { recursive: true });
  c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(sub), type: 3 }] });
  assert.deepEqual(await until('Subfolder', (n) => n.length === 0), []);
});

test('malformed file events are ignored and later events still work', async () => {
  for (const params of [{ changes: null }, { changes: 'x' }, { changes: [null, { uri: 5, type: 1 }, { type: 2 }, { uri: 'file:///%', type: 1 }] }, null]) {
    c.notify('workspace/didChangeWatchedFiles', params);
  }
  fs.writeFileSync(path.join(ws, 'after.article'), article('Adela', 'Afterward'));
  c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(ws, 'after.article')), type: 1 }] });
  assert.deepEqual(await until('Afterward', (n) => n.length === 1, true), ['Adela Afterward — 1 article']);
  const errors = c.notifications.filter((m: Json) => m.method === 'window/logMessage' && m.params.type === 1);
  assert.deepEqual(errors.map((m: Json) => m.params.message), []);
});

test('canonicalUri: one spelling per file, other schemes untouched', () => {
  assert.equal(canonicalUri(vscodeUri), canonicalUri(fileUri(oddPath)));
  assert.equal(canonicalUri('file:///a/b%20c.article'), canonicalUri('file:///a/b c.article'));
  assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  assert.equal(canonicalUri('file://host/x'), 'file://host/x');
});

test('WorkspaceIndex.indexFile refuses paths whose real location is outside the folders', () => {
  const index = new WorkspaceIndex();
  index.setFolders([fileUri(ws)]);
  assert.equal(index.indexFile(path.join(ws, 'linkdir', 'x.article')), false);
  assert.equal(index.indexFile(path.join(ws, 'link.article')), false);
  assert.equal(index.indexFile(path.join(ws, 'inside.article')), true);
  const listed = index.listFiles().map((f) => path.relative(ws, f));
  assert.ok(listed.includes('inside.article'), JSON.stringify(listed));
  assert.ok(!listed.some((f) => f.startsWith('linkdir') || f === 'link.article'), JSON.stringify(listed));
});
