// `.articlelens.json`, the project configuration the editor and the CLI share: parsing and validation
// (errors are values: one clear message, and the defaults stay), and what it does to an analysis. No I/O
// here; `load.ts` finds and reads the file.
import { createHash } from 'crypto';
import type { AnalyzeOptions, ArticleAnalysis, Finding, FindingCode, Gender, HousePerson, Severity } from '../analysis/types';
import { sentenceAt } from '../analysis/text';
import { RULE_CODES, SEVERITY_SETTINGS, isFindingCode, type SeveritySetting } from '../analysis/rules';

export const CONFIG_FILE = '.articlelens.json';

export type IgnoredFinding = { rule: FindingCode; text: string; note?: string } | { rule: FindingCode; hash: string; note?: string };

export interface ProjectConfig {
  rules: Partial<Record<FindingCode, SeveritySetting>>;
  ignore: { files: string[]; findings: IgnoredFinding[] };
  people: HousePerson[];
  cues: string[];
}

export const EMPTY_CONFIG: ProjectConfig = { rules: {}, ignore: { files: [], findings: [] }, people: [], cues: [] };

export type ConfigResult = { ok: true; config: ProjectConfig } | { ok: false; message: string; offset: number };

const TOP_KEYS = ['$schema', 'rules', 'ignore', 'people', 'cues'];
const GENDERS = ['male', 'female'];

class Invalid extends Error {}

/** Parses the file's text. Anything wrong gives one message (the first problem) and its offset in the text. */
export function parseProjectConfig(text: string): ConfigResult {
  let raw: unknown;
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  try {
    raw = JSON.parse(text.slice(bom));
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    return { ok: false, message: `not valid JSON (${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')})`, offset: m ? Number(m[1]) + bom : 0 };
  }
  let where = '';
  try {
    return { ok: true, config: validate(raw, (path) => (where = path)) };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { ok: false, message: e.message, offset: offsetOfKey(text, where) };
  }
}

function validate(raw: unknown, at: (path: string) => void): ProjectConfig {
  const fail = (path: string, what: string): never => {
    at(path);
    throw new Invalid(`${path ? `"${path}" ` : ''}${what}`);
  };
  if (!isObject(raw)) return fail('', 'must be an object with "rules", "ignore", "people" and/or "cues"');
  for (const k of Object.keys(raw)) if (!TOP_KEYS.includes(k)) fail(k, `is not a setting (expected one of ${TOP_KEYS.slice(1).join(', ')})`);
  const config: ProjectConfig = { rules: {}, ignore: { files: [], findings: [] }, people: [], cues: [] };
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) fail('rules', 'must be an object of rule → severity');
    for (const [code, v] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (!isFindingCode(code)) fail(code, `is not a rule (rules: ${RULE_CODES.join(', ')})`);
      if (typeof v !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(v)) fail(code, `must be one of ${SEVERITY_SETTINGS.join(', ')} (got ${JSON.stringify(v)})`);
      config.rules[code as FindingCode] = v as SeveritySetting;
    }
  }
  if (raw.ignore !== undefined) {
    const ig = raw.ignore;
    if (!isObject(ig)) return fail('ignore', 'must be an object with "files" and/or "findings"');
    for (const k of Object.keys(ig)) if (k !== 'files' && k !== 'findings') fail(k, 'is not an ignore setting (expected files or findings)');
    if (ig.files !== undefined) config.ignore.files = strings(ig.files, 'files', fail);
    if (ig.findings !== undefined) {
      if (!Array.isArray(ig.findings)) fail('findings', 'must be a list of { "rule", "text" } or { "rule", "hash" }');
      for (const f of ig.findings as unknown[]) {
        if (!isObject(f) || typeof f.rule !== 'string') return fail('findings', 'entries need a "rule" and a "text" or "hash"');
        if (!isFindingCode(f.rule)) fail('rule', `"${f.rule}" is not a rule (rules: ${RULE_CODES.join(', ')})`);
        const note = typeof f.note === 'string' ? { note: f.note } : {};
        if (typeof f.hash === 'string' && /^[0-9a-f]{16}$/.test(f.hash)) config.ignore.findings.push({ rule: f.rule as FindingCode, hash: f.hash, ...note });
        else if (typeof f.text === 'string' && normalWords(f.text)) config.ignore.findings.push({ rule: f.rule as FindingCode, text: f.text, ...note });
        else fail(typeof f.hash === 'string' ? 'hash' : 'findings', 'entries need a "text" with words in it or a "hash" of 16 hex digits');
      }
    }
  }
  if (raw.people !== undefined) {
    if (!Array.isArray(raw.people)) fail('people', 'must be a list of { "name", "title", "aliases", "gender" }');
    for (const p of raw.people as unknown[]) {
      if (!isObject(p) || typeof p.name !== 'string' || !p.name.trim()) return fail('people', 'entries need a "name"');
      const person: HousePerson = { name: p.name.trim() };
      if (p.title !== undefined) person.title = typeof p.title === 'string' ? p.title : fail('title', 'must be a string');
      if (p.aliases !== undefined) person.aliases = strings(p.aliases, 'aliases', fail);
      if (p.gender !== undefined) {
        if (typeof p.gender !== 'string' || !GENDERS.includes(p.gender)) fail('gender', `must be ${GENDERS.join(' or ')}`);
        person.gender = p.gender as Gender;
      }
      config.people.push(person);
    }
  }
  if (raw.cues !== undefined) {
    config.cues = strings(raw.cues, 'cues', fail);
    const bad = config.cues.find((c) => !/^\p{L}+$/u.test(c));
    if (bad !== undefined) fail('cues', `entries are single words (got ${JSON.stringify(bad)})`);
  }
  return config;
}

