// `article-lens analyze|check|quotes|parse` over the same engine as the language server.
import * as fs from 'fs';
import * as os from 'os';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { parseArgs as nodeParseArgs } from 'node:util';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyzeArticle } from './analysis/analyze';
import { normalizeDateOption } from './analysis/text/dateline';
import { toContract } from './analysis/contract';
import type { ArticleAnalysis, FindingCode } from './analysis/types';
import { DEFAULT_SEVERITY, RULES, ruleHelpUri, type RuleInfo } from './analysis/rules';
import { analyzeOptionsOf, reportFindings, type ArticleScope } from './config/projectConfig';
import { ProjectConfigs, describeConfigError } from './config/load';
import { LineIndex } from './features/lineIndex';
import { eventLabel } from './features/documentSymbols';
import { quoteRows, quotesCsv, quotesMarkdown, type QuoteRow } from './features/quoteSheet';
import { ModelStore } from './models';
import { YOUNG_GENERATION_MB, collectGarbageSooner } from './heap';
import { annotateConllu, readConllu, writeConllu } from './analysis/syntax/conllu';
import { articleConllu } from './analysis/syntax/articleConllu';
import { parseWords } from './analysis/syntax';
import type { SyntaxModelImage } from './analysis/syntax/model';

const VERSION = '0.1.0';

const USAGE = `Usage:
  article-lens analyze [--date YYYY-MM-DD] [--format json|jsonl|text|conllu] [--config FILE] [--jobs N] FILE...
  article-lens check [--date YYYY-MM-DD] [--format text|sarif|json|jsonl] [--config FILE] [--jobs N] FILE...
  article-lens quotes [--date YYYY-MM-DD] [--format csv|md|json|jsonl] [--config FILE] [--jobs N] FILE...
  article-lens parse FILE.conllu|-

analyze  prints people, quotes, times, events and findings (exit 0; 2 if a file cannot be read)
check    prints findings; exit 1 when any warning or error is found, 2 if a file cannot be read
quotes   prints the quote sheet: one row per quotation (file, line, speaker, title, cue, kind, status, text)
parse    reads CoNLL-U (its tokens and sentence breaks kept) and prints it with predicted UPOS, XPOS,
         LEMMA, HEAD and DEPREL; - reads standard input

--config FILE  the project configuration to use (default: the nearest .articlelens.json above each file)
--jobs N       analyse with N worker threads (default: one per core); output keeps argument order
--format jsonl one JSON value per line (an article, a diagnostic or a quote row), streamed`;

export class UsageError extends Error {}

interface Options {
  command: 'analyze' | 'check' | 'quotes' | 'parse';
  format: 'json' | 'jsonl' | 'text' | 'sarif' | 'csv' | 'md' | 'conllu';
  date?: string;
  config?: string;
  /** Worker threads for several files (default: one per core). */
  jobs?: number;
  files: string[];
}

