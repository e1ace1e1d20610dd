// The status bar item's text: the active article's counts, and the index's progress while it runs.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { statusText, type Stats } from '../../client/src/statusBar';

const stats: Stats = { people: 9, quotes: 10, events: 9, findings: 1, unattributed: 1, indexing: null, indexedArticles: 85 };

test('people · quotes · events · findings, singular where one; the tooltip says what each is and what a click does', () => {
  const t = statusText(stats, null)!;
  assert.equal(t.text, '$(person) 9 people · $(quote) 10 quotes · $(calendar) 9 events · $(warning) 1 finding');
  assert.match(t.tooltip, /10 quotes \(1 without a speaker\), 9 dated events, 1 finding in Problems/);
  assert.match(t.tooltip, /Click to open the Timeline and People views$/);
  assert.equal(statusText({ ...stats, people: 1, quotes: 1, events: 1, findings: 0 }, null)!.text, '$(person) 1 person · $(quote) 1 quote · $(calendar) 1 event · $(warning) 0 findings');
});

test('while the workspace is indexed, the progress comes first; with no article, only the progress; then nothing', () => {
  assert.match(statusText(stats, { done: 12, total: 85 })!.text, /^\$\(sync~spin\) indexing 12\/85 · \$\(person\) 9 people/);
  assert.equal(statusText(null, { done: 12, total: 85 })!.text, '$(sync~spin) indexing 12/85');
  assert.equal(statusText(null, { done: 85, total: 85 }), null);
  assert.equal(statusText(null, null), null);
});
