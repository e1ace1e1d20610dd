// Decides where and when a document is analysed. Small documents are analysed
// on the spot (milliseconds). Large ones go to a worker thread; until its
// answer arrives, requests are served from the previous analysis carried over
// the edit (shiftAnalysis), so the editor never waits. A running job is never
// cancelled by a newer version (only the newest waiting one is kept): its
// result becomes the provisional base, so typing cannot starve the analysis.
import frequentForms from './analysis/syntax/frequentForms.json';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyzeArticle } from './analysis/analyze';
import { sharedModels } from './models';
import { YOUNG_GENERATION_MB } from './heap';
import { diffTexts, shiftAnalysis } from './analysis/shift';
import { parseDateline } from './analysis/text/dateline';
import { emptyTokenLayer } from './analysis/text/tokens';
import type { AnalyzeOptions, ArticleAnalysis } from './analysis/types';
import type { WorkerRequest, WorkerResponse } from './worker';
import type { IndexedArticle } from './workspace/index';
import { unpackAnalysis } from './transfer';
import type { PositionEncoding } from './features/lineIndex';

export const LARGE_DOCUMENT = 512 * 1024;

/** Default `articleLens.analysis.maxDocumentSizeMB`: larger documents get a reduced analysis (issue 19). */
export const DEFAULT_MAX_DOCUMENT_MB = 20;

/**
 * The analysis worker's heap. A document whose analysis needs more ends the
 * worker with ERR_WORKER_OUT_OF_MEMORY instead of taking the server down.
 */
export const WORKER_HEAP_MB = 2048;

/**
 * Our own article (no evaluation text): a dateline, a wire dateline, titles, ages, quotes credited before,
 * after and by an aide, an anonymous source, dates and clock words, an unclosed mark; reported clauses, role
 * phrases, honorifics, a doubled-apostrophe quotation, event nouns, a group, organisations, amounts — so the paths a real
 * first article takes are compiled before it comes (issue 18: with only the first paragraph the seed's
 * first open took ≈ 33 ms, with all ≈ 18 ms, medians of 6 fresh servers each, load ≈ 3.8).
 */
const WARM_UP_ARTICLE = ` date 2026-02-03 Mayor Jane Okafor met Gov. Tom Reyes (D-NY) on Tuesday after a storm hit the city last week.

“We will rebuild the bridge by March,” Okafor said. “It is not a question of money.”

Reyes, who visited the site on January 7, said he would ask the legislature for help. He added: “We stand with her.”

WASHINGTON (AP) — Sen. Maria Delgado, a Democrat from Arizona, told reporters on Friday that the vote was delayed until next month. “We need more time,” she said, adding that talks had stalled since Dec. 12, 2025.

According to two officials who asked not to be named, the White House will not comment. President Daniel Brooks, 61, spoke with Delgado by phone last Thursday morning and invited her to the summit in 2027, said Anna Lee, his spokeswoman.

“It’s a good deal,” said one aide. Critics say the plan “goes too far.

The president told reporters on Monday that Mr. Brooks’s opponents had blocked the bill in 2024. Police said the suspect fled before dawn, and the city’s mayor, Ms. Okafor, called it ''a cowardly act.'' In an interview with Channel 4 News last week, she said she would run again in November.

Brooks and Delgado met at the Pentagon after the Jan. 20 inauguration of Mr. Brooks. They agreed to hold talks with the Federal Reserve, according to Reuters. The senator, a former prosecutor at Bailey & Carter, later wrote: “I am grateful for his support.”

Revenue rose 8% to $4.2 billion from $3.9 billion a year earlier, the company said Thursday. Its chief executive, Lee Park, 48, will step down on March 31.
`;

