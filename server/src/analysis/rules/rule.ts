import type { Finding, FindingCode, Severity, Span } from '../types';

/**
 * What every rule declares about itself, in its own file. The registry (`./index.ts`) collects them;
 * severity defaults, the settings schema, SARIF `rules`, `codeDescription` links, docs/rules.md and the
 * README table are all derived from these fields, so a rule is described in exactly one place.
 */
export interface RuleInfo<C extends string = string> {
  readonly code: C;
  /** Severity when neither the settings nor `.articlelens.json` say otherwise. */
  readonly defaultSeverity: Severity;
  /** A few words, sentence case, no final full stop. */
  readonly title: string;
  /** One paragraph: what the rule finds and why it matters. */
  readonly description: string;
  readonly examples: { readonly bad: string; readonly good: string };
}

/** A finding of `rule` over `span`, with the rule's default severity (settings and project files map it later). */
export function findingOf(rule: RuleInfo<FindingCode>, span: Span, message: string, quote?: number): Finding {
  const f: Finding = { code: rule.code, severity: rule.defaultSeverity, start: span.start, end: span.end, message };
  if (quote !== undefined) f.quote = quote;
  return f;
}
