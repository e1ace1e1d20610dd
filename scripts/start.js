#!/usr/bin/env node
'use strict';
// `npm start`: the extension in a real VS Code, on the articles.
//
//   1. `npm install` when node_modules is missing, then `npm run build`.
//   2. The folder: a scratch copy of ../shared/articles (else of samples/) made afresh in
//      .vscode-test/start/articles/, or the folder given as argument, opened in place. Auto-save is off in
//      the session (SAFE_SETTINGS in lib/code-server.js): no file on disk changes unless the user saves,
//      and ../shared never changes (scripts/lib/session.js).
//   3. Desktop VS Code when `code` is on PATH: `code --extensionDevelopmentPath=<repo> <folder>`.
//      Otherwise code-server (VS Code in the browser, from npm, cached in .vscode-test/) on 127.0.0.1 with the
//      packaged extension (VSIX) installed; it prints the URL and runs until Ctrl+C, then stops the server.
//
// Options (after `npm start --`):
//   [FOLDER]   open this folder instead
//   --web      use code-server even when `code` is on PATH
//   --dev      code-server: load the extension from the repository (extensionDevelopmentPath in the URL)
//              instead of installing the VSIX; the URL printed then carries it
//   --port N   code-server port (default: PORT, else 8080 when free, else any free port)
//   --no-build skip `npm run build`
//   --check    start, check that the workbench answers, stop (a smoke test; exit code 0 = fine)
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--port');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tty = process.stdout.isTTY;
const bold = (s, c = '1') => (tty ? `\x1b[${c}m${s}\x1b[0m` : s);
const say = (s) => console.log(`${bold('[start]')} ${s}`);

function run(cmd, argv) {
  say(`${cmd} ${argv.join(' ')}`);
  const r = spawnSync(cmd, argv, { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\`${cmd} ${argv.join(' ')}\` failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''})`);
    process.exit(r.status || 1);
  }
}

function onPath(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of process.platform === 'win32' ? ['.cmd', '.exe', ''] : ['']) {
      const p = path.join(dir, cmd + ext);
      try {
        if (fs.statSync(p).isFile()) return p;
      } catch {}
    }
  }
  return null;
}

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function main() {
  if (!fs.existsSync(path.join(REPO, 'node_modules'))) run(npm, ['install']);
  if (!flag('--no-build')) run(npm, ['run', '--silent', 'build']);

  const cs = require('./lib/code-server');
  let folder;
  try {
    const s = require('./lib/session').sessionFolder({ repo: REPO, given: positional[0], scratchRoot: path.join(cs.CACHE_ROOT, 'start', 'articles') });
    folder = s.folder;
    if (s.scratch) say(`opening a scratch copy of ${s.source} (made afresh at each start; saves go to the copy): ${folder}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }

  const code = !flag('--web') && !flag('--check') && onPath('code');
  if (code) {
    say(`desktop VS Code (${code}) on ${folder}`);
    const r = spawnSync(code, ['--new-window', `--extensionDevelopmentPath=${REPO}`, folder], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }

  await cs.ensureCodeServer();
  const sb = cs.persistentSandbox('start', { 'editor.wordWrap': 'on' });
  const dev = flag('--dev');
  if (!dev) {
    say('packaging the extension (vsce) and installing it into code-server');
    const vsix = cs.packageVsix();
    await cs.installExtension(vsix, sb);
  } else {
    // A VSIX installed by an earlier `npm start` would load too: remove it.
    for (const d of fs.readdirSync(sb.extensionsDir)) if (/^article-lens\.article-lens-/.test(d)) fs.rmSync(path.join(sb.extensionsDir, d), { recursive: true, force: true });
  }

  let port = Number(opt('--port') || process.env.PORT || 0);
  if (!port && !flag('--check') && (await portFree(8080))) port = 8080;
  const server = await cs.startCodeServer({ sandbox: sb, folder, port });
  const url = cs.workbenchUrl(server.port, folder, dev ? [['extensionDevelopmentPath', REPO]] : []);

  let stopping = false;
  const stop = async (why, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    say(`${why}: stopping code-server (process group ${server.pid})`);
    await server.stop();
    process.exit(exitCode);
  };
  process.on('SIGINT', () => stop('Ctrl+C'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGHUP', () => stop('SIGHUP'));
  server.exited.then((e) => {
    if (!stopping) {
      console.error(`code-server exited on its own (${JSON.stringify(e)}):\n${server.output().slice(-2000)}`);
      process.exit(1);
    }
  });

  if (flag('--check')) {
    const res = await fetch(url, { redirect: 'manual' });
    const body = await res.text();
    const ok = res.status === 200 && /workbench/i.test(body);
    say(`GET ${url} → ${res.status}${ok ? ' (workbench page)' : ''}`);
    return stop('check done', ok ? 0 : 1);
  }

  console.log(`\nArticle Lens in VS Code (code-server ${cs.VERSION}), folder ${folder}:\n\n    ${bold(url, '1;36')}\n\nOpen it in a browser on this machine (loopback only). Ctrl+C stops the server.\n`);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
