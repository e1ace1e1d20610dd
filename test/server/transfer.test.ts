// The analysis of a large document crosses from the worker in slices (server/src/transfer.ts): what the
// protocol thread rebuilds must be the analysis the worker made, minus only what no feature reads.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../support/models';
import { SEED } from '../support/seed';
import { packAnalysis, transferList, unpackAnalysis } from '../../server/src/transfer';
import type { ArticleAnalysis } from '../../server/src/analysis/types';

const body = SEED.replace(/^ date \S+ /, '');
// Enough paragraphs that every array is cut into several slices.
const LONG = ' date 2026-02-03 ' + Array.from({ length: 40 }, () => body.trim()).join('\n\n') + '\n';

function unpack(a: ArticleAnalysis, text: string, budgetMs?: number): Promise<{ analysis: ArticleAnalysis; steps: number }> {
  return new Promise((resolve) => {
    let steps = 0;
    const packed = packAnalysis(a);
    // What the worker would transfer: every slice its own buffer.
    assert.equal(new Set(transferList(packed)).size, packed.parts.length);
    unpackAnalysis(
      packed,
      text,
      (analysis) => resolve({ analysis, steps }),
      () => (steps++, false),
      budgetMs,
    );
  });
}

test('packed and unpacked, an analysis is the worker’s without tokens and syntax, value for value', async () => {
  const a = analyzeArticle(LONG);
  assert.ok(a.people.length > 0 && a.quotes.length > 0 && a.events.length > 0 && a.times.length > 0);
  const { analysis, steps } = await unpack(a, LONG, 0);
  // A zero budget deserialises one slice per step: the work was cut up.
  assert.ok(steps > 8, `${steps} steps`);
  const expected = { ...a, model: { ...a.model, tokens: [], lex: analysis.model.lex }, syntax: null };
  assert.deepEqual(analysis, expected);
  assert.equal(JSON.stringify(analysis), JSON.stringify(expected));
  assert.equal(analysis.text, LONG);
  assert.equal(analysis.model.text, LONG);
  assert.equal(analysis.model.lex.lower.length, 0);
});

test('unpacked mentions are the very objects of their people’s mentions, in text order', async () => {
  const a = analyzeArticle(SEED);
  const { analysis } = await unpack(a, SEED);
  const own = new Set(analysis.people.flatMap((p) => p.mentions));
  assert.equal(analysis.mentions.length, a.mentions.length);
  for (const m of analysis.mentions) assert.ok(own.has(m));
  assert.deepEqual(analysis.mentions, a.mentions);
});

test('a cancelled unpack never calls back', async () => {
  const a = analyzeArticle(SEED);
  let called = false;
  unpackAnalysis(packAnalysis(a), SEED, () => (called = true), () => true);
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(called, false);
});
