// Uptraining data (Petrov et al. 2010, "Uptraining for accurate deterministic question parsing"): news
// sentences parsed by a slower, more accurate teacher (a --beam model of train.ts), written as CoNLL-U
// for train.ts --extra, so that the shipped greedy parser learns the teacher's decisions on the
// product's own kind of text. Only training text is read: the PolNeAR train texts (as the engine splits
// them into sentences and words) and the CoNLL-2003 English train sentences (their own tokens). No dev
// or test text.
//   node out/server/src/analysis/syntax/train/autoParse.js TEACHER.bin OUT.conllu
import * as fs from 'node:fs';
import * as path from 'node:path';
import { segment } from '../../text';
import { modelForms } from '../layer';
import { decodeSyntaxModel, parseWords } from '../index';
import { writeConllu, type ConlluSentence, type ConlluWord } from '../conllu';

const REPO = process.cwd();
const SHARED = path.resolve(REPO, '../shared');
const MIN_WORDS = 4;
const MAX_WORDS = 60;

function word(form: string, p: ReturnType<typeof parseWords>, i: number): ConlluWord {
  return { form, lemma: p.lemma[i], upos: p.upos[i], xpos: p.xpos[i], feats: '_', head: p.head[i], deprel: p.deprel[i], deps: '_', misc: '_' };
}

/** The PolNeAR train texts, each sentence in the forms the model reads in the engine (syntax/layer.ts). */
function newsSentences(m: ReturnType<typeof decodeSyntaxModel>, out: ConlluSentence[]): void {
  const dir = path.join(SHARED, 'eval/polnear/train/text');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const tm = segment(fs.readFileSync(path.join(dir, f), 'utf8'));
    tm.sentences.forEach((s, si) => {
      const forms = modelForms(tm.tokens, s);
      if (forms.length < MIN_WORDS || forms.length > MAX_WORDS) return;
      const p = parseWords(m, forms);
      out.push({ comments: [`# source = polnear-train/${f}#${si + 1}`], extra: [], words: forms.map((form, i) => word(form, p, i)) });
    });
  }
}

/** CoNLL-2003 English train sentences in their own tokens, headlines in capitals and tables left out. */
function conllSentences(m: ReturnType<typeof decodeSyntaxModel>, out: ConlluSentence[]): void {
  const file = path.join(SHARED, 'eval/conll2003/eng.train');
  let cur: string[] = [];
  let k = 0;
  const flush = () => {
    const letters = cur.join('').replace(/[^\p{L}]/gu, '');
    const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
    if (cur.length >= MIN_WORDS && cur.length <= MAX_WORDS && lower > letters.length / 2) {
      const p = parseWords(m, cur);
      out.push({ comments: [`# source = conll2003-eng.train#${k}`], extra: [], words: cur.map((form, i) => word(form, p, i)) });
    }
    cur = [];
    k++;
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const form = line.split(' ')[0];
    if (!line.trim()) {
      if (cur.length) flush();
    } else if (form !== '-DOCSTART-') cur.push(form);
  }
  if (cur.length) flush();
}

function main(): void {
  const [teacher, outFile] = process.argv.slice(2);
  if (!teacher || !outFile) {
    process.stderr.write('usage: autoParse TEACHER.bin OUT.conllu\n');
    process.exit(2);
  }
  const m = decodeSyntaxModel(fs.readFileSync(teacher));
  const out: ConlluSentence[] = [];
  const t0 = Date.now();
  newsSentences(m, out);
  const news = out.length;
  conllSentences(m, out);
  fs.writeFileSync(outFile, writeConllu(out));
  process.stderr.write(`${news} PolNeAR train and ${out.length - news} CoNLL-2003 train sentences, ${out.reduce((a, s) => a + s.words.length, 0)} words, beam ${m.parser.beam} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
}

main();
