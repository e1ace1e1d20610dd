// Work bounded by the size of the document (issue 19, "Nothing blocks the main thread"): asserted through
// counts, not clocks — a capped number of diagnostics, element reads that grow linearly with the input,
// and an index build that yields between time slices.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyzeArticle } from '../support/models';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics, MAX_DIAGNOSTICS } from '../../server/src/features/diagnostics';
import { LineIndex } from '../../server/src/features/lineIndex';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { WorkspaceIndex, INDEX_MAIN_THREAD_BYTES, INDEX_MAX_FILE_BYTES } from '../../server/src/workspace';
import { AnalysisHost } from '../../server/src/analysisHost';

/** An article with n unattributed quotes among a fixed cast of people. */
function manyQuotes(n: number): string {
  const cast = ['Mayor Jane Okafor', 'Gov. Tom Reyes', 'Sen. Alma Quintero', 'Rep. Bruno Castellanos'];
  const parts = [' date 2026-02-03 ' + cast.join(' met ') + ' on Tuesday.'];
  for (let i = 0; i < n; i++) parts.push(`${cast[i % 4].split(' ').pop()} arrived again.\n\n“Item number ${i} matters.”`);
  return parts.join('\n\n') + '\n';
}

test(`diagnostics are capped at ${MAX_DIAGNOSTICS} per document, plus one summary saying how many more`, () => {
  const text = manyQuotes(1200);
  const a = analyzeArticle(text);
  const findings = a.findings.filter((f) => DEFAULT_SETTINGS.diagnostics.severity[f.code] !== 'off').length;
  assert.ok(findings > MAX_DIAGNOSTICS, `${findings} findings`);
  const d = diagnostics(a, new LineIndex(text), DEFAULT_SETTINGS);
  assert.equal(d.length, MAX_DIAGNOSTICS + 1);
  const last = d[d.length - 1];
  assert.equal(last.code, 'too-many-findings');
  assert.equal(last.severity, 3);
  assert.match(String(last.message), new RegExp(`^${findings - MAX_DIAGNOSTICS} more findings not shown`));
  // Under the cap, nothing is added.
  const small = analyzeArticle(manyQuotes(5));
  assert.ok(diagnostics(small, new LineIndex(small.text), DEFAULT_SETTINGS).every((x) => x.code !== 'too-many-findings'));
});

/** Wraps the analysis's arrays so that every element read is counted. */
function counted(a: ArticleAnalysis): { analysis: ArticleAnalysis; reads: () => number } {
  let reads = 0;
  const wrap = <T extends object>(arr: T[]): T[] =>
    new Proxy(arr, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
  const people = a.people.map((p) => ({ ...p, mentions: wrap(p.mentions) }));
  return { analysis: { ...a, people: wrap(people), quotes: wrap(a.quotes), findings: wrap(a.findings), mentions: wrap(a.mentions) }, reads: () => reads };
}

function codeActionReads(n: number): { reads: number; actions: number } {
  const text = manyQuotes(n);
  const plain = analyzeArticle(text);
  const lines = new LineIndex(text);
  const all = diagnostics(plain, lines, DEFAULT_SETTINGS, Infinity);
  const { analysis, reads } = counted(plain);
  const actions = codeActions(analysis, lines, 'file:///q.article', all).length;
  return { reads: reads(), actions };
}

test('code actions over all diagnostics: work grows linearly with the number of quotes', () => {
  const small = codeActionReads(300);
  const large = codeActionReads(600);
  assert.ok(small.actions >= 300 && large.actions >= 600, `${small.actions} / ${large.actions} actions`);
  // Doubling quotes (and so diagnostics) about doubles the reads; O(diagnostics × quotes) would quadruple them.
  const ratio = large.reads / small.reads;
  assert.ok(ratio < 2.6, `reads ${small.reads} → ${large.reads} (×${ratio.toFixed(2)})`);
});

test('the index build yields between time slices and skips files over the per-file limit with one log line', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-slices-'));
  for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, `a${i}.article`), manyQuotes(2));
  // Without a worker, only what the protocol thread may analyse is indexed.
  fs.writeFileSync(path.join(dir, 'big.article'), ' date 2026-02-03 ' + 'Mayor Jane Okafor spoke. '.repeat(Math.ceil(INDEX_MAIN_THREAD_BYTES / 20)));
  const index = new WorkspaceIndex();
  index.setFolders([pathToFileURL(dir).href]);
  // A zero budget: a yield after every directory listed (1) and every file indexed (7).
  const n = await index.build(() => undefined, () => false, 0);
  assert.equal(n, 6);
  assert.equal(index.slices, 8);
  assert.equal(index.get(pathToFileURL(path.join(dir, 'big.article')).href), undefined);
  assert.match(index.takeTooLarge() ?? '', /^Article Lens did not index 1 file over 64 KB: big\.article \(0\.\d MB\)/);
  assert.equal(index.takeTooLarge(), null, 'reported once');
});

test('with the analysis worker, files between 64 KB and 4 MB are summarised off the protocol thread; larger ones are listed only', { timeout: 120_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-offthread-'));
  fs.writeFileSync(path.join(dir, 'small.article'), manyQuotes(2));
  const medium = ' date 2026-02-03 Mayor Medina Middlesize opened the bridge.\n\n' + manyQuotes(1).repeat(Math.ceil((2 * INDEX_MAIN_THREAD_BYTES) / manyQuotes(1).length));
  fs.writeFileSync(path.join(dir, 'medium.article'), medium);
  fs.writeFileSync(path.join(dir, 'huge.article'), ' date 2026-02-03 ' + 'x '.repeat(INDEX_MAX_FILE_BYTES / 2 + 10));
  const host = new AnalysisHost(path.join(__dirname, '../../server/src/worker.js'), () => undefined, () => undefined);
  try {
    const index = new WorkspaceIndex((uri, text) => host.summarize(uri, text));
    index.setFolders([pathToFileURL(dir).href]);
    assert.equal(await index.build(() => undefined, () => false), 2);
    assert.equal(index.offThreadFiles, 1);
    const entry = index.get(pathToFileURL(path.join(dir, 'medium.article')).href);
    assert.ok(entry?.summary.people.some((p) => p.name === 'Medina Middlesize'), JSON.stringify(entry?.summary.people.map((p) => p.name)));
    assert.equal(entry!.mentionRanges.length, entry!.summary.people.length);
    assert.match(index.takeTooLarge() ?? '', /did not index 1 file over 4 MB: huge\.article/);
  } finally {
    host.dispose();
  }
});
