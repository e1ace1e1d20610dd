// The VSIX as `npm run package` builds it: no warning from vsce, the files the extension needs and nothing
// else (the real-editor UI test installs the same VSIX into code-server).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../support/lspClient';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { vsceArgs } = require(path.join(REPO, 'scripts', 'lib', 'code-server.js')) as { vsceArgs: () => string[] };

test('npm run package: vsce packages the VSIX with no warning', { timeout: 180e3 }, () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-vsix-')), 'article-lens.vsix');
  const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  // stdin closed: vsce asks "Do you want to continue?" on any warning, which then fails instead of hanging.
  const r = spawnSync(process.execPath, [vsce, ...vsceArgs(), '-o', out], { cwd: REPO, encoding: 'utf8', input: '', timeout: 170e3 });
  const output = r.stdout + r.stderr;
  assert.equal(r.status, 0, output);
  assert.doesNotMatch(output, /WARNING/, output);
  assert.ok(fs.statSync(out).size > 100_000);
  const files = output.split('\n').filter((l) => /[├└]─/.test(l)).map((l) => l.replace(/^[\s│├└─]+/, '').replace(/\s*\[.*$/, '').trim());
  for (const f of ['package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'extension.js', 'server.js', 'worker.js', 'cli.js', 'people-tagger.json', 'people-coref.json', 'icon.png', 'rules.md', 'articlelens.schema.json']) {
    assert.ok(files.includes(f), `${f} in ${JSON.stringify(files)}`);
  }
  assert.ok(!files.some((f) => /\.ts$|\.map$|node_modules/.test(f)), `no sources, maps or node_modules: ${JSON.stringify(files)}`);
});

test('the manifest names files that exist: license, changelog, a 128×128 icon', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  assert.equal(pkg.license, 'MIT');
  assert.match(fs.readFileSync(path.join(REPO, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} /);
  assert.match(fs.readFileSync(path.join(REPO, 'CHANGELOG.md'), 'utf8'), /^# Changelog\n/);
  const png = fs.readFileSync(path.join(REPO, pkg.icon));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
});
