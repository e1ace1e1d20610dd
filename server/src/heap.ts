// How the hosts (server, CLI) pace V8's garbage collector (issue 18: peak RSS). An analysis leaves
// almost nothing live once its result is handed on, but V8's defaults let an old generation grow by
// half again before it collects and give each young generation tens of MB, so a host that analyses
// article after article sat at 1.5–2× its live memory. Measured over the PolNeAR texts (whole process,
// alternating runs in one call, medians): the CLI pool over the 840 train texts, 2 workers, peak RSS
// 429 → 286 MB at wall ratio 1.02 (0.97–1.07; load 1.3–3.0); `npm run bench -- index` (1,008 articles in
// one thread, the growth step set at run time as here) 369 → 266 MB peak, 21.5 → 19.7 s (load 2.1–2.4).
// Tighter settings (10 %, 6 MB) gained 5–10 MB more at up to 1.15× the time: the rest is live memory.
import { setFlagsFromString } from 'v8';

/** V8's --heap-growing-percent: how far an old generation grows past its live size before the next full collection. */
export const HEAP_GROWING_PERCENT = 20;

/** A worker thread's young generation (`resourceLimits.maxYoungGenerationSizeMb`), a third of it per semi-space. */
export const YOUNG_GENERATION_MB = 12;

/**
 * Sets the growth step for every isolate of this process, the ones already running included. A V8 flag has
 * no per-thread form, and node warns that one set at run time may do nothing: this one only paces
 * collection, so at worst memory stays as it was. Idempotent. (The main thread's young generation is sized
 * at start-up and cannot be changed here; worker threads take `YOUNG_GENERATION_MB`.)
 */
export function collectGarbageSooner(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