const FORMATS: Record<Options['command'], Options['format'][]> = { analyze: ['json', 'jsonl', 'text', 'conllu'], check: ['text', 'sarif', 'json', 'jsonl'], quotes: ['csv', 'md', 'json', 'jsonl'], parse: ['conllu'] };

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
  if (values.jobs !== undefined) {
    const j = Number(values.jobs);
    if (!/^\d+$/.test(values.jobs) || j < 1 || j > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256 (got "${values.jobs}")`);
    opts.jobs = j;
  }
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
      jobs: { type: 'string' },
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

/**
 * The largest input read, in bytes. Checked while reading, so `/dev/zero`,
 * `/dev/urandom` or an endless stdin are refused after this many bytes at most
 * instead of filling memory (a regular file is refused from its size).
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** Blocks the thread for a few milliseconds (a non-blocking pipe that has no data yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A name as the user would recognise it: bytes that are not UTF-8 shown as \xNN. */
export function displayName(file: string, raw?: Buffer): string {
  if (!raw || Buffer.from(file, 'utf8').equals(raw)) return file;
  const strict = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const lead = raw[i];
    const len = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    let piece: string | null = null;
    if (len && i + len <= raw.length) {
      try {
        piece = strict.decode(raw.subarray(i, i + len));
      } catch {
        piece = null;
      }
    }
    if (piece === null) {
      out += `\\x${lead.toString(16).padStart(2, '0')}`;
      i++;
    } else {
      out += piece;
      i += len;
    }
  }
  return out;
}

const ERRNO_REASON: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOTDIR: 'a path component is not a directory',
  ENXIO: 'no such device',
};

/**
 * Reads a file (or `-`, standard input) as UTF-8 text. Binary content (NUL
 * bytes, invalid UTF-8) and input over MAX_INPUT_BYTES are refused; `raw` is
 * the name's bytes when argv could not carry them as UTF-8.
 */
export function readArticle(file: string, raw?: Buffer, limit = MAX_INPUT_BYTES): ReadResult {
  let fd: number;
  const stdin = file === '-';
  try {
    fd = stdin ? 0 : fs.openSync(raw ?? file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    let reason = ERRNO_REASON[code] ?? `${(e as Error).message}`;
    if (code === 'ENOENT' && !raw && file.includes('\uFFFD')) reason += ' (the name is not valid UTF-8 and its bytes were lost)';
    return { ok: false, reason };
  }
  try {
    let st: fs.Stats;
    try {
      st = fs.fstatSync(fd);
    } catch (e) {
      // A closed standard input (`<&-`), for one.
      const code = (e as NodeJS.ErrnoException).code ?? '';
      return { ok: false, reason: code === 'EBADF' ? 'not open' : ERRNO_REASON[code] ?? (e as Error).message };
    }
    if (st.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (st.isFile() && st.size > limit) return { ok: false, reason: `larger than the ${limit / 1024 / 1024} MB input limit` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      let n: number;
      try {
        n = fs.readSync(fd, buf, 0, CHUNK, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          pause(5);
          continue;
        }
        if (code === 'EOF') break;
        return { ok: false, reason: ERRNO_REASON[code ?? ''] ?? (e as Error).message };
      }
      if (n === 0) break;
      const chunk = buf.subarray(0, n);
      // Refused as soon as it shows: /dev/zero ends here after its first read.
      if (chunk.includes(0)) return { ok: false, reason: 'not a text file (binary content)' };
      total += n;
      if (total > limit) return { ok: false, reason: `${stdin ? 'standard input' : 'input'} is larger than the ${limit / 1024 / 1024} MB input limit` };
      chunks.push(chunk);
    }
    const all = Buffer.concat(chunks, total);
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(all) };
    } catch {
      return { ok: false, reason: 'not UTF-8 text' };
    }
  } finally {
    if (!stdin) fs.closeSync(fd);
  }
}

/**
 * The command-line arguments as the bytes the shell passed. process.argv
 * decodes them as UTF-8, replacing invalid bytes, so a Latin-1 file name
 * could not be opened. Linux keeps the originals in /proc/self/cmdline; the
 * user's arguments are its last entries. Undefined where unavailable.
 */
export function rawArgs(count: number): (Buffer | undefined)[] {
  try {
    const cmdline = fs.readFileSync('/proc/self/cmdline');
    const parts: Buffer[] = [];
    let start = 0;
    for (let i = 0; i < cmdline.length; i++) {
      if (cmdline[i] === 0) {
        parts.push(cmdline.subarray(start, i));
        start = i + 1;
      }
    }
    if (parts.length < count) return [];
    return parts.slice(parts.length - count);
  } catch {
    return [];
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
  out.push(`  Organisations (${a.organisations.length})`);
  for (const o of a.organisations) out.push(`    ${o.name} · ${o.mentions.length} mention${o.mentions.length === 1 ? '' : 's'}${o.quotes.length ? ` · ${o.quotes.length} quote${o.quotes.length === 1 ? '' : 's'}` : ''}`);
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

/** The analysis with only the findings the project reports, at the severities it gives them (as the editor shows them). */
function asReported(analysis: ArticleAnalysis, scope: ArticleScope): ArticleAnalysis {
  const findings = reportFindings(analysis, scope, DEFAULT_SEVERITY).map((r) => ({ ...r.finding, severity: r.severity }));
  return { ...analysis, findings };
}

/** Where a SARIF result points: a `file:` URI of the absolute path (SARIF §3.4.3), or a description for stdin. */
function sarifArtifact(file: string): object {
  return file === '-' ? { description: { text: 'standard input' } } : { uri: pathToFileURL(path.resolve(file)).href };
}

function sarifResults(file: string, analysis: ArticleAnalysis): object[] {
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
            artifactLocation: sarifArtifact(file),
            region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: f.start, charLength: f.end - f.start },
          },
        },
      ],
    };
  });
}

const ITEMS = '\u0000items\u0000';

/**
 * Writes `JSON.stringify(skeleton, null, 2)` with the array marked `[ITEMS]`
 * filled item by item as they come, byte for byte what stringifying the whole
 * array would print, but holding one item at a time.
 */
class JsonArrayStream {
  private readonly prefix: string;
  private readonly indent: string;
  private readonly suffix: string;
  private opened = false;

  constructor(
    private readonly write: (s: string) => void,
    skeleton: unknown,
  ) {
    const text = JSON.stringify(skeleton, null, 2);
    const at = text.indexOf(JSON.stringify(ITEMS));
    const lineStart = text.lastIndexOf('\n', at) + 1;
    this.prefix = text.slice(0, lineStart - 1); // ends with the array's `[`
    this.indent = text.slice(lineStart, at);
    this.suffix = text.slice(text.indexOf('\n', at) + 1); // starts with the array's `]` line
  }

  push(item: unknown): void {
    const body = JSON.stringify(item, null, 2).replace(/\n/g, '\n' + this.indent);
    this.write((this.opened ? ',\n' : this.prefix + '\n') + this.indent + body);
    this.opened = true;
  }

  end(): void {
    this.write((this.opened ? '\n' + this.suffix : this.prefix + ']' + this.suffix.replace(/^\s*\]/, '')) + '\n');
  }
}

/** What one file adds to the output, computed where it was analysed (this thread or a pool worker). */
interface FileOutput {
  /** Why the file could not be read (exit 2, one stderr line), if so. */
  unreadable?: string;
  /** The name to report it by (its bytes escaped when they are not UTF-8). */
  name: string;
  /** Warnings of missing models and invalid configurations met while analysing it. */
  notes: string[];
  /** A configuration file was invalid (exit 2). */
  badConfig: boolean;
  /** Elements of the output's JSON array (or JSON Lines). */
  items: unknown[];
  /** Text written as is; `separate` asks for a blank line before it unless it is the first. */
  text: string;
  separate: boolean;
  /** Rows of a CSV or Markdown quote sheet (written whole at the end). */
  rows: QuoteRow[];
  warned: boolean;
  findings: number;
}

/** Analyses files for one command line: its models and project configurations are loaded once, on first use. */
class FileAnalyser {
  private readonly models: ModelStore;
  private readonly projects: ProjectConfigs;
  private notes: string[] = [];
  private badConfig = false;

  constructor(
    private readonly opts: Options,
    syntaxImage: SyntaxModelImage | null = null,
  ) {
    // A missing or corrupt model is one line on stderr; the analysis goes on without it.
    this.models = new ModelStore({ warn: (m) => this.notes.push(`article-lens: warning: ${m}`), syntaxImage });
    this.projects = new ProjectConfigs((e) => {
      this.notes.push(`article-lens: invalid configuration ${describeConfigError(e)}`);
      this.badConfig = true;
    }, opts.config);
  }

  analyse(file: string, raw: Buffer | undefined): FileOutput {
    const opts = this.opts;
    const out: FileOutput = { name: displayName(file, raw), notes: [], badConfig: false, items: [], text: '', separate: false, rows: [], warned: false, findings: 0 };
    const r = readArticle(file, raw);
    if (!r.ok) {
      out.unreadable = r.reason;
      return out;
    }
    const project = this.projects.forArticle(file);
    const analysis = asReported(analyzeArticle(r.text, this.models.withModels({ date: opts.date, ...analyzeOptionsOf(project.config) })), project);
    out.notes = this.notes;
    out.badConfig = this.badConfig;
    this.notes = [];
    this.badConfig = false;
    out.warned = analysis.findings.some((f) => f.severity === 'warning' || f.severity === 'error');
    if (opts.command === 'analyze') {
      if (opts.format === 'json' && opts.files.length === 1) out.text = JSON.stringify(toContract(file, analysis), null, 2) + '\n';
      else if (opts.format === 'json' || opts.format === 'jsonl') out.items.push(toContract(file, analysis));
      else {
        out.separate = true;
        out.text = opts.format === 'conllu' ? `# file = ${file}\n${articleConllu(analysis)}`.replace(/\n$/, '') + '\n' : textReport(file, analysis) + '\n';
      }
    } else if (opts.command === 'quotes') {
      const rows = quoteRows(file, analysis, new LineIndex(analysis.text));
      if (opts.format === 'json' || opts.format === 'jsonl') out.items = rows;
      else out.rows = rows;
    } else if (opts.format === 'sarif') out.items = sarifResults(file, analysis);
    else if (opts.format === 'json' || opts.format === 'jsonl') out.items = toContract(file, analysis).diagnostics.map((d) => ({ file, ...d }));
    else {
      const li = new LineIndex(analysis.text);
      const lines = analysis.findings.map((f) => checkLine(file, analysis, li, f));
      out.findings = lines.length;
      if (lines.length) out.text = lines.join('\n') + '\n';
    }
    return out;
  }
}

