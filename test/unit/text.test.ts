import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text';
import { containmentTest } from '../../server/src/analysis/text/lookup';
import { SEED } from '../support/seed';

test('dateline: value and span; impossible dates are kept with a null value', () => {
  const m = segment(' date 2026-02-03 Body starts here.');
  assert.deepEqual(m.dateline, { start: 1, end: 16, text: 'date 2026-02-03', value: '2026-02-03' });
  assert.equal(m.bodyStart, 17);
  assert.equal(segment(' date 2026-02-30 Body.').dateline?.value, null);
  assert.equal(segment('\uFEFF date 2024-02-29 Leap.').dateline?.value, '2024-02-29');
  assert.equal(segment('No dateline here.').dateline, null);
});

test('mojibake (UTF-8 read as Latin-1): a Latin-1 symbol after Ã or Â is part of its word, so names stay whole', () => {
  // New York Times (2016, PolNeAR train): "FranÃ§ois Delattre" was the person "FranÃ" and "TomÃ¡s Regalado" "TomÃ".
  const words = (t: string) => segment(t).tokens.map((x) => x.text);
  assert.deepEqual(words('FranÃ§ois Delattre met GarcÃ­a-PeÃ±a.'), ['FranÃ§ois', 'Delattre', 'met', 'GarcÃ­a-PeÃ±a', '.']);
  // Elsewhere such a symbol is still a token of its own.
  assert.deepEqual(words('Price: £5 © 2016'), ['Price', ':', '£', '5', '©', '2016']);
});

test('paragraphs split on blank lines, including whitespace-only and CRLF ones', () => {
  const text = 'One.\r\n\r\nTwo a.\nTwo b.\n   \nThree.';
  const ps = segment(text).paragraphs.map((p) => text.slice(p.start, p.end));
  assert.deepEqual(ps, ['One.', 'Two a.\nTwo b.', 'Three.']);
});

test('sentences: abbreviations, initials, a.m. and U.S. do not end a sentence', () => {
  const text = 'Sen. Bernie Moreno met J. D. Salinger at 10:53 a.m. on Tuesday. The U.S. press pool reported it. Done!';
  const m = segment(text);
  assert.deepEqual(
    m.sentences.map((s) => text.slice(s.start, s.end)),
    ['Sen. Bernie Moreno met J. D. Salinger at 10:53 a.m. on Tuesday.', 'The U.S. press pool reported it.', 'Done!'],
  );
});

test('sentences: a company or state abbreviation ends a sentence before a word that opens one (abbreviations.json mayEnd)', () => {
  const sentences = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));
  // USA Today (2016, PolNeAR train): one sentence ran on into the next, and "Trump calls for ban, Islamic State says".
  assert.deepEqual(sentences('They killed 14 people in San Bernardino, Calif. The Islamic State said the two were its followers.'), ['They killed 14 people in San Bernardino, Calif.', 'The Islamic State said the two were its followers.']);
  assert.deepEqual(sentences('The firm was bought by Acme Inc. The deal closed Monday.'), ['The firm was bought by Acme Inc.', 'The deal closed Monday.']);
  // Politico (2016): a lower-case "miss." matched the state's abbreviation.
  assert.deepEqual(sentences('That Gore will miss. He was not there.'), ['That Gore will miss.', 'He was not there.']);
  // Before a name or a title the abbreviation is read on.
  assert.deepEqual(sentences('Apple Inc. Chief Executive Tim Cook said so.'), ['Apple Inc. Chief Executive Tim Cook said so.']);
  assert.deepEqual(sentences('He met Va. Del. Stacey Plaskett.'), ['He met Va. Del. Stacey Plaskett.']);
});

test('a wire dateline opening a paragraph is a sentence of its own; a dash elsewhere is not', () => {
  // New York Times, AP (2016, PolNeAR): the city was read as the subject ("WASHINGTON … said" gave "Says").
  const text = 'WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell a story.\n\nBEDFORD, N.H. (AP) — Marco Rubio spoke. He left -- fast.\n\nObama — the president — spoke.';
  const m = segment(text);
  assert.deepEqual(m.sentences.map((s) => text.slice(s.start, s.end)), [
    'WASHINGTON --',
    'President Obama, dedicating the museum on Saturday, said it would tell a story.',
    'BEDFORD, N.H. (AP) —',
    'Marco Rubio spoke.',
    'He left -- fast.',
    'Obama — the president — spoke.',
  ]);
});