/**
 * One run reads the models and compiles the code once; V8 optimises a function only after several calls,
 * so after a single run the next ~20 articles still ran half-cold (seed didOpen → diagnostics ≈ 25 ms on the second open; ≈ 7 ms after 10 runs, which add ≈ 40 ms to initialize; issue 18). With the parse and the longer article, 20 runs: the seed's first open after start, median of 7 fresh servers, 18.0 ms at 10 runs, 15.5 at 20, 15.9 at 30 (load ≈ 0.9); with the frequent words analysed once first, 13.9 (load 1.6; initialize ≈ 590 ms). ARTICLE_LENS_WARM_UP_RUNS overrides it (measurements).
 */
const WARM_UP_RUNS = Number(process.env.ARTICLE_LENS_WARM_UP_RUNS ?? 20);

/** syntax/frequentForms.json as text: twelve words a sentence, a paragraph of ten sentences. */
function frequentWordsText(): string {
  const forms = frequentForms.forms;
  const sentences: string[] = [];
  for (let i = 0; i < forms.length; i += 12) sentences.push(forms.slice(i, i + 12).join(' ') + ' .');
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(' '));
  return paragraphs.join('\n\n');
}

export interface HostedAnalysis {
  version: number;
  analysis: ArticleAnalysis;
  /** False while a provisional (shifted or empty) analysis stands in for the real one. */
  final: boolean;
  /** True for the empty stand-in of a large document that was never analysed yet. */
  empty?: boolean;
  /** Why only a reduced analysis (the dateline) stands for this document: too large, or its analysis ran out of memory. */
  reduced?: string;
  /** The analysis options it was made with (the project's house list and cues), as JSON. */
  optionsKey?: string;
}

interface Job {
  uri: string;
  version: number;
  text: string;
  options: AnalyzeOptions;
  optionsKey: string;
  id: number;
}

/** A workspace file to summarise for the index: runs only when no document is waiting. */
interface SummaryJob {
  uri: string;
  text: string;
  encoding: PositionEncoding;
  id: number;
  resolve: (indexed: IndexedArticle | null) => void;
}

export class AnalysisHost {
  private readonly done = new Map<string, HostedAnalysis>();
  private worker: Worker | null = null;
  private running: Job | null = null;
  private runningSummary: SummaryJob | null = null;
  /** Jobs whose answer is being unpacked on this thread, between requests (transfer.ts), by URI. */
  private readonly landing = new Map<string, Job>();
  private disposed = false;
  private readonly queued = new Map<string, Job>();
  /** Index summaries, first in first out, after every document job (the open documents are answered first). */
  private readonly summaries: SummaryJob[] = [];
  private nextId = 1;
  private maxChars = DEFAULT_MAX_DOCUMENT_MB * 1024 * 1024;
  /**
   * Documents whose analysis ran out of memory, with their length then: the
   * same or a longer text is not sent to the worker again (no crash loop when
   * the client reopens it), a shorter one is tried.
   */
  private readonly failed = new Map<string, number>();
  /** Workers started so far (one more after each crash). */
  workerStarts = 0;

  constructor(
    private readonly workerScript: string,
    /** Called when a large document's final analysis is ready. */
    private readonly onReady: (uri: string, version: number) => void,
    private readonly warn: (message: string) => void,
    private readonly workerHeapMb = WORKER_HEAP_MB,
  ) {}

  /**
   * Runs the engine once on a short article of our own so that the first real
   * document is analysed by warm (JIT-compiled) code: opening an article then
   * shows diagnostics in milliseconds rather than after a cold start.
   */
  static warmUp(): ArticleAnalysis {
    const options = sharedModels().withModels();
    // The frequent words once, in sentences of twelve, so the first article finds them in the word caches of
    // the tagger and the name tagger as the tenth does (the caches only remember what the weights give).
    analyzeArticle(frequentWordsText(), options);
    let a = analyzeArticle(WARM_UP_ARTICLE, options);
    for (let i = 1; i < WARM_UP_RUNS; i++) a = analyzeArticle(WARM_UP_ARTICLE, options);
    return a;
  }

  static defaultWorkerScript(): string {
    return path.join(__dirname, 'worker.js');
  }

