// The seed article with the real people engine (integration of people + quotes).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text';
import { findPeople } from '../support/models';
import { findQuotes } from '../../server/src/analysis/quotes';
import { SEED } from '../support/seed';

test('seed with the people engine: ten quotations, all spoken by Trump or Petro, nothing flagged unattributed', () => {
  const model = segment(SEED);
  const people = findPeople(model);
  const { quotes, findings } = findQuotes(model, people);
  const nameOf = (id: string | null) => (id ? people.people.find((p) => p.id === id)?.name ?? id : null);
  const speakers = quotes.map((q) => nameOf(q.speaker));
  const T = 'Donald Trump';
  const P = 'Gustavo Petro';
  assert.deepEqual(speakers, [T, T, P, T, T, T, P, P, P, P]);
  assert.deepEqual(
    quotes.map((q) => q.speakerMention?.text),
    ['Trump', 'Trump', 'Petro', 'Trump', 'Trump', 'Trump', 'Petro', 'he', 'Petro', 'He'],
  );
  assert.equal(quotes[5].continued, true);
  assert.equal(findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  assert.equal(findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
});
