// `npm run bench [-- engine syntax compromise lsp index hostile features]`: performance figures beside their targets
// (issues 7 and 8). Prints a table and writes bench-results.json at the repository root (git-ignored).
// It reports; it does not fail on a missed target. BENCH_QUICK=1 runs a small subset while developing.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';
import { analyzeArticle } from '../support/models';
import { LineIndex } from '../../server/src/features/lineIndex';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { foldingRanges } from '../../server/src/features/folding';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { segment } from '../../server/src/analysis/text';
import { buildSyntax } from '../../server/src/analysis/syntax/layer';
import { ModelStore } from '../../server/src/models';
import { LspClient, REPO, SERVER } from '../support/lspClient';
import { SEED, SEED_PATH } from '../support/seed';
import { bigArticle, bytesOf, polnearTrain, sharedDir, type CorpusText } from '../support/corpus';
import { HOSTILE_CASES } from './hostileInputs';
import { MB, median, now, percentile, round } from './stats';

const QUICK = process.env.BENCH_QUICK === '1';

interface Row {
  section: string;
  metric: string;
  value: number | string;
  unit: string;
  target?: string;
  ok?: boolean;
}

const rows: Row[] = [];
const results: Record<string, unknown> = {};

function row(section: string, metric: string, value: number | string, unit: string, target?: { text: string; ok: boolean }): void {
  rows.push({ section, metric, value: typeof value === 'number' ? round(value, value < 10 ? 3 : 1) : value, unit, target: target?.text, ok: target?.ok });
}

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

// ── engine ──────────────────────────────────────────────────────────────────────────────

function engineSection(texts: CorpusText[]): { msPerMB: number } {
  const bytes = bytesOf(texts);
  log(`engine: ${texts.length} articles, ${round(bytes / MB)} MB; warm-up pass`);
  for (const t of texts) analyzeArticle(t.text);
  const passes: number[] = [];
  const cpuPasses: number[] = [];
  const perArticle: number[][] = texts.map(() => []);
  for (let p = 0; p < 3; p++) {
    const c0 = process.cpuUsage();
    const t0 = now();
    for (let i = 0; i < texts.length; i++) {
      const a0 = now();
      analyzeArticle(texts[i].text);
      perArticle[i].push(now() - a0);
    }
    passes.push(now() - t0);
    const c = process.cpuUsage(c0);
    cpuPasses.push((c.user + c.system) / 1000);
  }
  const passMs = median(passes);
  const mbps = bytes / MB / (passMs / 1000);
  // Per-article latency: each article's median over the 3 passes.
  const lat = perArticle.map((xs) => median(xs));
  const p50 = percentile(lat, 50);
  const p99 = percentile(lat, 99);
  const worst = lat.indexOf(Math.max(...lat));
  row('engine', 'throughput (median of 3 passes)', mbps, 'MB/s', { text: '≥ 2 MB/s', ok: mbps >= 2 });
  row('engine', 'pass time (wall)', passMs, 'ms');
  row('engine', 'pass CPU time (median; wall ≫ CPU means a busy machine)', median(cpuPasses), 'ms');
  row('engine', 'per-article latency p50', p50, 'ms');
  row('engine', 'per-article latency p99', p99, 'ms');
  row('engine', 'slowest article', `${round(lat[worst])} ms (${texts[worst].name}, ${texts[worst].text.length} chars)`, '');
  results.engine = { articles: texts.length, bytes, passesMs: passes, medianPassMs: passMs, cpuPassesMs: cpuPasses, mbPerSec: mbps, latencyP50Ms: p50, latencyP99Ms: p99, latencyMaxMs: lat[worst], slowest: texts[worst].name };
  return { msPerMB: passMs / (bytes / MB) };
}

// ── features on adversarial documents (issue 19) ─────────────────────────────────────────

