// Analyses large documents off the protocol thread, so requests keep being
// answered while a multi-megabyte transcript is (re-)analysed; and summarises
// large workspace files for the index, sending back only the small summary.
import * as fs from 'fs';
import * as os from 'os';
import { parentPort } from 'worker_threads';
import { analyzeArticle } from './analysis/analyze';
import { sharedModels } from './models';
import { packAnalysis, transferList, type PackedAnalysis } from './transfer';
import type { AnalyzeOptions } from './analysis/types';
import { toIndexed, type IndexedArticle } from './workspace/index';
import type { PositionEncoding } from './features/lineIndex';

export interface WorkerRequest {
  id: number;
  text: string;
  options?: AnalyzeOptions;
  /** Set for an index summary: the article's URI. The answer is then `indexed`, not the analysis. */
  summaryFor?: string;
  /** The position encoding of an index summary's ranges. */
  encoding?: PositionEncoding;
}

export type WorkerResponse =
  | { id: number; packed: PackedAnalysis }
  | { id: number; indexed: IndexedArticle }
  | { id: number; error: string };

/**
 * This thread yields the CPU to the protocol thread: it runs WORKER_NICE above the process's nice value
 * (Linux: a thread's nice value is its own, and /proc/thread-self names it). On a busy machine the
 * analysis of a large document otherwise competed with the requests it must not delay (issue 18): the
 * operating system handed the cores out in slices of several milliseconds, and a hover waited for one.
 * Elsewhere nothing changes.
 */
export const WORKER_NICE = 10;
if (parentPort && process.platform === 'linux') {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    // Relative to the process's own: a server started under `nice` keeps its protocol thread ahead too.
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, Math.min(19, os.getPriority(tid) + WORKER_NICE));
  } catch {
    // No /proc, or not allowed: the worker runs at the process's priority, as before.
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  let transfer: ArrayBuffer[] = [];
  try {
    // The models are read once per thread (this worker's own copy), never sent with a request.
    const analysis = analyzeArticle(req.text, sharedModels().withModels(req.options));
    if (req.summaryFor !== undefined) res = { id: req.id, indexed: toIndexed(req.summaryFor, analysis, req.encoding) };
    else {
      // Packed in slices the protocol thread unpacks between requests, without the text it already has,
      // the tokens and the syntax layer (transfer.ts).
      const packed = packAnalysis(analysis);
      transfer = transferList(packed);
      res = { id: req.id, packed };
    }
  } catch (e) {
    res = { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(res, transfer);
});
