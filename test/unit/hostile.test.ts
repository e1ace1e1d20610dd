// Hostile input to the engine (issue 8): it must not throw and must return a sane analysis.
// No timing asserts here — speed on these inputs is measured by `npm run bench` (hostile section).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../support/models';
import { LineIndex } from '../../server/src/features/lineIndex';
import { diagnostics } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { checkInvariants, checkText } from '../fuzz/properties';
import { HOSTILE_CASES, fill, prng } from '../bench/hostileInputs';
import { analyzeIsolated, type IsolatedSpec, type IsolatedSummary } from '../bench/isolate';

/**
 * Hang detection, not a speed assertion: big inputs run in a worker that is stopped after this long.
 * A linear engine needs a few seconds for the largest input here (5 MB); only a runaway (super-linear)
 * pass gets near this. The bench's hostile section measures the real speed.
 */
const HANG_MS = Number(process.env.HOSTILE_HANG_MS ?? 60_000);
const BIG = { timeout: HANG_MS + 30_000 };

async function isolated(spec: IsolatedSpec, what: string): Promise<IsolatedSummary> {
  const r = await analyzeIsolated(spec, HANG_MS);
  if (r.ok) return r.summary;
  if ('timedOut' in r) assert.fail(`${what}: analyzeArticle did not finish within ${HANG_MS / 1000} s (a super-linear pass? see npm run bench -- hostile)`);
  return assert.fail(`${what}: ${r.error}`);
}

test('empty file: an empty analysis, no findings', () => {
  const a = analyzeArticle('');
  checkInvariants('', a);
  assert.equal(a.date, null);
  assert.equal(a.model.dateline, null);
  assert.deepEqual([a.people, a.mentions, a.quotes, a.times, a.events, a.findings], [[], [], [], [], [], []]);
});

test('whitespace-only and marker-only files', () => {
  for (const t of [' ', '\n', '\r\n\r\n', '\uFEFF', '\u00a0\u200b', ' date', ' date ', 'date 2026-02-03', ' date 2026-02-03 ', ' date 2026-02-03\n']) {
    checkText(t);
    const a = analyzeArticle(t);
    assert.deepEqual(a.quotes, [], JSON.stringify(t));
    assert.deepEqual(a.people, [], JSON.stringify(t));
  }
});

test('one 5 MB line of prose: no throw, sane output', BIG, async () => {
  const s = await isolated({ caseName: 'one 5 MB line of prose', size: 5_000_000 }, '5 MB line');
  assert.equal(s.chars, 5_000_000);
  assert.equal(s.paragraphs, 1);
  assert.ok(s.sentences > 10_000, `${s.sentences} sentences`);
  assert.ok(s.people.includes('Gustavo Petro'), JSON.stringify(s.people));
  assert.ok(s.quotes > 1_000, `${s.quotes} quotes`);
});

test('one 5 MB word: no throw, no people or quotes', BIG, async () => {
  const s = await isolated({ caseName: 'one 5 MB word (aaaa…)', size: 5_000_000 }, '5 MB word');
  assert.equal(s.peopleCount, 0);
  assert.equal(s.quotes, 0);
});

test('100,000 straight quotation marks: no throw, at most one quote per pair of marks', BIG, async () => {
  const s = await isolated({ text: '"'.repeat(100_000) }, '100,000 "');
  assert.ok(s.quotes <= 50_000, `${s.quotes} quotes`);
  assert.equal(s.peopleCount, 0);
});

for (const [name, text] of [
  ['100,000 mixed quotation marks', fill('“”"‘’\'«»', 100_000)],
  ["'“a ' × 100k", fill('“a ', 300_000)],
  ['100,000 opening marks', fill('“', 100_000)],
  ['100,000 closing marks', fill('”', 100_000)],
  ["'A.' × 200k", fill('A.', 400_000)],
] as const) {
  test(`${name}: no throw, findings stay in bounds`, BIG, async () => {
    const s = await isolated({ text }, name);
    assert.ok(s.findingCount <= text.length);
  });
}

test('binary-ish bytes decoded as text (latin1 and lossy UTF-8, NULs, controls): no throw', () => {
  const rand = prng(99);
  for (let k = 0; k < 20; k++) {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
    for (const text of [bytes.toString('latin1'), bytes.toString('utf8'), bytes.toString('utf16le')]) checkText(text);
  }
  // A real binary header and a control-character soup.
  checkText('\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00');
  checkText('\x00'.repeat(1000) + ' date 2026-02-03 ' + '\x00'.repeat(1000));
  checkText(Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32)).join(''));
});