/** Writes the files' outputs in argument order as they are handed over, and gives the exit code at the end. */
class OutputWriter {
  private readonly array: JsonArrayStream | null;
  private readonly sheet: QuoteRow[] = [];
  private readonly said = new Set<string>();
  private unreadable = false;
  private warned = false;
  private findings = 0;
  private analysed = 0;

  constructor(
    private readonly opts: Options,
    private readonly write: (s: string) => void,
    private readonly err: (s: string) => void,
  ) {
    const single = opts.command === 'analyze' && opts.format === 'json' && opts.files.length === 1;
    this.array =
      opts.format === 'sarif'
        ? new JsonArrayStream(write, {
            $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
            version: '2.1.0',
            runs: [{ tool: { driver: { name: 'article-lens', version: VERSION, informationUri: 'https://github.com/article-lens/article-lens', rules: RULES.map(sarifRule) } }, results: [ITEMS] }],
          })
        : opts.format === 'json' && !single
          ? new JsonArrayStream(write, [ITEMS])
          : null;
  }

  take(out: FileOutput): void {
    // Pool workers each meet a missing model or a bad configuration: the user hears of it once.
    for (const n of out.notes) {
      if (this.said.has(n)) continue;
      this.said.add(n);
      this.err(n);
    }
    if (out.badConfig) this.unreadable = true;
    if (out.unreadable !== undefined) {
      this.err(`article-lens: cannot read ${out.name}: ${out.unreadable}`);
      this.unreadable = true;
      return;
    }
    this.analysed++;
    if (out.warned) this.warned = true;
    this.findings += out.findings;
    for (const item of out.items) {
      if (this.array) this.array.push(item);
      else this.write(JSON.stringify(item) + '\n');
    }
    for (const row of out.rows) this.sheet.push(row);
    if (out.text) this.write((out.separate && this.analysed > 1 ? '\n' : '') + out.text);
  }

