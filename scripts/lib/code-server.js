'use strict';
// Install, cache, start and stop code-server (VS Code OSS server + web workbench) from the npm registry,
// and find the Debian chromium that drives it. Shared by `npm start` (scripts/start.js) and the e2e tests
// (test/e2e/*.test.ts). Recipe and measurements: see the "code-server offline" notes in shared/notes.
//
// Everything lives in the git-ignored `.vscode-test/` folder of the repository:
//   .vscode-test/code-server-<version>-abi<modules>-<platform>-<arch>/   the installed tree (the cache)
//   .vscode-test/runs/<name>-<time>/                                       throw-away sandboxes (XDG dirs,
//                                                                          user-data-dir, extensions-dir)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const VERSION = '4.100.3'; // last code-server on npm whose engines.node is 20
const REPO = path.resolve(__dirname, '..', '..');
const CACHE_ROOT = process.env.ARTICLE_LENS_VSCODE_TEST_DIR || path.join(REPO, '.vscode-test');
const CACHE_KEY = `code-server-${VERSION}-abi${process.versions.modules}-${process.platform}-${process.arch}`;
const INSTALL_DIR = path.join(CACHE_ROOT, CACHE_KEY);
const PKG_DIR = path.join(INSTALL_DIR, 'node_modules', 'code-server');
const ENTRY = path.join(PKG_DIR, 'out', 'node', 'entry.js');
const STAMP = path.join(INSTALL_DIR, '.complete');

const log = (...a) => process.stderr.write(`[code-server] ${a.join(' ')}\n`);

/** Environment for nested npm runs: drop what `npm test`/`npm start` put there about *this* package. */
function npmEnv(extra = {}) {
  const env = {};
  const keep = /^npm_config_(registry|cache|userconfig|globalconfig|nodedir|proxy|https_proxy|http_proxy|noproxy|no_proxy|strict_ssl|cafile|ca|fetch_.*|@.*:registry)$/i;
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) && !keep.test(k)) continue;
    env[k] = v;
  }
  // node-gyp must use the node headers of the Debian `nodejs` package: nothing may be downloaded.
  if (!Object.keys(env).some((k) => /^npm_config_nodedir$/i.test(k)) && fs.existsSync('/usr/include/node/node.h')) {
    env.npm_config_nodedir = '/usr';
  }
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  env.npm_config_update_notifier = 'false';
  return Object.assign(env, extra);
}

function run(cmd, args, cwd, extraEnv, quiet) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, env: npmEnv(extraEnv), stdio: quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) {
    const out = quiet ? `\n${r.stdout || ''}${r.stderr || ''}` : '';
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed in ${cwd} (exit ${r.status}${r.error ? `, ${r.error.message}` : ''})${out}`);
  }
  log(`${cmd} ${args.join(' ')}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r;
}