test('lone surrogates everywhere: no throw', () => {
  checkText('\ud800'.repeat(1000));
  checkText('\udc00“Petro\ud800 said\udfff.”\ud83d');
  checkText(' date 2026-02-03 \ud800President Gustavo Petro\udc00 said “hi.”');
});

test('date 2026-02-30 → a bad-dateline finding and an undated analysis', () => {
  const text = ' date 2026-02-30 Petro met Trump at the White House on Tuesday.\n\n“It was good,” Trump said last week.\n';
  const a = analyzeArticle(text);
  checkInvariants(text, a);
  assert.equal(a.date, null);
  assert.equal(a.model.dateline?.value, null);
  const bad = a.findings.filter((f) => f.code === 'bad-dateline');
  assert.equal(bad.length, 1, JSON.stringify(a.findings));
  assert.equal(text.slice(bad[0].start, bad[0].end), 'date 2026-02-30');
  assert.equal(bad[0].severity, 'error');
  // Relative expressions cannot be resolved without a real dateline.
  const relative = a.times.filter((t) => t.relative);
  assert.ok(relative.length >= 1, JSON.stringify(a.times));
  for (const t of relative) assert.equal(t.unresolved, true, JSON.stringify(t));
  for (const e of a.events) assert.equal(e.date, null, `event "${e.title}" got date ${e.date} from an impossible dateline`);
  // The diagnostics feature reports it as an error at the dateline.
  const lines = new LineIndex(text);
  const diags = diagnostics(a, lines, DEFAULT_SETTINGS);
  const d = diags.find((x) => x.code === 'bad-dateline');
  assert.ok(d, JSON.stringify(diags));
  assert.equal(d.severity, 1);
});

test('other impossible or malformed datelines', () => {
  for (const [text, finding] of [
    [' date 2026-13-01 Petro met Trump on Tuesday.', true],
    [' date 2026-00-10 Petro met Trump on Tuesday.', true],
    [' date 2025-02-29 Petro met Trump on Tuesday.', true],
    [' date 2024-02-29 Petro met Trump on Tuesday.', false],
    [' date 0000-01-01 Petro met Trump on Tuesday.', false],
  ] as const) {
    const a = analyzeArticle(text);
    checkInvariants(text, a);
    assert.equal(a.findings.some((f) => f.code === 'bad-dateline'), finding, text);
    if (finding) assert.equal(a.date, null, text);
  }
});

test('every adversarial bench input at 10k characters: no throw, invariants hold', BIG, () => {
  for (const c of HOSTILE_CASES) {
    const text = c.make(10_000);
    try {
      checkText(text);
    } catch (e) {
      throw new Error(`${c.name}: ${(e as Error).message}`);
    }
  }
});

test('an article with ~160,000 events on one month: the Outline does not throw', BIG, async () => {
  // Grouping must not spread ~10^5 values into Math.min/Math.max (RangeError: call stack size exceeded).
  const text = ' date 2026-02-03 ' + fill('Trump spoke on Tuesday. ', 4_000_000);
  const s = await isolated({ text, invariants: false, outline: true }, 'many events');
  assert.ok(s.events > 100_000, `${s.events} events`);
  assert.ok((s.outline ?? 0) > 0);
});

test('more findings than the call stack holds arguments (800k nested marks): no throw', () => {
  // (Opened and never closed: marks that close every one nest, rule quotes.nested-curly, and are no finding.)
  const text = '“‘'.repeat(400000) + 'x';
  const a = analyzeArticle(text);
  assert.ok(a.findings.length > 150_000, `${a.findings.length} findings`);
  for (const f of a.findings.slice(0, 1000)) assert.ok(f.start >= 0 && f.end <= text.length);
});

// ── issue 19 ─────────────────────────────────────────────────────────────────────────────

test('a text of 100,000 “ marks: 1,000 diagnostics and one summary, not 100,000', () => {
  const text = '“'.repeat(100_000);
  const a = analyzeArticle(text);
  assert.ok(a.findings.length >= 100_000);
  const d = diagnostics(a, new LineIndex(text), DEFAULT_SETTINGS);
  assert.equal(d.length, 1001);
  assert.equal(d[1000].code, 'too-many-findings');
});

test('CR-only line endings: paragraphs split, quotes per paragraph, same findings as LF', () => {
  const lf = ' date 2026-02-03 Mayor Jane Okafor spoke.\n\n“One.\n\n“Two,” she said.\n\nThe end.\n';
  const a = analyzeArticle(lf);
  const b = analyzeArticle(lf.replace(/\n/g, '\r'));
  checkInvariants(lf.replace(/\n/g, '\r'), b);
  assert.equal(b.model.paragraphs.length, 4);
  assert.deepEqual(b.findings.map((f) => [f.code, f.start, f.end]), a.findings.map((f) => [f.code, f.start, f.end]));
});