  /** The size above which a document gets a reduced analysis (`articleLens.analysis.maxDocumentSizeMB`). */
  setMaxDocumentSize(megabytes: number): void {
    this.maxChars = megabytes * 1024 * 1024;
  }

  get(uri: string, version: number, text: string, options: AnalyzeOptions = {}): HostedAnalysis {
    const hit = this.done.get(uri);
    // The options that change an analysis and are small: never a model object.
    const optionsKey = JSON.stringify([options.date, options.people, options.cues]);
    // Keyed by version, text and options: a client that reuses a version number must not get stale
    // answers, and a changed project configuration (house list, cues) changes the analysis.
    if (hit && hit.version === version && hit.analysis.text === text && (hit.reduced || hit.optionsKey === optionsKey)) return hit;
    const failedAt = this.failed.get(uri);
    if (text.length > this.maxChars || (failedAt !== undefined && text.length >= failedAt)) {
      const reason =
        text.length > this.maxChars
          ? `This document is ${megabytes(text.length)}, over the ${megabytes(this.maxChars)} limit for analysis (articleLens.analysis.maxDocumentSizeMB)`
          : `The analysis of this document ran out of memory`;
      const entry = { version, analysis: reducedAnalysis(text), final: true, reduced: reason };
      this.done.set(uri, entry);
      this.queued.delete(uri);
      return entry;
    }
    if (text.length < LARGE_DOCUMENT) {
      const entry = { version, analysis: safeAnalyze(text, options, this.warn, uri), final: true, optionsKey };
      this.done.set(uri, entry);
      return entry;
    }
    this.schedule({ uri, version, text, options, optionsKey, id: this.nextId++ });
    const provisional = hit ? shiftAnalysis(hit.analysis, text, diffTexts(hit.analysis.text, text)) : emptyAnalysis(text);
    const entry = { version, analysis: provisional, final: false, empty: !hit, optionsKey };
    this.done.set(uri, entry);
    return entry;
  }

  /**
   * Whether the exact analysis of this version is still to come (a large document being analysed in the
   * worker): then its analysis is scheduled, as `get` would, but no provisional one is built here — a
   * request that needs exact data answers ContentModified at once.
   */
  awaitsAnalysis(uri: string, version: number, text: string, options: AnalyzeOptions = {}): boolean {
    const hit = this.done.get(uri);
    // Never seen: `get` sets up its (cheap) empty stand-in, which later answers rely on.
    if (!hit) return false;
    if (hit.version === version && hit.analysis.text === text) return !hit.final;
    const failedAt = this.failed.get(uri);
    // Small, oversized or once-failed documents get their (final) analysis from `get` right away.
    if (text.length < LARGE_DOCUMENT || text.length > this.maxChars || (failedAt !== undefined && text.length >= failedAt)) return false;
    const optionsKey = JSON.stringify([options.date, options.people, options.cues]);
    this.schedule({ uri, version, text, options, optionsKey, id: this.nextId++ });
    return true;
  }

  /** Whether there is anything to report yet for this version (not just the empty stand-in). */
  hasResults(uri: string, version: number): boolean {
    const hit = this.done.get(uri);
    return !!hit && hit.version === version && !hit.empty;
  }

  isFinal(uri: string, version: number): boolean {
    const hit = this.done.get(uri);
    return !!hit && hit.version === version && hit.final;
  }

  /** Why the current version has only a reduced analysis, or null. */
  reducedReason(uri: string, version: number): string | null {
    const hit = this.done.get(uri);
    return hit && hit.version === version && hit.reduced ? hit.reduced : null;
  }

  forget(uri: string): void {
    // `failed` is kept on purpose: reopening the document must not run the analysis that crashed again.
    this.done.delete(uri);
    this.queued.delete(uri);
  }

  /**
   * Summarises a workspace file for the index in the worker, after every
   * document waiting for analysis. Null when it could not (the worker ran out
   * of memory, or the host was disposed).
   */
  summarize(uri: string, text: string, encoding: PositionEncoding = 'utf-16'): Promise<IndexedArticle | null> {
    return new Promise((resolve) => {
      this.summaries.push({ uri, text, encoding, id: this.nextId++, resolve });
      this.pump();
    });
  }

