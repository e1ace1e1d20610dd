// worker_threads entry used by ./isolate.ts: analyses one input off the main thread so a caller can
// give up on a runaway (super-linear) case with worker.terminate().
import { parentPort, workerData } from 'worker_threads';
import { analyzeArticle } from '../support/models';
import { LineIndex } from '../../server/src/features/lineIndex';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { checkInvariants } from '../fuzz/properties';
import { hostileCase } from './hostileInputs';
import type { IsolatedSpec, IsolatedSummary } from './isolate';

function run(spec: IsolatedSpec): IsolatedSummary {
  const text = spec.text ?? hostileCase(spec.caseName!).make(spec.size!);
  const t0 = performance.now();
  const a = analyzeArticle(text);
  const ms = performance.now() - t0;
  if (spec.invariants !== false) checkInvariants(text, a);
  let outline: number | undefined;
  if (spec.outline) outline = documentSymbols(a, new LineIndex(text), { includeUndated: true }).length;
  return {
    chars: text.length,
    ms,
    paragraphs: a.model.paragraphs.length,
    sentences: a.model.sentences.length,
    tokens: a.model.tokens.length,
    people: a.people.map((p) => p.name).slice(0, 50),
    peopleCount: a.people.length,
    quotes: a.quotes.length,
    events: a.events.length,
    findings: a.findings.map((f) => f.code).slice(0, 50),
    findingCount: a.findings.length,
    outline,
  };
}

try {
  parentPort!.postMessage({ ok: true, summary: run(workerData as IsolatedSpec) });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e) });
}
