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

/** The article's findings as the CLI's `check` reports them (same project configuration, same order), as diagnostics. */
export function diagnostics(analysis: ArticleAnalysis, lines: LineIndex, settings: ArticleLensSettings, scope: ArticleScope = NO_PROJECT): Diagnostic[] {
  if (!settings.diagnostics.enabled) return [];
  return reportFindings(analysis, scope, settings.diagnostics.severity).map(({ finding: f, index, severity }) => {
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
}

/** The one diagnostic on an invalid `.articlelens.json`, at the problem (`line`/`column` 1-based). */
export function configProblem(e: { message: string; line: number; column: number }): Diagnostic {
  const pos = { line: e.line - 1, character: e.column - 1 };
  return { range: { start: pos, end: pos }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: `${e.message}; Article Lens uses its defaults until this is fixed.` };
}