  /** Closes the output; returns the exit code. */
  end(): number {
    const opts = this.opts;
    if (opts.command === 'analyze' && opts.format === 'json' && opts.files.length === 1 && this.analysed === 0) this.write('null\n');
    this.array?.end();
    if (opts.command === 'quotes' && (opts.format === 'csv' || opts.format === 'md')) this.write(opts.format === 'md' ? quotesMarkdown(this.sheet) : quotesCsv(this.sheet));
    if (opts.command === 'check' && opts.format === 'text') this.write(`${this.findings} finding${this.findings === 1 ? '' : 's'} in ${this.analysed} file${this.analysed === 1 ? '' : 's'}\n`);
    if (opts.command === 'analyze' || opts.command === 'quotes') return this.unreadable ? 2 : 0;
    return this.unreadable ? 2 : this.warned ? 1 : 0;
  }
}

/** The work of one command line before any file is analysed: options, or the exit code of a command done already. */
type Prepared = { opts: Options; rawOf: (i: number) => Buffer | undefined } | number;

function prepare(argv: readonly string[], write: (s: string) => void, err: (s: string) => void, raw: (Buffer | undefined)[]): Prepared {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    err(`article-lens: ${(e as Error).message}. Try article-lens --help.`);
    return 2;
  }
  if (opts === 'help') {
    write(USAGE + '\n');
    return 0;
  }
  if (opts === 'version') {
    write(VERSION + '\n');
    return 0;
  }
  const files = opts.files;
  // A file argument's raw bytes: the entry of the raw command line that decodes (lossily) to exactly
  // this argument and is not plain UTF-8 — so a misaligned or ordinary name can never pick other bytes.
  const rawOf = (i: number): Buffer | undefined => {
    const want = files[i];
    if (!want.includes('\uFFFD')) return undefined;
    return raw.find((r) => r !== undefined && r.toString('utf8') === want && !Buffer.from(want, 'utf8').equals(r));
  };
  if (opts.command === 'parse' || opts.format === 'conllu') {
    const models = new ModelStore({ warn: (m) => err(`article-lens: warning: ${m}`) });
    const m = models.syntaxModel();
    if (!m) {
      err(`article-lens: ${models.warning}`);
      return 2;
    }
    if (opts.command === 'parse') {
      let unreadableConllu = false;
      for (let i = 0; i < files.length; i++) {
        const r = readArticle(files[i], rawOf(i));
        if (!r.ok) {
          err(`article-lens: cannot read ${displayName(files[i], rawOf(i))}: ${r.reason}`);
          unreadableConllu = true;
          continue;
        }
        // One file at a time, written as soon as it is parsed.
        write(writeConllu(annotateConllu(readConllu(r.text), (forms) => parseWords(m, forms))).replace(/\n$/, '') + '\n');
      }
      return unreadableConllu ? 2 : 0;
    }
  }
  return { opts, rawOf };
}

