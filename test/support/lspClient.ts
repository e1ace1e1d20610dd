// A minimal LSP client over stdio for tests: real process, real framing.
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';

export const REPO = path.resolve(__dirname, '../../..');
export const SERVER = path.join(REPO, 'dist', 'server.js');

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Returned by onServerRequest to leave the server's request unanswered (a client that never answers). */
export const NO_ANSWER = Symbol('no answer');

export class LspClient {
  private readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((msg: Json) => void)[] = [];
  readonly notifications: Json[] = [];
  readonly stderr: string[] = [];
  /** Requests the server sent to us (workspace/configuration…) are answered by this. */
  onServerRequest: (method: string, params: Json) => Json = () => null;
  /** Resolves with the exit code (or signal) when the server process ends. */
  readonly exited: Promise<number | string | null>;

  constructor(args: string[] = ['--stdio'], env: NodeJS.ProcessEnv = process.env, server = SERVER) {
    this.proc = spawn(process.execPath, [server, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.proc.stdin.on('error', () => undefined); // the server may be gone (tests that end the connection)
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve(code ?? signal)));
  }

  /** Writes bytes as they are, framing included (malformed-stream tests). */
  writeRaw(data: string | Buffer): void {
    this.proc.stdin.write(data);
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: (\d+)/i.exec(header);
      if (!m) throw new Error(`bad header ${header}`);
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.dispatch(JSON.parse(body));
    }
  }

  private dispatch(msg: Json): void {
    if (msg.id !== undefined && msg.method) {
      let result: Json = null;
      try {
        result = this.onServerRequest(msg.method, msg.params);
      } catch {
        result = null;
      }
      if (result === NO_ANSWER) return;
      this.write({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else p.resolve(msg.result);
      return;
    }
    this.notifications.push(msg);
    for (const l of [...this.listeners]) l(msg);
  }

  private write(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = Json>(method: string, params: Json): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Sends a request and returns its id, for cancellation tests. */
  requestWithId<T = Json>(method: string, params: Json): { id: number; promise: Promise<T> } {
    const id = this.nextId;
    return { id, promise: this.request<T>(method, params) };
  }

  notify(method: string, params: Json): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (already received or future) matching the predicate. */
  waitFor(predicate: (msg: Json) => boolean, timeoutMs = 10000, fromIndex = 0): Promise<Json> {
    const seen = this.notifications.slice(fromIndex).find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        reject(new Error(`timed out waiting for a notification; stderr: ${this.stderr.join('')}`));
      }, timeoutMs);
      const listener = (msg: Json) => {
        if (!predicate(msg)) return;
        clearTimeout(timer);
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(msg);
      };
      this.listeners.push(listener);
    });
  }

  diagnosticsFor(uri: string, fromIndex = 0, version?: number, timeoutMs = 10000): Promise<Json> {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version), timeoutMs, fromIndex);
  }

  async initialize(initializationOptions?: Json, capabilities: Json = {}): Promise<Json> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'news-article'): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, text: string, version: number): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** A didChange of ranged edits (incremental sync), applied by the server one after another. */
  edit(uri: string, changes: { range: { start: Json; end: Json }; text: string }[], version: number): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 2000);
      this.proc.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
}

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}

/** Zero-based line/character of a UTF-16 offset in text. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export function offsetOf(text: string, pos: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    if (text.charCodeAt(i) === 10) line++;
    i++;
  }
  return i + pos.character;
}

/** Applies LSP TextEdits (non-overlapping) to text. */
export function applyEdits(text: string, edits: { range: { start: Json; end: Json }; newText: string }[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
