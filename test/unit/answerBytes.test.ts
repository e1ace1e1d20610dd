import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { AnswerBytes, AnswerWriter } from '../../server/src/answerBytes';

// The writer's bytes must be vscode-jsonrpc's own (JSON.stringify of the message) whatever the answer.
const plain = (msg: unknown) => Buffer.from(JSON.stringify(msg), 'utf8');
const response = (id: number | string, result: unknown) => ({ jsonrpc: '2.0', id, result }) as Message;
const joined = (bytes: AnswerBytes, msg: Message) => Buffer.concat(bytes.parts(msg));

test('a kept answer is framed from its bytes: the same bytes as serialising the response', () => {
  const bytes = new AnswerBytes();
  const outline = bytes.keep([{ name: '2026-02-03 · Okafor meets Reyes', detail: '“We will rebuild…” — «Ça va» 😀', kind: 24, range: { start: { line: 0, character: 1 } } }]);
  for (const id of [1, 42, 'req-7', 0]) assert.deepEqual(joined(bytes, response(id, outline)), plain(response(id, outline)));
  const tokens = bytes.keep({ data: [0, 1, 2, 3, 4] });
  assert.deepEqual(joined(bytes, response(3, tokens)), plain(response(3, tokens)));
  // The second response reuses the first one's bytes (the same buffer), not a copy.
  assert.equal(bytes.parts(response(4, tokens))[1], bytes.parts(response(5, tokens))[1]);
});

test('answers not kept, errors, notifications and requests are serialised as they are', () => {
  const bytes = new AnswerBytes();
  const kept = bytes.keep([1, 2]);
  const messages = [
    response(5, [1, 2]),
    response(6, null),
    response(7, 'text'),
    { jsonrpc: '2.0', id: 8, error: { code: -32801, message: 'modified' } },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics: [] } },
    { jsonrpc: '2.0', id: 9, method: 'workspace/configuration', params: kept },
    // Another shape than vscode-jsonrpc's reply (a key more) is not framed from the kept bytes.
    { jsonrpc: '2.0', id: 10, result: kept, extra: true },
  ] as Message[];
  for (const m of messages) assert.deepEqual(joined(bytes, m), plain(m));
});

test('keep leaves primitives and null alone', () => {
  const bytes = new AnswerBytes();
  assert.equal(bytes.keep(null), null);
  assert.equal(bytes.keep(3), 3);
  assert.deepEqual(joined(bytes, response(1, null)), plain(response(1, null)));
});

test('the writer frames each message with its Content-Length, in call order', async () => {
  const bytes = new AnswerBytes();
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const writer = new AnswerWriter(stream, bytes);
  const kept = bytes.keep([{ name: 'é…', kind: 24 }]);
  const messages = [response(1, kept), { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'naïve' } }, response(2, kept)] as Message[];
  await Promise.all(messages.map((m) => writer.write(m)));
  const expected = Buffer.concat(messages.flatMap((m) => [Buffer.from(`Content-Length: ${plain(m).length}\r\n\r\n`, 'ascii'), plain(m)]));
  assert.deepEqual(Buffer.concat(chunks), expected);
});
