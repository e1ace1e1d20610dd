// `node out/test/bench/syntaxAB.js A.bin B.bin [ROUNDS]` (after `npm run compile-tests`): the syntax
// layer alone (`buildSyntax` on segmented texts) over the PolNeAR train texts with two model files,
// interleaved in one process (A, B, A, B, …; ROUNDS of each after one warm-up pass of each), so both see
// the same load and the same code. Prints each pass, the medians as MB/s, the ratio B ÷ A and the
// 1-minute load average beside every figure: on a shared machine the ratio is what holds. Used to choose
// the parser's arc kernel size (a smaller table is fewer cache misses) at equal EWT dev accuracy.
import * as fs from 'fs';
import * as os from 'os';
import { decodeSyntaxModel, type SyntaxModel } from '../../server/src/analysis/syntax';
import { buildSyntax } from '../../server/src/analysis/syntax/layer';
import { segment } from '../../server/src/analysis/text';
import { bytesOf, polnearTrain, sharedDir } from '../support/corpus';
import { MB, median, now, round } from './stats';

function main(): void {
  const [fa, fb] = process.argv.slice(2, 4);
  if (!fa || !fb) throw new Error('usage: syntaxAB.js A.bin B.bin [ROUNDS]');
  const rounds = Number(process.argv[4] ?? 5);
  const load = () => os.loadavg()[0].toFixed(2);
  const models: [string, SyntaxModel][] = [fa, fb].map((f) => [f, decodeSyntaxModel(new Uint8Array(fs.readFileSync(f)))]);
  const texts = polnearTrain(sharedDir());
  const mb = bytesOf(texts) / MB;
  const segs = texts.map((t) => segment(t.text));
  const pass = (m: SyntaxModel) => {
    const t0 = now();
    for (const s of segs) buildSyntax(s.tokens, s.sentences, m);
    return now() - t0;
  };
  for (const [, m] of models) pass(m);
  const times: number[][] = [[], []];
  for (let r = 0; r < rounds; r++)
    models.forEach(([name, m], k) => {
      const ms = pass(m);
      times[k].push(ms);
      console.log(`round ${r + 1} ${name}: ${round(mb / (ms / 1000), 3)} MB/s (load ${load()})`);
    });
  const [ma, mbm] = times.map(median);
  console.log(`A ${fa}: median ${round(mb / (ma / 1000), 3)} MB/s; B ${fb}: median ${round(mb / (mbm / 1000), 3)} MB/s; B ÷ A ${round(ma / mbm, 3)}× (${texts.length} texts, ${round(mb)} MB; load ${load()})`);
}

main();
