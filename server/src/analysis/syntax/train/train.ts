// Trains the syntax model (tagger, lemmatiser, parser) on UD English EWT train, reports dev scores,
// and writes server/src/analysis/syntax/syntax.bin.
//   npx tsc -p . && node out/server/src/analysis/syntax/train/train.js [--tagger-epochs N] [--parser-epochs N] [--folds K]
//     [--arc-bits B] [--tag-gate G] [--drop-max C] [--drop-p P] [--dict-share S] [--clusters K] [--cache FILE] [--out FILE] [--parser-seed S] [--dev-every K]
//     [--label-prune W] [--tag-min-q Q] [--beam K] [--beam-from E] [--early-update 1] [--extra FILE.conllu] [--extra-max N] [--extra-shuffle 1] [--seeds A,B,…]
// --beam K (K > 1) trains the arc weights for beam search of width K (global perceptron, max-violation
// update; see the parser section below) and writes K into the model, which then parses with that beam.
// The shipped syntax.bin is still greedy (defaults): a --beam 4 model (branch issue-beam, e1ea0ac) parses
// better but costs 2.2x the syntax stage's time, and the name tagger and pronoun model, trained on the
// greedy parses, lose with it until retrained (CoNLL testa PER F1 0.9527 -> 0.9465, GAP 0.656 -> 0.641).
// EWT dev, same tagger stage: greedy UAS 0.8371
// LAS 0.8011; --beam 4 0.8521 / 0.8149; --beam 8 0.8492 / 0.8127. A parser epoch takes ≈ 9 s greedy,
// ≈ 25 s at --beam 4, ≈ 32 s at --beam 8 (2 shared cores); the model grows from 6.95 to 8.64 MB
// compressed (beam updates touch more arc features). Decoding costs ≈ 3.1× greedy's parser time at
// K = 4 (ARCHITECTURE.md, syntax/).
// A single greedy run's EWT dev UAS moves by up to 0.5 point with its shuffle seed alone (same tagger
// stage, 15 epochs: --parser-seed 7 0.8394, 2 0.8434, 3 0.8388, 4 0.8413, 5 0.8422, 6 0.8420): compare
// training changes over several seeds. Two ways to more accuracy, measured and not shipped:
// - --seeds 7,2,3,4 (parameter mixing): UAS 0.8424 LAS 0.8079 against the four runs' mean 0.8407 / 0.8053,
//   for a model of 20.5 MB (8.1 MB compressed) instead of 16.7 (6.9); --seeds 5,6: 0.8436 / 0.8084
//   against 0.8421 / 0.8063.
// - --extra (uptraining, train/autoParse.ts: news parsed by the --beam 4 model, dev UAS 0.8479): the first
//   12,000 PolNeAR train sentences, 10 epochs: UAS 0.8438 / 0.8448 (seeds 7 / 2), inside the seeds' own
//   spread; drawn at random from PolNeAR and CoNLL (--extra-shuffle 1) 0.8403. With it the name tagger and
//   the pronoun model, trained on the shipped parses, lose (CoNLL testa PER F1 0.9594 -> 0.9558, GAP 0.679
//   -> 0.665) and the events eval too (F1 0.581 -> 0.574).
// Reads ../shared/eval/ud-ewt (CC BY-SA 4.0). Deterministic: a seeded shuffle.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as zlib from 'node:zlib';
import { readConllu, type ConlluSentence } from '../conllu';
import { UNKNOWN, assignClusters, clusterBackoff, maskUnknown, wordIds, type WordIds } from '../words';
import { learnClusters } from './clusters';
import { segment } from '../../text';
import { splitToken } from '../layer';
import { ambiguityClasses, trainTagger, tagSentence, tagFirstPass, type TaggerModel } from '../tagger';
import { editOf, indexLemmas, ruleLemma, MAX_SUFFIX, type LemmaModel } from '../lemmatizer';
import { ARC_FEATURES, LABEL_FEATURES, LEFT, RIGHT, SHIFT, Beam, State, arcFeatures, bufferFeatures, chooseLabel, labelFeatures, moveCosts, stateFeatures, type BeamHistory, type ParserInput } from '../parser';
import { DenseWeights, KernelWeights, feat, sparseFrom, hashString, type SerializedWeights } from '../weights';
import { decodeSyntaxModel, encodeSyntaxModel } from '../model';
import { parseWords } from '../index';
import { scoreSyntax } from './score';

// Run from the repository root.
const REPO = process.cwd();
const UD = path.resolve(REPO, '../shared/eval/ud-ewt');

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

/** The text after option `name` ("--out FILE"), or null. */
function argText(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : null;
}

