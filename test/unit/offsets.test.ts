// Every range the engine returns maps back to the exact source string (UTF-16 offsets of the text as
// given), on texts with CRLF, mixed line endings, a BOM, NBSP/zero-width characters, emoji before a
// name or quote, decomposed accents and RTL text — and through LineIndex to LSP positions and back.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle } from '../support/models';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { LineIndex } from '../../server/src/features/lineIndex';
import { hoverAt } from '../../server/src/features/hover';
import { checkInvariants, checkText, newsText } from '../fuzz/properties';

const BASE =
  ' date 2026-02-03 Far-left Colombian President Gustavo Petro met with President Donald Trump at the White House on Tuesday.\n\n' +
  '“We had a very good meeting,” Trump told reporters.\n\n' +
  'Petro said the talks were “frank and useful.” He arrived at 10:53 a.m., according to the press pool.\n\n' +
  'Secretary of State Marco Rubio spoke with Petro last week. “It is time,” Rubio said.\n';

function analyse(text: string): ArticleAnalysis {
  const a = analyzeArticle(text);
  checkInvariants(text, a);
  return a;
}

/** What an analysis says, without offsets (for comparing texts that differ only in invisible ways). */
function meaning(a: ArticleAnalysis) {
  const name = (id: string | null) => (id ? a.people.find((p) => p.id === id)?.name ?? '?' : null);
  const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  return {
    date: a.date,
    people: a.people.map((p) => ({ name: p.name, titles: p.titles, mentions: p.mentions.map((m) => clean(m.text)) })),
    quotes: a.quotes.map((q) => ({ text: clean(q.text), speaker: name(q.speaker), status: q.status, cue: q.cue?.text ?? null })),
    times: a.times.map((t) => ({ text: clean(t.text), value: t.value })),
    events: a.events.map((e) => ({ title: e.title, date: e.date, time: e.time })),
    findings: a.findings.map((f) => f.code),
  };
}

/** Hover range for every mention → offsets → the mention's own span (LSP line rules: \n, \r\n, lone \r). */
function assertHoverRangesRoundTrip(text: string, a: ArticleAnalysis): void {
  const lines = new LineIndex(text);
  for (const m of a.mentions) {
    const h = hoverAt(a, lines, m.start);
    assert.ok(h?.range, `no hover at ${m.start} (${m.text})`);
    // The hover may be for a neighbouring mention that touches this one; it must still be a real mention span.
    const start = lines.offsetAt(h.range.start);
    const end = lines.offsetAt(h.range.end);
    assert.ok(
      a.mentions.some((x) => x.start === start && x.end === end),
      `hover range ${JSON.stringify(h.range)} → ${start}..${end} is not a mention span (${JSON.stringify(text.slice(start, end))})`,
    );
  }
}

function namesOf(a: ArticleAnalysis): string[] {
  return a.people.map((p) => p.name).sort();
}

test('CRLF: same people, quotes, times, events and findings as LF; every range is the exact slice', () => {
  const lf = analyse(BASE);
  const crlfText = BASE.replace(/\n/g, '\r\n');
  const crlf = analyse(crlfText);
  assert.deepEqual(meaning(crlf), meaning(lf));
  assertHoverRangesRoundTrip(crlfText, crlf);
});

test('lone CR and mixed line endings: same meaning as LF, and LSP ranges round-trip', () => {
  const lines = BASE.split('\n');
  const endings = ['\r\n', '\r', '\n'];
  const mixed = lines.map((l, i) => l + (i < lines.length - 1 ? endings[i % 3] : '')).join('');
  const a = analyse(mixed);
  assert.deepEqual(meaning(a), meaning(analyse(BASE)));
  assertHoverRangesRoundTrip(mixed, a);
  const cr = BASE.replace(/\n/g, '\r');
  const b = analyse(cr);
  assert.deepEqual(meaning(b), meaning(analyse(BASE)));
  assertHoverRangesRoundTrip(cr, b);
});

test('BOM: the dateline is read and every offset is shifted by exactly one', () => {
  const plain = analyse(BASE);
  const bomText = '\uFEFF' + BASE;
  const bom = analyse(bomText);
  assert.equal(bom.date, '2026-02-03');
  assert.deepEqual(meaning(bom), meaning(plain));
  assert.deepEqual(
    bom.mentions.map((m) => [m.start - 1, m.end - 1, m.text]),
    plain.mentions.map((m) => [m.start, m.end, m.text]),
  );
  assert.deepEqual(
    bom.quotes.map((q) => [q.start - 1, q.end - 1]),
    plain.quotes.map((q) => [q.start, q.end]),
  );
});

test('NBSP and zero-width characters: ranges are exact slices, names keep their characters', () => {
  const text = BASE.replace('President Gustavo Petro', 'President\u00a0Gustavo\u00a0Petro').replace('Marco Rubio', 'Marco\u200bRubio').replace('told reporters', 'told\u2060reporters');
  const a = analyse(text);
  assertHoverRangesRoundTrip(text, a);
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  // The NBSP-joined name is still one person with the full name.
  assert.ok(a.people.some((p) => /Gustavo.Petro/.test(p.name)), JSON.stringify(namesOf(a)));
});

