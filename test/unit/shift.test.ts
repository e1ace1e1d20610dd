import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle } from '../support/models';
import { diffTexts, shiftAnalysis } from '../../server/src/analysis/shift';
import { SEED } from '../support/seed';

const base = analyzeArticle(SEED);

test('diffTexts finds the single changed region', () => {
  assert.deepEqual(diffTexts('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
  assert.deepEqual(diffTexts('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
  assert.deepEqual(diffTexts('abc', 'Zabc'), { start: 0, oldEnd: 0, newEnd: 1 });
});

test('property: after any edit, every shifted span slices the new text exactly', () => {
  fc.assert(
    fc.property(fc.nat(SEED.length), fc.nat(40), fc.string({ maxLength: 30 }), (at, len, insert) => {
      const end = Math.min(SEED.length, at + len);
      const next = SEED.slice(0, at) + insert + SEED.slice(end);
      const shifted = shiftAnalysis(base, next, diffTexts(SEED, next));
      const spans = [
        ...shifted.mentions,
        ...shifted.quotes,
        ...shifted.quotes.flatMap((q) => [q.speakerMention, q.cue].filter((x) => x !== null)),
        ...shifted.times,
        ...shifted.events,
        ...shifted.events.map((e) => e.verb),
      ];
      for (const s of spans) assert.equal(next.slice(s.start, s.end), s.text);
      for (const f of shifted.findings) assert.ok(f.start >= 0 && f.end <= next.length);
      for (const q of shifted.quotes) if (q.speaker) assert.ok(shifted.people.some((p) => p.id === q.speaker));
      // Nothing before the edit moved.
      const d = diffTexts(SEED, next);
      const before = base.mentions.filter((m) => m.end <= d.start);
      assert.deepEqual(shifted.mentions.slice(0, before.length).map((m) => [m.start, m.end]), before.map((m) => [m.start, m.end]));
    }),
    { seed: 20260203, numRuns: 300 },
  );
});

test('what an edit leaves as it was is carried over as the same object; the rest is moved', () => {
  const at = SEED.indexOf('Petro', SEED.length / 2);
  const next = SEED.slice(0, at) + 'Mr. ' + SEED.slice(at);
  const shifted = shiftAnalysis(base, next, diffTexts(SEED, next));
  const before = base.mentions.filter((m) => m.end <= at);
  const after = base.mentions.filter((m) => m.start >= at);
  assert.ok(before.length > 0 && after.length > 0);
  for (const m of before) assert.ok(shifted.mentions.includes(m));
  for (const m of after) assert.ok(!shifted.mentions.includes(m));
  assert.deepEqual(
    shifted.mentions.slice(before.length).map((m) => m.start),
    after.map((m) => m.start + 4),
  );
  // An edit at the very end leaves the people themselves as they were.
  const appended = SEED + '\nMore.\n';
  const tail = shiftAnalysis(base, appended, diffTexts(SEED, appended));
  assert.ok(tail.people.every((p, i) => p === base.people[i]));
  assert.ok(tail.events.every((e, i) => e === base.events[i]));
});
