// Settings per workspace folder: the server asks for each document's folder (workspace/configuration with
// scopeUri), so two folders of a multi-root workspace can differ.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient } from '../support/lspClient';

const TEXT = ' date 2026-02-03 Mayor Jane Okafor spoke on Monday.\n\nThe river rose.\n\n“Nobody asked us.”\n';

test('each folder gets its own settings; a document outside the folders gets the window-level ones', async () => {
  const c = new LspClient();
  const asked: (string | undefined)[] = [];
  c.onServerRequest = (method, params) => {
    if (method !== 'workspace/configuration') return null;
    return params.items.map((i: { scopeUri?: string }) => {
      asked.push(i.scopeUri);
      if (i.scopeUri === 'file:///ws/quiet') return { diagnostics: { severity: { 'unattributed-quote': 'off' } } };
      if (i.scopeUri === 'file:///ws/strict') return { diagnostics: { severity: { 'unattributed-quote': 'error' } } };
      return {};
    });
  };
  try {
    await c.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: 'file:///ws/quiet', name: 'quiet' }, { uri: 'file:///ws/strict', name: 'strict' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    });
    c.notify('initialized', {});
    const severities = async (uri: string) => {
      const from = c.notifications.length;
      c.open(uri, TEXT);
      return (await c.diagnosticsFor(uri, from)).params.diagnostics.filter((d: { code: string }) => d.code === 'unattributed-quote').map((d: { severity: number }) => d.severity);
    };
    assert.deepEqual(await severities('file:///ws/quiet/a.article'), []);
    assert.deepEqual(await severities('file:///ws/strict/a.article'), [1]);
    assert.deepEqual(await severities('file:///elsewhere/a.article'), [2]);
    assert.ok(asked.includes('file:///ws/quiet') && asked.includes('file:///ws/strict'));
    assert.equal(asked.filter((u) => u === 'file:///ws/quiet').length, 1, 'asked once per folder');
  } finally {
    await c.shutdown();
  }
});