/** Whole-document features on the shapes that were super-linear: semantic tokens, code actions, diagnostics. */
function featuresSection(): void {
  const body = SEED.replace(/^ date \S+ /, '').trim();
  const line = body.replace(/\s*\n\s*/g, ' ');
  const oneLine = ' date 2026-02-03 ' + Array.from({ length: Math.ceil((QUICK ? 1 : 5) * MB / line.length) }, () => line).join(' ');
  log(`features: analysing a ${round(oneLine.length / MB)} MB single line`);
  const a = analyzeArticle(oneLine);
  const lines = new LineIndex(oneLine);
  let t0 = now();
  const tokens = semanticTokens(a, lines);
  const tokMs = now() - t0;
  row('features', `semantic tokens, ${round(oneLine.length / MB)} MB single line (${tokens.data.length / 5} tokens)`, tokMs, 'ms', { text: '< 1000 ms (was 73 s)', ok: tokMs < 1000 });
  t0 = now();
  foldingRanges(a, lines);
  row('features', 'folding ranges, same document', now() - t0, 'ms');
  const n = QUICK ? 500 : 2000;
  const quotes = [' date 2026-02-03 Mayor Jane Okafor met Gov. Tom Reyes on Tuesday.'];
  for (let i = 0; i < n; i++) quotes.push(`${i % 2 ? 'Okafor' : 'Reyes'} spoke again.\n\n“Item number ${i} matters.”`);
  const qText = quotes.join('\n\n');
  const qa = analyzeArticle(qText);
  const qLines = new LineIndex(qText);
  const all = diagnostics(qa, qLines, DEFAULT_SETTINGS, Infinity);
  t0 = now();
  const actions = codeActions(qa, qLines, 'file:///bench.article', all);
  const caMs = now() - t0;
  row('features', `code actions over all ${all.length} diagnostics (${actions.length} fixes)`, caMs, 'ms', { text: '< 1000 ms (was 42 s for 2,000 quotes)', ok: caMs < 1000 });
  const marks = '“'.repeat(QUICK ? 100_000 : 1_000_000);
  const ma = analyzeArticle(marks);
  t0 = now();
  const capped = diagnostics(ma, new LineIndex(marks), DEFAULT_SETTINGS);
  row('features', `diagnostics for ${marks.length} “ marks (${ma.findings.length} findings → ${capped.length} published)`, now() - t0, 'ms');
  results.features = { semanticTokensMs: tokMs, codeActionsMs: caMs, codeActions: actions.length };
}

// ── syntax ──────────────────────────────────────────────────────────────────────────────

/** Median wall time of `passes` runs of fn over all texts (after one warm-up run). */
function passTime(passes: number, fn: () => void): number {
  fn();
  const xs: number[] = [];
  for (let p = 0; p < passes; p++) {
    const t0 = now();
    fn();
    xs.push(now() - t0);
  }
  return median(xs);
}

function syntaxSection(texts: CorpusText[]): void {
  const store = new ModelStore();
  const model = store.syntaxModel();
  if (!model) {
    row('syntax', 'model', store.warning ?? 'missing', '');
    return;
  }
  const mb = bytesOf(texts) / MB;
  const models = texts.map((t) => segment(t.text));
  const load = () => os.loadavg()[0].toFixed(2);
  const layerMs = passTime(3, () => {
    for (const m of models) buildSyntax(m.tokens, m.sentences, model);
  });
  const layerLoad = load();
  const withoutMs = passTime(3, () => {
    for (const t of texts) analyzeArticle(t.text);
  });
  const withMs = passTime(3, () => {
    for (const t of texts) analyzeArticle(t.text, { syntax: model });
  });
  const ratio = withoutMs / withMs;
  row('syntax', `model load (first use, load ${load()})`, store.loadMs, 'ms');
  row('syntax', `syntax layer alone (tag+lemma+parse; load ${layerLoad})`, mb / (layerMs / 1000), 'MB/s', { text: '≥ 1.5 MB/s', ok: mb / (layerMs / 1000) >= 1.5 });
  row('syntax', `engine without syntax (load ${load()})`, mb / (withoutMs / 1000), 'MB/s');
  row('syntax', `engine with syntax (load ${load()})`, mb / (withMs / 1000), 'MB/s');
  row('syntax', 'engine with ÷ without syntax (same run)', ratio, '×', { text: '≥ 0.6×', ok: ratio >= 0.6 });
  results.syntax = { layerMs, withoutMs, withMs, ratio, mb };
}

// ── compromise baseline ─────────────────────────────────────────────────────────────────