  dispose(): void {
    this.disposed = true;
    const w = this.worker;
    this.worker = null; // first: its exit event is then not a failure
    void w?.terminate();
    for (const s of this.summaries.splice(0)) s.resolve(null);
    this.runningSummary?.resolve(null);
    this.runningSummary = null;
  }

  private schedule(job: Job): void {
    const same = (other: Job | null | undefined) => other?.uri === job.uri && other.version === job.version && other.optionsKey === job.optionsKey;
    if (same(this.running) || same(this.landing.get(job.uri)) || same(this.queued.get(job.uri))) return;
    this.queued.set(job.uri, job);
    // A running job for an older version is not cancelled: its answer, carried over the edits made
    // since, is a fresher base than any we have. Cancelling it on every keystroke meant continuous
    // typing never let an analysis finish; now one lands at least every two analysis durations.
    this.pump();
  }

  private pump(): void {
    if (this.running || this.runningSummary) return;
    const next = this.queued.values().next();
    if (next.done) {
      const summary = this.summaries.shift();
      if (!summary) return;
      this.runningSummary = summary;
      const w = this.ensureWorker();
      // Someone awaits this promise: the worker keeps the process alive until it is settled.
      w.ref();
      w.postMessage({ id: summary.id, text: summary.text, summaryFor: summary.uri, encoding: summary.encoding } satisfies WorkerRequest);
      return;
    }
    const job = next.value;
    this.queued.delete(job.uri);
    this.running = job;
    const worker = this.ensureWorker();
    worker.postMessage({ id: job.id, text: job.text, options: job.options } satisfies WorkerRequest);
  }

  /**
   * Installs a finished analysis. If the document moved on meanwhile, the
   * analysis is carried over to the current text as the new provisional one
   * (still not final: requests that need exact data get ContentModified).
   */
  private install(job: Job, analysis: ArticleAnalysis): void {
    const current = this.done.get(job.uri);
    // Closed meanwhile (forget): nothing to install, nobody to tell.
    if (!current) return;
    if (current && current.version > job.version) {
      if (current.final || current.reduced) return;
      const text = current.analysis.text;
      this.done.set(job.uri, { version: current.version, analysis: shiftAnalysis(analysis, text, diffTexts(analysis.text, text)), final: false, optionsKey: job.optionsKey });
      this.onReady(job.uri, current.version);
      return;
    }
    // A project configuration changed while this ran: its answer is for the old options.
    if (current && current.version === job.version && current.optionsKey !== job.optionsKey) return;
    this.done.set(job.uri, { version: job.version, analysis, final: true, optionsKey: job.optionsKey });
    this.onReady(job.uri, job.version);
  }

