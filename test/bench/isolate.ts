// Runs analyzeArticle on one (possibly huge or hostile) input in a worker thread with a hard time limit,
// so a test can report a runaway case instead of hanging the whole run (synchronous code cannot be
// interrupted by node:test's own timeout).
import * as path from 'path';
import { Worker } from 'worker_threads';

export interface IsolatedSpec {
  /** The input itself, or a case of ./hostileInputs built in the worker at `size`. */
  text?: string;
  caseName?: string;
  size?: number;
  /** Check every invariant of ../fuzz/properties (default true). */
  invariants?: boolean;
  /** Also build the Outline (documentSymbols) and report its length. */
  outline?: boolean;
}

export interface IsolatedSummary {
  chars: number;
  ms: number;
  paragraphs: number;
  sentences: number;
  tokens: number;
  people: string[];
  peopleCount: number;
  quotes: number;
  events: number;
  findings: string[];
  findingCount: number;
  outline?: number;
}

export type IsolatedResult = { ok: true; summary: IsolatedSummary } | { ok: false; error: string } | { ok: false; timedOut: true; ms: number };

export function analyzeIsolated(spec: IsolatedSpec, timeoutMs: number): Promise<IsolatedResult> {
  return new Promise((resolve) => {
    const worker = new Worker(path.join(__dirname, 'analyzeWorker.js'), { workerData: spec, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    const t0 = Date.now();
    let settled = false;
    const done = (r: IsolatedResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => done({ ok: false, timedOut: true, ms: Date.now() - t0 }), timeoutMs);
    worker.on('message', (m: IsolatedResult) => done(m));
    worker.on('error', (e) => done({ ok: false, error: `${e.name}: ${e.message}` }));
    worker.on('exit', (code) => done({ ok: false, error: `worker exited with code ${code}` }));
  });
}