function strings(v: unknown, path: string, fail: (path: string, what: string) => never): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return fail(path, 'must be a list of strings');
  return v as string[];
}

/** Where `"key"` first appears, so the editor can put the diagnostic on it (0 when not found). */
function offsetOfKey(text: string, key: string): number {
  if (!key) return 0;
  const i = text.indexOf(JSON.stringify(key));
  return i < 0 ? 0 : i;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What the engine takes from the project: the house list and the extra cues. */
export function analyzeOptionsOf(config: ProjectConfig): Pick<AnalyzeOptions, 'people' | 'cues'> {
  return { people: config.people, cues: config.cues };
}

/**
 * The words a finding is about, normalised (lower case, punctuation and quotation marks dropped, curly
 * apostrophes straightened): the quotation's for a finding on a quotation, else its sentence's (an
 * unclosed quotation, a weekday, a paraphrased anonymous source), else its own span's. Edits elsewhere in
 * the file leave them unchanged, so ignores keyed on them survive.
 */
export function findingWords(analysis: ArticleAnalysis, f: Finding): string {
  const q = f.quote !== undefined ? analysis.quotes[f.quote] : undefined;
  if (q) return normalWords(q.text);
  const s = sentenceAt(analysis.model.sentences, f.start);
  return normalWords(s && s.end >= f.end ? analysis.text.slice(s.start, s.end) : analysis.text.slice(f.start, f.end));
}

export function normalWords(text: string): string {
  return (text.normalize('NFKC').toLowerCase().replace(/[’‘ʼ]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []).join(' ');
}

/** The stable hash written by "Ignore this quotation": rule and normalised words, 16 hex digits of SHA-256. */
export function findingHash(rule: FindingCode, words: string): string {
  return createHash('sha256').update(`${rule}\n${words}`).digest('hex').slice(0, 16);
}

export function isIgnoredFinding(config: ProjectConfig, analysis: ArticleAnalysis, f: Finding): boolean {
  if (!config.ignore.findings.length) return false;
  const words = findingWords(analysis, f);
  let hash: string | undefined;
  return config.ignore.findings.some((x) => x.rule === f.code && ('hash' in x ? x.hash === (hash ??= findingHash(f.code, words)) : normalWords(x.text) === words));
}

/** `relPath` is the article's path relative to the folder of the configuration file, with `/` separators. */
export function isIgnoredFile(config: ProjectConfig, relPath: string): boolean {
  return config.ignore.files.some((g) => globToRegExp(g).test(relPath));
}

/**
 * A glob as gitignore-like users expect: `*` and `?` within one path segment, `**` across segments,
 * a trailing `/` for a folder and everything in it; a pattern without `/` matches a file name at any depth.
 */
export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (g.endsWith('/')) g += '**';
  const anywhere = !g.includes('/');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const ch = g[i];
    if (ch === '*' && g[i + 1] === '*') {
      i++;
      if (g[i + 1] === '/') {
        i++;
        re += '(?:[^/]*/)*';
      } else re += '.*';
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[\\^$+.()|{}[\]]/g, '\\$&');
  }
  return new RegExp(`^${anywhere ? '(?:[^/]*/)*' : '/?'}${re}$`);
}

/** The project configuration as it applies to one article. */
export interface ArticleScope {
  config: ProjectConfig;
  /** The article matches `ignore.files`: none of its findings are reported. */
  ignoredFile: boolean;
}

export const NO_PROJECT: ArticleScope = { config: EMPTY_CONFIG, ignoredFile: false };

/** `relPath`: the article's path relative to the configuration file's folder, or null (no path, e.g. stdin). */
export function articleScope(config: ProjectConfig, relPath: string | null): ArticleScope {
  return { config, ignoredFile: relPath !== null && isIgnoredFile(config, relPath) };
}

/**
 * The severity a finding is reported with, or null when it is not reported: an ignored file or finding,
 * then the project's `rules`, then the editor setting (the CLI passes the registry defaults).
 */
export function reportedSeverity(f: Finding, analysis: ArticleAnalysis, scope: ArticleScope, settingSeverity: Readonly<Record<FindingCode, SeveritySetting>>): Severity | null {
  if (scope.ignoredFile || isIgnoredFinding(scope.config, analysis, f)) return null;
  const s = scope.config.rules[f.code] ?? settingSeverity[f.code] ?? f.severity;
  return s === 'off' ? null : s;
}

export interface ReportedFinding {
  finding: Finding;
  /** Index in `analysis.findings`. */
  index: number;
  severity: Severity;
}

/** The findings the editor and the CLI report for an article, in order, with their severities. */
export function reportFindings(analysis: ArticleAnalysis, scope: ArticleScope, settingSeverity: Readonly<Record<FindingCode, SeveritySetting>>): ReportedFinding[] {
  const out: ReportedFinding[] = [];
  analysis.findings.forEach((finding, index) => {
    const severity = reportedSeverity(finding, analysis, scope, settingSeverity);
    if (severity) out.push({ finding, index, severity });
  });
  return out;
}
