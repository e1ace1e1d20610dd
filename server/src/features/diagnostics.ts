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

export function diagnostics(analysis: ArticleAnalysis, lines: LineIndex, settings: ArticleLensSettings): Diagnostic[] {
  if (!settings.diagnostics.enabled) return [];
  const out: Diagnostic[] = [];
  analysis.findings.forEach((f, i) => {
    const severity = effectiveSeverity(f, settings);
    if (!severity) return;
    const data: DiagnosticData = { finding: i };
    out.push({ range: lines.range(f.start, f.end), severity: LSP_SEVERITY[severity], code: f.code, source: DIAGNOSTIC_SOURCE, message: problemMessage(analysis, f), data });
  });
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
    return `${quoteExcerpt(rest)} is never closed: add the closing quotation mark.`;
  }
  return f.message;
}