function compromiseSection(texts: CorpusText[], engineMbps: number | undefined): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (t: string) => { people(): { length: number }; quotations(): { length: number } };
  const passes = Number(process.env.BENCH_COMPROMISE_PASSES ?? 1);
  const bytes = bytesOf(texts);
  const run = (t: string): number => {
    const doc = nlp(t);
    return doc.people().length + doc.quotations().length;
  };
  log(`compromise: warm-up on 20 articles, then ${passes} pass(es) over ${texts.length} (~${round(bytes / MB / 0.1)} s)`);
  for (const t of texts.slice(0, 20)) run(t.text);
  const times: number[] = [];
  const lat: number[] = [];
  let found = 0;
  for (let p = 0; p < passes; p++) {
    const t0 = now();
    for (const t of texts) {
      const a0 = now();
      found += run(t.text);
      if (p === 0) lat.push(now() - a0);
    }
    times.push(now() - t0);
  }
  const passMs = median(times);
  const mbps = bytes / MB / (passMs / 1000);
  row('compromise', `throughput (nlp().people()+.quotations(), ${passes} pass)`, mbps, 'MB/s');
  row('compromise', 'per-article latency p50', percentile(lat, 50), 'ms');
  row('compromise', 'per-article latency p99', percentile(lat, 99), 'ms');
  const ratio = engineMbps ? engineMbps / mbps : NaN;
  if (engineMbps) row('compromise', 'speed ratio ours / compromise', ratio, '×', { text: '≥ 20×', ok: ratio >= 20 });
  results.compromise = { passes, passesMs: times, mbPerSec: mbps, latencyP50Ms: percentile(lat, 50), latencyP99Ms: percentile(lat, 99), ratioOursOverCompromise: ratio, matches: found };
}

// ── LSP round trips ─────────────────────────────────────────────────────────────────────

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = now();
  await fn();
  return now() - t0;
}

/** didOpen → publishDiagnostics for `text` under a fresh URI. */
async function openToDiagnostics(client: LspClient, uri: string, text: string): Promise<number> {
  const from = client.notifications.length;
  const t0 = now();
  const wait = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 120000, from);
  client.open(uri, text);
  await wait;
  return now() - t0;
}

/** Positions (LSP) of person names, spread over the document. */
function namePositions(text: string, count: number): { line: number; character: number }[] {
  const a = analyzeArticle(text);
  const lines = new LineIndex(text);
  const names = a.mentions.filter((m) => m.kind === 'name');
  const out: { line: number; character: number }[] = [];
  if (names.length === 0) return out;
  for (let i = 0; i < count; i++) {
    const m = names[Math.floor((i * names.length) / count) % names.length];
    out.push(lines.positionAt(m.start + Math.floor((m.end - m.start) / 2)));
  }
  return out;
}

async function hoverBench(client: LspClient, uri: string, text: string, n: number, label: string, target?: number): Promise<Record<string, number>> {
  const positions = namePositions(text, n);
  if (positions.length === 0) {
    row('lsp', `hover on ${label}`, 'no person names found', '');
    return {};
  }
  for (const position of positions.slice(0, 20)) await client.request('textDocument/hover', { textDocument: { uri }, position });
  const lat: number[] = [];
  let answered = 0;
  for (const position of positions) {
    let h: unknown = null;
    lat.push(await timed(async () => (h = await client.request('textDocument/hover', { textDocument: { uri }, position }))));
    if (h) answered++;
  }
  const p50 = percentile(lat, 50);
  const p99 = percentile(lat, 99);
  row('lsp', `hover p50 (${label}, ${lat.length} names)`, p50, 'ms');
  row('lsp', `hover p99 (${label})`, p99, 'ms', target !== undefined ? { text: `≤ ${target} ms`, ok: p99 <= target } : undefined);
  row('lsp', `hovers answered (${label})`, `${answered}/${lat.length}`, '');
  return { p50, p99, n: lat.length, answered };
}

