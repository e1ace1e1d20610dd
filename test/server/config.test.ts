// `.articlelens.json` in the editor: the same findings as `article-lens check`, reloaded when the file
// changes, and an invalid file shown once (log + a diagnostic on it) while the defaults apply.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { LspClient, REPO, applyEdits, fileUri, offsetOf } from '../support/lspClient';
import { PROJECT_ARTICLE, PROJECT_FINDINGS, makeProject } from '../support/project';

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
let c: LspClient;
before(async () => {
  c = new LspClient();
  await c.initialize();
});
after(async () => c.shutdown());

const findingsOf = (d: { params: { diagnostics: { code: string; severity: number; range: { start: never; end: never } }[] } }) =>
  d.params.diagnostics.map((x) => [x.code, SEVERITY[x.severity], PROJECT_ARTICLE.slice(offsetOf(PROJECT_ARTICLE, x.range.start), offsetOf(PROJECT_ARTICLE, x.range.end))]);

function configChanged(configFile: string, type = 2): void {
  c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configFile), type }] });
}

test('the editor reports what `article-lens check` reports, ignored files and findings included', async () => {
  const { article, draft } = makeProject();
  const from = c.notifications.length;
  c.open(fileUri(article), PROJECT_ARTICLE);
  c.open(fileUri(draft), PROJECT_ARTICLE);
  const d = await c.diagnosticsFor(fileUri(article), from);
  assert.deepEqual(findingsOf(d), PROJECT_FINDINGS);
  assert.deepEqual((await c.diagnosticsFor(fileUri(draft), from)).params.diagnostics, []);
  const cli = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', '--format', 'json', article], { encoding: 'utf8' });
  const fromCli = JSON.parse(cli.stdout).map((x: { code: string; severity: string; text: string }) => [x.code, x.severity, x.text]);
  assert.deepEqual(findingsOf(d), fromCli);
});

test('a changed configuration file is read again and the diagnostics follow', async () => {
  const { article, configFile } = makeProject();
  const uri = fileUri(article);
  let from = c.notifications.length;
  c.open(uri, PROJECT_ARTICLE);
  assert.equal(findingsOf(await c.diagnosticsFor(uri, from)).length, 2);
  fs.writeFileSync(configFile, JSON.stringify({ rules: { 'anonymous-source': 'off', 'unattributed-quote': 'error' } }));
  from = c.notifications.length;
  configChanged(configFile);
  assert.deepEqual(findingsOf(await c.diagnosticsFor(uri, from)).map((f) => f.slice(0, 2)), [['unattributed-quote', 'error'], ['unattributed-quote', 'error']]);
  fs.rmSync(configFile);
  from = c.notifications.length;
  configChanged(configFile, 3);
  assert.deepEqual(findingsOf(await c.diagnosticsFor(uri, from)).map((f) => f.slice(0, 2)), [['anonymous-source', 'hint'], ['unattributed-quote', 'warning'], ['unattributed-quote', 'warning']]);
});

test('an invalid configuration: one log message, a diagnostic on the file, defaults kept; fixing it clears the diagnostic', async () => {
  const { article, configFile } = makeProject('{\n  "rules": { "anonymous-sorce": "warning" }\n}\n');
  const uri = fileUri(article);
  let from = c.notifications.length;
  c.open(uri, PROJECT_ARTICLE);
  assert.equal(findingsOf(await c.diagnosticsFor(uri, from)).length, 3, 'defaults');
  const onConfig = await c.diagnosticsFor(fileUri(configFile), from);
  assert.equal(onConfig.params.diagnostics.length, 1);
  assert.match(onConfig.params.diagnostics[0].message, /"anonymous-sorce" is not a rule/);
  assert.deepEqual(onConfig.params.diagnostics[0].range.start, { line: 1, character: 13 });
  const logs = c.notifications.slice(from).filter((n) => n.method === 'window/logMessage' && /Invalid Article Lens configuration/.test(n.params.message));
  assert.equal(logs.length, 1);
  fs.writeFileSync(configFile, JSON.stringify({ rules: { 'anonymous-source': 'warning' } }));
  from = c.notifications.length;
  configChanged(configFile);
  assert.deepEqual((await c.diagnosticsFor(fileUri(configFile), from)).params.diagnostics, []);
});

