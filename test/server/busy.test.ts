// What keeps the protocol thread short while a large document is re-analysed (issue 18) must not change
// any answer: outline symbols kept across an edit, the line index's fast path, the worker's priority.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../support/models';
import { SEED } from '../support/seed';
import { diffTexts, shiftAnalysis } from '../../server/src/analysis/shift';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { LineIndex, type PositionEncoding } from '../../server/src/features/lineIndex';
import type { ArticleEvent } from '../../server/src/analysis/types';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import * as fs from 'fs';
import * as path from 'path';
import { AnalysisHost, LARGE_DOCUMENT } from '../../server/src/analysisHost';
import { WORKER_NICE } from '../../server/src/worker';

const body = SEED.replace(/^ date \S+ /, '');
// Enough events that the outline groups them by month.
const LONG = ' date 2026-02-03 ' + Array.from({ length: 12 }, () => body.trim()).join('\n\n') + '\n';

test('outline symbols kept across edits are the symbols made afresh', () => {
  const base = analyzeArticle(LONG);
  assert.ok(base.events.length > 25);
  for (const encoding of ['utf-16', 'utf-8'] as PositionEncoding[]) {
    const cache = new WeakMap<ArticleEvent, DocumentSymbol>();
    const options = { includeUndated: true, symbolCache: cache };
    documentSymbols(base, new LineIndex(LONG, encoding), options);
    let previous = base;
    // At the end, in the middle (a line added: everything after moves down), at the start, then undone.
    const edits = [
      (t: string) => t + '\nA last line.\n',
      (t: string) => t.slice(0, t.length >> 1) + '\nA new line “quoted,” she said.\n' + t.slice(t.length >> 1),
      (t: string) => t.replace(' date 2026-02-03 ', ' date 2026-02-03 Mr. '),
      () => LONG,
    ];
    for (const edit of edits) {
      const text = edit(previous.text);
      const shifted = shiftAnalysis(previous, text, diffTexts(previous.text, text));
      const lines = new LineIndex(text, encoding);
      assert.deepEqual(documentSymbols(shifted, lines, options), documentSymbols(shifted, lines, { includeUndated: true }));
      previous = shifted;
    }
  }
});

test('line index: lines found by search are the lines found by scanning (LF only, CRLF, lone CR)', () => {
  for (const text of [LONG, LONG.replace(/\n/g, '\r\n'), 'a\rb\r\nc\n\nd', '', '\n', 'no line end']) {
    const lines = new LineIndex(text);
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
    }
    for (let line = 0; line < starts.length; line++) assert.equal(lines.offsetAt({ line, character: 0 }), starts[line], `line ${line}`);
    assert.deepEqual(lines.positionAt(text.length).line, starts.length - 1);
  }
});

const BIG = ' date 2026-02-03 ' + Array.from({ length: Math.ceil(LARGE_DOCUMENT / body.length) + 1 }, () => body.trim()).join('\n\n') + '\n';

/** The nice value of a thread of this process (Linux). */
function niceOf(tid: string | number): number {
  const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  // After the command name (in parentheses) come the fields from the 3rd on: nice is the 19th.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

function threadNices(): number[] {
  return fs.readdirSync('/proc/self/task').map(niceOf);
}

test('the analysis worker runs below the protocol thread’s priority, and its analysis is the direct one', { skip: process.platform !== 'linux' }, async () => {
  const protocolNice = niceOf(process.pid);
  const before = threadNices().filter((n) => n >= Math.min(19, protocolNice + WORKER_NICE)).length;
  const host = new AnalysisHost(path.join(__dirname, '../../server/src/worker.js'), () => undefined, () => undefined);
  try {
    assert.equal(host.get('file:///big', 1, BIG).final, false);
    for (const until = Date.now() + 120_000; !host.isFinal('file:///big', 1) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20));
    assert.ok(host.isFinal('file:///big', 1));
    assert.ok(threadNices().filter((n) => n >= Math.min(19, protocolNice + WORKER_NICE)).length > before, 'a thread runs at the worker’s nice value');
    assert.equal(niceOf(process.pid), protocolNice, 'the protocol thread keeps its priority');
    const direct = analyzeArticle(BIG);
    const landed = host.get('file:///big', 1, BIG).analysis;
    assert.equal(JSON.stringify({ ...landed, model: { ...landed.model, lex: null } }), JSON.stringify({ ...direct, model: { ...direct.model, tokens: [], lex: null }, syntax: null }));
  } finally {
    host.dispose();
  }
});
