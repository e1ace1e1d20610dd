// Preload for tests: `NODE_OPTIONS=--require out/test/support/noNetwork.js`. Every attempt to open a
// network socket (TCP/UDP/TLS/HTTP(S)/HTTP2 clients, listening servers, DNS lookups, fetch, WebSocket) is
// recorded as one JSON line in $ARTICLE_LENS_NET_LOG and then refused with an error. The language
// server talks over stdio/IPC only, so a session under this preload must leave the log empty.
// Local IPC (pipes, Unix sockets passed as stdio) is not network and is left alone.
// `import x = require()` gives the real module objects (an `import * as` namespace is read-only).
/* eslint-disable @typescript-eslint/no-explicit-any */
import fs = require('fs');
import net = require('net');
import dgram = require('dgram');
import http = require('http');
import https = require('https');
import http2 = require('http2');
import tls = require('tls');
import dns = require('dns');

const LOG = process.env.ARTICLE_LENS_NET_LOG;

function describe(args: unknown[]): string {
  try {
    return JSON.stringify(args, (_k, v) => (typeof v === 'function' ? '[fn]' : v)).slice(0, 300);
  } catch {
    return String(args[0]).slice(0, 300);
  }
}

function record(api: string, args: unknown[]): never {
  const line = JSON.stringify({ pid: process.pid, api, args: describe(args), stack: new Error().stack?.split('\n').slice(2, 8).join('\n') });
  if (LOG) {
    try {
      fs.appendFileSync(LOG, line + '\n');
    } catch {
      /* nothing to do */
    }
  }
  throw new Error(`network access blocked by test preload: ${api}`);
}

/** Is this a local IPC path (Unix socket / named pipe) rather than a network endpoint? */
function isIpc(args: unknown[]): boolean {
  let a = args[0] as any;
  // net.connect() hands Socket#connect its normalised [options, callback] array.
  if (Array.isArray(a)) a = a[0];
  if (typeof a === 'string' && !/^\d+$/.test(a)) return true;
  if (a && typeof a === 'object' && (typeof a.path === 'string' || typeof a.fd === 'number' || '_handle' in a)) return true;
  return false;
}

function patch(obj: any, key: string, api: string, allowIpc = false): void {
  const orig = obj[key];
  if (typeof orig !== 'function') return;
  obj[key] = function (this: unknown, ...args: unknown[]) {
    if (allowIpc && isIpc(args)) return orig.apply(this, args);
    return record(api, args);
  };
}

patch(net.Socket.prototype, 'connect', 'net.Socket.connect', true);
patch(net, 'connect', 'net.connect', true);
patch(net, 'createConnection', 'net.createConnection', true);
patch(net.Server.prototype, 'listen', 'net.Server.listen', true);
patch(dgram, 'createSocket', 'dgram.createSocket');
patch(http, 'request', 'http.request');
patch(http, 'get', 'http.get');
patch(https, 'request', 'https.request');
patch(https, 'get', 'https.get');
patch(http2, 'connect', 'http2.connect');
patch(tls, 'connect', 'tls.connect');
patch(dns, 'lookup', 'dns.lookup');
patch(dns, 'resolve', 'dns.resolve');
patch(dns, 'resolve4', 'dns.resolve4');
patch(dns, 'resolve6', 'dns.resolve6');
patch(dns.promises, 'lookup', 'dns.promises.lookup');
patch(dns.promises, 'resolve', 'dns.promises.resolve');
const g = globalThis as any;
if (typeof g.fetch === 'function') patch(g, 'fetch', 'fetch');
if (typeof g.WebSocket === 'function') {
  g.WebSocket = function (...args: unknown[]) {
    return record('WebSocket', args);
  };
}
