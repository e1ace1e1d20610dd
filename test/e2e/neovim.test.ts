// The language server in another editor: Debian's Neovim, headless, with its built-in LSP client over stdio,
// configured by test/e2e/nvim/article-lens.lua (the file the README shows). test/e2e/nvim/check.lua asks for a
// hover and the document symbols on the seed article, and for diagnostics and code actions on the fixture.
// Unlike VS Code, Neovim keeps the server's order of document symbols, so the chronological order is checked here.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO, SEED, UNATTRIBUTED, requireBuild, oneLineError, since, labelDate, assertChronological } from './helpers';

const NVIM_DIR = path.join(REPO, 'test', 'e2e', 'nvim');

function findNvim(): string {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw oneLineError('Neovim not found: install it with `apt-get install -y neovim`');
  return r.stdout.split('\n')[0];
}

interface Result {
  nvim: string;
  errors: string[];
  seed_filetype?: string;
  fixture_filetype?: string;
  hover?: string;
  symbols?: { name: string; kind: number }[];
  diagnostics?: { message: string; source?: string; code?: string; severity: number }[];
  actions?: string[];
}

test('Neovim (built-in LSP client, stdio): hover, document symbols, diagnostics', { timeout: 120e3 }, (t) => {
  const version = findNvim();
  requireBuild();
  const t0 = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-nvim-'));
  try {
    // Copies, so the buffers' folder (the client's root_dir) is a scratch folder.
    const seed = path.join(tmp, path.basename(SEED));
    const fixture = path.join(tmp, path.basename(UNATTRIBUTED));
    fs.copyFileSync(SEED, seed);
    fs.copyFileSync(UNATTRIBUTED, fixture);
    for (const f of [seed, fixture]) fs.chmodSync(f, 0o644);
    const outFile = path.join(tmp, 'result.json');
    const xdg = (d: string) => path.join(tmp, d);
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(NVIM_DIR, 'article-lens.lua'), '-c', `luafile ${path.join(NVIM_DIR, 'check.lua')}`, seed], {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 90e3,
      env: {
        ...process.env,
        ARTICLE_LENS_SERVER: path.join(REPO, 'dist', 'server.js'),
        ARTICLE_LENS_FIXTURE: fixture,
        ARTICLE_LENS_OUT: outFile,
        // Keep Neovim's state, logs (lsp.log) and shada out of $HOME.
        XDG_CONFIG_HOME: xdg('config'),
        XDG_DATA_HOME: xdg('data'),
        XDG_STATE_HOME: xdg('state'),
        XDG_CACHE_HOME: xdg('cache'),
      },
    });
    assert.ok(fs.existsSync(outFile), `nvim wrote no result (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}${r.stderr}`);
    const res: Result = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    t.diagnostic(`${version}: ${since(t0)}`);
    t.diagnostic(`hover: ${JSON.stringify(res.hover)}`);
    t.diagnostic(`symbols: ${JSON.stringify((res.symbols ?? []).map((s) => s.name))}`);
    t.diagnostic(`diagnostics: ${JSON.stringify(res.diagnostics)}; actions: ${JSON.stringify(res.actions)}`);
    assert.deepEqual(res.errors, [], 'errors in the Neovim run');
    assert.equal(res.seed_filetype, 'newsarticle', 'the seed .txt article was not detected by its first line');
    assert.match(res.hover ?? '', /Gustavo Petro/);
    assert.match(res.hover ?? '', /President/);
    const symbols = res.symbols ?? [];
    assert.ok(symbols.length > 0, 'no document symbols');
    const dates = symbols.map((s) => labelDate(s.name)).filter((d): d is string => !!d);
    assert.ok(dates.includes('2026-01-07'), `no 2026-01-07 entry in ${JSON.stringify(symbols.map((s) => s.name))}`);
    assertChronological(dates); // the server's own order (VS Code re-sorts by position)
    const warning = (res.diagnostics ?? []).find((d) => d.source === 'article-lens' && d.code === 'unattributed-quote');
    assert.ok(warning, `no article-lens unattributed-quote diagnostic on the fixture: ${JSON.stringify(res.diagnostics)}`);
    assert.ok((res.actions ?? []).some((a) => a.startsWith('Attribute to')), `no "Attribute to …" code action: ${JSON.stringify(res.actions)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