/** Runs the CLI in this thread, one file at a time; returns the exit code. `write` takes raw text (for tests). */
export function run(argv: readonly string[], write: (s: string) => void, err: (s: string) => void, raw: (Buffer | undefined)[] = []): number {
  const p = prepare(argv, write, err, raw);
  return typeof p === 'number' ? p : runInThread(p, write, err);
}

function runInThread(p: Exclude<Prepared, number>, write: (s: string) => void, err: (s: string) => void): number {
  const analyser = new FileAnalyser(p.opts);
  const writer = new OutputWriter(p.opts, write, err);
  // One file at a time: its analysis is dropped before the next is read, so memory does not grow with the file count.
  for (let i = 0; i < p.opts.files.length; i++) writer.take(analyser.analyse(p.opts.files[i], p.rawOf(i)));
  return writer.end();
}

/** Messages between the CLI and its pool workers. */
interface PoolStart {
  opts: Options;
  /** The syntax model this thread decoded into shared memory: workers read its tables, not copies. */
  syntaxImage: SyntaxModelImage | null;
}
interface PoolJob {
  i: number;
  file: string;
  raw: Buffer | undefined;
}
interface PoolResult {
  i: number;
  out: FileOutput;
}
const POOL_MARK = 'article-lens-cli-pool';

/**
 * Runs the CLI with `jobs` worker threads when there are several files: each worker reads and analyses
 * the files it is handed, and this thread writes their outputs in argument order. At most two files per
 * worker are in flight ahead of the next one to write, so memory stays bounded whatever the file count.
 */
