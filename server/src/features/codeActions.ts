import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Finding, Person, Quote } from '../analysis/types';
import { LineIndex } from './lineIndex';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { shortName } from '../analysis/shortName';
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
  const paragraphEnd = /^\s*$/.test(text.slice(q.end, q.end + 1)) && (/^(?:\r?\n|$)/.test(after) || q.end >= text.length);
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

function closeQuoteEdit(analysis: ArticleAnalysis, lines: LineIndex, f: Finding): { edit: TextEdit; paragraph: number; close: string } | null {
  const close = CLOSING[analysis.text[f.start]] ?? '”';
  const p = analysis.model.paragraphs.find((x) => x.start <= f.start && f.start < x.end);
  if (!p) return null;
  return { edit: { range: lines.range(p.end, p.end), newText: close }, paragraph: p.index, close };
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