const OUT = path.resolve(argText('--out') ?? path.join(REPO, 'server/src/analysis/syntax/syntax.bin'));

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], r: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * Unlabelled sentences for the word clusters: EWT train's words (not its tags), the PolNeAR train
 * texts, the shared articles and the CoNLL-2003 English train text. No dev or test text.
 */
function unlabelledSentences(train: ConlluSentence[]): string[][] {
  const out: string[][] = train.map((s) => s.words.map((w) => w.form));
  const shared = path.resolve(REPO, '../shared');
  for (const dir of [path.join(shared, 'eval/polnear/train/text'), path.join(shared, 'articles')]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const m = segment(fs.readFileSync(path.join(dir, f), 'utf8'));
      for (const s of m.sentences) {
        const ws: string[] = [];
        for (let t = s.tokenStart; t < s.tokenEnd; t++) {
          const x = m.tokens[t].text;
          for (const [a, b] of splitToken(x)) ws.push(x.slice(a, b));
        }
        out.push(ws);
      }
    }
  }
  const conll = path.join(shared, 'eval/conll2003/eng.train');
  if (fs.existsSync(conll)) {
    let cur: string[] = [];
    for (const line of fs.readFileSync(conll, 'utf8').split('\n')) {
      const form = line.split(' ')[0];
      if (!line.trim()) {
        if (cur.length) out.push(cur);
        cur = [];
      } else if (form !== '-DOCSTART-') cur.push(form);
    }
  }
  return out;
}

interface Prepared {
  s: ConlluSentence;
  ids: WordIds;
  n: number;
  gold: Int32Array;
  heads: Int32Array;
  labels: Int32Array;
  /** Words seen in train at most --drop-max times, which the tagger's word dropout may hide. */
  rare: Uint8Array;
}

/** Weights without the entries under `minQ` in absolute value (quantised units); rows left empty go. */
function pruneSerialized(w: SerializedWeights, minQ: number): SerializedWeights {
  if (minQ <= 0) return w;
  const hashes: number[] = [], rowStart: number[] = [0], cls: number[] = [], q: number[] = [];
  for (let r = 0; r < w.hashes.length; r++) {
    const before = cls.length;
    for (let k = w.rowStart[r]; k < w.rowStart[r + 1]; k++) {
      if (Math.abs(w.q[k]) < minQ) continue;
      cls.push(w.cls[k]);
      q.push(w.q[k]);
    }
    if (cls.length > before) {
      hashes.push(w.hashes[r]);
      rowStart.push(cls.length);
    }
  }
  return { hashes: Int32Array.from(hashes), rowStart: Uint32Array.from(rowStart), cls: Uint8Array.from(cls), q: Int16Array.from(q), scale: w.scale };
}

