import type { FindingCode } from '../analysis/types';
import { DEFAULT_SEVERITY, SEVERITY_SETTINGS, ruleHelpUri, ruleOf, type SeveritySetting } from '../analysis/rules';

export type { SeveritySetting } from '../analysis/rules';

/** The `articleLens.*` settings the features read, already validated. */
export interface ArticleLensSettings {
  hover: { enabled: boolean };
  outline: { enabled: boolean; includeUndated: boolean };
  diagnostics: { enabled: boolean; severity: Record<FindingCode, SeveritySetting> };
  codeActions: { enabled: boolean };
  inlayHints: { enabled: boolean };
  references: { includeOtherArticles: boolean };
  workspace: { index: boolean };
  analysis: { debounceMs: number; maxDocumentSizeMB: number };
}

export const DEFAULT_SETTINGS: ArticleLensSettings = {
  hover: { enabled: true },
  outline: { enabled: true, includeUndated: false },
  diagnostics: {
    enabled: true,
    severity: DEFAULT_SEVERITY,
  },
  codeActions: { enabled: true },
  inlayHints: { enabled: true },
  references: { includeOtherArticles: false },
  workspace: { index: true },
  analysis: { debounceMs: 200, maxDocumentSizeMB: 20 },
};

/** The `markdownDescription` of a rule's entry in package.json's severity setting (a test keeps them equal). */
export function severityMarkdownDescription(code: FindingCode): string {
  return `${ruleOf(code)?.title ?? code} ([\`${code}\`](${ruleHelpUri(code)})).`;
}

const SEVERITIES: ReadonlySet<string> = new Set(SEVERITY_SETTINGS);

/**
 * Reads raw settings (anything the client sends) into valid settings.
 * Invalid values fall back to defaults and are reported in `problems`.
 */
export function readSettings(raw: unknown): { settings: ArticleLensSettings; problems: string[] } {
  const problems: string[] = [];
  if (raw !== undefined && raw !== null && !isObject(raw)) problems.push(`articleLens settings must be an object (got ${JSON.stringify(raw).slice(0, 60)}); using defaults.`);
  const r = isObject(raw) ? raw : {};
  const bool = (obj: unknown, key: string, def: boolean, path: string): boolean => {
    const v = isObject(obj) ? obj[key] : undefined;
    if (v === undefined) return def;
    if (typeof v === 'boolean') return v;
    problems.push(`articleLens.${path} must be true or false (got ${JSON.stringify(v)}); using ${def}.`);
    return def;
  };
  const severity = { ...DEFAULT_SETTINGS.diagnostics.severity };
  const rawDiag = isObject(r.diagnostics) ? r.diagnostics : {};
  const rawSev = rawDiag.severity;
  if (rawSev !== undefined && !isObject(rawSev)) problems.push('articleLens.diagnostics.severity must be an object of rule → severity; using defaults.');
  if (isObject(rawSev)) {
    for (const [code, v] of Object.entries(rawSev)) {
      if (!(code in severity)) {
        problems.push(`articleLens.diagnostics.severity: unknown rule "${code}" ignored.`);
        continue;
      }
      if (typeof v === 'string' && SEVERITIES.has(v)) severity[code as FindingCode] = v as SeveritySetting;
      else problems.push(`articleLens.diagnostics.severity.${code} must be one of ${SEVERITY_SETTINGS.join(', ')} (got ${JSON.stringify(v)}); using ${severity[code as FindingCode]}.`);
    }
  }
  let debounceMs = DEFAULT_SETTINGS.analysis.debounceMs;
  const rawDebounce = isObject(r.analysis) ? r.analysis.debounceMs : undefined;
  if (rawDebounce !== undefined) {
    if (typeof rawDebounce === 'number' && Number.isFinite(rawDebounce) && rawDebounce >= 0 && rawDebounce <= 5000) debounceMs = rawDebounce;
    else problems.push(`articleLens.analysis.debounceMs must be a number from 0 to 5000 (got ${JSON.stringify(rawDebounce)}); using ${debounceMs}.`);
  }
  let maxDocumentSizeMB = DEFAULT_SETTINGS.analysis.maxDocumentSizeMB;
  const rawMax = isObject(r.analysis) ? r.analysis.maxDocumentSizeMB : undefined;
  if (rawMax !== undefined) {
    if (typeof rawMax === 'number' && Number.isFinite(rawMax) && rawMax >= 1 && rawMax <= 1024) maxDocumentSizeMB = rawMax;
    else problems.push(`articleLens.analysis.maxDocumentSizeMB must be a number from 1 to 1024 (got ${JSON.stringify(rawMax)}); using ${maxDocumentSizeMB}.`);
  }
  return {
    settings: {
      hover: { enabled: bool(r.hover, 'enabled', true, 'hover.enabled') },
      outline: {
        enabled: bool(r.outline, 'enabled', true, 'outline.enabled'),
        includeUndated: bool(r.outline, 'includeUndated', false, 'outline.includeUndated'),
      },
      diagnostics: { enabled: bool(r.diagnostics, 'enabled', true, 'diagnostics.enabled'), severity },
      codeActions: { enabled: bool(r.codeActions, 'enabled', true, 'codeActions.enabled') },
      inlayHints: { enabled: bool(r.inlayHints, 'enabled', true, 'inlayHints.enabled') },
      references: { includeOtherArticles: bool(r.references, 'includeOtherArticles', false, 'references.includeOtherArticles') },
      workspace: { index: bool(r.workspace, 'index', true, 'workspace.index') },
      analysis: { debounceMs, maxDocumentSizeMB },
    },
    problems,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
