// CR, LF and CRLF end lines and paragraphs alike (issue 19, "Line endings"). A lone \r is one code unit
// like \n, so a CR-only twin of an LF article has the same offsets: its analysis must be the same.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../support/models';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { LineIndex } from '../../server/src/features/lineIndex';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { REPO } from '../support/lspClient';

/** Everything with an offset, in one comparable shape. */
function shape(a: ArticleAnalysis) {
  return {
    paragraphs: a.model.paragraphs.map((p) => [p.start, p.end]),
    sentences: a.model.sentences.map((s) => [s.start, s.end]),
    people: a.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end, m.kind])]),
    quotes: a.quotes.map((q) => [q.start, q.end, q.status, q.speaker]),
    times: a.times.map((t) => [t.start, t.end, t.value]),
    events: a.events.map((e) => [e.start, e.end]),
    findings: a.findings.map((f) => [f.code, f.start, f.end]),
  };
}

function articles(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const samples = path.join(REPO, 'samples');
  for (const f of fs.readdirSync(samples).sort()) out.push({ name: `samples/${f}`, text: fs.readFileSync(path.join(samples, f), 'utf8') });
  // A slice of the shared dev articles when present (read at test time only).
  const dev = path.resolve(REPO, '..', 'shared', 'articles', 'polnear-dev');
  if (fs.existsSync(dev)) for (const f of fs.readdirSync(dev).sort().slice(0, 30)) out.push({ name: `polnear-dev/${f}`, text: fs.readFileSync(path.join(dev, f), 'utf8') });
  return out;
}

const lf = (t: string) => t.replace(/\r\n?/g, '\n');

test('a CR-only article gives the same analysis (findings, quotes, people, paragraphs) as its LF twin', () => {
  const all = articles();
  assert.ok(all.length >= 3);
  let paragraphs = 0;
  for (const { name, text } of all) {
    const a = analyzeArticle(lf(text));
    const b = analyzeArticle(lf(text).replace(/\n/g, '\r'));
    assert.deepEqual(shape(b), shape(a), name);
    paragraphs += a.model.paragraphs.length;
  }
  assert.ok(paragraphs > all.length * 3, 'the texts have paragraphs to split');
});

test('CRLF: the same paragraphs, sentences and findings as LF, mapped through the offsets', () => {
  for (const { name, text } of articles()) {
    const a = analyzeArticle(lf(text));
    const crlfText = lf(text).replace(/\n/g, '\r\n');
    const b = analyzeArticle(crlfText);
    // CRLF offset → LF offset: subtract the \r's before it.
    const crBefore = new Int32Array(crlfText.length + 1);
    for (let i = 0; i < crlfText.length; i++) crBefore[i + 1] = crBefore[i] + (crlfText.charCodeAt(i) === 13 ? 1 : 0);
    const map = (o: number) => o - crBefore[o];
    assert.deepEqual(b.model.paragraphs.map((p) => [map(p.start), map(p.end)]), a.model.paragraphs.map((p) => [p.start, p.end]), name);
    assert.deepEqual(b.model.sentences.map((s) => [map(s.start), map(s.end)]), a.model.sentences.map((s) => [s.start, s.end]), name);
    assert.deepEqual(b.findings.map((f) => [f.code, map(f.start), map(f.end)]), a.findings.map((f) => [f.code, f.start, f.end]), name);
  }
});

test('CR-only: paragraphs split on blank lines, and the close-quote fix goes to the end of the paragraph', () => {
  const text = ' date 2026-02-03 Mayor Jane Okafor opened the bridge.\r\r“It changes everything for the town.\r\rThe bridge cost $40 million.\r';
  const a = analyzeArticle(text);
  assert.equal(a.model.paragraphs.length, 3);
  const f = a.findings.find((x) => x.code === 'unbalanced-quote');
  assert.ok(f, JSON.stringify(a.findings));
  const lines = new LineIndex(text);
  const d = diagnostics(a, lines, DEFAULT_SETTINGS).find((x) => x.code === 'unbalanced-quote')!;
  const [fix] = codeActions(a, lines, 'file:///cr.article', [d]);
  const edit = fix.edit!.changes!['file:///cr.article'][0];
  assert.equal(lines.offsetAt(edit.range.start), text.indexOf('town.') + 'town.'.length);
  assert.equal(edit.newText, '”');
});

test('a line break ends a sentence whichever convention the text uses', () => {
  for (const br of ['\n', '\r\n', '\r']) {
    const a = analyzeArticle(`Headline about the bridge${br}Mayor Jane Okafor opened it on Monday.`);
    assert.equal(a.model.sentences.length, 2, JSON.stringify(br));
    assert.equal(a.model.paragraphs.length, 1);
  }
});
