// `npm run eval -- syntax`: the tagger, lemmatiser and parser on UD English EWT dev with gold
// tokenisation (CoNLL 2018 conventions: punctuation counted, LAS on the universal relation, lemma
// compared case-insensitively), then the syntax layer's speed on the PolNeAR train texts (warm).
import * as fs from 'fs';
import * as path from 'path';
import { readConllu } from '../../server/src/analysis/syntax/conllu';
import { parseWords } from '../../server/src/analysis/syntax';
import { scoreSyntax } from '../../server/src/analysis/syntax/train/score';
import { ModelStore } from '../../server/src/models';
import { segment } from '../../server/src/analysis/text';
import { buildSyntax } from '../../server/src/analysis/syntax/layer';
import { polnearTrain } from '../support/corpus';

/** Issue #12's floors. */
export const FLOORS = { upos: 0.95, lemma: 0.97, uas: 0.86, las: 0.83 };

export async function run(shared: string): Promise<boolean> {
  const store = new ModelStore();
  const model = store.syntaxModel();
  if (!model) {
    console.log(store.warning);
    return false;
  }
  console.log(`model loaded in ${store.loadMs} ms`);
  const dev = readConllu(fs.readFileSync(path.join(shared, 'eval/ud-ewt/en_ewt-ud-dev.conllu'), 'utf8')).filter((s) => s.words.length);
  const t0 = process.hrtime.bigint();
  const pred = dev.map((s) => parseWords(model, s.words.map((w) => w.form)));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const sc = scoreSyntax(dev, pred);
  const f = (x: number) => x.toFixed(4);
  console.log(`EWT dev (${sc.words} words, gold tokens): UPOS ${f(sc.upos)} (floor ${FLOORS.upos})  XPOS ${f(sc.xpos)}  lemma ${f(sc.lemma)} (floor ${FLOORS.lemma})  UAS ${f(sc.uas)} (floor ${FLOORS.uas})  LAS ${f(sc.las)} (floor ${FLOORS.las})`);
  console.log(`  ${(sc.words / secs).toFixed(0)} words/s on the first (cold) pass`);

  // Speed of the whole syntax layer (segmentation excluded) on news text, warm.
  const texts = polnearTrain(shared).slice(0, 200).map((t) => t.text);
  const models = texts.map((t) => segment(t));
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  for (const m of models.slice(0, 20)) buildSyntax(m.tokens, m.sentences, model);
  const t1 = process.hrtime.bigint();
  let words = 0;
  for (const m of models) words += buildSyntax(m.tokens, m.sentences, model).words.length;
  const s1 = Number(process.hrtime.bigint() - t1) / 1e9;
  const load = (await import('os')).loadavg()[0].toFixed(2);
  console.log(`syntax layer on ${texts.length} PolNeAR train texts: ${(bytes / 1e6 / s1).toFixed(2)} MB/s, ${(words / s1).toFixed(0)} words/s warm (load average ${load}; target >= 1.5 MB/s, measured by npm run bench)`);
  return sc.upos >= FLOORS.upos && sc.lemma >= FLOORS.lemma && sc.uas >= FLOORS.uas && sc.las >= FLOORS.las;
}
