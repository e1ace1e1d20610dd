// `article-lens analyze|check|quotes|parse` over the same engine as the language server.
import * as fs from 'fs';
import { parseArgs as nodeParseArgs } from 'node:util';
import { analyzeArticle } from './analysis/analyze';
import { normalizeDateOption } from './analysis/text/dateline';
import { toContract, type ArticleJson } from './analysis/contract';
import type { ArticleAnalysis, FindingCode } from './analysis/types';
import { DEFAULT_SEVERITY, RULES, ruleHelpUri, type RuleInfo } from './analysis/rules';
import { analyzeOptionsOf, reportFindings, type ArticleScope } from './config/projectConfig';
import { ProjectConfigs, describeConfigError } from './config/load';
import { LineIndex } from './features/lineIndex';
import { eventLabel } from './features/documentSymbols';
import { quoteRows, quotesCsv, quotesMarkdown } from './features/quoteSheet';
import { ModelStore } from './models';
import { annotateConllu, readConllu, writeConllu } from './analysis/syntax/conllu';
import { articleConllu } from './analysis/syntax/articleConllu';
import { parseWords } from './analysis/syntax';

const VERSION = '0.1.0';

const USAGE = `Usage:
  article-lens analyze [--date YYYY-MM-DD] [--format json|text|conllu] [--config FILE] FILE...
  article-lens check [--date YYYY-MM-DD] [--format text|sarif|json] [--config FILE] FILE...
  article-lens quotes [--date YYYY-MM-DD] [--format csv|md|json] [--config FILE] FILE...
  article-lens parse FILE.conllu|-

analyze  prints people, quotes, times, events and findings (exit 0; 2 if a file cannot be read)
check    prints findings; exit 1 when any warning or error is found, 2 if a file cannot be read
quotes   prints the quote sheet: one row per quotation (file, line, speaker, title, cue, kind, status, text)
parse    reads CoNLL-U (its tokens and sentence breaks kept) and prints it with predicted UPOS, XPOS,
         LEMMA, HEAD and DEPREL; - reads standard input

--config FILE  the project configuration to use (default: the nearest .articlelens.json above each file)`;

export class UsageError extends Error {}

interface Options {
  command: 'analyze' | 'check' | 'quotes' | 'parse';
  format: 'json' | 'text' | 'sarif' | 'csv' | 'md' | 'conllu';
  date?: string;
  config?: string;
  files: string[];
}

const FORMATS: Record<Options['command'], Options['format'][]> = { analyze: ['json', 'text', 'conllu'], check: ['text', 'sarif', 'json'], quotes: ['csv', 'md', 'json'], parse: ['conllu'] };

/** The command line, parsed by `node:util` parseArgs; mistakes are UsageErrors (one line, exit 2). */
export function parseArgs(argv: readonly string[]): Options | 'help' | 'version' {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return 'help';
  if (argv[0] === '--version' || argv[0] === '-v') return 'version';
  const command = argv[0];
  if (!(command in FORMATS)) throw new UsageError(`unknown command "${command}" (expected ${Object.keys(FORMATS).join(', ')})`);
  const cmd = command as Options['command'];
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv.slice(1));
  } catch (e) {
    throw new UsageError(usageMessage(e as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const opts: Options = { command: cmd, format: FORMATS[cmd][0], files: positionals };
  if (values.date !== undefined) {
    if (!normalizeDateOption(values.date)) throw new UsageError(`--date must be a real date as YYYY-MM-DD (got "${values.date}")`);
    opts.date = values.date;
  }
  if (values.config !== undefined) opts.config = values.config;
  if (values.format !== undefined) {
    const allowed = FORMATS[cmd];
    if (!(allowed as string[]).includes(values.format)) throw new UsageError(`--format for ${cmd} must be one of ${allowed.join(', ')} (got "${values.format}")`);
    opts.format = values.format as Options['format'];
  }
  if (opts.files.length === 0) throw new UsageError('no FILE given');
  return opts;
}

const parseOptions = (args: string[]) =>
  nodeParseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      date: { type: 'string' },
      format: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

/** node's messages are long and mention internals; users get the gist in the CLI's own words. */
function usageMessage(e: Error & { code?: string }): string {
  const opt = /'(-[^' ]*)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${opt.split('=')[0]}"`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${opt.replace(/ .*/, '').replace(/^(--\w+).*/, '$1')} needs a value`;
  return e.message.split('\n')[0];
}