export function runParallel(argv: readonly string[], write: (s: string) => void, err: (s: string) => void, raw: (Buffer | undefined)[], jobs: number): Promise<number> {
  const p = prepare(argv, write, err, raw);
  if (typeof p === 'number') return Promise.resolve(p);
  const { opts, rawOf } = p;
  const n = opts.files.length;
  const count = Math.min(opts.jobs ?? jobs, n);
  if (count <= 1 || opts.files.includes('-')) return Promise.resolve(runInThread(p, write, err));
  const writer = new OutputWriter(opts, write, err);
  // Decoded once here, silently: a missing model is each worker's to report (one line, deduplicated).
  const start: PoolStart = { opts, syntaxImage: new ModelStore({ shareSyntax: true }).syntaxImage() };
  return new Promise<number>((resolve, reject) => {
    const workers: Worker[] = [];
    const idle: Worker[] = [];
    const done = new Map<number, FileOutput>();
    let nextJob = 0;
    let nextWrite = 0;
    let finished = false;
    const stop = (e: unknown, code?: number) => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (e === null) resolve(code!);
      else reject(e);
    };
    const feed = () => {
      while (idle.length && nextJob < n && nextJob - nextWrite < 2 * count) {
        const job: PoolJob = { i: nextJob, file: opts.files[nextJob], raw: rawOf(nextJob) };
        nextJob++;
        idle.pop()!.postMessage(job);
      }
    };
    for (let k = 0; k < count; k++) {
      const w = new Worker(__filename, { workerData: { [POOL_MARK]: start }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      workers.push(w);
      idle.push(w);
      w.on('message', (r: PoolResult) => {
        done.set(r.i, r.out);
        idle.push(w);
        try {
          while (done.has(nextWrite)) {
            const out = done.get(nextWrite)!;
            done.delete(nextWrite++);
            writer.take(out);
          }
          if (nextWrite === n) stop(null, writer.end());
          else feed();
        } catch (e) {
          stop(e);
        }
      });
      w.on('error', (e) => stop(e));
      w.on('exit', (code) => {
        if (!finished) stop(new Error(`a CLI worker stopped (exit code ${code})`));
      });
    }
    feed();
  });
}

/** A pool worker: analyses the files it is handed with its own models, and sends each output back. */
function poolWorker(start: PoolStart): void {
  const analyser = new FileAnalyser(start.opts, start.syntaxImage);
  parentPort!.on('message', (job: PoolJob) => {
    const result: PoolResult = { i: job.i, out: analyser.analyse(job.file, job.raw ? Buffer.from(job.raw) : undefined) };
    parentPort!.postMessage(result);
  });
}

/** Thrown by the stdout writer when the reader went away (`| head -1`): the run stops quietly. */
class PipeClosed extends Error {}

/**
 * Writes to stdout synchronously through the file descriptor: output is never
 * queued in memory however slow the reader, and a closed pipe surfaces here,
 * at once, as EPIPE (node ignores SIGPIPE) rather than as an 'error' event with
 * a stack trace after all the remaining files were analysed for nobody.
 */
function writeStdout(s: string): void {
  const buf = Buffer.from(s, 'utf8');
  for (let off = 0; off < buf.length; ) {
    try {
      off += fs.writeSync(1, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') pause(5);
      else if (code === 'EPIPE') throw new PipeClosed();
      else throw e;
    }
  }
}

if (!isMainThread && workerData && POOL_MARK in workerData) {
  poolWorker(workerData[POOL_MARK] as PoolStart);
} else if (require.main === module) {
  collectGarbageSooner();
  const fail = (e: unknown) => {
    if (e instanceof PipeClosed) {
      // Whoever reads our output has all they wanted: not an error of ours.
      process.exitCode = 0;
    } else {
      // An engine bug, not a user error: one line, no stack trace.
      process.stderr.write(`article-lens: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 3;
    }
  };
  try {
    runParallel(process.argv.slice(2), writeStdout, (s) => process.stderr.write(s + '\n'), rawArgs(process.argv.length - 2), os.availableParallelism()).then(
      (code) => {
        process.exitCode = code;
      },
      fail,
    );
  } catch (e) {
    fail(e);
  }
}
