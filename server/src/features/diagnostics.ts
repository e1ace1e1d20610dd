import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Finding, Severity } from '../analysis/types';
import { ruleHelpUri } from '../analysis/rules';
import { NO_PROJECT, reportFindings, type ArticleScope } from '../config/projectConfig';
import type { LineIndex } from './lineIndex';
import type { ArticleLensSettings } from './settings';

export const DIAGNOSTIC_SOURCE = 'article-lens';

export const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  /** Index of the finding in `analysis.findings`, so code actions can find it again. */
  finding: number;
}

/**
 * At most this many diagnostics per document, then one summary: a text of a
 * million “ marks published a million diagnostics in one 232 MB message.
 */
export const MAX_DIAGNOSTICS = 1000;

/** The article's findings as the CLI's `check` reports them (same project configuration, same order), as diagnostics. */
export function diagnostics(analysis: ArticleAnalysis, lines: LineIndex, settings: ArticleLensSettings, max = MAX_DIAGNOSTICS, scope: ArticleScope = NO_PROJECT): Diagnostic[] {
  if (!settings.diagnostics.enabled) return [];
  const reported = reportFindings(analysis, scope, settings.diagnostics.severity);
  const out: Diagnostic[] = reported.slice(0, max).map(({ finding: f, index, severity }) => {
    const data: DiagnosticData = { finding: index };
    return {
      range: lines.range(f.start, f.end),
      severity: LSP_SEVERITY[severity],
      code: f.code,
      codeDescription: { href: ruleHelpUri(f.code) },
      source: DIAGNOSTIC_SOURCE,
      message: problemMessage(analysis, f),
      data,
    };
  });
  const hidden = reported.length - out.length;
  if (hidden > 0) {
    const at = reported[out.length].finding.start;
    out.push({
      range: lines.range(at, at),
      severity: DiagnosticSeverity.Information,
      code: 'too-many-findings',
      source: DIAGNOSTIC_SOURCE,
      message: `${hidden} more finding${hidden === 1 ? '' : 's'} not shown: Article Lens shows at most ${max} per document.`,
    });
  }
  return out;
}

const EXCERPT_MAX = 40;

/**
 * The first words of a quotation, closed, for a Problems entry: `“They make cocaine in Colombia…”`.
 * Cut at a word boundary, so that every entry names its own quote at a glance.
 */
export function quoteExcerpt(text: string): string {
  const open = text.charAt(0);
  const close = open === '“' ? '”' : open === '‘' ? '’' : open === '"' ? '"' : '';
  let body = (close ? text.slice(1) : text).replace(/\s+/g, ' ').trim();
  if (close && body.endsWith(close)) body = body.slice(0, -1).trimEnd();
  body = body.replace(/[,;:]$/, '');
  if (body.length > EXCERPT_MAX) {
    const cut = body.slice(0, EXCERPT_MAX + 1);
    const space = cut.lastIndexOf(' ');
    body = (space > EXCERPT_MAX / 2 ? cut.slice(0, space) : cut.slice(0, EXCERPT_MAX)).replace(/[\s,;:.—–-]+$/, '') + '…';
  }
  return `${open && close ? open : '“'}${body}${close || '”'}`;
}

/** The Problems text: quote findings start with the quote's first words; the rest say what the engine says. */
export function problemMessage(analysis: ArticleAnalysis, f: Finding): string {
  if (f.code === 'unattributed-quote' && f.quote !== undefined && analysis.quotes[f.quote]) {
    return `${quoteExcerpt(analysis.quotes[f.quote].text)} has no speaker: say who said it.`;
  }
  if (f.code === 'unbalanced-quote') {
    // The finding marks the lone opening mark: the excerpt is what follows it, to the end of its line.
    const rest = analysis.text.slice(f.start, f.start + EXCERPT_MAX * 3).split(/\r?\n|\r/)[0];
    return f.closeAt !== undefined
      ? `${quoteExcerpt(rest)} is never closed: add the closing quotation mark.`
      : `${quoteExcerpt(rest)} is never closed, and where it ends is not certain: add the closing mark where the speaker's words stop.`;
  }
  return f.message;
}

/** The one diagnostic on an invalid `.articlelens.json`, at the problem (`line`/`column` 1-based). */
export function configProblem(e: { message: string; line: number; column: number }): Diagnostic {
  const pos = { line: e.line - 1, character: e.column - 1 };
  return { range: { start: pos, end: pos }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: `${e.message}; Article Lens uses its defaults until this is fixed.` };
}

/** The one diagnostic of a document that has only a reduced analysis (too large, or out of memory). */
export function reducedAnalysisDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'document-too-large',
    source: DIAGNOSTIC_SOURCE,
    message: `${reason}: only its dateline is read. People, quotes, times, events and findings are not shown.`,
  };
}
