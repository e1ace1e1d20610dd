// Runs the mocha suite test/e2e/suite/*.spec.ts with the real `vscode` API inside code-server's node
// extension host. code-server rejects --extensionDevelopmentPath/--extensionTestsPath, so they are passed
// the way VS Code's own browser tests do: the web workbench's `payload` URL parameter. The workbench reports
// the runner's result through `window.codeAutomationExit(code)` (0 = every test passed).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cs, REPO, SEED, UNATTRIBUTED, requireChromium, requireBuild, makeWorkspace, launchBrowser, formatConsole, since, type Server } from './helpers';

const RUNNER = path.join(__dirname, 'suite', 'index.js');
const TIMEOUT_MS = 180e3;
const MARKER = '--- article-lens extension-host suite ---'; // printed by suite/index.ts

test('extension-host suite (mocha, real vscode API) in code-server', { timeout: 300e3 }, async (t) => {
  const chromiumPath = requireChromium();
  requireBuild();
  assert.ok(fs.existsSync(RUNNER), `${RUNNER} is missing: compile the tests (tsc -p .)`);
  const t0 = Date.now();
  await cs.ensureCodeServer();
  cs.pruneSandboxes();
  const sb = cs.makeSandbox('exthost');
  const ws = makeWorkspace(sb, [SEED, UNATTRIBUTED]);
  let server: Server | undefined;
  let closeBrowser = async () => {};
  const lines: string[] = [];
  let started = false;
  try {
    server = await cs.startCodeServer({ sandbox: sb, folder: ws });
    const { context, page } = await launchBrowser(sb, chromiumPath);
    closeBrowser = () => context.close().catch(() => {});
    page.on('console', async (m) => {
      const s = (await formatConsole(m)).replace(/\x1b\[[0-9;]*m/g, ''); // no colours: it is a log
      if (process.env.ARTICLE_LENS_DEBUG_CONSOLE) lines.push(`${JSON.stringify(m.text().slice(0, 30))} ${s}`);
      // Keep what follows the runner's start marker (the suite's output), not the workbench's chatter before it.
      else if (started) lines.push(s);
      else if (s.includes(MARKER)) started = true;
    });
    let resolveExit: (code: number) => void = () => {};
    const exit = new Promise<number>((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    const url = cs.workbenchUrl(server.port, ws, [
      ['extensionDevelopmentPath', REPO],
      ['extensionTestsPath', RUNNER],
    ]);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([exit, new Promise<number>((r) => (timer = setTimeout(() => r(-1), TIMEOUT_MS)))]);
    clearTimeout(timer);
    // Console messages are formatted asynchronously (a browser round trip each), so the last ones — the
    // mocha summary — can land after the exit call: give them a moment before reading the output.
    for (const until = Date.now() + 10_000; code !== -1 && Date.now() < until && !lines.some((l) => /\d+ (passing|failing)/.test(l)); ) await new Promise((r) => setTimeout(r, 100));
    const out = lines.join('\n');
    process.stdout.write(`--- extension-host output ---\n${out}\n--- end (runner exit code ${code}, ${since(t0)}) ---\n`);
    assert.notEqual(code, -1, `the runner did not finish within ${TIMEOUT_MS / 1000} s`);
    assert.equal(code, 0, 'the extension-host suite failed (see its output above)');
    assert.match(out, /\d+ passing/, 'no mocha summary in the extension-host output');
  } catch (e) {
    if (server && !lines.some((l) => /\d+ passing/.test(l))) process.stderr.write(`--- code-server output (last 3000 chars) ---\n${server.output().slice(-3000)}\n`);
    throw e;
  } finally {
    await closeBrowser();
    await server?.stop();
    t.diagnostic(`total: ${since(t0)}`);
    if (!process.env.ARTICLE_LENS_KEEP_SANDBOX) sb.remove();
  }
});
