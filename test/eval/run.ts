// `npm run eval [-- people|quotes|time ...]`: scores the engine against ../shared/eval
// and exits non-zero when any figure is below its issue's floor.
import * as path from 'path';
import * as fs from 'fs';

export type EvalSuite = (shared: string) => Promise<boolean>;

// Loaded on demand so one suite's data is not read for another.
const suites: Record<string, () => { run: EvalSuite }> = {
  people: () => require('./people'),
  quotes: () => require('./quotes'),
  time: () => require('./time'),
  syntax: () => require('./syntax'),
  events: () => require('./events'),
};

export function sharedDir(): string {
  const fromEnv = process.env.ARTICLE_LENS_SHARED;
  const dir = fromEnv ? path.resolve(fromEnv) : path.resolve(__dirname, '../../../../shared');
  if (!fs.existsSync(path.join(dir, 'eval'))) {
    throw new Error(`no eval data at ${dir}/eval (set ARTICLE_LENS_SHARED to the shared folder)`);
  }
  return dir;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(suites);
  let ok = true;
  for (const name of names) {
    const load = suites[name];
    if (!load) {
      console.error(`unknown eval suite "${name}" (known: ${Object.keys(suites).join(', ')})`);
      process.exit(2);
    }
    console.log(`\n=== eval: ${name} ===`);
    const passed = await load().run(sharedDir());
    console.log(`=== ${name}: ${passed ? 'PASS' : 'FAIL (below the issue floor)'} ===`);
    ok = ok && passed;
  }
  process.exit(ok ? 0 : 1);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  });
}