async function symbolBench(client: LspClient, uri: string, n: number, label: string, target?: number): Promise<Record<string, number>> {
  for (let i = 0; i < Math.min(5, n); i++) await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  const lat: number[] = [];
  let count = 0;
  let nested = 0;
  const countAll = (xs: { children?: unknown[] }[]): number => xs.reduce((k, x) => k + 1 + countAll((x.children ?? []) as { children?: unknown[] }[]), 0);
  for (let i = 0; i < n; i++) {
    let symbols: { children?: unknown[] }[] = [];
    lat.push(await timed(async () => (symbols = (await client.request('textDocument/documentSymbol', { textDocument: { uri } })) ?? [])));
    count = symbols.length;
    nested = countAll(symbols);
  }
  const p50 = percentile(lat, 50);
  const p99 = percentile(lat, 99);
  row('lsp', `documentSymbol p50 (${label}, ${count} top-level / ${nested} symbols)`, p50, 'ms');
  row('lsp', `documentSymbol p99 (${label})`, p99, 'ms', target !== undefined ? { text: `≤ ${target} ms`, ok: p99 <= target } : undefined);
  return { p50, p99, n, symbols: count, nestedSymbols: nested };
}

async function lspSection(texts: CorpusText[]): Promise<void> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} missing: run npm run build`);
  const big = bigArticle(texts, 1_000_000);
  const bigBytes = Buffer.byteLength(big);
  const client = new LspClient();
  const out: Record<string, unknown> = { bigArticleBytes: bigBytes };
  try {
    await client.initialize();
    // Cold: the first document a fresh server sees (includes JIT warm-up of the engine).
    const seedUri = 'file:///bench/seed.txt';
    const cold = await openToDiagnostics(client, seedUri, SEED);
    row('lsp', 'didOpen → publishDiagnostics, seed (cold server)', cold, 'ms', { text: '≤ 100 ms', ok: cold <= 100 });
    const warm: number[] = [];
    for (let i = 0; i < (QUICK ? 10 : 40); i++) warm.push(await openToDiagnostics(client, `file:///bench/seed-${i}.txt`, SEED));
    row('lsp', 'didOpen → publishDiagnostics, seed p50 (warm)', percentile(warm, 50), 'ms');
    row('lsp', 'didOpen → publishDiagnostics, seed p99 (warm)', percentile(warm, 99), 'ms', { text: '≤ 100 ms', ok: percentile(warm, 99) <= 100 });
    out.diagnosticsSeed = { coldMs: cold, warmP50Ms: percentile(warm, 50), warmP99Ms: percentile(warm, 99) };

    out.hoverSeed = await hoverBench(client, seedUri, SEED, QUICK ? 50 : 300, 'seed');
    out.symbolsSeed = await symbolBench(client, seedUri, QUICK ? 20 : 100, 'seed');

    const bigUri = 'file:///bench/big.txt';
    const openBig = await openToDiagnostics(client, bigUri, big);
    row('lsp', `didOpen → publishDiagnostics, ${round(bigBytes / MB)} MB article`, openBig, 'ms');
    out.diagnosticsBigMs = openBig;
    out.hoverBig = await hoverBench(client, bigUri, big, QUICK ? 50 : 500, `${round(bigBytes / MB)} MB article`, 5);
    out.symbolsBig = await symbolBench(client, bigUri, QUICK ? 10 : 50, `${round(bigBytes / MB)} MB article`, 20);
    // The same Outline computed in this process (no JSON-RPC): how much of the round trip is the feature itself.
    {
      const a = analyzeArticle(big);
      const lines = new LineIndex(big);
      const local: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 20; i++) {
        const t0 = now();
        const syms = documentSymbols(a, lines, { includeUndated: true });
        local.push(now() - t0);
        if (i === 0) bytes = Buffer.byteLength(JSON.stringify(syms));
      }
      row('lsp', 'documentSymbols() in-process on 1 MB, median (no RPC)', median(local), 'ms');
      row('lsp', 'documentSymbol response size on 1 MB', bytes / 1000, 'kB');
      out.symbolsBigInProcessMedianMs = median(local);
      out.symbolsBigResponseBytes = bytes;
    }
    // An edit of the big article: full re-analysis on the next request.
    const editLat: number[] = [];
    for (let v = 2; v < (QUICK ? 3 : 6); v++) {
      client.change(bigUri, big + `\n\nEdit number ${v} said nothing.\n`, v);
      editLat.push(await timed(() => client.request('textDocument/documentSymbol', { textDocument: { uri: bigUri } })));
    }
    // The server answers a large document from the previous analysis shifted over the edit while a worker
    // re-analyses it, so this is the time to an answer, not to a fresh analysis.
    row('lsp', 'didChange → documentSymbol answer, 1 MB, median', median(editLat), 'ms');
    out.editBigMedianMs = median(editLat);
  } finally {
    await client.shutdown();
  }
  results.lsp = out;
}