  /** The worker died: settle its job (reduced after running out of memory, else on this thread) and go on. */
  private workerFailed(e: Error): void {
    this.worker = null;
    const summary = this.runningSummary;
    this.runningSummary = null;
    if (summary) {
      // An index summary is not worth a main-thread analysis of a large file: the file stays unindexed.
      this.warn(`Article Lens could not index ${summary.uri} (${e.message}).`);
      summary.resolve(null);
    }
    const job = this.running;
    this.running = null;
    if (job && (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      // The main thread would run out of memory the same way: a reduced analysis, and never this text again.
      this.warn(`Article Lens ran out of memory analysing ${job.uri} (${megabytes(job.text.length)}); showing a reduced analysis.`);
      this.failed.set(job.uri, job.text.length);
      this.done.set(job.uri, { version: job.version, analysis: reducedAnalysis(job.text), final: true, reduced: 'The analysis of this document ran out of memory' });
      this.onReady(job.uri, job.version);
    } else if (job) {
      // No worker (missing bundle…): analyse on this thread rather than never.
      this.warn(`Article Lens analysis worker failed (${e.message}); analysing on the main thread instead.`);
      this.install(job, safeAnalyze(job.text, job.options, this.warn, job.uri));
    }
    this.pump();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // The worker reads its own models: handing it the protocol thread's shared syntax tables (as the CLI's pool
    // does) made a worker that runs out of its capped heap abort the whole process now and then (a V8 assertion
    // in node's platform while a background compile job of the dying isolate was running; 1 in 8 runs of the
    // out-of-memory unit test, 0 in 12 without the image).
    const w = new Worker(this.workerScript, { resourceLimits: { maxOldGenerationSizeMb: this.workerHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.workerStarts++;
    w.on('message', (res: WorkerResponse) => {
      const summary = this.runningSummary;
      if (summary && summary.id === res.id) {
        this.runningSummary = null;
        w.unref();
        if ('error' in res) this.warn(`Article Lens could not index ${summary.uri}: ${res.error}.`);
        summary.resolve('indexed' in res ? res.indexed : null);
        this.pump();
        return;
      }
      const job = this.running;
      if (!job || job.id !== res.id) return;
      this.running = null;
      if ('error' in res) this.warn(`Article Lens could not analyse ${job.uri}: ${res.error}. Showing partial results.`);
      else if ('packed' in res) {
        // Unpacked a slice at a time between requests; the worker goes on with the next job meanwhile.
        this.landing.set(job.uri, job);
        const settle = () => {
          if (this.landing.get(job.uri) === job) this.landing.delete(job.uri);
        };
        unpackAnalysis(
          res.packed,
          job.text,
          (analysis) => {
            settle();
            this.install(job, analysis);
          },
          () => {
            const stop = this.disposed || !this.done.has(job.uri);
            if (stop) settle();
            return stop;
          },
        );
      }
      this.pump();
    });
    w.on('error', (e) => {
      if (this.worker === w) this.workerFailed(e);
    });
    // A worker that ends without an error event (process.exit inside it) must not leave its job waiting forever.
    w.on('exit', (code) => {
      if (this.worker === w) this.workerFailed(new Error(`the analysis worker exited with code ${code}`));
    });
    w.unref();
    this.worker = w;
    return w;
  }
}

/**
 * A document's analysis as the host keeps it: without its syntax layer, which no feature reads (the
 * worker's analyses come without it too). The layer is the largest part of an analysis — per MB of text
 * ≈ 23 MB of heap and 17 MB of typed arrays — and it stayed for as long as the document was open: each
 * open document just under LARGE_DOCUMENT kept ≈ 15 MB of it (issue 18: memory per open document).
 */
function safeAnalyze(text: string, options: AnalyzeOptions, warn: (m: string) => void, uri: string): ArticleAnalysis {
  try {
    const a = analyzeArticle(text, sharedModels().withModels(options));
    return a.syntax ? { ...a, syntax: null } : a;
  } catch (e) {
    warn(`Article Lens could not analyse ${uri}: ${e instanceof Error ? e.message : String(e)}. Showing no results for it.`);
    return emptyAnalysis(text);
  }
}

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(chars < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * What a document too large to analyse gets: its dateline (an anchored regex
 * at the start) and nothing else, in constant memory beyond the text itself.
 */
export function reducedAnalysis(text: string): ArticleAnalysis {
  const a = emptyAnalysis(text);
  const dl = parseDateline(text);
  if (dl) {
    a.date = dl.value;
    a.model.dateline = { start: dl.start, end: dl.end, text: dl.text, value: dl.value };
    a.model.bodyStart = dl.bodyStart;
  }
  return a;
}

/** An empty analysis: features answer "nothing here" instead of failing. */
export function emptyAnalysis(text: string): ArticleAnalysis {
  return {
    text,
    date: null,
    syntax: null,
    model: { text, dateline: null, bodyStart: 0, paragraphs: [], sentences: [], tokens: [], lex: emptyTokenLayer() },
    people: [],
    mentions: [],
    quotes: [],
    organisations: [],
    times: [],
    events: [],
    findings: [],
  };
}