test('a wire dateline with a date after its place is a sentence of its own too', () => {
  // UPI and Xinhua (PolNeAR, AQUAINT): the date and agency ran into the first sentence, and the dateline's date
  // dated its verb ("LOS ANGELES, Sept. 28 (UPI) — … Blige sings" was "Apple Music shows to Clinton · 2016-09-28").
  const text = 'LOS ANGELES, Sept. 28 (UPI) — In a preview clip, Blige sings.\n\nWASHINGTON, August 11 (Xinhua) -- U.S. Secretary of State Madeleine Albright paid tribute.\n\nPARIS, Notre Dame (AP) — Fire.';
  const m = segment(text);
  assert.deepEqual(m.sentences.map((s) => text.slice(s.start, s.end)), [
    'LOS ANGELES, Sept. 28 (UPI) —',
    'In a preview clip, Blige sings.',
    'WASHINGTON, August 11 (Xinhua) --',
    'U.S. Secretary of State Madeleine Albright paid tribute.',
    'PARIS, Notre Dame (AP) — Fire.',
  ]);
  assert.deepEqual(m.sentences.map((s) => s.wire === true), [true, false, true, false, false]);
});

test('a closing quote after the full stop stays in its sentence', () => {
  const text = '“We will win.” He left.';
  const m = segment(text);
  assert.deepEqual(m.sentences.map((s) => text.slice(s.start, s.end)), ['“We will win.”', 'He left.']);
});

test('tokens keep word-internal apostrophes and hyphens and exact UTF-16 offsets', () => {
  const text = '👍 Trump’s envoy García-Peña Jaramillo (R-OH) said “don’t.”';
  const m = segment(text);
  for (const t of m.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const words = m.tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  assert.ok(words.includes('Trump’s'));
  assert.ok(words.includes('García-Peña'));
  assert.ok(words.includes('don’t'));
  assert.deepEqual(m.tokens.filter((t) => t.kind === 'quote').map((t) => t.text), ['“', '”']);
});

test('the seed: 12 paragraphs, 22 sentences, dateline 2026-02-03', () => {
  const m = segment(SEED);
  assert.equal(m.dateline?.value, '2026-02-03');
  assert.equal(m.paragraphs.length, 12);
  assert.equal(m.sentences.length, 22);
});

test('segmentation is linear on adversarial input', () => {
  for (const text of ['.'.repeat(200000), '“'.repeat(100000), 'a-'.repeat(100000), 'A.'.repeat(100000), ' \n'.repeat(100000)]) {
    const m = segment(text);
    assert.ok(m.tokens.length > 0 || m.paragraphs.length === 0);
  }
});

test('tokens: the ASCII fast path and the regex agree at every boundary they share', () => {
  const text = "U.S. a.m. don't García-Peña Trump’s 1,000 3.5 10:53 9/11 2nd 1990s x2 $5+3 (ok) [no] a_b @me #1 50% e\u0301 ''Yes,'' he said. Mr. J. Smith -- A. B-52 rock'n'roll";
  const got = segment(text).tokens.map((t) => `${t.text}|${t.kind}`);
  assert.deepEqual(got, [
    'U.S.|word', 'a.m.|word', "don't|word", 'García-Peña|word', 'Trump’s|word', '1,000|number', '3.5|number', '10:53|number', '9/11|number', '2nd|number',
    '1990s|number', 'x2|word', '$|symbol', '5|number', '+|symbol', '3|number', '(|punct', 'ok|word', ')|punct', '[|punct', 'no|word', ']|punct', 'a|word', '_|punct', 'b|word',
    '@|punct', 'me|word', '#|punct', '1|number', '50|number', '%|punct', 'e\u0301|word', "''|quote", 'Yes|word', ',|punct', "''|quote", 'he|word', 'said|word', '.|punct',
    'Mr|word', '.|punct', 'J|word', '.|punct', 'Smith|word', '-|punct', '-|punct', 'A|word', '.|punct', 'B-52|word', "rock'n'roll|word",
  ]);
});

test('containmentTest: some item contains the span, whatever the items\' order and nesting', () => {
  // Quotations nest ("“… ‘Wall Street’ …”") and a short inner one may start last before a name of the outer one.
  const inQuote = containmentTest([{ start: 40, end: 50 }, { start: 0, end: 30 }, { start: 5, end: 10 }]);
  const check = (start: number, end: number, expect: boolean) => assert.equal(inQuote(start, end), expect, `${start}-${end}`);
  check(12, 20, true); // inside the outer 0–30, after the inner 5–10
  check(6, 9, true);
  check(28, 35, false);
  check(41, 50, true);
  check(50, 52, false);
  assert.equal(containmentTest([])(0, 1), false);
});