// ── workspace index ─────────────────────────────────────────────────────────────────────

function runChild(script: string, args: string[], timeoutMs: number): Promise<{ lines: string[]; code: number | null; timedOut: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ lines: stdout.split('\n').filter((l) => l.trim()), code, timedOut, stderr });
    });
  });
}

async function indexSection(): Promise<void> {
  const out: Record<string, unknown> = {};
  // The default builder (reported against the targets), then the stand-in for comparison.
  for (const [label, arg] of [['default (buildWorkspaceIndex)', []], ['stand-in summary', ['summary']]] as const) {
    log(`index: ${label} in a child process`);
    const r = await runChild(path.join(__dirname, 'indexWorker.js'), [...arg], 300000);
    if (r.timedOut || r.code !== 0 || r.lines.length === 0) {
      const why = r.stderr.split('\n').find((l) => /Error/.test(l)) ?? r.stderr.slice(0, 200);
      row('index', `${label}`, `failed (code ${r.code}${r.timedOut ? ', timed out' : ''}) ${why}`, '');
      out[label] = { failed: true, stderr: r.stderr.slice(0, 2000) };
      continue;
    }
    const j = JSON.parse(r.lines[r.lines.length - 1]);
    const rssMB = (j.maxRssKB * 1024) / MB;
    const targets = arg.length === 0;
    row('index', `${label}: build time (${j.articles}/${j.files} articles, ${round(j.bytes / MB)} MB)`, j.ms, 'ms', targets ? { text: '≤ 5000 ms', ok: j.ms <= 5000 } : undefined);
    row('index', `${label}: CPU time of the build (user+sys)`, j.cpuMs, 'ms');
    row('index', `${label}: peak RSS (maxRSS of the child)`, rssMB, 'MB', targets ? { text: '≤ 300 MB', ok: rssMB <= 300 } : undefined);
    row('index', `${label}: RSS before building`, (j.baselineRssKB * 1024) / MB, 'MB');
    row('index', `${label}: distinct people / dated events`, `${j.people} / ${j.datedEvents}`, '');
    out[label] = { ...j, peakRssMB: rssMB };
  }
  results.index = out;
}

// ── adversarial inputs ──────────────────────────────────────────────────────────────────

async function hostileSection(normalMsPerMB: number | undefined): Promise<void> {
  const budget = Number(process.env.BENCH_HOSTILE_BUDGET_MS ?? (QUICK ? 8000 : 20000));
  const out: unknown[] = [];
  for (let i = 0; i < HOSTILE_CASES.length; i++) {
    const c = HOSTILE_CASES[i];
    log(`hostile: ${c.name}`);
    const r = await runChild(path.join(__dirname, 'hostileWorker.js'), [String(i), String(budget)], budget * 2 + 10000);
    const steps = r.lines.map((l) => JSON.parse(l) as { chars: number; bytes: number; ms: number; people: number; quotes: number; findings: number; tokens: number });
    if (steps.length === 0) {
      row('hostile', c.name, r.timedOut ? `TIMEOUT (> ${budget * 2} ms on the smallest step)` : `crashed (code ${r.code}): ${r.stderr.split('\n').find((l) => /Error/.test(l)) ?? r.stderr.slice(0, 160)}`, '');
      out.push({ name: c.name, timedOut: r.timedOut, code: r.code, stderr: r.stderr.slice(0, 2000) });
      continue;
    }
    const last = steps[steps.length - 1];
    const msPerMB = last.ms / (last.bytes / MB);
    // Scaling exponent between the last two steps (1 = linear, 2 = quadratic).
    let exponent = NaN;
    if (steps.length >= 2) {
      const prev = steps[steps.length - 2];
      if (prev.ms > 20) exponent = Math.log(last.ms / prev.ms) / Math.log(last.chars / prev.chars);
    }
    const ratio = normalMsPerMB ? msPerMB / normalMsPerMB : NaN;
    const complete = last.chars >= c.size * 0.99;
    const incomplete = complete ? '' : r.timedOut ? ` TIMEOUT after ${last.chars} chars` : ` stopped at ${last.chars} chars (budget)`;
    // Roughly linear: the last doubling cost at most ~2.5× (exponent < 1.3) — or the case is faster per MB
    // than normal text, where the exponent is timer noise — and no more than 10× normal text per MB.
    const normal = normalMsPerMB ?? 1000;
    const linearish = (Number.isNaN(exponent) || exponent < 1.3 || msPerMB <= normal) && msPerMB <= 10 * normal;
    rows.push({
      section: 'hostile',
      metric: c.name,
      value: `${round(last.ms, 1)} ms / ${round(last.bytes / MB, 2)} MB = ${round(msPerMB, 0)} ms/MB (${round(ratio, 1)}× normal), scaling ^${Number.isNaN(exponent) ? '–' : round(exponent, 2)}${incomplete}`,
      unit: '',
      target: '~linear (^<1.3), ≤ 10× normal',
      ok: linearish,
    });
    out.push({ name: c.name, steps, msPerMB, ratioVsNormal: ratio, scalingExponent: exponent, complete, timedOut: r.timedOut });
  }
  results.hostile = { normalMsPerMB, budgetMs: budget, cases: out };
}

