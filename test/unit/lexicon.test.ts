// The shared word classes: each stage's set is derived from one table, so these pin what each means.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DETERMINERS, PERSONAL_PRONOUNS, POSSESSIVE_DETERMINERS, PRONOUN_ENTRIES, SUBJECT_PRONOUNS, pronounForms } from '../../server/src/analysis/lexicon';

const sorted = (s: ReadonlySet<string>) => [...s].sort();

test('pronoun classes come from one table', () => {
  assert.deepEqual(sorted(SUBJECT_PRONOUNS), ['he', 'i', 'it', 'she', 'they', 'we', 'you']);
  assert.deepEqual(sorted(POSSESSIVE_DETERMINERS), ['her', 'his', 'its', 'my', 'our', 'their', 'your']);
  assert.deepEqual(sorted(PERSONAL_PRONOUNS), ['he', 'her', 'him', 'i', 'it', 'me', 'she', 'them', 'they', 'us', 'we', 'you']);
  // "her" is both object and possessive; "his" both possessive and independent.
  assert.equal(PRONOUN_ENTRIES.filter((p) => p.form === 'her').length, 2);
  assert.deepEqual(sorted(pronounForms((p) => p.gender === 'female')), ['her', 'hers', 'herself', 'she']);
});

test('determiners: articles, demonstratives and possessives', () => {
  for (const w of ['the', 'a', 'an', 'this', 'those', 'his', 'their']) assert.ok(DETERMINERS.has(w), w);
  for (const w of ['one', 'some', 'he']) assert.ok(!DETERMINERS.has(w), w);
});
