// Small timing and statistics helpers for the benchmark.

export function now(): number {
  return performance.now();
}

/** Nearest-rank percentile (p in 0..100) of an unsorted sample. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return NaN;
  const s = [...sample].sort((a, b) => a - b);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank];
}

export function median(sample: readonly number[]): number {
  return percentile(sample, 50);
}

export function round(n: number, digits = 2): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export const MB = 1_000_000;

export function mb(bytes: number): number {
  return bytes / MB;
}
