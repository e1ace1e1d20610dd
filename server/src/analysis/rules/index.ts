// The rule registry: every finding the engine can report, in one list. Defaults are set here once,
// from each rule's own declaration; everything user-facing about rules is derived from this file.
import type { Severity } from '../types';
import type { RuleInfo } from './rule';
import { unattributedQuote } from './unattributed-quote';
import { unbalancedQuote } from './unbalanced-quote';
import { weekdayMismatch } from './weekday-mismatch';
import { badDateline } from './bad-dateline';
import { anonymousSource } from './anonymous-source';
import { unresolvedSpeaker } from './unresolved-speaker';

export type { RuleInfo } from './rule';

/** In the order the settings, SARIF and the docs list them. */
export const RULES = [unattributedQuote, unbalancedQuote, weekdayMismatch, badDateline, anonymousSource, unresolvedSpeaker] as const;

export type FindingCode = (typeof RULES)[number]['code'];

export const RULE_CODES: readonly FindingCode[] = RULES.map((r) => r.code);

const BY_CODE: ReadonlyMap<string, RuleInfo<FindingCode>> = new Map(RULES.map((r) => [r.code, r]));

export function ruleOf(code: string): RuleInfo<FindingCode> | undefined {
  return BY_CODE.get(code);
}

export function isFindingCode(code: string): code is FindingCode {
  return BY_CODE.has(code);
}

/** Default severity per rule. */
export const DEFAULT_SEVERITY: Readonly<Record<FindingCode, Severity>> = Object.fromEntries(RULES.map((r) => [r.code, r.defaultSeverity])) as Record<FindingCode, Severity>;

/** The repository's rules page (docs/rules.md); a test checks it against package.json's `repository`. */
export const RULES_PAGE = 'https://github.com/article-lens/article-lens/blob/main/docs/rules.md';

/** Where a rule is documented: its section of docs/rules.md. */
export function ruleHelpUri(code: FindingCode): string {
  return `${RULES_PAGE}#${code}`;
}

/** What a user may set a rule to, in settings and in `.articlelens.json`, most severe first. */
export const SEVERITY_SETTINGS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];
