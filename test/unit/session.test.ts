// `npm start` must not change files it was not asked to change: the shared articles are opened as a
// scratch copy, and every code-server session has auto-save off (the quick fix in the UI test then
// changes no file on disk: test/e2e/ui.test.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sessionFolder } = require(path.join(REPO, 'scripts', 'lib', 'session.js')) as {
  sessionFolder(o: { repo: string; given?: string; scratchRoot: string }): { folder: string; source: string; scratch: boolean };
};

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      const p = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
      out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  }
  return out;
}

test('without a folder argument, the shared articles open as a fresh, writable scratch copy; the source never changes', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'al-session-'));
  try {
    const repo = path.join(root, 'repo');
    const shared = path.join(root, 'shared', 'articles');
    fs.mkdirSync(path.join(shared, 'sub'), { recursive: true });
    fs.mkdirSync(repo);
    fs.writeFileSync(path.join(shared, 'a.txt'), ' date 2026-02-03 A.\n');
    fs.writeFileSync(path.join(shared, 'sub', 'b.article'), 'B.\n');
    fs.chmodSync(path.join(shared, 'a.txt'), 0o444);
    const before = tree(shared);
    const scratchRoot = path.join(repo, '.vscode-test', 'start', 'articles');

    const s = sessionFolder({ repo, scratchRoot });
    assert.equal(s.scratch, true);
    assert.equal(s.source, shared);
    assert.equal(s.folder, scratchRoot);
    assert.deepEqual(tree(s.folder), before);
    // A save in the session writes the copy, not the shared file (no hard link between them).
    fs.writeFileSync(path.join(s.folder, 'a.txt'), 'edited');
    assert.deepEqual(tree(shared), before);
    // The next start begins from the shared text again.
    const again = sessionFolder({ repo, scratchRoot });
    assert.deepEqual(tree(again.folder), before);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a folder given as argument is the user\'s and opens in place; a missing one is an error', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'al-session-'));
  try {
    const mine = path.join(root, 'mine');
    fs.mkdirSync(mine);
    const s = sessionFolder({ repo: root, given: mine, scratchRoot: path.join(root, 'scratch') });
    assert.deepEqual(s, { folder: mine, source: mine, scratch: false });
    assert.equal(fs.existsSync(path.join(root, 'scratch')), false);
    assert.throws(() => sessionFolder({ repo: root, given: path.join(root, 'nope'), scratchRoot: path.join(root, 'scratch') }), /no such folder/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('every code-server session has auto-save off, over the settings a persistent session kept', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'al-cs-'));
  const prev = process.env.ARTICLE_LENS_VSCODE_TEST_DIR;
  process.env.ARTICLE_LENS_VSCODE_TEST_DIR = root;
  const modPath = require.resolve(path.join(REPO, 'scripts', 'lib', 'code-server.js'));
  delete require.cache[modPath];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cs = require(modPath) as {
      SAFE_SETTINGS: Record<string, unknown>;
      makeSandbox(n: string, s?: Record<string, unknown>): { userDataDir: string };
      persistentSandbox(n: string, s?: Record<string, unknown>): { userDataDir: string };
    };
    assert.equal(cs.SAFE_SETTINGS['files.autoSave'], 'off');
    const settingsOf = (sb: { userDataDir: string }) => JSON.parse(fs.readFileSync(path.join(sb.userDataDir, 'User', 'settings.json'), 'utf8'));
    assert.equal(settingsOf(cs.makeSandbox('t', { 'files.autoSave': 'afterDelay' }))['files.autoSave'], 'off');
    const sb = cs.persistentSandbox('start');
    const file = path.join(sb.userDataDir, 'User', 'settings.json');
    fs.writeFileSync(file, JSON.stringify({ ...settingsOf(sb), 'files.autoSave': 'afterDelay', 'editor.fontSize': 17 }));
    const next = settingsOf(cs.persistentSandbox('start'));
    assert.equal(next['files.autoSave'], 'off');
    assert.equal(next['editor.fontSize'], 17, 'the other settings of the session are kept');
  } finally {
    delete require.cache[modPath];
    if (prev === undefined) delete process.env.ARTICLE_LENS_VSCODE_TEST_DIR;
    else process.env.ARTICLE_LENS_VSCODE_TEST_DIR = prev;
    fs.rmSync(root, { recursive: true, force: true });
  }
});
