import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Finding, Mention, Person, Quote } from '../analysis/types';
import { LineIndex } from './lineIndex';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { shortName } from '../analysis/shortName';
import { paragraphAt, spanAt, tokenIndexAt } from '../analysis/text/lookup';
import { SPEECH_VERBS } from '../analysis/quotes/lexicon';
import { findingHash, findingWords } from '../config/projectConfig';
import { addIgnoredFinding, setRule, type Edit } from '../config/edit';

/** The `.articlelens.json` the silencing fixes write to. */
export interface ConfigTarget {
  uri: string;
  /** Its current text, or null when the fix has to create it. */
  text: string | null;
}

/** Fixes safe to apply to a whole article at once (Source Action / "editor.codeActionsOnSave"). */
export const FIX_ALL_KIND = 'source.fixAll.articleLens';

const MAX_SPEAKER_FIXES = 3;

/**
 * What every diagnostic's fixes look up, built once per request: findings by
 * (code, start, end) and quotes per speaker. Looking them up per diagnostic
 * made a request over all diagnostics O(diagnostics × people × quotes) — 42 s
 * for 2,000 quotes (issue 19); now it is O(diagnostics × people × log mentions).
 */
interface Lookup {
  findings: Map<string, Finding>;
  quotesBy: Map<string, number>;
  /** Quotes by start, and the largest end among each prefix: "is this offset inside some quote" in O(log quotes). */
  quoteStarts: number[];
  quoteMaxEnd: number[];
  /** The article's own tense of attribution: "says" when present-tense credits outnumber past ones. */
  verb: 'said' | 'says';
  /** Lower-cased words the article also writes in lower case ("will"): a short name equal to one is ambiguous. */
  lowerWords: Set<string>;
  /** Short names asked so far in this request (one per person, however many quotes offer them). */
  shortNames: Map<Person, string>;
}

function lookupOf(analysis: ArticleAnalysis): Lookup {
  const findings = new Map<string, Finding>();
  for (const f of analysis.findings) {
    const key = `${f.code}:${f.start}:${f.end}`;
    if (!findings.has(key)) findings.set(key, f);
  }
  const quotesBy = new Map<string, number>();
  for (const q of analysis.quotes) if (q.speaker) quotesBy.set(q.speaker, (quotesBy.get(q.speaker) ?? 0) + 1);
  const sorted = [...analysis.quotes].sort((a, b) => a.start - b.start);
  const quoteStarts = sorted.map((q) => q.start);
  const quoteMaxEnd: number[] = [];
  for (const q of sorted) quoteMaxEnd.push(Math.max(q.end, quoteMaxEnd[quoteMaxEnd.length - 1] ?? -1));
  let present = 0;
  let past = 0;
  for (const q of analysis.quotes) {
    const cue = q.cue?.text.toLowerCase();
    if (cue === 'says' || cue === 'say' || cue === 'tells' || cue === 'adds') present++;
    else if (cue === 'said' || cue === 'told' || cue === 'added') past++;
  }
  const lowerWords = new Set<string>();
  for (const t of analysis.model.tokens) if (t.kind === 'word' && t.text.charCodeAt(0) >= 97) lowerWords.add(t.text);
  return { findings, quotesBy, quoteStarts, quoteMaxEnd, verb: present > past ? 'says' : 'said', lowerWords, shortNames: new Map() };
}

/** Index of the last element < value in a sorted array (-1 when none). */
function lastBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A mention (of anyone) that strictly contains the offset (mentions are in text order and disjoint). */
function insideMention(analysis: ArticleAnalysis, offset: number): boolean {
  const m = spanAt(analysis.mentions, offset);
  return !!m && m.start < offset;
}

/** Whether a name or title mention ends exactly at the offset. */
function mentionEndingAt(analysis: ArticleAnalysis, offset: number): boolean {
  const m = spanAt(analysis.mentions, offset - 1);
  return !!m && m.end === offset && m.kind !== 'pronoun';
}

/**
 * Where inserting text would land inside a name or inside a quotation mark
 * pair: strictly inside a mention; strictly inside another quote; or between
 * the parts of a name around a quoted nickname (`Rep. Robert C. "Bobby"
 * Scott`, where the quote is flanked by name mentions with only spaces
 * between) — the attribution fix there produced `"Bobby", Scott said, Scott`.
 */