function isInstalled() {
  return fs.existsSync(STAMP) && fs.existsSync(ENTRY);
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Make sure code-server is installed in the cache (lean install, ≈ 70 s the first time, nothing after).
 * Safe to call from several processes at once (a lock directory serialises the install).
 * @returns {{dir: string, entry: string, version: string}}
 */
async function ensureCodeServer() {
  if (isInstalled()) return { dir: PKG_DIR, entry: ENTRY, version: VERSION };
  fs.mkdirSync(CACHE_ROOT, { recursive: true });
  const lock = `${INSTALL_DIR}.lock`;
  for (let waited = 0; ; waited += 1000) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // A stale lock (older than 15 min) is taken over.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 15 * 60e3) fs.rmSync(lock, { recursive: true, force: true });
      } catch {}
      if (waited % 15000 === 0) log(`waiting for another install (${lock})`);
      await sleep(1000);
    }
  }
  try {
    if (isInstalled()) return { dir: PKG_DIR, entry: ENTRY, version: VERSION };
    installInto(INSTALL_DIR);
    return { dir: PKG_DIR, entry: ENTRY, version: VERSION };
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function installInto(dir) {
  const t0 = Date.now();
  log(`installing code-server@${VERSION} into ${path.relative(REPO, dir) || dir} (once; ≈ 70 s)`);
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(tmp, 'package.json'), '{"private":true}\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // Its postinstall would refuse root and download ripgrep: skip it and do the needed parts here.
  run(npm, ['install', '--no-save', '--no-package-lock', '--ignore-scripts', `code-server@${VERSION}`], tmp);
  const vscodeDir = path.join(tmp, 'node_modules', 'code-server', 'lib', 'vscode');
  run(npm, ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], vscodeDir);
  // Native modules: spdlog (logs), native-watchdog (exthost watches its parent). kerberos is skipped.
  run(npm, ['rebuild', '@vscode/spdlog', 'native-watchdog'], vscodeDir);
  // node-pty: the integrated terminal of `npm start` (best effort; the tests do not need it).
  try {
    run(npm, ['rebuild', 'node-pty'], vscodeDir, { npm_config_yes: 'true' });
  } catch (e) {
    log(`node-pty did not build (no integrated terminal): ${e.message.split('\n')[0]}`);
  }
  // ripgrep for quick open / search: the Debian binary (its postinstall would download one).
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => fs.existsSync(p));
  if (rg) {
    const bin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.rmSync(path.join(bin, 'rg'), { force: true });
    fs.symlinkSync(rg, path.join(bin, 'rg'));
  } else {
    log('ripgrep not found (apt-get install -y ripgrep): quick open (Ctrl+P) and search will not work');
  }
  // argon2 is hoisted to the install root and loaded by entry.js even with --auth none.
  run(npm, ['rebuild', 'argon2'], tmp, { npm_config_build_from_source: 'true' });
  if (!fs.existsSync(path.join(tmp, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))) {
    throw new Error(`code-server install in ${tmp} has no out/node/entry.js`);
  }
  fs.writeFileSync(path.join(tmp, '.complete'), JSON.stringify({ version: VERSION, key: CACHE_KEY, installed: new Date().toISOString() }) + '\n');
  fs.renameSync(tmp, dir);
  log(`installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** Debian chromium (or another Chrome) for playwright-core; null when there is none. */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((p) => p && fs.existsSync(p)) || null;
}

const CHROMIUM_MISSING = 'Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH)';

/** Browser flags that keep chromium quiet and local. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
};

/**
 * Settings every session gets, over anything else: code-server saves edits by itself a second after they
 * are made (its default `files.autoSave` is "afterDelay"), so one quick fix would change a file on disk
 * that the user never saved. With these, a file changes only when the user saves it.
 */
const SAFE_SETTINGS = {
  'files.autoSave': 'off',
};

/**
 * A fresh sandbox: XDG dirs (so nothing is written to $HOME), user-data-dir with settings, extensions-dir.
 * @param {string} name  a short label for the folder
 * @param {object} [settings]  extra user settings
 */
function makeSandbox(name, settings = {}) {
  const base = path.join(CACHE_ROOT, 'runs');
  fs.mkdirSync(base, { recursive: true });
  const sb = sandboxAt(fs.mkdtempSync(path.join(base, `${name}-${new Date().toISOString().replace(/[:.]/g, '').slice(0, 15)}-`)));
  fs.writeFileSync(path.join(sb.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings, ...SAFE_SETTINGS }, null, 2));
  return sb;
}

/**
 * A sandbox that persists between runs (for `npm start`: settings, window state and the installed
 * extension stay): `.vscode-test/<name>/`. The settings this harness needs are merged into the user's;
 * SAFE_SETTINGS win over both (a session must not save files by itself, whatever an earlier one set).
 */
function persistentSandbox(name, settings = {}) {
  const sb = sandboxAt(path.join(CACHE_ROOT, name));
  const file = path.join(sb.userDataDir, 'User', 'settings.json');
  let current = {};
  try {
    current = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {}
  fs.writeFileSync(file, JSON.stringify({ ...USER_SETTINGS, ...settings, ...current, ...SAFE_SETTINGS }, null, 2));
  return sb;
}

/** The folders of a sandbox rooted at `root` (created): user data, extensions, browser profile, XDG dirs. */
function sandboxAt(root) {
  const sb = {
    root,
    userDataDir: path.join(root, 'ud'),
    extensionsDir: path.join(root, 'ext'),
    browserProfile: path.join(root, 'browser'),
    env: {
      XDG_CONFIG_HOME: path.join(root, 'xdg-config'),
      XDG_DATA_HOME: path.join(root, 'xdg-data'),
      XDG_CACHE_HOME: path.join(root, 'xdg-cache'),
      EXTENSIONS_GALLERY: '{}',
    },
    remove() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  for (const d of [sb.userDataDir, sb.extensionsDir, path.join(sb.userDataDir, 'User'), ...Object.values(sb.env).filter((v) => v.startsWith(root))]) fs.mkdirSync(d, { recursive: true });
  return sb;
}

/** Remove sandboxes of earlier runs (older than `hours`). */
function pruneSandboxes(hours = 6) {
  const base = path.join(CACHE_ROOT, 'runs');
  if (!fs.existsSync(base)) return;
  for (const d of fs.readdirSync(base)) {
    const p = path.join(base, d);
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > hours * 3600e3) fs.rmSync(p, { recursive: true, force: true });
    } catch {}
  }
}

/** Install a VSIX into the sandbox's extensions dir with code-server's CLI. */
async function installExtension(vsix, sandbox) {
  const { entry } = await ensureCodeServer();
  const r = spawnSync(process.execPath, [entry, '--user-data-dir', sandbox.userDataDir, '--extensions-dir', sandbox.extensionsDir, '--install-extension', vsix, '--force'], {
    env: { ...process.env, ...sandbox.env },
    encoding: 'utf8',
    timeout: 120e3,
  });
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) {
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  }
}

/** The arguments of `npm run package` after `vsce` (one definition: the VSIX tested is the VSIX published). */
function vsceArgs() {
  const script = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts.package;
  const m = /\bvsce (package\b[^&|;]*)$/.exec(script);
  if (!m) throw new Error(`package.json's "package" script does not end with "vsce package …": ${script}`);
  return m[1].trim().split(/\s+/);
}

