// Property-based checks of analyzeArticle (issue 8), shared by test/unit/fuzz.test.ts (fixed seed,
// a few hundred runs) and test/fuzz/run.ts (long mode, 100,000 cases).
import fc from 'fast-check';
import { analyzeArticle } from '../support/models';
import type { AnalyzeOptions, ArticleAnalysis, Span } from '../../server/src/analysis/types';

// ── the news-flavoured alphabet ─────────────────────────────────────────────────────────

const WORDS = ['the', 'a', 'of', 'and', 'to', 'in', 'on', 'at', 'with', 'after', 'before', 'that', 'this', 'is', 'was', 'will', 'met', 'visited', 'signed', 'announced', 'bridge', 'deal', 'White House', 'Colombia', 'United States', 'press pool', 'government', 'U.S.', 'a.m.', 'p.m.', 'Inc.', 'No.', 'St.'];
const NAMES = ['Gustavo Petro', 'Petro', 'Donald Trump', 'Trump', 'JD Vance', 'Marco Rubio', 'Bernie Moreno', 'Nicolás Maduro', 'Maduro', 'Jane Okafor', 'Okafor', 'María José García-Peña', 'Sa\u0301nchez', 'Sánchez Suárez', "O'Brien", 'O’Neill', 'J. D. Salinger', 'Mary', 'Biden', 'Hillary Clinton', 'Clinton', 'De la Cruz', 'van der Berg', 'Xi Jinping', 'Ng'];
const TITLES = ['President', 'Vice President', 'Sen.', 'Rep.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Gen.', 'Secretary of State', 'Minister of Defense', 'Mayor', 'Ambassador to the United States', 'former', 'Far-left Colombian', '(R-OH)', ', a spokesman,'];
const CUES = ['said', 'says', 'told reporters', 'added', 'according to', 'wrote', 'asked', 'insisted', 'warned', 'said in a statement', 'a spokesman said', 'officials said', 'sources said', 'he said', 'she said', 'they said', 'he added'];
const PRONOUNS = ['he', 'she', 'they', 'He', 'She', 'his', 'her', 'him', 'them', 'it', 'I', 'we'];
const TIMES = ['Tuesday', 'on Monday', 'last week', 'next month', 'yesterday', 'today', 'in December', 'Dec. 25', 'Jan. 3, 2026', 'January 2026', '2026-02-03', '2025-12', 'last Tuesday', 'this week', 'two days ago', 'at 10:53 a.m.', '10:53', 'every Friday', 'for three months', 'since 1999', '1999', 'the 1990s', 'Feb. 30', '2026-02-30', 'Wednesday, Feb. 4', 'midnight', 'noon'];
const DATELINES = [' date 2026-02-03 ', 'date 2026-01-01\n', ' date 2026-02-30 ', '\uFEFF date 2024-02-29 ', ' date 0000-00-00 ', ' date 9999-12-31\r\n', ' date 2026-13-01 ', ' date 2026-02-3 ', 'date\t2026-02-03\t'];
const QUOTES = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '“”', '""'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '(', ')', '-', '—', '–', '…', '...', '/', '&', '$', '%', '#', '*', '[', ']'];
const SPACE = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u00a0', '\u2028', '\u2029', '\u000b', '\f', '  ', '\n \n'];
const ODD = ['\uFEFF', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '😀', '👍🏽', '🇨🇴', '👨‍👩‍👧', '𝐀', '\u0301', 'e\u0301', 'ñ', 'مرحبا', 'שלום', '\u200f', '\u200e', '\u202e', '\u202c', '\ud800', '\udc00', '\u0000', '\u0007', '\ufffd', 'Ⅻ', 'ǅ', 'İ', 'ß', 'ﬁ'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** Short sentences in the shape the engine looks for: quote + cue + name, name + cue + quote, dates. */
const template: fc.Arbitrary<string> = fc
  .tuple(pick(NAMES), pick(TITLES), pick(CUES), pick(TIMES), pick(WORDS), pick(QUOTES), pick(QUOTES), fc.nat(9))
  .map(([name, title, cue, time, word, q1, q2, k]) => {
    switch (k) {
      case 0:
        return `${q1}We will ${word} ${time},${q2} ${name} ${cue}.`;
      case 1:
        return `${title} ${name} ${cue}: ${q1}${word} ${word}.${q2}`;
      case 2:
        return `${name} ${cue} ${time} that the ${word} was ${q1}over${q2}.`;
      case 3:
        return `${q1}${word},${q2} ${cue} ${title} ${name}, ${q1}is ${word}.${q2}`;
      case 4:
        return `${title} ${name} met ${name} ${time}.`;
      case 5:
        return `${q1}${word}\n\n${q1}${word}${q2} ${cue}.`;
      case 6:
        return `According to ${name}, ${q1}${word}${q2}`;
      case 7:
        return `${name} arrived ${time} after ${name}’s visit.`;
      case 8:
        return `${q1}${q1}${word}${q2} ${word}${q2}`;
      default:
        return `${name}, ${title}, ${cue} ${time}.`;
    }
  });

/** One piece of news-flavoured text. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(WORDS), weight: 6 },
  { arbitrary: pick(NAMES), weight: 4 },
  { arbitrary: pick(TITLES), weight: 2 },
  { arbitrary: pick(CUES), weight: 3 },
  { arbitrary: pick(PRONOUNS), weight: 2 },
  { arbitrary: pick(TIMES), weight: 3 },
  { arbitrary: pick(QUOTES), weight: 4 },
  { arbitrary: pick(PUNCT), weight: 3 },
  { arbitrary: pick(SPACE), weight: 8 },
  { arbitrary: pick(ODD), weight: 2 },
  { arbitrary: template, weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);

/** News-flavoured text: an optional dateline, then pieces joined with single spaces or nothing. */
export const newsText: fc.Arbitrary<string> = fc
  .tuple(fc.option(pick(DATELINES), { freq: 3 }), fc.array(fc.tuple(piece, fc.constantFrom('', ' ', ' ', '\n')), { maxLength: 60 }))
  .map(([dateline, parts]) => (dateline ?? '') + parts.map(([p, sep]) => p + sep).join(''));

/** Arbitrary strings: full Unicode including lone surrogates, and grapheme soup. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: pick([...QUOTES, ...SPACE, ...PUNCT, 'A', 'a', 'Petro', 'said', '\u0301', '😀']), maxLength: 120 }),
);

/** What the long and short runs use: mostly news-flavoured, some noise, with either line ending style. */
export const articleText: fc.Arbitrary<string> = fc
  .tuple(fc.oneof({ arbitrary: newsText, weight: 4 }, { arbitrary: anyText, weight: 1 }), fc.constantFrom('keep', 'crlf', 'cr', 'bom'))
  .map(([t, style]) => (style === 'crlf' ? t.replace(/\r?\n/g, '\r\n') : style === 'cr' ? t.replace(/\r?\n/g, '\r') : style === 'bom' ? '\uFEFF' + t : t));

export const dateOption: fc.Arbitrary<AnalyzeOptions> = fc.oneof(
  fc.constant({}),
  fc.constantFrom<AnalyzeOptions>({ date: '2026-02-03' }, { date: '2026-02-30' }, { date: 'garbage' }, { date: '' }, { date: '2024-02-29' }),
);

// ── invariants ──────────────────────────────────────────────────────────────────────────

export class InvariantError extends Error {}

function fail(msg: string): never {
  throw new InvariantError(msg);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Throws unless `span` lies in `text`, start ≤ end, and no boundary splits a surrogate pair. */
export function checkSpan(text: string, span: Span | null | undefined, what: string): void {
  if (!span) fail(`${what}: missing span`);
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${what}: non-integer offsets ${start}..${end}`);
  if (start < 0 || end > text.length || start > end) fail(`${what}: range ${start}..${end} out of bounds for length ${text.length}`);
  for (const o of [start, end]) {
    if (o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) fail(`${what}: offset ${o} splits a surrogate pair`);
  }
}

/** checkSpan + `span.text === text.slice(start, end)`. */
export function checkTextSpan(text: string, span: (Span & { text: string }) | null | undefined, what: string): void {
  checkSpan(text, span, what);
  const want = text.slice(span!.start, span!.end);
  if (span!.text !== want) fail(`${what}: text ${JSON.stringify(span!.text)} ≠ slice ${JSON.stringify(want)} at ${span!.start}..${span!.end}`);
}

/** Every invariant of one analysis (throws InvariantError describing the first violation). */
export function checkInvariants(text: string, a: ArticleAnalysis): void {
  if (a.text !== text) fail('analysis.text is not the input');
  const m = a.model;
  if (m.text !== text) fail('model.text is not the input');
  if (m.dateline) checkTextSpan(text, m.dateline, 'dateline');
  if (m.bodyStart < 0 || m.bodyStart > text.length) fail(`bodyStart ${m.bodyStart} out of bounds`);
  m.paragraphs.forEach((p, i) => checkSpan(text, p, `paragraph ${i}`));
  m.sentences.forEach((s, i) => {
    checkSpan(text, s, `sentence ${i}`);
    if (s.paragraph < 0 || s.paragraph >= m.paragraphs.length) fail(`sentence ${i}: paragraph ${s.paragraph} does not exist`);
    if (s.tokenStart < 0 || s.tokenEnd > m.tokens.length || s.tokenStart > s.tokenEnd) fail(`sentence ${i}: tokens ${s.tokenStart}..${s.tokenEnd} out of bounds`);
  });
  m.tokens.forEach((t, i) => {
    checkTextSpan(text, t, `token ${i}`);
    if (t.sentence < 0 || t.sentence >= m.sentences.length) fail(`token ${i}: sentence ${t.sentence} does not exist`);
  });

  const ids = new Set<string>();
  for (const p of a.people) {
    if (ids.has(p.id)) fail(`duplicate person id ${p.id}`);
    ids.add(p.id);
    if (typeof p.name !== 'string' || p.name.length === 0) fail(`person ${p.id} has no name`);
    p.mentions.forEach((mm, i) => {
      checkTextSpan(text, mm, `${p.id} mention ${i}`);
      if (mm.person !== p.id) fail(`${p.id} mention ${i} points at ${mm.person}`);
      if (i > 0 && mm.start < p.mentions[i - 1].start) fail(`${p.id} mentions not in text order`);
    });
  }
  let total = 0;
  for (const p of a.people) total += p.mentions.length;
  if (total !== a.mentions.length) fail(`people hold ${total} mentions but analysis.mentions has ${a.mentions.length}`);
  a.mentions.forEach((mm, i) => {
    checkTextSpan(text, mm, `mention ${i} (${mm.kind})`);
    if (!ids.has(mm.person)) fail(`mention ${i} refers to unknown person ${mm.person}`);
    if (i > 0) {
      const prev = a.mentions[i - 1];
      if (mm.start < prev.start) fail(`mentions not sorted at ${i}: ${prev.start}..${prev.end} then ${mm.start}..${mm.end}`);
      // Hover finds the mention under the cursor by binary search: mentions must not overlap or repeat.
      if (mm.start < prev.end) fail(`mentions overlap at ${i}: ${prev.kind} ${JSON.stringify(prev.text)} ${prev.start}..${prev.end} and ${mm.kind} ${JSON.stringify(mm.text)} ${mm.start}..${mm.end}`);
    }
  });

  a.quotes.forEach((q, i) => {
    checkTextSpan(text, q, `quote ${i}`);
    if (q.speaker !== null && !ids.has(q.speaker)) fail(`quote ${i}: speaker ${q.speaker} is not a person`);
    if (q.speakerMention) checkTextSpan(text, q.speakerMention, `quote ${i} speakerMention`);
    if (q.cue) checkTextSpan(text, q.cue, `quote ${i} cue`);
    if (q.paragraph < 0 || q.paragraph >= Math.max(1, m.paragraphs.length)) fail(`quote ${i}: paragraph ${q.paragraph} does not exist`);
  });
  a.times.forEach((t, i) => {
    checkTextSpan(text, t, `time ${i}`);
    if (typeof t.value !== 'string' || t.value.length === 0) fail(`time ${i}: empty value`);
  });
  a.events.forEach((e, i) => {
    checkTextSpan(text, e, `event ${i}`);
    checkTextSpan(text, e.verb, `event ${i} verb`);
    checkSpan(text, e.sentence, `event ${i} sentence`);
    if (e.anchor) checkSpan(text, e.anchor, `event ${i} anchor`);
  });
  a.findings.forEach((f, i) => {
    checkSpan(text, f, `finding ${i} (${f.code})`);
    if (f.quote !== undefined && (f.quote < 0 || f.quote >= a.quotes.length)) fail(`finding ${i}: quote index ${f.quote} out of range`);
    if (typeof f.message !== 'string' || !f.message) fail(`finding ${i}: empty message`);
  });
}

/**
 * The data model's promise about quote status: `speaker` is null only for unattributed, organisation or
 * anonymous quotes, so an `attributed` quote names a person.
 */
export function checkQuoteStatus(a: ArticleAnalysis): void {
  a.quotes.forEach((q, i) => {
    if (q.status === 'attributed' && q.speaker === null) {
      fail(`quote ${i} ${JSON.stringify(q.text)} is ${q.status} with no speaker (speakerMention ${JSON.stringify(q.speakerMention?.text ?? null)})`);
    }
  });
}

/** Analyses `text` twice and checks every invariant and determinism. */
export function checkText(text: string, options: AnalyzeOptions = {}): void {
  let a: ArticleAnalysis;
  try {
    a = analyzeArticle(text, options);
  } catch (e) {
    fail(`analyzeArticle threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
  checkInvariants(text, a);
  const again = analyzeArticle(text, options);
  const j1 = JSON.stringify(a);
  const j2 = JSON.stringify(again);
  if (j1 !== j2) fail('not deterministic: two analyses of the same text differ');
}

/** Everything of an analysis that has offsets or decisions (texts excluded: they contain the line breaks). */
export function lineEndingShape(a: ArticleAnalysis): unknown {
  return {
    paragraphs: a.model.paragraphs.map((p) => [p.start, p.end]),
    sentences: a.model.sentences.map((s) => [s.start, s.end]),
    people: a.people.map((p) => [p.name.replace(/\r/g, '\n'), p.mentions.map((m) => [m.start, m.end, m.kind])]),
    quotes: a.quotes.map((q) => [q.start, q.end, q.status, q.speaker]),
    times: a.times.map((t) => [t.start, t.end, t.value]),
    events: a.events.map((e) => [e.start, e.end]),
    findings: a.findings.map((f) => [f.code, f.start, f.end]),
  };
}

// ── properties ──────────────────────────────────────────────────────────────────────────

export interface NamedProperty {
  name: string;
  /** Share of the long run's cases this property gets. */
  weight: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  property: () => fc.IProperty<any>;
}

export const PROPERTIES: NamedProperty[] = [
  { name: 'news-flavoured text: invariants + determinism', weight: 6, property: () => fc.property(articleText, dateOption, (t, o) => checkText(t, o)) },
  { name: 'arbitrary Unicode strings (lone surrogates, graphemes): invariants', weight: 2, property: () => fc.property(anyText, (t) => checkText(t)) },
  {
    name: 'an attributed quote names a person (speaker ≠ null)',
    weight: 1,
    property: () => fc.property(newsText, (t) => checkQuoteStatus(analyzeArticle(t))),
  },
  {
    // Issue 19: a lone \r ends lines and paragraphs like \n; both are one code unit, so offsets agree.
    name: 'line endings: a CR-only text gives the same analysis as its LF twin',
    weight: 1,
    property: () =>
      fc.property(newsText, (t) => {
        const lf = t.replace(/\r\n?/g, '\n');
        const a = JSON.stringify(lineEndingShape(analyzeArticle(lf)));
        const b = JSON.stringify(lineEndingShape(analyzeArticle(lf.replace(/\n/g, '\r'))));
        if (a !== b) fail(`CR-only analysis differs from LF for ${JSON.stringify(lf.slice(0, 200))}`);
      }),
  },
  {
    name: 'dateline + body: the dateline span is exact and other ranges stay in bounds',
    weight: 2,
    property: () =>
      fc.property(pick(DATELINES), newsText, (d, body) => {
        const t = d + body;
        checkText(t);
      }),
  },
];
