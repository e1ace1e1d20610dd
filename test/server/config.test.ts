// `.articlelens.json` in the editor: the same findings as `article-lens check`, reloaded when the file
// changes, and an invalid file shown once (log + a diagnostic on it) while the defaults apply.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { LspClient, REPO, fileUri, offsetOf } from '../support/lspClient';
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