type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a file as UTF-8 text; binary content (NUL bytes, invalid UTF-8) is refused. */
export function readArticle(file: string): ReadResult {
  let buf: Buffer;
  try {
    buf = file === '-' ? fs.readFileSync(0) : fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { ok: false, reason };
  }
  if (buf.includes(0)) return { ok: false, reason: 'not a text file (binary content)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
}

function textReport(file: string, a: ArticleAnalysis): string {
  const lines = new LineIndex(a.text);
  const at = (o: number) => {
    const p = lines.positionAt(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out: string[] = [`${file}${a.date ? ` (dated ${a.date})` : ' (no dateline)'}`];
  out.push(`  People (${a.people.length})`);
  for (const p of a.people) {
    const role = [...p.titles, ...p.descriptors].join('; ');
    out.push(`    ${p.name}${role ? ` — ${role}` : ''} · ${p.mentions.length} mentions`);
  }
  out.push(`  Quotes (${a.quotes.length})`);
  for (const q of a.quotes) {
    const who = q.speaker ? a.people.find((p) => p.id === q.speaker)?.name : q.speakerMention?.text;
    const flat = q.text.replace(/\s+/g, ' ');
    out.push(`    ${at(q.start)} ${q.status}${who ? ` (${who})` : ''}: ${flat.length > 70 ? flat.slice(0, 69) + '…' : flat}`);
  }
  out.push(`  Events (${a.events.length})`);
  for (const e of a.events) out.push(`    ${at(e.start)} ${eventLabel(e)}`);
  out.push(`  Findings (${a.findings.length})`);
  for (const f of a.findings) out.push(`    ${at(f.start)} ${f.severity} ${f.code}: ${f.message}`);
  return out.join('\n');
}

function checkLine(file: string, a: ArticleAnalysis, lines: LineIndex, f: ArticleAnalysis['findings'][number]): string {
  const p = lines.positionAt(f.start);
  return `${file}:${p.line + 1}:${p.character + 1}: ${f.severity} [${f.code}] ${f.message}`;
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A SARIF reportingDescriptor for one rule, from the registry. */
function sarifRule(r: RuleInfo<FindingCode>): object {
  return {
    id: r.code,
    name: r.code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    helpUri: ruleHelpUri(r.code),
    help: { text: `${r.description}\nFlagged: ${r.examples.bad}\nFine: ${r.examples.good}` },
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
  };
}

function sarif(results: { file: string; analysis: ArticleAnalysis }[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'article-lens', version: VERSION, informationUri: 'https://github.com/article-lens/article-lens', rules: RULES.map(sarifRule) } },
        results: results.flatMap(({ file, analysis }) => {
          const lines = new LineIndex(analysis.text);
          return analysis.findings.map((f) => {
            const s = lines.positionAt(f.start);
            const e = lines.positionAt(f.end);
            return {
              ruleId: f.code,
              level: SARIF_LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: file },
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: f.start, charLength: f.end - f.start },
                  },
                },
              ],
            };
          });
        }),
      },
    ],
  };
}

/** The analysis with only the findings the project reports, at the severities it gives them (as the editor shows them). */
function asReported(analysis: ArticleAnalysis, scope: ArticleScope): ArticleAnalysis {
  const findings = reportFindings(analysis, scope, DEFAULT_SEVERITY).map((r) => ({ ...r.finding, severity: r.severity }));
  return { ...analysis, findings };
}

