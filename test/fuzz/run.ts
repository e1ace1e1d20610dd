// `npm run fuzz [-- --runs N --seed S]`: the long fuzz run (issue 8). 100,000 cases by default,
// shared across the properties of ./properties by weight. Prints the case count and the time; exits 1
// when any counterexample was found (each printed shrunk, with the seed and path to replay it).
import fc from 'fast-check';
import { PROPERTIES } from './properties';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = eq ? eq.split('=')[1] : i >= 0 ? process.argv[i + 1] : undefined;
  const n = raw === undefined ? def : Number(raw);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number`);
  return n;
}

const MAX_FAILURES = Number(process.env.FUZZ_MAX_FAILURES ?? 25);

/** A failure's class: its error with quoted strings and numbers blanked, so repeats print once. */
function failureClass(message: string): string {
  const err = message.split('\n').find((l) => l.startsWith('Got error:')) ?? message.split('\n')[0];
  return err.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+/g, 'N');
}

function main(): void {
  const total = arg('runs', Number(process.env.FUZZ_RUNS ?? 100_000));
  const seed = arg('seed', Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31));
  const weights = PROPERTIES.reduce((s, p) => s + p.weight, 0);
  console.log(`fuzz: ${total} cases, seed ${seed}`);
  const t0 = performance.now();
  let ran = 0;
  const failures = new Map<string, { example: string; count: number }>();
  PROPERTIES.forEach((p, i) => {
    const numRuns = i === PROPERTIES.length - 1 ? total - ran : Math.round((total * p.weight) / weights);
    const s0 = performance.now();
    // After a counterexample, go on with a fresh seed for the remaining runs (up to MAX_FAILURES per
    // property), so the long run still covers its full count and shows distinct failures.
    let done = 0;
    let fails = 0;
    for (let attempt = 0; done < numRuns && fails < MAX_FAILURES; attempt++) {
      const r = fc.check(p.property(), { seed: seed + 1000 * i + attempt, numRuns: numRuns - done, includeErrorInReport: true });
      done += r.numRuns;
      if (!r.failed) break;
      fails++;
      const report = fc.defaultReportMessage(r) ?? '';
      const msg = report.split('\n').filter((l) => /^(Counterexample|Got error|\{ seed)/.test(l)).join('\n    ');
      const key = `${p.name}: ${failureClass(report)}`;
      const seen = failures.get(key);
      if (seen) seen.count++;
      else failures.set(key, { example: `${p.name}:\n    ${msg}`, count: 1 });
    }
    const secs = (performance.now() - s0) / 1000;
    ran += done;
    console.log(`  ${fails ? 'FAIL' : 'ok  '} ${p.name}: ${done} cases in ${secs.toFixed(1)} s${fails ? `, ${fails} counterexample(s)` : ''}`);
  });
  if (failures.size) {
    console.log(`\n${failures.size} distinct failure(s); one shrunk counterexample each:`);
    for (const { example, count } of failures.values()) console.log(`  [×${count}] ${example}`);
    console.log('');
  }
  const failed = failures.size > 0;
  const secs = (performance.now() - t0) / 1000;
  console.log(`fuzz: ${ran} cases in ${secs.toFixed(1)} s (${Math.round(ran / secs)} cases/s) — ${failed ? 'FAILED' : 'all properties held'}`);
  process.exit(failed ? 1 : 0);
}

main();
