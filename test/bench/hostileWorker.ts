// Child process for the adversarial-regex bench: `node hostileWorker.js <case index> <budget ms>`.
// Times analyzeArticle on the case at doubling sizes up to its full size (stopping early when the next
// step would blow the budget) and prints one JSON line per step. The parent kills it on a hard timeout.
import { analyzeArticle } from '../support/models';
import { HOSTILE_CASES, PROSE, fill } from './hostileInputs';

function main(): void {
  const c = HOSTILE_CASES[Number(process.argv[2])];
  const budget = Number(process.argv[3] ?? 30000);
  // Warm the engine's code paths on ordinary text first.
  const warm = fill(PROSE + '\n\n', 50_000);
  for (let i = 0; i < 3; i++) analyzeArticle(warm);
  const started = performance.now();
  // Doubling ladder from ~16k characters up to the case's size, so a super-linear case still yields
  // two or more points (and an exponent) before it runs out of budget.
  const sizes: number[] = [];
  for (let n = c.size; n >= 16_000 && sizes.length < 6; n = Math.floor(n / 2)) sizes.unshift(n);
  if (sizes.length === 0) sizes.push(c.size);
  let prev: { chars: number; ms: number } | null = null;
  for (const size of sizes) {
    const text = c.make(size);
    let best = Infinity;
    let out: ReturnType<typeof analyzeArticle> | null = null;
    for (let rep = 0; rep < 3; rep++) {
      const t0 = performance.now();
      out = analyzeArticle(text);
      const ms = performance.now() - t0;
      best = Math.min(best, ms);
      if (ms > 150) break;
    }
    const a = out!;
    process.stdout.write(
      JSON.stringify({
        chars: text.length,
        bytes: Buffer.byteLength(text, 'utf8'),
        ms: best,
        tokens: a.model.tokens.length,
        people: a.people.length,
        quotes: a.quotes.length,
        findings: a.findings.length,
      }) + '\n',
    );
    // Project the next (doubled) step with the exponent seen so far (at least linear); stop if over budget.
    let k = 1;
    if (prev && prev.ms > 5 && best > prev.ms) k = Math.max(1, Math.log(best / prev.ms) / Math.log(text.length / prev.chars));
    prev = { chars: text.length, ms: best };
    const spent = performance.now() - started;
    if (spent + best * 2 ** k > budget) break;
  }
}

main();