/**
 * Build the VSIX of this repository with @vscode/vsce (dist/ must be built). Returns its path.
 * vsce comes from node_modules; `npx` is the fallback.
 */
function packageVsix(outFile = path.join(CACHE_ROOT, 'article-lens.vsix')) {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const local = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  const args = [...vsceArgs(), '-o', outFile];
  const r = fs.existsSync(local)
    ? spawnSync(process.execPath, [local, ...args], { cwd: REPO, encoding: 'utf8', input: 'y\n', timeout: 180e3 })
    : spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', '@vscode/vsce@3', ...args], { cwd: REPO, encoding: 'utf8', input: 'y\n', timeout: 300e3 });
  if (r.status !== 0 || !fs.existsSync(outFile)) throw new Error(`vsce package failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return outFile;
}

/**
 * Start code-server on 127.0.0.1 in its own process group.
 * @param {object} o
 * @param {ReturnType<typeof makeSandbox>} o.sandbox
 * @param {string} [o.folder]   folder to open
 * @param {number} [o.port]     0 = any free port
 * @param {object} [o.env]      extra environment (reaches the extension host)
 * @param {(line: string) => void} [o.onLine]  server output
 * @returns {Promise<{port: number, url: string, pid: number, proc: import('child_process').ChildProcess, stop: () => Promise<void>, output: () => string}>}
 */
async function startCodeServer(o) {
  const { entry } = await ensureCodeServer();
  const sb = o.sandbox;
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${o.port || 0}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', sb.userDataDir,
    '--extensions-dir', sb.extensionsDir,
  ];
  if (o.folder) args.push(o.folder);
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, ...sb.env, ...(o.env || {}) },
    detached: true, // own process group: stop() kills the whole group (file watchers, extension hosts)
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = null;
  const exitP = new Promise((r) => proc.on('exit', (code, sig) => r((exited = { code, sig }))));
  const lines = (buf) => {
    const s = buf.toString();
    output += s;
    if (output.length > 2e6) output = output.slice(-1e6);
    if (o.onLine) for (const l of s.split('\n')) if (l.trim()) o.onLine(l);
  };
  proc.stdout.on('data', lines);
  proc.stderr.on('data', lines);
  const t0 = Date.now();
  let port = 0;
  while (!port) {
    const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
    if (m) port = Number(m[1]);
    else if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before listening:\n${output}`);
    else if (Date.now() - t0 > 60e3) {
      killGroup(proc.pid, 'SIGKILL');
      throw new Error(`code-server did not listen within 60 s:\n${output}`);
    } else await sleep(100);
  }
  const stop = async () => {
    if (exited) return;
    killGroup(proc.pid, 'SIGTERM');
    const done = await Promise.race([exitP.then(() => true), sleep(5000).then(() => false)]);
    if (!done) killGroup(proc.pid, 'SIGKILL');
    // Children (file watcher, extension hosts) may outlive the leader for a moment.
    await sleep(200);
    killGroup(proc.pid, 'SIGKILL', true);
  };
  return { port, url: `http://127.0.0.1:${port}/`, pid: proc.pid, proc, stop, output: () => output, exited: exitP };
}

function killGroup(pid, sig, quiet) {
  try {
    process.kill(-pid, sig);
  } catch (e) {
    if (!quiet && e.code !== 'ESRCH') throw e;
  }
}

/** `vscode-remote://127.0.0.1:PORT/abs/path` — how the web workbench names a file on the server. */
function remoteUri(port, absPath) {
  return `vscode-remote://127.0.0.1:${port}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/**
 * Workbench URL for a folder with an optional `payload` (extensionDevelopmentPath, extensionTestsPath,
 * openFile, …): entries are [key, absolute path]; paths are turned into vscode-remote URIs.
 */
function workbenchUrl(port, folder, payload = []) {
  let u = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload.map(([k, p]) => [k, remoteUri(port, p)])))}`;
  return u;
}

module.exports = {
  vsceArgs,
  VERSION,
  REPO,
  CACHE_ROOT,
  CACHE_KEY,
  INSTALL_DIR,
  ENTRY,
  ensureCodeServer,
  isInstalled,
  findChromium,
  CHROMIUM_MISSING,
  CHROMIUM_ARGS,
  SAFE_SETTINGS,
  makeSandbox,
  persistentSandbox,
  pruneSandboxes,
  installExtension,
  packageVsix,
  startCodeServer,
  remoteUri,
  workbenchUrl,
  killGroup,
};

if (require.main === module) {
  // `node scripts/lib/code-server.js install` — fill the cache (used by .ci/run, handy by hand).
  ensureCodeServer().then(
    (r) => console.log(r.entry),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
