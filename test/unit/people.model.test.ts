import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text';
import { findPeople } from '../support/models';
import { buildUnits } from '../../server/src/analysis/people/units';
import { compileNameTagger, personSpans } from '../../server/src/analysis/people/tagger';
import { peopleModels } from '../support/models';
import * as fs from 'fs';
import * as path from 'path';
import { KeyIndex, Sink, hashString, shapeOf, normalizeWord } from '../../server/src/analysis/people/features';
import { WordFilter } from '../../server/src/analysis/people/wordFilter';

function names(text: string): string[] {
  return findPeople(segment(text))
    .mentions.filter((m) => m.kind === 'name')
    .map((m) => m.text);
}

// (How fast it loads is measured by `npm run bench`, row "people models load": no timed test.)
test('the shipped model loads and tags', () => {
  const units = buildUnits(segment('West Indian all-rounder Phil Simmons took four for 38 on Friday.'));
  const file = path.resolve(__dirname, '../../../server/src/analysis/people/model.json');
  const tagger = compileNameTagger(JSON.parse(fs.readFileSync(file, 'utf8')));
  assert.ok(tagger, 'model missing');
  const t = tagger.tag(units);
  assert.deepEqual(t.labels, peopleModels().tagger!.tag(units).labels);
  const spans = personSpans(t.labels).map(([a, b]) => units.slice(a, b).map((u) => u.text).join(' '));
  assert.deepEqual(spans, ['Phil Simmons']);
});

test('names without titles or known first names come from the model', () => {
  const text = 'Leicestershire beat Somerset by an innings. Phil Simmons took four for 38.\nSimmons then stepped in to bundle them out.';
  const got = names(text);
  assert.ok(got.includes('Phil Simmons'), JSON.stringify(got));
  assert.ok(got.includes('Simmons'), JSON.stringify(got));
  assert.ok(!got.includes('Leicestershire') && !got.includes('Somerset'), JSON.stringify(got));
});

test('article format: curly possessives, Unicode names, quotes', () => {
  const text = 'Colombian Defense Minister Pedro Sánchez met Álvaro Uribe’s lawyers. “It went well,” Sánchez’s spokesman said.';
  const r = findPeople(segment(text));
  const got = r.mentions.filter((m) => m.kind === 'name').map((m) => m.text);
  assert.ok(got.includes('Pedro Sánchez'), JSON.stringify(got));
  assert.ok(got.includes('Álvaro Uribe'), JSON.stringify(got));
  assert.ok(got.includes('Sánchez'), JSON.stringify(got));
  for (const m of r.mentions) assert.ok(!/[’']s$/.test(m.text), m.text);
});

test('organisations and places stay out with the model on', () => {
  const got = names('The Pentagon and Goldman Sachs said on Tuesday that Microsoft Corp and the European Union would meet in Brussels.');
  assert.deepEqual(got, []);
});

test('the rules still work with the model off', () => {
  const got = findPeople(segment('Sen. Bernie Moreno (R-OH) spoke.'), { tagger: null })
    .mentions.filter((m) => m.kind === 'name')
    .map((m) => m.text);
  assert.deepEqual(got, ['Bernie Moreno']);
});

test('feature plumbing: hashing, shapes, key index', () => {
  assert.equal(hashString('abc'), hashString('abc'));
  assert.notEqual(hashString('abc'), hashString('abd'));
  assert.equal(shapeOf('García-Peña'), 'Xxx-Xxx');
  assert.equal(shapeOf('U.S.'), 'X.X.');
  assert.equal(normalizeWord('Trump’s'), "Trump's");
  const idx = new KeyIndex(4);
  const s = new Sink();
  for (let k = 0; k < 5000; k++) s.add(1, k, k * 7);
  for (let k = 0; k < s.n; k++) assert.equal(idx.add(s.k1[k], s.k2[k]), k);
  for (let k = 0; k < s.n; k++) assert.equal(idx.get(s.k1[k], s.k2[k]), k);
  assert.equal(idx.get(123, 456), -1);
});

test('the word prefilter never turns away a word of its set', () => {
  const words = ['future', 'round', 'a', 'community', 'survey', 'é', 'x'.repeat(300)];
  const f = new WordFilter(words);
  for (const w of words) assert.ok(f.mayHave(w), w);
  // Most other words are turned away (the filter's point); a few may pass to the exact lookup.
  const others = ['president', 'said', 'the', 'of', 'Trump', 'campaign', 'voters', 'week', 'told', 'former'];
  assert.ok(others.filter((w) => f.mayHave(w)).length <= 2);
});