/** Runs the CLI; returns the exit code. Output goes through the given writers (for tests). */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    err(`article-lens: ${(e as Error).message}. Try article-lens --help.`);
    return 2;
  }
  if (opts === 'help') {
    out(USAGE);
    return 0;
  }
  if (opts === 'version') {
    out(VERSION);
    return 0;
  }
  const models = new ModelStore();
  if (opts.command === 'parse' || opts.format === 'conllu') {
    if (!models.syntaxModel()) {
      err(`article-lens: ${models.warning}`);
      return 2;
    }
  }
  if (opts.command === 'parse') {
    const m = models.syntaxModel()!;
    let unreadableConllu = false;
    for (const file of opts.files) {
      const r = readArticle(file);
      if (!r.ok) {
        err(`article-lens: cannot read ${file}: ${r.reason}`);
        unreadableConllu = true;
        continue;
      }
      out(writeConllu(annotateConllu(readConllu(r.text), (forms) => parseWords(m, forms))).replace(/\n$/, ''));
    }
    return unreadableConllu ? 2 : 0;
  }
  let unreadable = false;
  const projects = new ProjectConfigs((e) => {
    err(`article-lens: invalid configuration ${describeConfigError(e)}`);
    unreadable = true;
  }, opts.config);
  const results: { file: string; analysis: ArticleAnalysis }[] = [];
  for (const file of opts.files) {
    const r = readArticle(file);
    if (!r.ok) {
      err(`article-lens: cannot read ${file}: ${r.reason}`);
      unreadable = true;
      continue;
    }
    const project = projects.forArticle(file);
    const analysis = analyzeArticle(r.text, { date: opts.date, syntax: opts.format === 'conllu' ? models.syntaxModel() : null, ...analyzeOptionsOf(project.config) });
    results.push({ file, analysis: asReported(analysis, project) });
  }
  if (opts.command === 'analyze') {
    if (opts.format === 'json') {
      const json: ArticleJson[] = results.map((r) => toContract(r.file, r.analysis));
      out(JSON.stringify(opts.files.length === 1 ? json[0] ?? null : json, null, 2));
    } else if (opts.format === 'conllu') out(results.map((r) => `# file = ${r.file}\n${articleConllu(r.analysis)}`.replace(/\n$/, '')).join('\n\n'));
    else out(results.map((r) => textReport(r.file, r.analysis)).join('\n\n'));
    return unreadable ? 2 : 0;
  }
  if (opts.command === 'quotes') {
    const rows = results.flatMap((r) => quoteRows(r.file, r.analysis, new LineIndex(r.analysis.text)));
    if (opts.format === 'json') out(JSON.stringify(rows, null, 2));
    else if (opts.format === 'md') out(quotesMarkdown(rows).trimEnd());
    else out(quotesCsv(rows).replace(/\r\n$/, ''));
    return unreadable ? 2 : 0;
  }
  // check
  let warned = false;
  for (const r of results) if (r.analysis.findings.some((f) => f.severity === 'warning' || f.severity === 'error')) warned = true;
  if (opts.format === 'sarif') out(JSON.stringify(sarif(results), null, 2));
  else if (opts.format === 'json') out(JSON.stringify(results.map((r) => toContract(r.file, r.analysis).diagnostics.map((d) => ({ file: r.file, ...d }))).flat(), null, 2));
  else {
    const lines: string[] = [];
    for (const r of results) {
      const li = new LineIndex(r.analysis.text);
      for (const f of r.analysis.findings) lines.push(checkLine(r.file, r.analysis, li, f));
    }
    const n = lines.length;
    lines.push(`${n} finding${n === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}`);
    out(lines.join('\n'));
  }
  return unreadable ? 2 : warned ? 1 : 0;
}

if (require.main === module) {
  try {
    const code = run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
    process.exitCode = code;
  } catch (e) {
    // An engine bug, not a user error: one line, no stack trace.
    process.stderr.write(`article-lens: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 3;
  }
}
