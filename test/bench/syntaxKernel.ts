// `node out/test/bench/syntaxKernel.js [TEXTS]` (after `npm run compile-tests`): how much of the syntax
// layer's time the parser's arc hash kernel costs, and what a smaller kernel could save at most. It runs
// `buildSyntax` over the first TEXTS (default 200) PolNeAR train texts once recording every feature list
// the parser sums from the kernel, times the layer (median of 3 passes), then replays the recorded reads
// on the model's own table and on filled tables of 2^18 … 2^22 slots (a table's read cost depends on its
// size, not its contents; an untouched table would read the kernel's shared zero page), interleaved,
// medians of 5. Prints each with the share of the layer's time
// and the layer's speed-up bound if the model's kernel cost what that table costs; the load average
// stands beside every figure. (It decided issue 12/18's "smaller kernel" question: the reads are a
// minor share of the layer, so no kernel size can make the layer 1.2× faster.)
import * as os from 'os';
import type { SyntaxModel } from '../../server/src/analysis/syntax';
import { buildSyntax } from '../../server/src/analysis/syntax/layer';
import { KernelWeights, type Weights } from '../../server/src/analysis/syntax/weights';
import { segment } from '../../server/src/analysis/text';
import { ModelStore } from '../../server/src/models';
import { polnearTrain, sharedDir } from '../support/corpus';
import { median, now, round } from './stats';

/** Every feature list summed from the kernel, back to back, with their ends. */
class Recorder implements Weights {
  feats = new Int32Array(1 << 20);
  ends: number[] = [];
  private n = 0;
  constructor(private readonly inner: Weights) {}
  private push(h: number): void {
    if (this.n === this.feats.length) {
      const grown = new Int32Array(this.feats.length * 2);
      grown.set(this.feats);
      this.feats = grown;
    }
    this.feats[this.n++] = h;
  }
  addAll(feats: Int32Array, nf: number, scores: Int32Array): void {
    for (let f = 0; f < nf; f++) this.push(feats[f]);
    this.ends.push(this.n);
    this.inner.addAll(feats, nf, scores);
  }
  add(h: number, scores: Int32Array): void {
    this.push(h);
    this.ends.push(this.n);
    this.inner.add(h, scores);
  }
  get reads(): number {
    return this.n;
  }
}

function main(): void {
  const count = Number(process.argv[2] ?? 200);
  const load = () => os.loadavg()[0].toFixed(2);
  const model = new ModelStore().syntaxModel();
  if (!model) throw new Error('no syntax model');
  const texts = polnearTrain(sharedDir()).slice(0, count);
  const segs = texts.map((t) => segment(t.text));
  const rec = new Recorder(model.parser.arcs);
  const recording: SyntaxModel = { ...model, parser: { ...model.parser, arcs: rec } };
  let words = 0;
  for (const s of segs) words += buildSyntax(s.tokens, s.sentences, recording).words.length;
  const layerPass = () => {
    const t0 = now();
    for (const s of segs) buildSyntax(s.tokens, s.sentences, model);
    return now() - t0;
  };
  layerPass();
  const layerMs = median([layerPass(), layerPass(), layerPass()]);
  console.log(`${texts.length} texts, ${words} words; ${rec.reads} kernel reads (${round(rec.reads / words, 1)} a word); layer ${round(layerMs, 0)} ms (load ${load()})`);
  // Every slot written (weight 1 for class 0), so that every page of the table is real memory.
  const filled = (bits: number) => {
    const slots = 2 ** bits;
    const rowStart = new Uint32Array(slots + 1);
    for (let i = 0; i <= slots; i++) rowStart[i] = i;
    const table = { hashes: Int32Array.from({ length: slots }, (_, i) => i), rowStart, cls: new Uint8Array(slots), q: new Int16Array(slots).fill(1), scale: 1 };
    return new KernelWeights(table, bits);
  };
  const tables: [string, Weights][] = [['model', model.parser.arcs], ...[18, 19, 20, 21, 22].map((b): [string, Weights] => [`2^${b} slots`, filled(b)])];
  const { feats, ends } = rec;
  const scores = new Int32Array(4);
  const replay = (w: Weights) => {
    const t0 = now();
    let start = 0;
    for (const end of ends) {
      w.addAll(feats.subarray(start, end), end - start, scores);
      start = end;
    }
    return now() - t0;
  };
  const times = tables.map(() => [] as number[]);
  for (const [, w] of tables) replay(w);
  for (let r = 0; r < 5; r++) tables.forEach(([, w], k) => times[k].push(replay(w)));
  const own = median(times[0]);
  tables.forEach(([name, w], k) => {
    const ms = median(times[k]);
    const bits = w instanceof KernelWeights ? ` (${(4 * 2 * 2 ** w.bits) / 2 ** 20} MB)` : '';
    console.log(`replay on ${name}${bits}: ${round(ms, 0)} ms, ${round((ms * 1e6) / rec.reads, 1)} ns a read, ${round((100 * ms) / layerMs, 1)}% of the layer; layer speed-up bound ${round(layerMs / (layerMs - own + ms), 3)}× (load ${load()})`);
  });
  console.log(`if the kernel cost nothing: ${round(layerMs / (layerMs - own), 3)}× (sink ${scores[0] & 1})`);
}

main();
