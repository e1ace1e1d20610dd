// Property-based checks of the engine (issue 8), fast: fixed seed, a few hundred runs per property.
// The long run is `npm run fuzz` (test/fuzz/run.ts).
import { test } from 'node:test';
import fc from 'fast-check';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../support/models';
import { PROPERTIES, checkQuoteStatus, checkText } from '../fuzz/properties';

const SEED = Number(process.env.FUZZ_SEED ?? 20260203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

for (const p of PROPERTIES) {
  test(`fuzz: ${p.name} (seed ${SEED}, ${RUNS} runs)`, { timeout: 120000 }, () => {
    fc.assert(p.property(), { seed: SEED, numRuns: RUNS, includeErrorInReport: true });
  });
}

// Counterexamples found by fuzzing, kept as plain regression cases.
const REGRESSIONS: string[] = [
  '',
  ' ',
  '\uFEFF',
  ' date 2026-02-30 ',
  '“',
  '”',
  '"',
  '\ud800',
  '😀“Petro said.”',
  'Trump said \r\n\r\n“Hi.”\r',
];

test('fuzz regressions: invariants hold on past counterexamples', () => {
  for (const t of REGRESSIONS) checkText(t);
});

// Shapes the fuzzer found attributed with a null speaker (data model: `speaker` is null only for
// unattributed, organisation or anonymous quotes).
const ATTRIBUTED: [string, string][] = [
  ['“We will win,” said Sen. Bernie Moreno.', 'Bernie Moreno'],
  ['“We will win,” Sen. Bernie Moreno said.', 'Bernie Moreno'],
  ['“We will win,” said Dr. Jane Okafor.', 'Jane Okafor'],
  ['“The talks were useful,” said Sen. Gustavo Petro, “and frank.”', 'Gustavo Petro'],
  ['“We will go on Tuesday,” Okafor said.', 'Okafor'],
];

for (const [text, who] of ATTRIBUTED) {
  test(`attributed quote names its speaker: ${text}`, () => {
    const a = analyzeArticle(text);
    checkQuoteStatus(a);
    const q = a.quotes[0];
    assert.ok(q, 'a quote is found');
    assert.equal(q.status, 'attributed');
    assert.equal(a.people.find((p) => p.id === q.speaker)?.name, who);
  });
}

// Overlapping or repeated mentions the fuzzer and the PolNeAR texts turned up.
const NO_OVERLAP: string[] = [
  'President Barack Obama spoke. In the meantime, the President, Democrat politicians and the media pushed the narrative.',
  'Donald Trump wrote it.\n\nHimself a former pro football executive, he owned the team.',
  'President She Gustavo Petro, President, said Tuesday.',
  ' date 2026-02-03 press pool She Clinton',
  'Ursula von der Leyen said it was good.',
  'Mary van der Berg met the press.',
  'The bill passed. Thomas de la Cruz voted no.',
];

for (const text of NO_OVERLAP) {
  test(`mentions neither overlap nor repeat: ${JSON.stringify(text.slice(0, 60))}`, () => {
    checkText(text);
  });
}

test('a sentence-initial reflexive pronoun is not a person (“Himself a former executive, he …”)', () => {
  const a = analyzeArticle('Donald Trump wrote it.\n\nHimself a former pro football executive, he owned the team.');
  assert.deepEqual(a.people.map((p) => p.name), ['Donald Trump']);
});
