// Writes syntax/frequentForms.json: the most frequent word forms of UD English EWT train (CC BY-SA 4.0,
// like the model trained on it), as written. The server analyses them once while it warms up
// (AnalysisHost.warmUp), so the first article it analyses finds its common words in the word caches of
// the tagger and the name tagger as the tenth does: results are the same either way (the caches only
// remember what the weights give).
//
//   npx tsc -p . && node out/server/src/analysis/syntax/train/frequentForms.js [shared-dir] [--top 3000]
import * as fs from 'fs';
import * as path from 'path';
import { readConllu } from '../conllu';

function main(): void {
  const args = process.argv.slice(2);
  const shared = args.find((a, k) => !a.startsWith('--') && !(k > 0 && args[k - 1].startsWith('--'))) ?? path.resolve(__dirname, '../../../../../../../shared');
  const i = args.indexOf('--top');
  const top = i >= 0 ? Number(args[i + 1]) : 3000;
  const counts = new Map<string, number>();
  for (const s of readConllu(fs.readFileSync(path.join(shared, 'eval/ud-ewt/en_ewt-ud-train.conllu'), 'utf8'))) {
    for (const w of s.words) counts.set(w.form, (counts.get(w.form) ?? 0) + 1);
  }
  // Ties in form order, so the file is the same on every run.
  const forms = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, top).map(([f]) => f);
  const out = {
    source: `The ${top} most frequent word forms of UD English EWT train (CC BY-SA 4.0, as the syntax model trained on it), written by syntax/train/frequentForms.ts; read at warm-up only.`,
    forms,
  };
  const file = path.resolve(__dirname, '../../../../../../server/src/analysis/syntax/frequentForms.json');
  fs.writeFileSync(file, JSON.stringify(out) + '\n');
  console.log(`wrote ${file} (${forms.length} forms)`);
}

main();