function main(): void {
  const taggerEpochs = arg('--tagger-epochs', 10);
  const parserEpochs = arg('--parser-epochs', 15);
  const folds = arg('--folds', 4);
  const t0 = Date.now();
  const train = readConllu(fs.readFileSync(path.join(UD, 'en_ewt-ud-train.conllu'), 'utf8')).filter((s) => s.words.length > 0);
  const dev = readConllu(fs.readFileSync(path.join(UD, 'en_ewt-ud-dev.conllu'), 'utf8')).filter((s) => s.words.length > 0);

  // Tag classes: (UPOS, XPOS) pairs seen at least twice; rarer pairs fall back to their XPOS's commonest.
  const pairCount = new Map<string, number>();
  for (const s of train) for (const w of s.words) pairCount.set(`${w.upos}\t${w.xpos}`, (pairCount.get(`${w.upos}\t${w.xpos}`) ?? 0) + 1);
  const pairs = [...pairCount].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1]).map(([p]) => p);
  const classOf = new Map(pairs.map((p, i) => [p, i]));
  const byXpos = new Map<string, number>();
  pairs.forEach((p, i) => {
    const x = p.split('\t')[1];
    if (!byXpos.has(x)) byXpos.set(x, i);
  });
  const cls = (upos: string, xpos: string) => classOf.get(`${upos}\t${xpos}`) ?? byXpos.get(xpos) ?? 0;
  const upos = pairs.map((p) => p.split('\t')[0]);
  const xpos = pairs.map((p) => p.split('\t')[1]);

  const labelCount = new Map<string, number>();
  for (const s of train) for (const w of s.words) labelCount.set(w.deprel, (labelCount.get(w.deprel) ?? 0) + 1);
  const labels = [...labelCount].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  const labelOf = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelOf.get('root')!;

  // Word clusters from unlabelled text (the parser reads them; rare words keep their cluster).
  const unlabelled = unlabelledSentences(train);
  const clusters = learnClusters(unlabelled, { k: arg('--clusters', 256), contexts: 300, minCount: 3, iterations: 15 });
  process.stderr.write(`clusters: ${clusters.size} words from ${unlabelled.length} unlabelled sentences\n`);
  const gate = arg('--tag-gate', 3200);
  const prep = (s: ConlluSentence): Prepared => {
    const n = s.words.length;
    const ids = wordIds(s.words.map((w) => w.form));
    assignClusters(ids, clusters);
    const gold = Int32Array.from(s.words.map((w) => cls(w.upos, w.xpos)));
    const heads = Int32Array.from(s.words.map((w) => (w.head <= 0 ? n : w.head - 1)));
    const lab = Int32Array.from(s.words.map((w) => labelOf.get(w.deprel) ?? 0));
    return { s, ids, n, gold, heads, labels: lab, rare: new Uint8Array(n) };
  };
  const P = train.map(prep);
  const formCount = new Map<number, number>();
  for (const p of P) for (let i = 0; i < p.n; i++) formCount.set(p.ids.low[i], (formCount.get(p.ids.low[i]) ?? 0) + 1);
  const dropMax = arg('--drop-max', 10);
  const dropP = arg('--drop-p', 0.2);
  for (const p of P) for (let i = 0; i < p.n; i++) p.rare[i] = formCount.get(p.ids.low[i])! <= dropMax ? 1 : 0;

  // Ambiguity classes: the tags a lower-case form took in training (tags under 5% of its uses left out).
  // `allowed` is the training dictionary; `runAllowed` the one the model ships (see below).
  type Dict = Pick<TaggerModel, 'allowed' | 'open' | 'ambiguity'> & { runAllowed: Map<number, Int32Array> };
  const OPEN = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM', 'X', 'SYM', 'INTJ']);
  const open = Int32Array.from(upos.map((u, k) => (OPEN.has(u) ? k : -1)).filter((k) => k >= 0));
  const dictFrom = (data: Prepared[]): Dict => {
    const seen = new Map<number, Map<number, number>>();
    for (const p of data)
      for (let i = 0; i < p.n; i++) {
        let m = seen.get(p.ids.low[i]);
        if (!m) seen.set(p.ids.low[i], (m = new Map()));
        m.set(p.gold[i], (m.get(p.gold[i]) ?? 0) + 1);
      }
    const ambiguity = new Map<number, number>();
    const allowed = new Map<number, Int32Array>();
    const runAllowed = new Map<number, Int32Array>();
    for (const [w, m] of seen) {
      let total = 0;
      for (const c of m.values()) total += c;
      if (total < 2) continue; // hapaxes train the unknown-word model
      const set = [...m].filter(([, c]) => c / total >= arg('--amb-min', 0.01)).map(([k]) => k).sort((a, b) => a - b);
      ambiguity.set(w, feat(99, hashString(set.join(','))));
      // Frequent words: only the tags they were seen with (a closed word never turns into a name).
      // At run time also without the tags under --dict-share of their uses (mostly annotation
      // noise), so "the" has one tag and is not scored at all. Training keeps them all: training on
      // the shorter lists cost 0.0016 UPOS on EWT dev, using them only at run time nothing.
      const share = arg('--dict-share', 0.002);
      if (total >= arg('--dict-min', 30)) {
        allowed.set(w, Int32Array.from([...m.keys()].sort((a, b) => a - b)));
        runAllowed.set(w, Int32Array.from([...m].filter(([, c]) => c / total >= share).map(([k]) => k).sort((a, b) => a - b)));
      }
    }
    return { ambiguity, allowed, open, runAllowed };
  };

  const lastSparse = new Map<ReturnType<typeof sparseFrom>, SerializedWeights>();
  const trainPass = (data: Prepared[], epochs: number, seed: number, amb: Dict, first: Int32Array[] | null) => {
    const w = new DenseWeights(pairs.length, 1 << 18);
    const r = rng(seed);
    const idx = data.map((_, i) => i);
    for (let e = 0; e < epochs; e++) {
      let c = 0, n = 0;
      for (const i of shuffle(idx, r)) {
        const p = data[i];
        // Word dropout: a rare word sometimes loses its identity, as an unknown word has none at run
        // time, so the unknown-word features learn from more than the hapaxes (EWT dev, first pass,
        // three seeds: UPOS +0.0004, on words unseen in train +0.009).
        let ids = p.ids;
        if (dropP > 0) {
          let low: Int32Array | null = null, form: Int32Array | null = null;
          for (let k = 0; k < p.n; k++) {
            if (!p.rare[k] || p.ids.low[k] === UNKNOWN || r() >= dropP) continue;
            if (!low || !form) [low, form] = [p.ids.low.slice(), p.ids.form.slice()];
            low[k] = UNKNOWN;
            form[k] = UNKNOWN;
          }
          if (low && form) ids = { ...p.ids, low, form };
        }
        c += trainTagger(w, amb, ids, p.n, p.gold, new Int32Array(p.n), first ? first[i] : null);
        n += p.n;
      }
      if (e === epochs - 1) process.stderr.write(`  tagger ${first ? 'pass 2' : 'pass 1'}: train acc ${(c / n).toFixed(4)}\n`);
    }
    const ser = w.toSparse(arg('--tag-prune', 0.05), 100);
    const sp = sparseFrom(ser);
    lastSparse.set(sp, ser);
    return sp;
  };
  const modelOf = (w1: ReturnType<typeof sparseFrom>, w2: ReturnType<typeof sparseFrom>, d: Dict): TaggerModel => ({ upos, xpos, weights: w1, weights2: w2, gate, clusters, ambiguity: d.ambiguity, open: d.open, allowed: d.runAllowed });
  const firstPassTags = (w1: ReturnType<typeof sparseFrom>, amb: Dict, p: Prepared) => {
    const m = modelOf(w1, w1, amb);
    return tagFirstPass(m, p.ids, p.n);
  };
  // The second pass learns from first-pass tags as noisy as at run time: jackknifed over 4 folds.
  const jackknifeFirst = (data: Prepared[], seed: number) => {
    const first: Int32Array[] = new Array(data.length);
    for (let k = 0; k < 4; k++) {
      const rest = data.filter((_, i) => i % 4 !== k);
      const amb = dictFrom(rest);
      const w1 = trainPass(rest, taggerEpochs, seed + k, amb, null);
      data.forEach((p, i) => {
        if (i % 4 === k) first[i] = firstPassTags(w1, amb, p);
      });
    }
    return first;
  };
  const trainTaggerOn = (data: Prepared[], seed: number, first: Int32Array[]) => {
    const amb = dictFrom(data);
    const w1 = trainPass(data, taggerEpochs, seed, amb, null);
    const w2 = trainPass(data, taggerEpochs, seed + 100, amb, first);
    return modelOf(w1, w2, amb);
  };

  const globalDict = dictFrom(P);
  for (const p of P) maskUnknown(p.ids, globalDict.ambiguity);
  process.stderr.write(`tagger: ${pairs.length} classes, ${P.length} sentences\n`);
  // The tagger stage is the slow one; --cache FILE keeps its result between parser experiments.
  const cacheFile = argText('--cache');
  interface TaggerStage {
    w1: SerializedWeights;
    w2: SerializedWeights;
    dict: Dict;
    trainTags: Int32Array[];
  }
  let stage: TaggerStage;
  if (cacheFile && fs.existsSync(cacheFile)) {
    stage = v8.deserialize(fs.readFileSync(cacheFile)) as TaggerStage;
    process.stderr.write(`tagger stage read from ${cacheFile}\n`);
  } else {
    const firstAll = jackknifeFirst(P, 1);
    const tm = trainTaggerOn(P, 1, firstAll);
    // Parser training tags: jackknifed predictions (K folds) so the parser learns from tags as noisy
    // as it will see; gold tags with --folds 0.
    const trainTags = P.map((p) => p.gold);
    if (folds > 1) {
      for (let k = 0; k < folds; k++) {
        const idx = P.map((_, i) => i).filter((i) => i % folds !== k);
        const fm = trainTaggerOn(idx.map((i) => P[i]), 10 + k, idx.map((i) => firstAll[i]));
        P.forEach((p, i) => {
          if (i % folds === k) trainTags[i] = tagSentence(fm, p.ids, p.n);
        });
        process.stderr.write(`  fold ${k + 1}/${folds} tagged\n`);
      }
    }
    stage = { w1: lastSparse.get(tm.weights as ReturnType<typeof sparseFrom>)!, w2: lastSparse.get(tm.weights2 as ReturnType<typeof sparseFrom>)!, dict: { ambiguity: tm.ambiguity, allowed: tm.allowed, open: tm.open, runAllowed: tm.allowed }, trainTags };
    if (cacheFile) fs.writeFileSync(cacheFile, v8.serialize(stage));
  }
  const taggerModel = modelOf(sparseFrom(stage.w1), sparseFrom(stage.w2), stage.dict);
  const taggerWeights = { w1: stage.w1, w2: stage.w2 };
  const trainTags = stage.trainTags.slice();
  // --extra FILE: uptraining sentences (train/autoParse.ts: news parsed by a --beam teacher) join the
  // parser's training, never the tagger's: their tags are the teacher's predicted ones, as at run time.
  const extraFile = argText('--extra');
  if (extraFile) {
    // --extra-shuffle 1 draws the --extra-max sentences at random (seeded) from the whole file, else its first ones.
    const all = readConllu(fs.readFileSync(extraFile, 'utf8')).filter((s) => s.words.length > 0);
    const extra = (arg('--extra-shuffle', 0) ? shuffle(all, rng(7)) : all).slice(0, arg('--extra-max', Infinity));
    for (const s of extra) {
      const p = prep(s);
      maskUnknown(p.ids, globalDict.ambiguity);
      P.push(p);
      trainTags.push(p.gold);
    }
    process.stderr.write(`parser: ${extra.length} uptraining sentences from ${extraFile}\n`);
  }

  // Lemmatiser: edit rules per (XPOS, suffix) where one edit clearly dominates, then exceptions.
  const ruleCounts = new Map<string, Map<string, number>>();
  const formLemma = new Map<string, Map<string, number>>();
  for (const s of train)
    for (const w of s.words) {
      const lower = w.form.toLowerCase();
      const lemma = w.lemma.toLowerCase();
      const e = editOf(lower, lemma);
      for (let k = 0; k <= Math.min(MAX_SUFFIX, lower.length); k++) {
        const key = `${w.xpos}\u0001${lower.slice(lower.length - k)}`;
        let m = ruleCounts.get(key);
        if (!m) ruleCounts.set(key, (m = new Map()));
        m.set(e, (m.get(e) ?? 0) + 1);
      }
      const fk = `${lower}\u0001${w.xpos}`;
      let m = formLemma.get(fk);
      if (!m) formLemma.set(fk, (m = new Map()));
      m.set(lemma, (m.get(lemma) ?? 0) + 1);
    }
  const rules = new Map<string, string>();
  for (const [key, m] of ruleCounts) {
    let best = '', bc = 0, total = 0;
    for (const [e, c] of m) {
      total += c;
      if (c > bc) [best, bc] = [e, c];
    }
    const suffixLen = key.length - key.indexOf('\u0001') - 1;
    if (suffixLen === 0 || (total >= 3 && bc / total >= 0.6)) rules.set(key, best);
  }
  // Drop rules that only repeat what a shorter suffix already says.
  for (const [key, e] of [...rules]) {
    const [x, suf] = key.split('\u0001');
    if (!suf) continue;
    let shorter: string | undefined;
    for (let k = suf.length - 1; k >= 0 && shorter === undefined; k--) shorter = rules.get(`${x}\u0001${suf.slice(suf.length - k)}`);
    if (shorter === e) rules.delete(key);
  }
  const lemmas: LemmaModel = { rules, exceptions: new Map() };
  for (const [fk, m] of formLemma) {
    let best = '', bc = 0;
    for (const [l, c] of m) if (c > bc) [best, bc] = [l, c];
    const [lower, x] = fk.split('\u0001');
    if (ruleLemma(lemmas, lower, x) !== best) lemmas.exceptions.set(fk, best);
  }
  process.stderr.write(`lemmatiser: ${rules.size} rules, ${lemmas.exceptions.size} exceptions\n`);

  // Parser.
  // Arc weights are a hash kernel: features index 2^arcBits slots and share a slot when they collide.
  const arcBits = arg('--arc-bits', 22);
  const arcMask = (1 << arcBits) - 1;
  // --seeds A,B,…: one parser per shuffle seed, their averaged weights then averaged (parameter mixing):
  // a single run's EWT dev UAS moves by ±0.3 with its seed alone (--parser-seed 7: 0.8394, 2: 0.8438).
  const seeds = argText('--seeds')?.split(',').map(Number) ?? [arg('--parser-seed', 7)];
  let arcs = new DenseWeights(3, 1 << 20);
  let labeller = new DenseWeights(labels.length, 1 << 18);
  let r = rng(seeds[0]);
  const feats = new Int32Array(ARC_FEATURES);
  const lfeats = new Int32Array(LABEL_FEATURES);
  const scores = new Float32Array(3);
  const lscores = new Float32Array(labels.length);
  const costs = new Int32Array(3);
  const order = P.map((_, i) => i);
  const ambOf = P.map((p) => ambiguityClasses(stage.dict, p.ids, p.n));
  const parserIds = P.map((p) => clusterBackoff(p.ids));
  // --beam K (K > 1): after --beam-from greedy epochs, the arc weights learn as a global structured
  // perceptron over a beam of K (Zhang & Nivre 2011), with the max-violation update of Huang et al.
  // (2012) (--early-update 1: Collins & Roark's early update) against the oracle derivation: at each
  // state the move of least dynamic-oracle cost, a reduction before SHIFT on ties (on a projective tree
  // the usual static oracle; on a non-projective one a derivation of a best reachable tree). The labeller
  // still learns per arc, on the final best derivation's states, as it labels at run time.
  const beamK = arg('--beam', 1);
  const beamFrom = arg('--beam-from', 0);
  const earlyUpdate = arg('--early-update', 0) > 0;
  const forced = (s: State) => s.sp === 0 || (s.sp === 1 && s.b === s.n);
  const masked = (nf: number) => {
    for (let f = 0; f < nf; f++) feats[f] &= arcMask;
    return nf;
  };
  let beamUpdates = 0, beamGoldEnd = 0;
  const trainBeam = (p: Prepared, inp: ParserInput): [number, number] => {
    const n = p.n;
    // Weights of the buffer-only features per b0: no update happens during the decode.
    const bsum = new Float64Array((n + 1) * 3);
    const bhave = new Uint8Array(n + 1);
    const scoreMoves = (s: State, out: Float64Array) => {
      const b = s.b;
      if (!bhave[b]) {
        out.fill(0);
        arcs.addScores(feats, masked(bufferFeatures(inp, b, feats)), out);
        bsum.set(out, b * 3);
        bhave[b] = 1;
      }
      out[0] = bsum[b * 3];
      out[1] = bsum[b * 3 + 1];
      out[2] = bsum[b * 3 + 2];
      arcs.addScores(feats, masked(stateFeatures(inp, s, feats, 0)), out);
    };
    // Items label as the greedy trainer does: a gold arc gets its gold label, another the labeller's.
    const label = (s: State, h: number, d: number) => (h !== n && p.heads[d] === h ? p.labels[d] : chooseLabel(labeller, rootLabel, inp, s, h, d, lfeats, lscores));
    const beam = new Beam(n, beamK, true);
    const gs = new State(n);
    const goldMoves = new Int32Array(2 * n), goldLabs = new Int32Array(2 * n);
    const ms = new Float64Array(3);
    let goldScore = 0, maxV = -Infinity, tStar = -1;
    let predAt: BeamHistory | null = null;
    for (let t = 0; !beam.done; t++) {
      let gm: number;
      if (gs.sp === 0) gm = SHIFT;
      else if (gs.sp === 1 && gs.b === n) gm = LEFT;
      else {
        moveCosts(gs, p.heads, costs);
        gm = -1;
        for (const k of [LEFT, RIGHT, SHIFT]) if (gs.valid(k) && (gm < 0 || costs[k] < costs[gm])) gm = k;
        scoreMoves(gs, ms);
        goldScore += ms[gm];
      }
      beam.step(scoreMoves, label, gm);
      const gl = gm === SHIFT ? 0 : label(gs, gm === LEFT ? gs.b : gs.stack[gs.sp - 2], gs.stack[gs.sp - 1]);
      gs.apply(gm, gl);
      goldMoves[t] = gm;
      goldLabs[t] = gl;
      let inBeam = false;
      for (let k = 0; k < beam.size; k++) if (beam.gold[k]) inBeam = true;
      if (!beam.gold[0] && beam.score[0] - goldScore > maxV) {
        maxV = beam.score[0] - goldScore;
        tStar = t;
        predAt = beam.hist[0];
      }
      if (earlyUpdate && !inBeam) {
        [maxV, tStar, predAt] = [beam.score[0] - goldScore, t, beam.hist[0]];
        break;
      }
    }
    if (beam.done && beam.gold[0]) beamGoldEnd++;
    if (tStar >= 0 && maxV >= 0) {
      // The update: + the oracle's features, − the violating item's, from where they part to tStar.
      beamUpdates++;
      const pm = new Int32Array(tStar + 1), pl = new Int32Array(tStar + 1);
      for (let h = predAt, t = tStar; h; h = h.prev, t--) [pm[t], pl[t]] = [h.move, h.lab];
      const g = new State(n), q = new State(n);
      let apart = false;
      for (let t = 0; t <= tStar; t++) {
        if (pm[t] !== goldMoves[t]) apart = true;
        if (apart) {
          if (!forced(g)) arcs.bump(feats, masked(arcFeatures(inp, g, feats)), goldMoves[t], 1);
          if (!forced(q)) arcs.bump(feats, masked(arcFeatures(inp, q, feats)), pm[t], -1);
        }
        g.apply(goldMoves[t], goldLabs[t]);
        q.apply(pm[t], pl[t]);
      }
    }
    // One tick per move, as in a greedy epoch, so the average weighs both kinds of epoch alike.
    arcs.c += 2 * n - 1;
    arcs.tick();
    // The labeller: the final best derivation's states (the oracle's after an early update).
    const moves: number[] = [], labs: number[] = [];
    if (beam.done) for (let h = beam.hist[0]; h; h = h.prev) moves.push(h.move), labs.push(h.lab);
    else for (let t = 2 * n - 1; t >= 0; t--) moves.push(goldMoves[t]), labs.push(goldLabs[t]);
    const s = new State(n);
    let correct = 0, total = 0;
    for (let t = moves.length - 1; t >= 0; t--) {
      const move = moves[t];
      if (move !== SHIFT) {
        const d = s.stack[s.sp - 1];
        const h = move === LEFT ? s.b : s.stack[s.sp - 2];
        if (p.heads[d] === h && h !== n) {
          const lab = chooseLabel(labeller, rootLabel, inp, s, h, d, lfeats, lscores);
          const g = p.labels[d];
          if (lab !== g) labeller.update(lfeats, labelFeatures(inp, s, h, d, lfeats), g, lab);
          labeller.tick();
          total++;
          if (lab === g) correct++;
        }
      }
      s.apply(move, labs[t]);
    }
    return [correct, total];
  };
  const arcsMix = new DenseWeights(3, 1 << 20);
  const labellerMix = new DenseWeights(labels.length, 1 << 18);
  for (let si = 0; si < seeds.length; si++) {
    if (si > 0) {
      arcs = new DenseWeights(3, 1 << 20);
      labeller = new DenseWeights(labels.length, 1 << 18);
      r = rng(seeds[si]);
    }
    for (let e = 0; e < parserEpochs; e++) {
      let correct = 0, total = 0;
      const beamEpoch = beamK > 1 && e >= beamFrom;
      beamUpdates = beamGoldEnd = 0;
      for (const i of shuffle(order, r)) {
        const p = P[i];
        const inp: ParserInput = { ids: parserIds[i], tags: trainTags[i], amb: ambOf[i], n: p.n };
        if (beamEpoch) {
          const [c, t] = trainBeam(p, inp);
          correct += c;
          total += t;
          continue;
        }
        const s = new State(p.n);
        while (!s.done) {
          const nf = arcFeatures(inp, s, feats);
          for (let f = 0; f < nf; f++) feats[f] &= arcMask;
          arcs.score(feats, nf, scores);
          moveCosts(s, p.heads, costs);
          let pred = -1, zero = -1, minCost = 1 << 30;
          for (let k = 0; k < 3; k++) if (s.valid(k) && costs[k] < minCost) minCost = costs[k];
          for (let k = 0; k < 3; k++) {
            if (!s.valid(k)) continue;
            if (pred < 0 || scores[k] > scores[pred]) pred = k;
            if (costs[k] === minCost && (zero < 0 || scores[k] > scores[zero])) zero = k;
          }
          if (costs[pred] > minCost) arcs.update(feats, nf, zero, pred);
          arcs.tick();
          // Explore: after the first epoch follow the model's own (possibly wrong) move 90% of the time.
          const move = e > 0 && r() < 0.9 ? pred : zero;
          let lab = 0;
          if (move !== SHIFT) {
            const d = s.stack[s.sp - 1];
            const h = move === LEFT ? s.b : s.stack[s.sp - 2];
            lab = chooseLabel(labeller, rootLabel, inp, s, h, d, lfeats, lscores);
            if (p.heads[d] === h && h !== p.n) {
              const g = p.labels[d];
              if (lab !== g) {
                const nl = labelFeatures(inp, s, h, d, lfeats);
                labeller.update(lfeats, nl, g, lab);
              }
              labeller.tick();
              total++;
              if (lab === g) correct++;
              lab = g;
            }
          }
          s.apply(move, lab);
        }
      }
      process.stderr.write(`  parser epoch ${e + 1}${beamEpoch ? ` (beam ${beamK}: ${beamUpdates} updates, oracle best at the end ${beamGoldEnd} of ${P.length})` : ''}: arc rows ${arcs.index.size}, label acc on gold arcs ${(correct / Math.max(1, total)).toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
      // --dev-every K: dev scores of the averaged weights every K epochs, to choose --parser-epochs.
      const every = arg('--dev-every', 0);
      if (every > 0 && (e + 1) % every === 0) {
        const m = { source: '', tagger: taggerModel, lemmas: indexLemmas(lemmas), parser: { labels, rootLabel, arcs: new KernelWeights(arcs.toSparse(0.02, 50), arcBits), labeller: sparseFrom(labeller.toSparse(0.02, 50)), beam: beamEpoch ? beamK : 1 } };
        const sc = scoreSyntax(dev, dev.map((x) => parseWords(m, x.words.map((w) => w.form))));
        process.stderr.write(`    dev after ${e + 1} epochs: UAS ${sc.uas.toFixed(4)} LAS ${sc.las.toFixed(4)}\n`);
      }
    }
    if (seeds.length > 1) {
      process.stderr.write(`  seed ${seeds[si]} done\n`);
      arcs.mixInto(arcsMix, 1 / seeds.length);
      labeller.mixInto(labellerMix, 1 / seeds.length);
    }
  }
  if (seeds.length > 1) {
    arcs = arcsMix;
    labeller = labellerMix;
  }

  // Prune and quantise: the largest model whose compressed size (as in the VSIX, a zip) is under
  // --max-mb wins; smaller weights are dropped first. The people model takes ≈ 0.8 MB of the 12 MB.
  const maxMb = arg('--max-mb', 11.1);
  let chosen: { bytes: Uint8Array; sc: ReturnType<typeof scoreSyntax>; prune: number; wps: number } | null = null;
  // Small weights cost run time (every look-up of a row adds all its entries) for little accuracy:
  // --label-prune drops labeller weights under it, --tag-min-q tagger weights under it (in 1/100).
  // Measured on EWT dev against keeping them: label prune 1 costs 0.0010 LAS and makes the syntax
  // layer ≈ 15% faster in CPU time; tagger entries under 0.2 cost nothing.
  const labelPrune = arg('--label-prune', 1);
  const tagMinQ = arg('--tag-min-q', 20);
  const tagW1 = pruneSerialized(taggerWeights.w1, tagMinQ);
  const tagW2 = pruneSerialized(taggerWeights.w2, tagMinQ);
  for (const prune of [0.02, 0.05, 0.1, 0.2, 0.4, 0.8, 1.6]) {
    const bytes = encodeSyntaxModel({
      source: 'Trained by server/src/analysis/syntax/train/train.ts on UD English EWT train (CC BY-SA 4.0).',
      upos,
      xpos,
      labels,
      rootLabel,
      rules,
      exceptions: lemmas.exceptions,
      ambiguity: taggerModel.ambiguity,
      clusters,
      gate,
      allowed: taggerModel.allowed,
      open: taggerModel.open,
      tagger: tagW1,
      tagger2: tagW2,
      arcs: arcs.toSparse(prune, 50),
      arcBits,
      labeller: labeller.toSparse(Math.max(prune, labelPrune), 50),
      beam: beamK > 1 && parserEpochs > beamFrom ? beamK : 1,
    });
    const zipped = zlib.deflateRawSync(bytes, { level: 9 }).length / 1e6;
    if (zipped > maxMb) {
      process.stderr.write(`  prune ${prune}: ${zipped.toFixed(2)} MB compressed, over ${maxMb} MB\n`);
      continue;
    }
    const model = decodeSyntaxModel(bytes);
    const t1 = Date.now();
    const pred = dev.map((s) => parseWords(model, s.words.map((w) => w.form)));
    const secs = (Date.now() - t1) / 1000;
    const sc = scoreSyntax(dev, pred);
    process.stderr.write(`  prune ${prune}: ${(bytes.length / 1e6).toFixed(2)} MB (${zipped.toFixed(2)} MB compressed); dev UPOS ${sc.upos.toFixed(4)} UAS ${sc.uas.toFixed(4)} LAS ${sc.las.toFixed(4)}\n`);
    chosen = { bytes, sc, prune, wps: sc.words / secs };
    break;
  }
  if (!chosen) throw new Error('no pruning level fits the size limit');
  fs.writeFileSync(OUT, chosen.bytes);
  const sc = chosen.sc;
  process.stderr.write(
    `wrote ${path.relative(REPO, OUT)} (${(chosen.bytes.length / 1e6).toFixed(2)} MB, prune ${chosen.prune}); dev: UPOS ${sc.upos.toFixed(4)} XPOS ${sc.xpos.toFixed(4)} lemma ${sc.lemma.toFixed(4)} UAS ${sc.uas.toFixed(4)} LAS ${sc.las.toFixed(4)}; ${chosen.wps.toFixed(0)} words/s; total ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
  );
}

main();
