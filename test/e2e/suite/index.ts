// Test runner loaded by VS Code's extension host (the `extensionTestsPath` of the @vscode/test-electron
// contract): `run()` returns a Promise that rejects when a test fails. Used by
//   - test/e2e/exthost.test.ts: code-server's node extension host, through the workbench `payload` URL;
//   - scripts/test-desktop.js: desktop VS Code through @vscode/test-electron (where it can be downloaded).
// It runs every `*.spec.js` next to it with mocha (TDD interface: suite/test).
import * as fs from 'fs';
import * as path from 'path';

export async function run(): Promise<void> {
  // mocha 12 is ESM: require() returns the module namespace; the class is its default export.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('mocha');
  const Mocha = mod.default ?? mod;
  const grep = process.env.ARTICLE_LENS_SUITE_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.spec.js')).sort()) mocha.addFile(path.join(__dirname, f));
  await mocha.loadFilesAsync();
  console.log('--- article-lens extension-host suite ---'); // test/e2e/exthost.test.ts prints what follows
  const failures: number = await new Promise((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
