// `article-lens analyze|check|quotes|parse` over the same engine as the language server.
import * as fs from 'fs';
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

/** Runs the CLI; returns the exit code. `write` takes raw text (for tests); results are written one file at a time. */
export function run(argv: readonly string[], write: (s: string) => void, err: (s: string) => void, raw: (Buffer | undefined)[] = []): number {
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
  // A file argument's raw bytes: the entry of the raw command line that decodes (lossily) to exactly
  // this argument and is not plain UTF-8 — so a misaligned or ordinary name can never pick other bytes.
  const rawOf = (i: number): Buffer | undefined => {
    const want = opts.files[i];
    if (!want.includes('\uFFFD')) return undefined;
    return raw.find((r) => r !== undefined && r.toString('utf8') === want && !Buffer.from(want, 'utf8').equals(r));
  };
  // A missing or corrupt model is one line on stderr; the analysis goes on without it.
  const models = new ModelStore({ warn: (m) => err(`article-lens: warning: ${m}`) });
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
      const i = opts.files.indexOf(file);
      const r = readArticle(file, rawOf(i));
      if (!r.ok) {
        err(`article-lens: cannot read ${displayName(file, rawOf(i))}: ${r.reason}`);
        unreadableConllu = true;
        continue;
      }
      // One file at a time, written as soon as it is parsed.
      write(writeConllu(annotateConllu(readConllu(r.text), (forms) => parseWords(m, forms))).replace(/\n$/, '') + '\n');
    }
    return unreadableConllu ? 2 : 0;
  }
  let unreadable = false;
  const projects = new ProjectConfigs((e) => {
    err(`article-lens: invalid configuration ${describeConfigError(e)}`);
    unreadable = true;
  }, opts.config);
  /** CSV and Markdown quote sheets are written whole at the end (rows are small); JSON streams like the rest. */
  const sheet: QuoteRow[] = [];
  let warned = false;
  let findings = 0;
  let analysed = 0;
  const single = opts.command === 'analyze' && opts.format === 'json' && opts.files.length === 1;
  const array =
    opts.format === 'sarif'
      ? new JsonArrayStream(write, {
          $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
          version: '2.1.0',
          runs: [{ tool: { driver: { name: 'article-lens', version: VERSION, informationUri: 'https://github.com/article-lens/article-lens', rules: RULES.map(sarifRule) } }, results: [ITEMS] }],
        })
      : opts.format === 'json' && !single
        ? new JsonArrayStream(write, [ITEMS])
        : null;
  for (let i = 0; i < opts.files.length; i++) {
    const file = opts.files[i];
    const r = readArticle(file, rawOf(i));
    if (!r.ok) {
      err(`article-lens: cannot read ${displayName(file, rawOf(i))}: ${r.reason}`);
      unreadable = true;
      continue;
    }
    // One file at a time: its analysis is dropped before the next is read, so memory does not grow with the file count.
    const project = projects.forArticle(file);
    const analysis = asReported(analyzeArticle(r.text, models.withModels({ date: opts.date, ...analyzeOptionsOf(project.config) })), project);
    analysed++;
    if (analysis.findings.some((f) => f.severity === 'warning' || f.severity === 'error')) warned = true;
    if (opts.command === 'analyze') {
      if (single) write(JSON.stringify(toContract(file, analysis), null, 2) + '\n');
      else if (array) array.push(toContract(file, analysis));
      else if (opts.format === 'conllu') write((analysed > 1 ? '\n' : '') + `# file = ${file}\n${articleConllu(analysis)}`.replace(/\n$/, '') + '\n');
      else write((analysed > 1 ? '\n' : '') + textReport(file, analysis) + '\n');
    } else if (opts.command === 'quotes') {
      for (const row of quoteRows(file, analysis, new LineIndex(analysis.text))) {
        if (array) array.push(row);
        else sheet.push(row);
      }
    } else if (opts.format === 'sarif') for (const x of sarifResults(file, analysis)) array!.push(x);
    else if (opts.format === 'json') for (const d of toContract(file, analysis).diagnostics) array!.push({ file, ...d });
    else {
      const li = new LineIndex(analysis.text);
      const lines = analysis.findings.map((f) => checkLine(file, analysis, li, f));
      findings += lines.length;
      if (lines.length) write(lines.join('\n') + '\n');
    }
  }
  if (single && analysed === 0) write('null\n');
  array?.end();
  if (opts.command === 'quotes' && !array) write(opts.format === 'md' ? quotesMarkdown(sheet) : quotesCsv(sheet));
  if (opts.command === 'check' && opts.format === 'text') write(`${findings} finding${findings === 1 ? '' : 's'} in ${analysed} file${analysed === 1 ? '' : 's'}\n`);
  if (opts.command === 'analyze' || opts.command === 'quotes') return unreadable ? 2 : 0;
  return unreadable ? 2 : warned ? 1 : 0;
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

if (require.main === module) {
  try {
    const code = run(process.argv.slice(2), writeStdout, (s) => process.stderr.write(s + '\n'), rawArgs(process.argv.length - 2));
    process.exitCode = code;
  } catch (e) {
    if (e instanceof PipeClosed) {
      // Whoever reads our output has all they wanted: not an error of ours.
      process.exitCode = 0;
    } else {
      // An engine bug, not a user error: one line, no stack trace.
      process.stderr.write(`article-lens: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 3;
    }
  }
}