function unsafeInsertion(analysis: ArticleAnalysis, lookup: Lookup, q: Quote, offset: number): boolean {
  if (insideMention(analysis, offset)) return true;
  const k = lastBelow(lookup.quoteStarts, offset);
  if (k >= 0 && lookup.quoteMaxEnd[k] > offset) return true;
  const text = analysis.text;
  const nameEndsAt = (o: number) => {
    let i = o;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0' || text[i - 1] === '\t')) i--;
    return mentionEndingAt(analysis, i) || /(?:^|[\s.])\p{Lu}\.$/u.test(text.slice(Math.max(0, i - 3), i));
  };
  const nameStartsAt = (o: number) => {
    const m = /^[ \t\u00a0]+(\p{Lu})/u.exec(text.slice(o, o + 8));
    return !!m;
  };
  return nameEndsAt(q.start) && nameStartsAt(offset) && q.end - q.start <= 40 && !/[.,!?]/.test(q.text);
}

/** Quick fixes for the article-lens diagnostics in the requested range. */
/**
 * Quick fixes for the article-lens diagnostics in the requested range; with a configuration target, also
 * "Ignore this quotation" and "Turn off <rule> in this folder", which write to `.articlelens.json`.
 */
export function codeActions(
  analysis: ArticleAnalysis,
  lines: LineIndex,
  uri: string,
  diagnostics: readonly Diagnostic[],
  config?: ConfigTarget | null,
  /** A client command that saves a file, run after the edit so the configuration is reloaded at once. */
  saveCommand?: string,
): CodeAction[] {
  const out: CodeAction[] = [];
  let lookup: Lookup | null = null;
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const start = lines.offsetAt(d.range.start);
    const end = lines.offsetAt(d.range.end);
    lookup ??= lookupOf(analysis);
    const finding = lookup.findings.get(`${String(d.code)}:${start}:${end}`);
    if (!finding) continue;
    if (finding.code === 'unattributed-quote') out.push(...attributeFixes(analysis, lines, uri, finding, d, lookup));
    else if (finding.code === 'unbalanced-quote') {
      const fix = closeQuoteFix(analysis, lines, uri, finding, d);
      if (fix) out.push(fix);
    }
    if (config) out.push(...silencingFixes(analysis, finding, d, config, saveCommand));
  }
  return out;
}

function silencingFixes(analysis: ArticleAnalysis, f: Finding, d: Diagnostic, config: ConfigTarget, saveCommand?: string): CodeAction[] {
  const out: CodeAction[] = [];
  const command = saveCommand ? { command: { title: 'Save .articlelens.json', command: saveCommand, arguments: [config.uri] } } : {};
  const onQuotation = f.quote !== undefined || f.code === 'unattributed-quote' || f.code === 'unbalanced-quote';
  const source = (f.quote !== undefined ? analysis.quotes[f.quote].text : analysis.text.slice(f.start, f.end)).replace(/\s+/g, ' ');
  const note = source.length > 60 ? source.slice(0, 59) + '…' : source;
  const ignore = addIgnoredFinding(config.text, { rule: f.code, hash: findingHash(f.code, findingWords(analysis, f)), note });
  if (ignore) out.push({ title: onQuotation ? 'Ignore this quotation' : 'Ignore this finding', kind: CodeActionKind.QuickFix, diagnostics: [d], edit: configEdit(config, ignore), ...command });
  const off = setRule(config.text, f.code, 'off');
  if (off) out.push({ title: `Turn off ${f.code} in this folder`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: configEdit(config, off), ...command });
  return out;
}

/** A workspace edit of the configuration file, creating it first when it does not exist. */
function configEdit(config: ConfigTarget, edits: readonly Edit[]): WorkspaceEdit {
  const lines = new LineIndex(config.text ?? '');
  const textEdits = edits.map((e) => ({ range: lines.range(e.offset, e.offset + e.length), newText: e.content }));
  const change = { textDocument: { uri: config.uri, version: null }, edits: textEdits };
  return { documentChanges: config.text === null ? [{ kind: 'create', uri: config.uri, options: { ignoreIfExists: true } }, change] : [change] };
}

/**
 * The fixes that are safe in bulk: closing each unclosed quotation at the end of its paragraph (one mark per
 * paragraph). Attributions are never applied in bulk: each one guesses a speaker.
 */
export function fixAll(analysis: ArticleAnalysis, lines: LineIndex, uri: string, reported: readonly Finding[]): CodeAction[] {
  const edits: TextEdit[] = [];
  const closed = new Set<number>();
  for (const f of reported) {
    if (f.code !== 'unbalanced-quote') continue;
    const e = closeQuoteEdit(analysis, lines, f);
    if (!e || closed.has(e.paragraph)) continue;
    closed.add(e.paragraph);
    edits.push(e.edit);
  }
  if (!edits.length) return [];
  return [{ title: `Close ${edits.length} unclosed quotation${edits.length === 1 ? '' : 's'}`, kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } }];
}

