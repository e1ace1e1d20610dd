// Decides where and when a document is analysed. Small documents are analysed
// on the spot (milliseconds). Large ones go to a worker thread; until its
// answer arrives, requests are served from the previous analysis carried over
// the edit (shiftAnalysis), so the editor never waits. A newer version cancels
// the stale job by restarting the worker.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyzeArticle } from './analysis/analyze';
import { diffTexts, shiftAnalysis } from './analysis/shift';
import type { AnalyzeOptions, ArticleAnalysis } from './analysis/types';
import type { WorkerRequest, WorkerResponse } from './worker';

export const LARGE_DOCUMENT = 512 * 1024;

const WARM_UP_ARTICLE = ` date 2026-02-03 Mayor Jane Okafor met Gov. Tom Reyes (D-NY) on Tuesday after a storm hit the city last week.

“We will rebuild the bridge by March,” Okafor said. “It is not a question of money.”

Reyes, who visited the site on January 7, said he would ask the legislature for help. He added: “We stand with her.”
`;

export interface HostedAnalysis {
  version: number;
  analysis: ArticleAnalysis;
  /** False while a provisional (shifted or empty) analysis stands in for the real one. */
  final: boolean;
  /** True for the empty stand-in of a large document that was never analysed yet. */
  empty?: boolean;
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

export class AnalysisHost {
  private readonly done = new Map<string, HostedAnalysis>();
  private worker: Worker | null = null;
  private running: Job | null = null;
  private readonly queued = new Map<string, Job>();
  private nextId = 1;

  constructor(
    private readonly workerScript: string,
    /** Called when a large document's final analysis is ready. */
    private readonly onReady: (uri: string, version: number) => void,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Runs the engine once on a short article of our own so that the first real
   * document is analysed by warm (JIT-compiled) code: opening an article then
   * shows diagnostics in milliseconds rather than after a cold start.
   */
  static warmUp(): void {
    analyzeArticle(WARM_UP_ARTICLE);
  }

  static defaultWorkerScript(): string {
    return path.join(__dirname, 'worker.js');
  }

  get(uri: string, version: number, text: string, options: AnalyzeOptions = {}): HostedAnalysis {
    const hit = this.done.get(uri);
    // The options that change an analysis and are small: never a model object.
    const optionsKey = JSON.stringify([options.date, options.people, options.cues]);
    // Keyed by version, text and options: a client that reuses a version number must not get stale
    // answers, and a changed project configuration (house list, cues) changes the analysis.
    if (hit && hit.version === version && hit.analysis.text === text && hit.optionsKey === optionsKey) return hit;
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

  /** Whether there is anything to report yet for this version (not just the empty stand-in). */
  hasResults(uri: string, version: number): boolean {
    const hit = this.done.get(uri);
    return !!hit && hit.version === version && !hit.empty;
  }

  isFinal(uri: string, version: number): boolean {
    const hit = this.done.get(uri);
    return !!hit && hit.version === version && hit.final;
  }

  forget(uri: string): void {
    this.done.delete(uri);
    this.queued.delete(uri);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private schedule(job: Job): void {
    const same = (other: Job | null | undefined) => other?.uri === job.uri && other.version === job.version && other.optionsKey === job.optionsKey;
    if (same(this.running) || same(this.queued.get(job.uri))) return;
    this.queued.set(job.uri, job);
    // The running job is for an older version of this document: its answer is already stale.
    if (this.running?.uri === job.uri) {
      void this.worker?.terminate();
      this.worker = null;
      this.running = null;
    }
    this.pump();
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queued.values().next();
    if (next.done) return;
    const job = next.value;
    this.queued.delete(job.uri);
    this.running = job;
    const worker = this.ensureWorker();
    worker.postMessage({ id: job.id, text: job.text, options: job.options } satisfies WorkerRequest);
  }

  /** Installs a finished analysis unless a newer version has been seen meanwhile. */
  private install(job: Job, analysis: ArticleAnalysis): void {
    const current = this.done.get(job.uri);
    if (current && (current.version > job.version || (current.version === job.version && current.optionsKey !== job.optionsKey))) return;
    this.done.set(job.uri, { version: job.version, analysis, final: true, optionsKey: job.optionsKey });
    this.onReady(job.uri, job.version);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.workerScript);
    w.on('message', (res: WorkerResponse) => {
      const job = this.running;
      if (!job || job.id !== res.id) return;
      this.running = null;
      if ('error' in res) this.warn(`Article Lens could not analyse ${job.uri}: ${res.error}. Showing partial results.`);
      else this.install(job, res.analysis);
      this.pump();
    });
    w.on('error', (e) => {
      // No worker (missing bundle, out of memory…): analyse on this thread rather than never.
      this.warn(`Article Lens analysis worker failed (${e.message}); analysing on the main thread instead.`);
      this.worker = null;
      const job = this.running;
      this.running = null;
      if (job) this.install(job, safeAnalyze(job.text, job.options, this.warn, job.uri));
      this.pump();
    });
    w.unref();
    this.worker = w;
    return w;
  }
}

function safeAnalyze(text: string, options: AnalyzeOptions, warn: (m: string) => void, uri: string): ArticleAnalysis {
  try {
    return analyzeArticle(text, options);
  } catch (e) {
    warn(`Article Lens could not analyse ${uri}: ${e instanceof Error ? e.message : String(e)}. Showing no results for it.`);
    return emptyAnalysis(text);
  }
}

/** An empty analysis: features answer "nothing here" instead of failing. */
export function emptyAnalysis(text: string): ArticleAnalysis {
  return {
    text,
    date: null,
    syntax: null,
    model: { text, dateline: null, bodyStart: 0, paragraphs: [], sentences: [], tokens: [] },
    people: [],
    mentions: [],
    quotes: [],
    times: [],
    events: [],
    findings: [],
  };
}
