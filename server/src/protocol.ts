// The LSP lifecycle and message shapes, enforced before any handler runs
// (issue 19). vscode-languageserver dispatches whatever arrives: requests
// before `initialize` got `null`, a `didOpen` before it was processed, a second
// `initialize` was accepted, requests after `shutdown` were answered, and a
// non-integer position reached the features (renaming a random person). A
// MessageStrategy sees every incoming message first; a request it refuses is
// re-routed, id intact, to REFUSE_METHOD, whose handler answers the error, so
// the response still goes through the connection's own writer.
import { ErrorCodes, Message, ResponseError, type MessageStrategy, type NotificationMessage, type RequestMessage } from 'vscode-languageserver/node';

export const REFUSE_METHOD = 'articleLens/$refuse';

export interface Refusal {
  code: number;
  message: string;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export type LifecycleState = 'new' | 'initialized' | 'shutdown';

/** A uinteger as the protocol defines it: positions are line/character pairs of these. */
function isUinteger(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2 ** 31 - 1;
}

function isPosition(p: unknown): boolean {
  return typeof p === 'object' && p !== null && isUinteger((p as Json).line) && isUinteger((p as Json).character);
}

function isRange(r: unknown): boolean {
  return typeof r === 'object' && r !== null && isPosition((r as Json).start) && isPosition((r as Json).end);
}

/** Why a request's params are malformed (a position or range that is not one), or null when they are fine. */
export function malformedPositions(params: unknown): string | null {
  if (typeof params !== 'object' || params === null) return null;
  const p = params as Json;
  if ('position' in p && !isPosition(p.position)) return 'position must be {line, character} with non-negative integers';
  if ('range' in p && !isRange(p.range)) return 'range must be {start, end} positions with non-negative integers';
  return null;
}

/**
 * `initialize` params a client got wrong in ways we can live with, made
 * well-formed: `capabilities` not an object, `workspaceFolders` not an array of
 * {uri, name}, a non-string rootUri or trace, a non-numeric processId. The
 * library reads these before our handler runs, so they are fixed here.
 */
export function sanitizeInitializeParams(params: unknown): Json {
  const p: Json = typeof params === 'object' && params !== null && !Array.isArray(params) ? { ...params } : {};
  if (typeof p.capabilities !== 'object' || p.capabilities === null || Array.isArray(p.capabilities)) p.capabilities = {};
  if (p.workspaceFolders !== undefined && p.workspaceFolders !== null) {
    p.workspaceFolders = Array.isArray(p.workspaceFolders)
      ? p.workspaceFolders
          .filter((f: Json) => typeof f === 'object' && f !== null && typeof f.uri === 'string')
          .map((f: Json) => ({ uri: f.uri, name: typeof f.name === 'string' ? f.name : f.uri }))
      : null;
  }
  if (p.rootUri !== undefined && typeof p.rootUri !== 'string') p.rootUri = null;
  if (p.rootPath !== undefined && typeof p.rootPath !== 'string') p.rootPath = null;
  if (p.processId !== undefined && !(typeof p.processId === 'number' && Number.isInteger(p.processId) && p.processId > 0)) p.processId = null;
  if (p.trace !== undefined && typeof p.trace !== 'string') delete p.trace;
  return p;
}

/**
 * Document-sync notifications the document store can hold: a didOpen without
 * string text, or a didChange whose changes are not texts, would store a
 * non-string document and fail in every later request on it.
 */
export function wellFormedSync(n: NotificationMessage): boolean {
  const p = n.params as Json;
  const doc = p?.textDocument;
  switch (n.method) {
    case 'textDocument/didOpen':
      return typeof doc?.uri === 'string' && typeof doc.text === 'string' && Number.isInteger(doc.version);
    case 'textDocument/didChange':
      return (
        typeof doc?.uri === 'string' &&
        Number.isInteger(doc.version) &&
        Array.isArray(p.contentChanges) &&
        p.contentChanges.every((c: Json) => typeof c?.text === 'string' && (c.range === undefined || isRange(c.range)))
      );
    case 'textDocument/didClose':
    case 'textDocument/didSave':
      return typeof doc?.uri === 'string';
    default:
      return true;
  }
}

/** Gatekeeper for the connection: the lifecycle state machine plus shape checks that need no document. */
export class Lifecycle implements MessageStrategy {
  state: LifecycleState = 'new';

  // Returns what `next` returns (the library's dispatch promise), so the connection's queue accounting is unchanged.
  handleMessage(message: Message, next: (message: Message) => unknown): void {
    if (Message.isRequest(message)) {
      const refusal = this.checkRequest(message);
      if (refusal) return next({ ...message, method: REFUSE_METHOD, params: refusal } as RequestMessage) as void;
      if (message.method === 'initialize') {
        this.state = 'initialized';
        return next({ ...message, params: sanitizeInitializeParams(message.params) } as RequestMessage) as void;
      }
      if (message.method === 'shutdown') this.state = 'shutdown';
      return next(message) as void;
    }
    if (Message.isNotification(message) && !this.acceptsNotification(message)) return;
    return next(message) as void;
  }

  private checkRequest(req: RequestMessage): Refusal | null {
    if (req.method === REFUSE_METHOD) return { code: ErrorCodes.MethodNotFound, message: `Unhandled method ${req.method}` };
    if (this.state === 'new' && req.method !== 'initialize') {
      return { code: ErrorCodes.ServerNotInitialized, message: `The server is not initialized yet: ${req.method} before initialize.` };
    }
    if (this.state === 'shutdown') return { code: ErrorCodes.InvalidRequest, message: `The server is shutting down: ${req.method} after shutdown.` };
    if (req.method === 'initialize' && this.state !== 'new') return { code: ErrorCodes.InvalidRequest, message: 'initialize may only be sent once.' };
    const bad = malformedPositions(req.params);
    if (bad) return { code: ErrorCodes.InvalidParams, message: `${req.method}: ${bad}.` };
    return null;
  }

  /** Before initialize only `exit` counts (the spec drops the rest); after shutdown, likewise. Malformed document sync is dropped. */
  private acceptsNotification(n: NotificationMessage): boolean {
    if (n.method === 'exit') return true;
    return this.state === 'initialized' && wellFormedSync(n);
  }
}

/** The handler for re-routed requests: answers the refusal as a JSON-RPC error. */
export function refuse(params: Refusal): never {
  throw new ResponseError(params.code, params.message);
}