// ── report ──────────────────────────────────────────────────────────────────────────────

function printTable(): void {
  const widths = [10, 58, 16, 16];
  const pad = (s: string, w: number) => (s.length > w ? s : s + ' '.repeat(w - s.length));
  const lines: string[] = [];
  lines.push(`${pad('section', widths[0])} ${pad('metric', widths[1])} ${pad('measured', widths[2])} target`);
  lines.push('-'.repeat(120));
  for (const r of rows) {
    const value = `${r.value}${r.unit ? ' ' + r.unit : ''}`;
    const target = r.target ? `${r.target} ${r.ok ? 'OK' : 'MISSED'}` : '';
    if (r.section === 'hostile') lines.push(`${pad(r.section, widths[0])} ${pad(r.metric, 40)} ${value}  [${target}]`);
    else lines.push(`${pad(r.section, widths[0])} ${pad(r.metric, widths[1])} ${pad(value, widths[2])} ${target}`);
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const all = ['engine', 'syntax', 'compromise', 'lsp', 'index', 'hostile', 'features'];
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const sections = new Set(wanted.length ? wanted : all);
  for (const s of sections) if (!all.includes(s)) throw new Error(`unknown section ${s} (known: ${all.join(', ')})`);
  const started = new Date();
  const loadAtStart = os.loadavg();
  if (loadAtStart[0] > os.cpus().length * 0.75) log(`warning: load average ${loadAtStart.map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs — figures will be pessimistic`);
  const shared = sharedDir();
  let texts = polnearTrain(shared);
  if (QUICK) texts = texts.slice(0, 80);
  log(`shared data: ${shared}; seed: ${path.relative(REPO, SEED_PATH)}${QUICK ? ' (BENCH_QUICK: subset)' : ''}`);

  let normalMsPerMB: number | undefined;
  let engineMbps: number | undefined;
  if (sections.has('engine') || sections.has('compromise') || sections.has('hostile')) {
    const e = engineSection(texts);
    normalMsPerMB = e.msPerMB;
    engineMbps = 1000 / e.msPerMB;
  }
  if (sections.has('syntax')) syntaxSection(texts);
  if (sections.has('compromise')) compromiseSection(texts, engineMbps);
  if (sections.has('lsp')) await lspSection(texts);
  if (sections.has('index')) await indexSection();
  if (sections.has('hostile')) await hostileSection(normalMsPerMB);
  if (sections.has('features')) featuresSection();

  printTable();
  console.log(`\nload average at start ${loadAtStart.map((x) => x.toFixed(2)).join(' ')}, at end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (${os.cpus().length} CPUs, ${process.version})`);
  const file = path.join(REPO, 'bench-results.json');
  const json = {
    date: started.toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: os.loadavg(),
    quick: QUICK,
    sections: [...sections],
    rows,
    ...results,
  };
  fs.writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), file) || file}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(2);
});