test('emoji (astral) before a name and before a quote: UTF-16 offsets and LSP columns', () => {
  const text = ' date 2026-02-03 😀 Gustavo Petro met Donald Trump.\n\n👍🏽“We will win,” Petro said.\n\n🇨🇴 Trump said “fine.”\n';
  const a = analyse(text);
  const petro = a.mentions.find((m) => m.text === 'Gustavo Petro');
  assert.ok(petro, JSON.stringify(a.mentions.map((m) => m.text)));
  assert.equal(petro.start, text.indexOf('Gustavo'));
  const q = a.quotes.find((x) => x.text.startsWith('“We will'));
  assert.ok(q, JSON.stringify(a.quotes.map((x) => x.text)));
  assert.equal(q.start, text.indexOf('“We will'));
  assert.equal(q.text, '“We will win,”');
  const lines = new LineIndex(text);
  // '👍🏽' is 4 UTF-16 code units, so the quote starts at character 4 of line 2.
  assert.deepEqual(lines.positionAt(q.start), { line: 2, character: 4 });
  assertHoverRangesRoundTrip(text, a);
});

test('decomposed accents: “Sa\\u0301nchez” is one name, the combining mark is inside the range', () => {
  const name = 'Pedro Arnulfo Sa\u0301nchez Sua\u0301rez';
  const text = ` date 2026-02-03 Defense Minister ${name} met Petro on Tuesday.\n\n“We agree,” Sa\u0301nchez said.\n`;
  const a = analyse(text);
  const m = a.mentions.find((x) => x.start === text.indexOf('Pedro'));
  assert.ok(m, `no mention at "Pedro": ${JSON.stringify(a.mentions.map((x) => x.text))}`);
  assert.equal(m.text, name);
  for (const x of a.mentions) {
    // No range ends right before a combining mark (which would cut an accent off its letter).
    assert.notEqual(text.charCodeAt(x.end), 0x0301, `mention ${JSON.stringify(x.text)} ends before a combining accent`);
  }
  const q = a.quotes[0];
  assert.ok(q, 'the quote is found');
  const speaker = a.people.find((p) => p.id === q.speaker);
  assert.equal(speaker?.name, name);
});

test('RTL text and bidi controls around names and quotes: exact slices', () => {
  const text = ' date 2026-02-03 مرحبا بالعالم President Gustavo Petro said \u200f“שלום עולם”\u200e on Tuesday.\n\n\u202eTrump\u202c said “no.”\n';
  const a = analyse(text);
  assertHoverRangesRoundTrip(text, a);
  const petro = a.mentions.find((m) => m.text.includes('Petro'));
  assert.ok(petro, JSON.stringify(a.mentions.map((m) => m.text)));
  assert.equal(text.slice(petro.start, petro.end), petro.text);
  const q = a.quotes.find((x) => x.text.includes('שלום'));
  assert.ok(q, JSON.stringify(a.quotes.map((x) => x.text)));
  assert.equal(q.text, '“שלום עולם”');
});

test('property: LF → CRLF keeps the meaning of any news-flavoured text', () => {
  fc.assert(
    fc.property(newsText.map((t) => t.replace(/\r/g, '')), (t) => {
      const crlf = t.replace(/\n/g, '\r\n');
      checkText(crlf);
      assert.deepEqual(meaning(analyzeArticle(crlf)), meaning(analyzeArticle(t)));
    }),
    { seed: 4242, numRuns: 200, includeErrorInReport: true },
  );
});

test('property: a leading BOM shifts every range by one and changes nothing else', () => {
  fc.assert(
    fc.property(newsText.filter((t) => !t.startsWith('\uFEFF')), (t) => {
      const a = analyzeArticle(t);
      const b = analyzeArticle('\uFEFF' + t);
      checkInvariants('\uFEFF' + t, b);
      assert.deepEqual(meaning(b), meaning(a));
      assert.deepEqual(
        b.mentions.map((m) => [m.start - 1, m.end - 1]),
        a.mentions.map((m) => [m.start, m.end]),
      );
    }),
    { seed: 4243, numRuns: 200, includeErrorInReport: true },
  );
});

test('a line break ends a name with every line-ending style (\\n, \\r\\n, lone \\r, U+2028)', () => {
  for (const eol of ['\n', '\r\n', '\r', '\u2028']) {
    const text = `President Joe Biden${eol}Donald Trump spoke on Tuesday.${eol}He met Hillary Clinton${eol}She said no.`;
    const a = analyzeArticle(text);
    assert.deepEqual(namesOf(a), ['Donald Trump', 'Hillary Clinton', 'Joe Biden'], `line ending ${JSON.stringify(eol)}: ${JSON.stringify(namesOf(a))}`);
    for (const m of a.mentions) assert.ok(!/[\r\n\u2028]/.test(m.text), `mention ${JSON.stringify(m.text)} spans a line break (${JSON.stringify(eol)})`);
    checkInvariants(text, a);
  }
});
