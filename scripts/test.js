#!/usr/bin/env node
'use strict';
// `npm test`: build, compile the tests, run the unit/server/CLI tests, then the real-editor tests.
//
//   1. npm run build                 → dist/extension.js, dist/server.js, dist/cli.js
//   2. tsc -p .                      → out/ (tests are TypeScript under test/)
//   3. node --test out/test/unit/ out/test/server/ out/test/cli/   (the folders that exist)
//   4. node --test out/test/e2e/     (code-server + chromium UI test, extension-host suite, neovim)
//
// Options: --no-e2e (skip step 4), --e2e-only (skip step 3), --no-build (skip steps 1–2).
// The e2e tests install code-server themselves (cached in .vscode-test/); they need Debian chromium and neovim.
// Exit code: 0 when every step passed, 1 otherwise. Later steps still run after a failed one (except when
// the build fails), so one run shows everything that is wrong.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..');
const argv = new Set(process.argv.slice(2));
const results = [];
const tty = process.stdout.isTTY;
const c = (code, s) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);

function step(name, cmd, args, opts = {}) {
  const line = `${cmd === process.execPath ? 'node' : cmd} ${args.join(' ')}`;
  process.stdout.write(`\n${c(1, `▶ ${name}`)}  (${line})\n`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') }, ...opts });
  const secs = (Date.now() - t0) / 1000;
  const ok = r.status === 0;
  results.push({ name, ok, secs, status: r.status ?? r.signal ?? (r.error && r.error.message) });
  return ok;
}

// Files node's test runner would pick in a folder (same patterns as `node --test DIR` on node 20), listed
// explicitly so the driver behaves the same on newer node versions, which take globs instead of folders.
function testFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      } else if (/\.(c|m)?js$/.test(e.name)) {
        const base = e.name.replace(/\.(c|m)?js$/, '');
        const inTestDir = path.basename(d) === 'test';
        if (inTestDir || base === 'test' || base.startsWith('test-') || /[.\-_]test$/.test(base)) out.push(path.relative(REPO, p));
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

function nodeTest(name, dirs, extra = []) {
  const present = dirs.filter((d) => fs.existsSync(path.join(REPO, d)));
  const files = present.flatMap((d) => testFiles(path.join(REPO, d)));
  if (!files.length) {
    process.stdout.write(`\n${c(1, `▶ ${name}`)}  no test files in ${dirs.join(', ')}\n`);
    results.push({ name, ok: true, secs: 0, status: 'no tests' });
    return true;
  }
  return step(name, process.execPath, ['--test', '--test-reporter=spec', ...extra, ...files]);
}

const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// `npm test` sets itself up on a fresh machine: the npm packages, and (as root on Debian) the editors the
// real-editor tests drive. Without root, a missing editor makes its test fail with a one-line hint instead.
if (!fs.existsSync(tsc)) {
  const lock = fs.existsSync(path.join(REPO, 'package-lock.json'));
  if (!step('install npm packages', npm, [lock ? 'ci' : 'install'])) process.exit(1);
}
if (!argv.has('--no-e2e')) installEditors();

function installEditors() {
  const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
  const missing = [['chromium', fs.existsSync('/usr/bin/chromium') || has('chromium')], ['neovim', has('nvim')], ['ripgrep', has('rg')]]
    .filter(([, present]) => !present)
    .map(([pkg]) => pkg);
  if (!missing.length) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !has('apt-get')) {
    console.log(`(the real-editor tests need ${missing.join(', ')}: apt-get install -y ${missing.join(' ')})`);
    return;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  step('apt-get update', 'apt-get', ['update', '-q'], { env });
  step(`apt-get install ${missing.join(' ')}`, 'apt-get', ['install', '-y', '-q', ...missing], { env });
}

let buildOk = true;
if (!argv.has('--no-build')) {
  buildOk = step('build', npm, ['run', '--silent', 'build']);
  if (buildOk) step('compile tests (tsc -p .)', process.execPath, [tsc, '-p', '.']);
}

if (buildOk) {
  if (!argv.has('--e2e-only')) nodeTest('unit, server and CLI tests', ['out/test/unit', 'out/test/server', 'out/test/cli']);
  // One e2e file at a time: each starts a server and a browser, and there are only 2 cores.
  if (!argv.has('--no-e2e')) nodeTest('real-editor tests (code-server, neovim)', ['out/test/e2e'], ['--test-concurrency=1', '--test-timeout=600000']);
}

console.log(`\n${c(1, 'Summary')}`);
for (const r of results) console.log(`  ${r.ok ? c(32, '✔') : c(31, '✖')} ${r.name.padEnd(42)} ${r.secs.toFixed(1).padStart(6)} s${r.ok ? '' : `  (exit ${r.status})`}`);
const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.log(`\n${failed.length} step(s) failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
console.log('\nall passed');
