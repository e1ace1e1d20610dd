import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../support/models';
import { LineIndex } from '../../server/src/features/lineIndex';
import { definition, documentHighlights, references, rename, prepareRename } from '../../server/src/features/navigation';
import { semanticTokens, LEGEND } from '../../server/src/features/semanticTokens';
import { codeLenses } from '../../server/src/features/codeLens';
import { foldingRanges } from '../../server/src/features/folding';
import { inlayHints } from '../../server/src/features/inlayHints';
import { readableTimex } from '../../server/src/analysis/time/readable';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { workspaceSymbols, otherArticles } from '../../server/src/features/workspaceSymbols';
import { summarize } from '../../server/src/analysis/summary';
import { SEED, nth } from '../support/seed';
import { hoverAt } from '../../server/src/features/hover';
import { documentPeople } from '../../server/src/features/people';

const a = analyzeArticle(SEED);
const lines = new LineIndex(SEED);
const uri = 'file:///seed.txt';
const sliceOf = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => SEED.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));

test('definition of a surname or pronoun goes to the first full-name mention', () => {
  const d = definition(a, lines, uri, nth(SEED, 'Petro', 5, 1));
  assert.ok(d);
  assert.equal(sliceOf(d.range), 'Gustavo Petro');
  assert.equal(lines.offsetAt(d.range.start), SEED.indexOf('Gustavo Petro'));
});

test('references and highlights list every mention, pronouns included', () => {
  const refs = references(a, lines, uri, nth(SEED, 'Petro', 2, 1), true);
  const texts = refs.map((r) => sliceOf(r.range));
  assert.ok(texts.filter((t) => t === 'Petro').length >= 8);
  assert.ok(texts.some((t) => /^(he|him|his|He)$/.test(t)));
  assert.equal(documentHighlights(a, lines, nth(SEED, 'Petro', 2, 1)).length, refs.length);
});

test('rename rewrites full-name and surname mentions, not pronouns', () => {
  const r = rename(a, lines, nth(SEED, 'Petro', 3, 1), 'Urrego');
  assert.ok(r.ok, !r.ok ? r.message : '');
  if (!r.ok) return;
  // Word by word (issue 19): "Gustavo Petro" and "Petro" both get one edit of the word "Petro".
  assert.deepEqual(new Set(r.edits.map((e) => e.newText)), new Set(['Urrego']));
  for (const e of r.edits) assert.equal(sliceOf(e.range), 'Petro');
  const full = a.people.find((x) => x.name === 'Gustavo Petro')!;
  assert.equal(r.edits.length, full.mentions.filter((m) => m.kind === 'name').length);
  const p = prepareRename(a, lines, nth(SEED, '” he added', 0, 2));
  assert.ok(p && 'message' in p, 'a pronoun cannot be renamed');
});

test('semantic tokens: legend, and decoded tokens land on people, times and quotes', () => {
  const data = semanticTokens(a, lines).data;
  assert.equal(data.length % 5, 0);
  let line = 0;
  let char = 0;
  const decoded: { text: string; type: string }[] = [];
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const start = lines.offsetAt({ line, character: char });
    decoded.push({ text: SEED.slice(start, start + data[i + 2]), type: LEGEND.tokenTypes[data[i + 3]] });
  }
  assert.ok(decoded.some((d) => d.type === 'person' && d.text === 'Gustavo Petro'));
  assert.ok(decoded.some((d) => d.type === 'personTitle' && d.text === 'Secretary of State'));
  assert.ok(decoded.some((d) => d.type === 'timeExpression' && d.text === 'January 3'));
  assert.ok(decoded.some((d) => d.type === 'quotation' && d.text.startsWith('“They make cocaine')));
  assert.ok(decoded.some((d) => d.type === 'speechCue' && d.text === 'said'));
});

test('code lens summarises the article on the dateline line', () => {
  const [lens] = codeLenses(a, lines);
  assert.equal(lens.range.start.line, 0);
  assert.match(lens.command!.title, /^9 people · 10 quotes · \d+ events$/);
});

test('folding: multi-line paragraphs and quotes fold; single-line ones do not', () => {
  const text = 'One line.\n\nTwo\nlines.\n\n“A quote\n\n“that continues.”';
  const aa = analyzeArticle(text);
  const f = foldingRanges(aa, new LineIndex(text));
  assert.ok(f.some((r) => r.startLine === 2 && r.endLine === 3));
  assert.ok(f.every((r) => r.endLine > r.startLine));
});

