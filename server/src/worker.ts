// Analyses large documents off the protocol thread, so requests keep being
// answered while a multi-megabyte transcript is (re-)analysed.
import { parentPort } from 'worker_threads';
import { analyzeArticle } from './analysis/analyze';
import type { AnalyzeOptions } from './analysis/types';

export interface WorkerRequest {
  id: number;
  text: string;
  options?: AnalyzeOptions;
}

export type WorkerResponse = { id: number; analysis: ReturnType<typeof analyzeArticle> } | { id: number; error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    const analysis = analyzeArticle(req.text, req.options);
    // Tokens are the bulk of the model and no feature reads them: do not copy them across threads.
    analysis.model.tokens = [];
    res = { id: req.id, analysis };
  } catch (e) {
    res = { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(res);
});
