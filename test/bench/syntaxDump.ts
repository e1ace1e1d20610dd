// `node out/test/bench/syntaxDump.js [OUT]`: a fingerprint of everything the syntax layer outputs, so a
// speed change can be shown to change nothing. It runs `buildSyntax` over the shared articles and the
// PolNeAR train texts, and `parseWords` over EWT dev (gold tokens), and prints one SHA-256 per corpus
// of every word's (start, end, token, upos, xpos, lemma, head, deprel). With OUT it also writes the
// full dump there (one line per word), for diffing when a fingerprint moves.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { readConllu } from '../../server/src/analysis/syntax/conllu';
import { parseWords } from '../../server/src/analysis/syntax';
import { buildSyntax } from '../../server/src/analysis/syntax/layer';
import { segment } from '../../server/src/analysis/text';
import { ModelStore } from '../../server/src/models';
import { polnearTrain, sharedDir, textFiles, loadTexts } from '../support/corpus';

function main(): void {
  const out = process.argv[2];
  const shared = sharedDir();
  const model = new ModelStore().syntaxModel();
  if (!model) throw new Error('no syntax model');
  const lines: string[] = [];
  const report = (name: string, ls: string[]) => {
    const h = crypto.createHash('sha256');
    for (const l of ls) h.update(l + '\n');
    console.log(`${name}: ${ls.length} lines sha256 ${h.digest('hex')}`);
    for (const l of ls) lines.push(l);
  };
  const layerOf = (texts: { name: string; text: string }[]) => {
    const ls: string[] = [];
    for (const t of texts) {
      const seg = segment(t.text);
      const layer = buildSyntax(seg.tokens, seg.sentences, model);
      ls.push(`# ${t.name} ${layer.sentenceWords.map((s) => `${s.start}-${s.end}`).join(',')} ${Array.from(layer.tokenWord).join(',')}`);
      for (const w of layer.words) ls.push(`${w.start}\t${w.end}\t${w.token}\t${w.upos}\t${w.xpos}\t${w.lemma}\t${w.head}\t${w.deprel}`);
    }
    return ls;
  };
  report('articles', layerOf(loadTexts([...textFiles('articles', shared), ...textFiles('articles/polnear-dev', shared)], shared)));
  report('polnear-train', layerOf(polnearTrain(shared)));
  const dev = readConllu(fs.readFileSync(path.join(shared, 'eval/ud-ewt/en_ewt-ud-dev.conllu'), 'utf8')).filter((s) => s.words.length);
  const ls: string[] = [];
  for (const s of dev) {
    const p = parseWords(model, s.words.map((w) => w.form));
    ls.push('#');
    for (let i = 0; i < p.upos.length; i++) ls.push(`${p.upos[i]}\t${p.xpos[i]}\t${p.lemma[i]}\t${p.head[i]}\t${p.deprel[i]}`);
  }
  report('ewt-dev', ls);
  if (out) fs.writeFileSync(out, lines.join('\n') + '\n');
}

main();
