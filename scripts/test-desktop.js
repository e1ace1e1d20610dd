#!/usr/bin/env node
'use strict';
// `npm run test:desktop`: the extension-host suite (test/e2e/suite/*.spec.ts, the same one that
// test/e2e/exthost.test.ts runs in code-server) in desktop VS Code, through @vscode/test-electron.
//
// @vscode/test-electron downloads VS Code (cached in .vscode-test/). Where that is impossible (these
// machines and CI reach package registries only), this prints one line and exits 1: use `npm test`, whose
// e2e tests run the same suite in code-server. A VS Code already on disk can be used instead:
//   VSCODE_EXECUTABLE_PATH=/usr/share/code/code npm run test:desktop
// On Linux without a display, run it under `xvfb-run -a`.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..');
const SEED_NAME = '000_81869d887f725d86.txt';
const RUNNER = path.join(REPO, 'out', 'test', 'e2e', 'suite', 'index.js');

function step(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    step(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build']);
    step(process.execPath, [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
  }
  const { runTests, downloadAndUnzipVSCode } = require('@vscode/test-electron');

  // A scratch workspace with the seed article and the fixture (the suite edits the fixture).
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-desktop-'));
  const ws = path.join(root, 'workspace');
  fs.mkdirSync(ws);
  const seed = [path.join(REPO, '..', 'shared', 'articles', SEED_NAME), path.join(REPO, 'samples', SEED_NAME)].find((p) => fs.existsSync(p));
  fs.copyFileSync(seed, path.join(ws, SEED_NAME));
  fs.copyFileSync(path.join(REPO, 'test', 'e2e', 'fixtures', 'unattributed.article'), path.join(ws, 'unattributed.article'));

  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  try {
    if (!vscodeExecutablePath) {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION || 'stable', cachePath: path.join(REPO, '.vscode-test'), timeout: 30000 });
    }
  } catch (e) {
    const why = String((e && (e.cause?.code || e.code || e.message)) || e).split('\n')[0];
    console.error(`test:desktop: VS Code desktop could not be downloaded (${why}); run \`npm test\` (the same suite in code-server) or set VSCODE_EXECUTABLE_PATH.`);
    fs.rmSync(root, { recursive: true, force: true });
    process.exit(1);
  }

  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: RUNNER,
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${path.join(root, 'ud')}`, `--extensions-dir=${path.join(root, 'ext')}`],
    });
    console.log('test:desktop: the extension-host suite passed');
  } catch (e) {
    console.error(`test:desktop: the extension-host suite failed (${e && e.message ? e.message : e})`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main();
