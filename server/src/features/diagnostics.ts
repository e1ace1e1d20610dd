import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Finding, Severity } from '../analysis/types';
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

/**
 * At most this many diagnostics per document, then one summary: a text of a
 * million “ marks published a million diagnostics in one 232 MB message.
 */
export const MAX_DIAGNOSTICS = 1000;

export function diagnostics(analysis: ArticleAnalysis, lines: LineIndex, settings: ArticleLensSettings, max = MAX_DIAGNOSTICS): Diagnostic[] {
  if (!settings.diagnostics.enabled) return [];
  const out: Diagnostic[] = [];
  let hidden = 0;
  let firstHidden: Finding | null = null;
  analysis.findings.forEach((f, i) => {
    const severity = effectiveSeverity(f, settings);
    if (!severity) return;
    if (out.length >= max) {
      hidden++;
      firstHidden ??= f;
      return;
    }
    const data: DiagnosticData = { finding: i };
    out.push({ range: lines.range(f.start, f.end), severity: LSP_SEVERITY[severity], code: f.code, source: DIAGNOSTIC_SOURCE, message: f.message, data });
  });
  if (firstHidden) {
    const at = (firstHidden as Finding).start;
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
