import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Finding, Person, Quote } from '../analysis/types';
import type { LineIndex } from './lineIndex';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { shortName } from '../analysis/shortName';

const MAX_SPEAKER_FIXES = 3;

/** Quick fixes for the article-lens diagnostics in the requested range. */
export function codeActions(analysis: ArticleAnalysis, lines: LineIndex, uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const start = lines.offsetAt(d.range.start);
    const end = lines.offsetAt(d.range.end);
    const finding = analysis.findings.find((f) => f.code === d.code && f.start === start && f.end === end);
    if (!finding) continue;
    if (finding.code === 'unattributed-quote') out.push(...attributeFixes(analysis, lines, uri, finding, d));
    else if (finding.code === 'unbalanced-quote') {
      const fix = closeQuoteFix(analysis, lines, uri, finding, d);
      if (fix) out.push(fix);
    }
  }
  return out;
}

/** People ranked by how close their nearest mention is to the quote (mentions before it count more). */
export function plausibleSpeakers(analysis: ArticleAnalysis, q: Quote): Person[] {
  const scored = analysis.people
    .map((p) => {
      let best = Infinity;
      for (const m of p.mentions) {
        if (m.start >= q.start && m.end <= q.end) continue;
        // A speaker is usually named before the quote; a later mention counts much less.
        const dist = m.end <= q.start ? q.start - m.end : (m.start - q.end) * 4 + 200;
        if (dist < best) best = dist;
      }
      const quotes = analysis.quotes.filter((x) => x.speaker === p.id).length;
      return { p, score: best - quotes * 50 };
    })
    .filter((x) => Number.isFinite(x.score));
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, MAX_SPEAKER_FIXES).map((x) => x.p);
}

/** The edit that attributes the quote to `name` in wire style: `“…,” Name said.` */
export function attributionEdit(analysis: ArticleAnalysis, lines: LineIndex, q: Quote, name: string): TextEdit[] {
  const text = analysis.text;
  const beforeMark = text[q.end - 2];
  const after = text.slice(q.end, q.end + 2);
  const paragraphEnd = /^\s*$/.test(text.slice(q.end, q.end + 1)) && (/^(?:\r|\n|$)/.test(after) || q.end >= text.length);
  if (beforeMark === '.' && (paragraphEnd || /^\s\S/.test(after))) {
    return [
      { range: lines.range(q.end - 2, q.end - 1), newText: ',' },
      { range: lines.range(q.end, q.end), newText: ` ${name} said.` },
    ];
  }
  if ((beforeMark === '?' || beforeMark === '!') && (paragraphEnd || /^\s\S/.test(after))) {
    return [{ range: lines.range(q.end, q.end), newText: ` ${name} said.` }];
  }
  if (text[q.end] === '.' || paragraphEnd) {
    return [{ range: lines.range(q.end, q.end), newText: `, ${name} said${text[q.end] === '.' ? '' : '.'}` }];
  }
  return [{ range: lines.range(q.end, q.end), newText: `, ${name} said,` }];
}

function attributeFixes(analysis: ArticleAnalysis, lines: LineIndex, uri: string, f: Finding, d: Diagnostic): CodeAction[] {
  const q = f.quote !== undefined ? analysis.quotes[f.quote] : analysis.quotes.find((x) => x.start === f.start && x.end === f.end);
  if (!q) return [];
  return plausibleSpeakers(analysis, q).map((p, i) => {
    const name = shortName(p);
    return {
      title: `Attribute to ${p.name} (add “${name} said”)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: i === 0,
      edit: { changes: { [uri]: attributionEdit(analysis, lines, q, name) } },
    };
  });
}

const CLOSING: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '„': '“' };

function closeQuoteFix(analysis: ArticleAnalysis, lines: LineIndex, uri: string, f: Finding, d: Diagnostic): CodeAction | null {
  const open = analysis.text[f.start];
  const close = CLOSING[open] ?? '”';
  const p = analysis.model.paragraphs.find((x) => x.start <= f.start && f.start < x.end);
  if (!p) return null;
  return {
    title: `Close the quotation at the end of the paragraph (add ${close})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: true,
    edit: { changes: { [uri]: [{ range: lines.range(p.end, p.end), newText: close }] } },
  };
}
