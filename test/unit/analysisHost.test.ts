import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { AnalysisHost, LARGE_DOCUMENT } from '../../server/src/analysisHost';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { SEED } from '../support/seed';

const body = SEED.replace(/^ date \S+ /, '').trim();
const BIG = ' date 2026-02-03 ' + Array.from({ length: Math.ceil(LARGE_DOCUMENT / body.length) + 1 }, () => body).join('\n\n');

function ready(host: AnalysisHost, uri: string, version: number): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (host.isFinal(uri, version) ? resolve() : setTimeout(poll, 20));
    poll();
  });
}

for (const [name, script] of [
  ['in the worker thread', path.join(__dirname, '../../server/src/worker.js')],
  ['on the main thread when the worker cannot start', '/nonexistent/worker.js'],
] as const) {
  test(`a large document is analysed ${name}, and equals a direct analysis`, async () => {
    const warnings: string[] = [];
    const host = new AnalysisHost(script, () => undefined, (m) => warnings.push(m));
    try {
      const first = host.get('file:///big', 1, BIG);
      assert.equal(first.final, false);
      await ready(host, 'file:///big', 1);
      const final = host.get('file:///big', 1, BIG);
      const direct = analyzeArticle(BIG);
      assert.equal(final.analysis.quotes.length, direct.quotes.length);
      assert.deepEqual(final.analysis.mentions, direct.mentions);
      assert.deepEqual(final.analysis.events, direct.events);
      if (script.startsWith('/nonexistent')) assert.ok(warnings.some((w) => /main thread/.test(w)));
    } finally {
      host.dispose();
    }
  });
}

test('edits while analysing: stale versions are dropped, the last one wins', async () => {
  const host = new AnalysisHost(path.join(__dirname, '../../server/src/worker.js'), () => undefined, () => undefined);
  try {
    let text = BIG;
    for (let v = 1; v <= 4; v++) {
      text = 'Update. ' + text;
      host.get('file:///big', v, text);
    }
    await ready(host, 'file:///big', 4);
    assert.equal(host.get('file:///big', 4, text).analysis.text, text);
  } finally {
    host.dispose();
  }
});