/** Index of the first mention with end > offset (a person's mentions are in text order and disjoint). */
function firstEndingAfter(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The distance score of a person's nearest mention to the quote: a mention before it counts its
 * distance, one after it four times that plus 200; mentions inside the quote do not count. Only
 * the last mention before and the first one not inside after can be nearest: two binary searches.
 */
function nearestMention(mentions: readonly Mention[], q: Quote): number {
  let best = Infinity;
  const i0 = firstEndingAfter(mentions, q.start);
  if (i0 > 0) best = q.start - mentions[i0 - 1].end;
  let after = i0 < mentions.length ? mentions[i0] : undefined;
  if (after && after.start >= q.start && after.end <= q.end) after = mentions[firstEndingAfter(mentions, q.end)];
  if (after) best = Math.min(best, (after.start - q.end) * 4 + 200);
  return best;
}

/** Does one of the person's mentions fall inside the quotation ("Maria, we need your vote": Maria is addressed)? */
function mentionedInside(mentions: readonly Mention[], q: Quote): boolean {
  const i = firstEndingAfter(mentions, q.start);
  return i < mentions.length && mentions[i].start >= q.start && mentions[i].end <= q.end;
}

/**
 * People ranked by how close their nearest mention is to the quote (mentions before it count more); a person
 * named inside the quotation is spoken to or about, never offered as its speaker.
 */
export function plausibleSpeakers(analysis: ArticleAnalysis, q: Quote, lookup: Lookup = lookupOf(analysis)): Person[] {
  const scored = analysis.people
    .filter((p) => !mentionedInside(p.mentions, q))
    .map((p) => ({ p, score: nearestMention(p.mentions, q) - (lookup.quotesBy.get(p.id) ?? 0) * 50 }))
    .filter((x) => Number.isFinite(x.score));
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, MAX_SPEAKER_FIXES).map((x) => x.p);
}

/** Closing marks of a quotation nested at the end of another (`“too that.”"`, `‘no.’”`). */
const NESTED_CLOSERS: ReadonlySet<string> = new Set(['”', '’', '"', "'", '»']);

/** The edit that attributes the quote to `name` in wire style: `“…,” Name said.` */
export function attributionEdit(analysis: ArticleAnalysis, lines: LineIndex, q: Quote, name: string, verb: 'said' | 'says' = 'said'): TextEdit[] {
  const text = analysis.text;
  // The quotation's own last mark, inside any nested closing marks (`… or “too that.”"`): its full stop
  // becomes the comma before the credit wherever it stands (`… or “too that,”" Clinton said.`).
  let last = q.end - 2;
  while (last > q.start + 1 && NESTED_CLOSERS.has(text[last])) last--;
  const beforeMark = text[last];
  const after = text.slice(q.end, q.end + 2);
  const paragraphEnd = /^\s*$/.test(text.slice(q.end, q.end + 1)) && (/^(?:\r|\n|$)/.test(after) || q.end >= text.length);
  if (beforeMark === '.' && (paragraphEnd || /^\s\S/.test(after))) {
    return [
      { range: lines.range(last, last + 1), newText: ',' },
      { range: lines.range(q.end, q.end), newText: ` ${name} ${verb}.` },
    ];
  }
  if ((beforeMark === '?' || beforeMark === '!') && (paragraphEnd || /^\s\S/.test(after))) {
    return [{ range: lines.range(q.end, q.end), newText: ` ${name} ${verb}.` }];
  }
  if (text[q.end] === '.' || paragraphEnd) {
    return [{ range: lines.range(q.end, q.end), newText: `, ${name} ${verb}${text[q.end] === '.' ? '' : '.'}` }];
  }
  return [{ range: lines.range(q.end, q.end), newText: `, ${name} ${verb},` }];
}

/**
 * The quotation stands in a sentence of its own words, so that a credit can follow it: nothing before it
 * in its sentence but a lead-in colon, and after it the end of its paragraph, a full stop, or the next
 * sentence. After a comma or a dash the words before govern it ("But he wanted to know, “…?”", "his act—“…”—is"):
 * a credit after it would be a second one. Before more of its sentence ("“Call the roll,” came shouts",
 * "“…” – @realDonaldTrump") a credit would split the sentence.
 */
