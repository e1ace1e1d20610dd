// What VS Code does with the extension's static files and the Problems text: the word pattern (compiled
// by VS Code without the `u` flag), the grammar (no word-list speech cues), folding, diagnostics messages.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../support/models';
import { LineIndex } from '../../server/src/features/lineIndex';
import { foldingRanges } from '../../server/src/features/folding';
import { diagnostics, quoteExcerpt } from '../../server/src/features/diagnostics';
import { semanticTokens, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { SEED } from '../support/seed';

const REPO = path.resolve(__dirname, '..', '..', '..');
const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO, f), 'utf8'));

test('wordPattern works as VS Code compiles it (no `u` flag): whole accented and hyphenated names are words', () => {
  const source: string = readJson('language-configuration.json').wordPattern;
  assert.doesNotMatch(source, /\\p\{/, 'Unicode property escapes need the u flag, which VS Code does not set');
  const re = new RegExp(source, 'g'); // as VS Code does: flags from the file only
  const words = (s: string) => s.match(re) ?? [];
  assert.deepEqual(words('Daniel García-Peña Jaramillo met Petro.'), ['Daniel', 'García-Peña', 'Jaramillo', 'met', 'Petro']);
  assert.deepEqual(words('Pedro Arnulfo Sánchez Suárez, Nicolás Maduro'), ['Pedro', 'Arnulfo', 'Sánchez', 'Suárez', 'Nicolás', 'Maduro']);
  assert.deepEqual(words('“They make cocaine,” Trump’s aide said in 2026.'), ['They', 'make', 'cocaine', 'Trump’s', 'aide', 'said', 'in', '2026']);
  assert.deepEqual(words('Ελλάδα Москва × ÷ — …'), ['Ελλάδα', 'Москва']);
});

test('the grammar colours no speech cues by word list: only the server\'s semantic tokens mark real cues', () => {
  const grammar = JSON.stringify(readJson('syntaxes/news-article.tmLanguage.json'));
  assert.doesNotMatch(grammar, /speech-cue/);
  const text = ' date 2026-02-03 The states voted on Monday. “We won,” the governor said. He asked for calm.';
  const a = analyzeArticle(text);
  const data = semanticTokens(a, new LineIndex(text)).data;
  const cues: string[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    if (TOKEN_TYPES[data[i + 3]] === 'speechCue') cues.push(text.split('\n')[line].slice(char, char + data[i + 2]));
  }
  assert.deepEqual(cues, ['said']);
});

test('folding: a multi-paragraph quotation folds from its first to its last line; one-line paragraphs advertise nothing', () => {
  assert.deepEqual(foldingRanges(analyzeArticle(SEED), new LineIndex(SEED)), [], 'the seed has one-line paragraphs and no multi-paragraph quote');
  const text = ' date 2026-02-03 The mayor spoke.\n\n“We will rebuild the bridge.\n\n“It will take a year,” Okafor said.\n\nThe end.\n';
  const folds = foldingRanges(analyzeArticle(text), new LineIndex(text));
  assert.deepEqual(folds, [{ startLine: 2, endLine: 4, kind: 'region' }]);
});

test('Problems messages name their quote: the first words, closed', () => {
  assert.equal(quoteExcerpt('“They make cocaine in Colombia, and he’s no friend of the United States.”'), '“They make cocaine in Colombia, and he’s…”');
  assert.equal(quoteExcerpt('“was pretty hard.”'), '“was pretty hard.”');
  const text = ' date 2026-02-03 Officials met on Monday.\n\n“We deny every claim made about the bridge and its budget, all of them.”\n\n“Short one.”\n\nThen “an unclosed quote runs on\n';
  const msgs = diagnostics(analyzeArticle(text), new LineIndex(text), DEFAULT_SETTINGS).map((d) => String(d.message));
  assert.ok(msgs.includes('“We deny every claim made about the…” has no speaker: say who said it.'), JSON.stringify(msgs));
  assert.ok(msgs.includes('“Short one.” has no speaker: say who said it.'), JSON.stringify(msgs));
  assert.ok(msgs.some((m) => /^“an unclosed quote runs on” is never closed/.test(m)), JSON.stringify(msgs));
  assert.equal(new Set(msgs).size, msgs.length, 'two entries read the same');
});