/** Applies a WorkspaceEdit's documentChanges to disk as a client would (create, then text edits). */
function applyToDisk(edit: { documentChanges: ({ kind: string; uri: string } | { textDocument: { uri: string }; edits: never[] })[] }): void {
  for (const ch of edit.documentChanges) {
    if ('kind' in ch) {
      if (ch.kind === 'create' && !fs.existsSync(fileURLToPath(ch.uri))) fs.writeFileSync(fileURLToPath(ch.uri), '');
      continue;
    }
    const file = fileURLToPath(ch.textDocument.uri);
    fs.writeFileSync(file, applyEdits(fs.readFileSync(file, 'utf8'), ch.edits));
  }
}

async function actionsFor(uri: string, diagnostic: unknown, only?: string[]) {
  return c.request('textDocument/codeAction', { textDocument: { uri }, range: (diagnostic as { range: unknown }).range, context: { diagnostics: [diagnostic], only } });
}

test('"Ignore this quotation" writes a hash to .articlelens.json (keeping the file as written); the finding is gone in the editor and the CLI', async () => {
  const { article, configFile } = makeProject();
  const before = fs.readFileSync(configFile, 'utf8');
  const uri = fileUri(article);
  let from = c.notifications.length;
  c.open(uri, PROJECT_ARTICLE);
  const d = (await c.diagnosticsFor(uri, from)).params.diagnostics.find((x: { code: string }) => x.code === 'unattributed-quote');
  const action = (await actionsFor(uri, d)).find((a: { title: string }) => a.title === 'Ignore this quotation');
  assert.ok(action, 'offered');
  assert.equal(action.command, undefined, 'no client command unless the client offers one');
  applyToDisk(action.edit);
  const after = fs.readFileSync(configFile, 'utf8');
  assert.ok(after.startsWith(before.slice(0, before.indexOf('"findings"'))), 'the rest of the file is untouched');
  const entry = JSON.parse(after).ignore.findings[1];
  assert.equal(entry.rule, 'unattributed-quote');
  assert.match(entry.hash, /^[0-9a-f]{16}$/);
  from = c.notifications.length;
  configChanged(configFile);
  assert.deepEqual(findingsOf(await c.diagnosticsFor(uri, from)), [PROJECT_FINDINGS[0]]);
  const cli = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', '--format', 'json', article], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(cli.stdout).map((x: { code: string }) => x.code), ['anonymous-source']);
  // An edit elsewhere in the article keeps it ignored.
  from = c.notifications.length;
  const edited = PROJECT_ARTICLE.replace('toured the flooded', 'briefly toured the badly flooded');
  c.change(uri, edited, 2);
  assert.deepEqual((await c.diagnosticsFor(uri, from, 2)).params.diagnostics.map((x: { code: string }) => x.code), ['anonymous-source']);
});

test('"Turn off <rule> in this folder" sets the rule in .articlelens.json', async () => {
  const { article, configFile } = makeProject();
  const uri = fileUri(article);
  let from = c.notifications.length;
  c.open(uri, PROJECT_ARTICLE);
  const d = (await c.diagnosticsFor(uri, from)).params.diagnostics.find((x: { code: string }) => x.code === 'anonymous-source');
  const action = (await actionsFor(uri, d)).find((a: { title: string }) => a.title === 'Turn off anonymous-source in this folder');
  assert.ok(action);
  applyToDisk(action.edit);
  assert.equal(JSON.parse(fs.readFileSync(configFile, 'utf8')).rules['anonymous-source'], 'off');
  from = c.notifications.length;
  configChanged(configFile);
  assert.deepEqual((await c.diagnosticsFor(uri, from)).params.diagnostics.map((x: { code: string }) => x.code), ['unattributed-quote']);
});

