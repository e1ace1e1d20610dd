import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Finding, Severity } from '../analysis/types';
import { ruleHelpUri } from '../analysis/rules';
import type { LineIndex } from './lineIndex';
import type { ArticleLensSettings } from './settings';

export const DIAGNOSTIC_SOURCE = 'article-lens';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity a finding has under the user's settings, or null when its rule is off. */
export function effectiveSeverity(f: Finding, settings: ArticleLensSettings): Severity | null {
  const s = settings.diagnostics.severity[f.code] ?? f.severity;
  return s === 'off' ? null : s;
}

export interface DiagnosticData {
  /** Index of the finding in `analysis.findings`, so code actions can find it again. */
  finding: number;
}

export function diagnostics(analysis: ArticleAnalysis, lines: LineIndex, settings: ArticleLensSettings): Diagnostic[] {
  if (!settings.diagnostics.enabled) return [];
  const out: Diagnostic[] = [];
  analysis.findings.forEach((f, i) => {
    const severity = effectiveSeverity(f, settings);
    if (!severity) return;
    const data: DiagnosticData = { finding: i };
    out.push({
      range: lines.range(f.start, f.end),
      severity: LSP_SEVERITY[severity],
      code: f.code,
      codeDescription: { href: ruleHelpUri(f.code) },
      source: DIAGNOSTIC_SOURCE,
      message: f.message,
      data,
    });
  });
  return out;
}