test('inlay hints after relative expressions show the resolved date', () => {
  const hints = inlayHints(a, lines, null);
  const after = (word: string) => hints.find((h) => lines.offsetAt(h.position) === SEED.indexOf(word) + word.length);
  assert.equal(after('Tuesday')?.label, '⟨Tue 3 Feb 2026⟩');
  assert.equal(after('last week')?.label, '⟨week of 26 Jan 2026⟩');
});

test('inlay hint labels read as a reader writes dates; no hint for values that name no calendar time', () => {
  const cases: [string, string | null][] = [
    ['2026-02-03', 'Tue 3 Feb 2026'],
    ['2026-W05', 'week of 26 Jan 2026'],
    ['2016-W35-WE', 'weekend of 3 Sep 2016'],
    ['2016-FA', 'autumn 2016'],
    ['2016-09-27TNI', 'Tue 27 Sep 2016, night'],
    ['2026-02-03T10:53', '10:53'],
    ['2026-02-04T10:53', 'Wed 4 Feb 2026, 10:53'],
    ['2025-12', 'December 2025'],
    ['1998-Q3', 'Q3 1998'],
    ['199', '1990s'],
    ['PRESENT_REF', null],
    ['P1M', null],
    ['XXXX-12-25', null],
  ];
  for (const [value, label] of cases) assert.equal(readableTimex(value, '2026-02-03'), label, value);
});

test('outline: many events are grouped under one container per month', () => {
  const flat = documentSymbols(a, lines, { includeUndated: true });
  assert.ok(flat.every((s) => s.kind === 24));
  const grouped = documentSymbols(a, lines, { includeUndated: true, groupAbove: 3 });
  assert.ok(grouped.some((g) => g.name === '2026-01' && (g.children?.length ?? 0) >= 3));
});

test('workspace symbols count articles per person; other articles are listed', () => {
  const other = analyzeArticle(' date 2026-02-10 Secretary of State Marco Rubio met Gustavo Petro again. Rubio said little.');
  const articles = [
    { uri: 'file:///a.txt', summary: summarize(a), mentionRanges: summarize(a).people.map(() => [lines.range(0, 1)]), eventRanges: a.events.map(() => lines.range(0, 1)) },
    { uri: 'file:///b.txt', summary: summarize(other), mentionRanges: summarize(other).people.map(() => [lines.range(0, 1)]), eventRanges: other.events.map(() => lines.range(0, 1)) },
  ];
  const syms = workspaceSymbols(articles, 'rubio');
  assert.ok(syms.some((s) => s.name === 'Marco Rubio — 2 articles'));
  const petro = a.people.find((p) => p.name === 'Gustavo Petro')!;
  assert.equal(otherArticles(articles, petro, 'file:///a.txt').count, 1);
});

test('hover and People view: a person\'s quotes are what they said or wrote, not a show or a title the sentence credits them with', () => {
  // Politico (2016, PolNeAR train): "Meet the Press", a term the quotes stage credits to Sanders, was listed as his quote.
  const text = 'On Sunday, Sanders issued a new line of attack, stating on NBC\'s "Meet the Press" that Clinton\'s "judgment" was "clearly lacking." Bernie Sanders said: "She is not qualified to be president."';
  const b = analyzeArticle(text);
  const l = new LineIndex(text);
  assert.ok(b.quotes.some((q) => q.text.includes('Meet the Press') && q.kind === 'term' && q.speaker), JSON.stringify(b.quotes.map((q) => [q.text, q.kind, q.speaker])));
  const md = (hoverAt(b, l, text.indexOf('Sanders'))!.contents as { value: string }).value;
  assert.doesNotMatch(md, /Meet the Press/);
  assert.match(md, /not qualified/);
  const sanders = documentPeople(b, l, 'file:///a.txt').people.find((p) => p.name === 'Bernie Sanders')!;
  const quotes = sanders.quotes ?? [];
  assert.ok(quotes.every((q) => !q.excerpt.includes('Meet the Press')) && sanders.quoteCount === quotes.length && quotes.length > 0, JSON.stringify(quotes));
  assert.equal(summarize(b).people.find((p) => p.name === 'Bernie Sanders')?.quotes, sanders.quoteCount);
});