function standsAlone(text: string, q: Quote): boolean {
  let b = q.start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t' || text[b - 1] === '\u00a0')) b--;
  if (b > 0 && /[,\u2014\u2013\u2015-]/.test(text[b - 1])) return false;
  const after = text.slice(q.end, q.end + 3);
  return /^(?:[ \t\u00a0]*(?:\r|\n|$)|\.|[ \t\u00a0]+[\p{Lu}“"‘'(])/u.test(after);
}

/**
 * The quotation holds a nested quotation with its own credit (`"“You don’t win …,” Rubio responded before
 * adding …"`, a passage quoted whole): a closing mark inside it, then a person and a speech verb. A credit
 * after it would be a second one.
 */
function holdsCredit(analysis: ArticleAnalysis, q: Quote): boolean {
  const tokens = analysis.model.tokens;
  for (let k = Math.max(0, tokenIndexAt(tokens, q.start)) + 1; k + 2 < tokens.length && tokens[k].end < q.end; k++) {
    if (tokens[k].kind !== 'quote' || !/[,.!?]/.test(tokens[k - 1].text)) continue;
    const m = spanAt(analysis.mentions, tokens[k + 1].start);
    if (!m || m.start !== tokens[k + 1].start || m.end >= q.end) continue;
    let v = k + 1;
    while (v < tokens.length && tokens[v].start < m.end) v++;
    if (v < tokens.length && tokens[v].end < q.end && SPEECH_VERBS.hasWord(tokens[v].text.toLowerCase())) return true;
  }
  return false;
}

/**
 * The short name a reporter would write for `p`: from the person's mentions outside quotations only — a
 * first name said to someone inside a quotation ("don’t you think, Sean, …") is not how the story names him.
 */
function reporterShortName(lookup: Lookup, p: Person): string {
  // Inside a quotation: some quotation starting before the mention ends at or after it (two look-ups, no scan).
  const outside = p.mentions.filter((m) => {
    const k = lastBelow(lookup.quoteStarts, m.start);
    return !(k >= 0 && lookup.quoteMaxEnd[k] >= m.end);
  });
  return shortName(outside.length === p.mentions.length ? p : { ...p, mentions: outside });
}

function attributeFixes(analysis: ArticleAnalysis, lines: LineIndex, uri: string, f: Finding, d: Diagnostic, lookup: Lookup): CodeAction[] {
  const q = f.quote !== undefined ? analysis.quotes[f.quote] : analysis.quotes.find((x) => x.start === f.start && x.end === f.end);
  if (!q) return [];
  // An attribution inserts text at the quote's end: never inside a name or another quotation, never a
  // second credit, never inside a running sentence.
  if (unsafeInsertion(analysis, lookup, q, q.end) || !standsAlone(analysis.text, q) || holdsCredit(analysis, q)) return [];
  return plausibleSpeakers(analysis, q, lookup).map((p, i) => {
    // A short name the article also writes as a common word ("Will", "Rich") would not read as a name.
    let short = lookup.shortNames.get(p);
    if (short === undefined) lookup.shortNames.set(p, (short = reporterShortName(lookup, p)));
    const name = lookup.lowerWords.has(short.toLowerCase()) ? p.name : short;
    return {
      title: `Attribute to ${p.name} (add “${name} ${lookup.verb}”)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: i === 0,
      edit: { changes: { [uri]: attributionEdit(analysis, lines, q, name, lookup.verb) } },
    };
  });
}

const CLOSING: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '„': '“' };

/** The closing mark, only where the engine found the quotation's end certain (`Finding.closeAt`). */
function closeQuoteEdit(analysis: ArticleAnalysis, lines: LineIndex, f: Finding): { edit: TextEdit; paragraph: number; close: string } | null {
  if (f.closeAt === undefined) return null;
  const close = CLOSING[analysis.text[f.start]] ?? '”';
  const p = paragraphAt(analysis.model.paragraphs, f.start);
  if (!p) return null;
  return { edit: { range: lines.range(f.closeAt, f.closeAt), newText: close }, paragraph: p.index, close };
}

function closeQuoteFix(analysis: ArticleAnalysis, lines: LineIndex, uri: string, f: Finding, d: Diagnostic): CodeAction | null {
  const e = closeQuoteEdit(analysis, lines, f);
  if (!e) return null;
  return {
    title: `Close the quotation at the end of the paragraph (add ${e.close})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: true,
    edit: { changes: { [uri]: [e.edit] } },
  };
}
