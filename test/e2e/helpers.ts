// Shared plumbing of the real-editor tests: paths, the code-server helper (scripts/lib/code-server.js),
// chromium via playwright-core, and small utilities. Not a test file itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import type { BrowserContext, Page, ConsoleMessage } from 'playwright-core';

/** Repository root (this file runs from out/test/e2e/). */
export const REPO = path.resolve(__dirname, '..', '..', '..');
export const SEED_NAME = '000_81869d887f725d86.txt';
/** The seed article: the shared copy when there is one, else the one shipped in samples/. */
export const SEED = [path.join(REPO, '..', 'shared', 'articles', SEED_NAME), path.join(REPO, 'samples', SEED_NAME)].find((p) => fs.existsSync(p)) ?? path.join(REPO, 'samples', SEED_NAME);
export const FIXTURES = path.join(REPO, 'test', 'e2e', 'fixtures');
export const UNATTRIBUTED = path.join(FIXTURES, 'unattributed.article');
export const SCREENSHOTS = path.join(REPO, 'test', 'e2e', 'screenshots');

export interface Sandbox {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  browserProfile: string;
  env: Record<string, string>;
  remove(): void;
}
export interface Server {
  port: number;
  url: string;
  pid: number;
  stop(): Promise<void>;
  output(): string;
}
interface CodeServerLib {
  VERSION: string;
  CHROMIUM_MISSING: string;
  CHROMIUM_ARGS: string[];
  ensureCodeServer(): Promise<{ dir: string; entry: string; version: string }>;
  findChromium(): string | null;
  makeSandbox(name: string, settings?: Record<string, unknown>): Sandbox;
  pruneSandboxes(hours?: number): void;
  installExtension(vsix: string, sb: Sandbox): Promise<void>;
  packageVsix(out?: string): string;
  startCodeServer(o: { sandbox: Sandbox; folder?: string; port?: number; env?: Record<string, string>; onLine?: (l: string) => void }): Promise<Server>;
  workbenchUrl(port: number, folder: string, payload?: [string, string][]): string;
  remoteUri(port: number, p: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const cs: CodeServerLib = require(path.join(REPO, 'scripts', 'lib', 'code-server.js'));

/** An Error whose report is its message only: one line, no stack. */
export function oneLineError(message: string): Error {
  const e = new Error(message);
  e.stack = message;
  return e;
}

/** Chromium's path, or throw the one-line install hint. */
export function requireChromium(): string {
  const p = cs.findChromium();
  if (!p) throw oneLineError(cs.CHROMIUM_MISSING);
  return p;
}

/** dist/ must have been built (`npm test` does it first). */
export function requireBuild(): void {
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(REPO, f))) throw oneLineError(`${f} is missing: run \`npm run build\` first`);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Seconds since `t0`, for the timing lines the tests print. */
export function since(t0: number): string {
  return `${((Date.now() - t0) / 1000).toFixed(1)} s`;
}

/** A workspace folder inside the sandbox with copies of the given files (tests edit them freely). */
export function makeWorkspace(sb: Sandbox, files: string[]): string {
  const ws = path.join(sb.root, 'workspace');
  fs.mkdirSync(ws, { recursive: true });
  for (const f of files) {
    const to = path.join(ws, path.basename(f));
    fs.copyFileSync(f, to);
    fs.chmodSync(to, 0o644); // the shared copy of the seed is read-only in CI
  }
  return ws;
}

export async function launchBrowser(sb: Sandbox, chromiumPath: string): Promise<{ context: BrowserContext; page: Page }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const context = await chromium.launchPersistentContext(sb.browserProfile, {
    executablePath: chromiumPath,
    headless: true,
    env: { ...process.env, ...sb.env } as Record<string, string>,
    args: cs.CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Nothing may leave the machine: refuse every request that is not for the local server.
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|blob:|vscode-)/, (route) => route.abort());
  return { context, page };
}

/**
 * Extension-host `console.*` reaches the page console as `('%c INFO', 'color: …', fmt, ...args)`:
 * drop the first two arguments and format the rest like console.log would.
 */
export async function formatConsole(msg: ConsoleMessage): Promise<string> {
  try {
    const args = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => '?')));
    if (typeof args[0] === 'string' && args[0].startsWith('%c') && args.length >= 2) {
      return util.format(...args.slice(2));
    }
    return util.format(...args);
  } catch {
    return msg.text();
  }
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

export { dateKey, labelDate, assertChronological } from './dates';