test('the fixes create .articlelens.json at the workspace folder root when there is none (clients that can create files)', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-noconfig-'));
  fs.mkdirSync(path.join(root, 'news'));
  const article = path.join(root, 'news', 'a.article');
  fs.writeFileSync(article, PROJECT_ARTICLE);
  const other = new LspClient();
  try {
    await other.request('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: 'root' }],
      capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
      initializationOptions: { clientCommands: ['articleLens.saveFile'] },
    });
    other.notify('initialized', {});
    const uri = fileUri(article);
    other.open(uri, PROJECT_ARTICLE);
    const d = (await other.diagnosticsFor(uri)).params.diagnostics.find((x: { code: string }) => x.code === 'unattributed-quote');
    const actions = await other.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const ignore = actions.find((a: { title: string }) => a.title === 'Ignore this quotation');
    assert.equal(ignore.edit.documentChanges[0].kind, 'create');
    assert.equal(ignore.edit.documentChanges[0].uri, fileUri(path.join(root, '.articlelens.json')));
    // A client that can save files on request is asked to save the new file, so the watcher sees it at once.
    assert.deepEqual(ignore.command, { title: 'Save .articlelens.json', command: 'articleLens.saveFile', arguments: [fileUri(path.join(root, '.articlelens.json'))] });
    applyToDisk(ignore.edit);
    const written = JSON.parse(fs.readFileSync(path.join(root, '.articlelens.json'), 'utf8'));
    assert.equal(written.ignore.findings.length, 1);
    const cli = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', '--format', 'json', article], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(cli.stdout).map((x: { code: string; text: string }) => [x.code, x.text]), [['anonymous-source', 'a senior city official'], ['unattributed-quote', '“Where is the money?”']]);
  } finally {
    await other.shutdown();
  }
});

test('source.fixAll.articleLens closes every unclosed quotation, and offers nothing that guesses', async () => {
  const text = ' date 2026-02-03 Mayor Jane Okafor spoke.\n\n“We will rebuild the bridge by June.\n\nThe river rose.\n\n“Nobody asked us.”\n\n“It is not about money.\n\nThe end.\n';
  const uri = 'file:///fixall/a.article';
  const from = c.notifications.length;
  c.open(uri, text);
  await c.diagnosticsFor(uri, from);
  const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.articleLens');
  const fixed = applyEdits(text, actions[0].edit.changes[uri]);
  assert.match(fixed, /by June\.”\n/);
  assert.match(fixed, /about money\.”\n/);
  assert.match(fixed, /\n“Nobody asked us\.”\n/, 'the unattributed quotation is left alone');
  const quick = await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['quickfix'] } });
  assert.deepEqual(quick, []);
});

test('the workspace index uses the house list for articles that are not open, and re-reads them when the file changes', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-house-'));
  const configFile = path.join(root, '.articlelens.json');
  fs.writeFileSync(path.join(root, 'gala.article'), ' date 2026-02-03 Crowds cheered as Paris Hilton cut the ribbon.\n\n“It took too long,” Hilton said.\n');
  fs.writeFileSync(configFile, JSON.stringify({ people: [{ name: 'Paris Hilton', aliases: ['Hilton'], title: 'Heiress' }] }));
  const other = new LspClient();
  const indexed = (from: number) => other.waitFor((m) => m.method === 'window/logMessage' && /^Indexed \d+ articles/.test(m.params.message), 20_000, from);
  try {
    await other.request('initialize', { processId: process.pid, rootUri: fileUri(root), workspaceFolders: [{ uri: fileUri(root), name: 'house' }], capabilities: {} });
    other.notify('initialized', {});
    await indexed(0);
    const names = async () => (await other.request('workspace/symbol', { query: 'Hilton' })).map((s: { name: string }) => s.name);
    assert.deepEqual(await names(), ['Paris Hilton — 1 article']);
    fs.writeFileSync(configFile, '{}');
    const from = other.notifications.length;
    other.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configFile), type: 2 }] });
    await indexed(from);
    assert.ok(!(await names()).includes('Paris Hilton — 1 article'));
  } finally {
    await other.shutdown();
  }
});
