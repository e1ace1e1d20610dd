// Bundles the client, the server and the CLI into dist/ (node targets).
// `node esbuild.js [--production] [--watch]`
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'info',
  // JSON lexicons are bundled as data, so the server has no file I/O for them (models are not: see MODELS).
  loader: { '.json': 'json' },
  // jsonc-parser's `main` is a UMD build whose internal requires esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// Trained models ship once, as data files beside the bundles; the server, its worker and the CLI read
// them on first use (server/src/models.ts) instead of each bundle inlining a copy.
const fs = require('fs');
const path = require('path');
// [source, name in dist/]: the names server/src/models.ts looks for.
const MODELS = [
  ['server/src/analysis/syntax/syntax.bin', 'syntax.bin'],
  ['server/src/analysis/people/model.json', 'people-tagger.json'],
  ['server/src/analysis/people/coref.json', 'people-coref.json'],
];
function copyModels() {
  fs.mkdirSync('dist', { recursive: true });
  for (const [from, to] of MODELS) fs.copyFileSync(from, path.join('dist', to));
}

async function main() {
  const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  if (watch) {
    copyModels();
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  copyModels();
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});
