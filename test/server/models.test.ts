// The server without its people models (a copy of the bundles with no model files beside them):
// one warning in its log, and people still found by the rules (hover on the seed's names).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient, REPO, fileUri, positionOf } from '../support/lspClient';
import { SEED, SEED_PATH, nth } from '../support/seed';

test('missing people models: one logged warning, diagnostics and hovers from the rules', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-server-models-'));
  for (const f of ['server.js', 'worker.js']) fs.copyFileSync(path.join(REPO, 'dist', f), path.join(dir, f));
  // The syntax model is there: this test is about the people models.
  fs.symlinkSync(path.join(REPO, 'dist', 'syntax.bin'), path.join(dir, 'syntax.bin'));
  // And a corrupt pronoun model: both problems in the one warning.
  fs.writeFileSync(path.join(dir, 'people-coref.json'), '{"weights": ');
  const client = new LspClient(['--stdio'], process.env, path.join(dir, 'server.js'));
  try {
    await client.initialize();
    const uri = fileUri(SEED_PATH);
    client.open(uri, SEED);
    await client.diagnosticsFor(uri);
    const logs = client.notifications.filter((n) => n.method === 'window/logMessage' && /model/.test(String(n.params.message)));
    assert.equal(logs.length, 1, JSON.stringify(logs));
    assert.match(logs[0].params.message, /people-tagger\.json not found.*rules alone.*people-coref\.json is unreadable.*rules alone/);
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(SEED, nth(SEED, 'Petro', 3)) });
    assert.match(String(h?.contents.value), /Gustavo Petro/);
  } finally {
    await client.shutdown();
  }
});
