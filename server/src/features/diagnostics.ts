import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Severity } from '../analysis/types';
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
      message: f.message,
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
