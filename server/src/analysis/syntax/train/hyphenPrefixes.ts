// Writes syntax/hyphenPrefixes.json: the prefixes UD English EWT train writes as one word with the rest of a
// hyphenated word ("re-secured", "non-violence", "co-founder", "anti-army"), where it splits other hyphenated
// words into parts and a HYPH ("al - Ani", "well - known"). The article tokeniser splits at hyphens the same
// way (syntax/layer.ts splitToken) except after these prefixes: split, "co - sponsored" was parsed as a subject
// "co" and a relative clause, and "jump-start" titled "jumps". A first part is listed when EWT train writes
// it whole before at least two different words and split less often than whole (CC BY-SA 4.0, like the
// model trained on it).
//
//   npx tsc -p . && node out/server/src/analysis/syntax/train/hyphenPrefixes.js [shared-dir]
import * as fs from 'fs';
import * as path from 'path';
import { readConllu } from '../conllu';

/** At least this many different whole words with the prefix ("MEH-risk", one document's code, is no prefix). */
const MIN_WHOLE = 2;

function main(): void {
  const shared = process.argv[2] ?? path.resolve(__dirname, '../../../../../../../shared');
  const whole = new Map<string, number>();
  const seconds = new Map<string, Set<string>>();
  const split = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of readConllu(fs.readFileSync(path.join(shared, 'eval/ud-ewt/en_ewt-ud-train.conllu'), 'utf8'))) {
    s.words.forEach((w, i) => {
      // A word of letters, one hyphen, letters: its first part (addresses and codes are not words).
      const m = /^(\p{L}+)-(\p{L}+)/u.exec(w.form);
      if (m && !w.form.includes('/')) {
        const p = m[1].toLowerCase();
        bump(whole, p);
        if (!seconds.has(p)) seconds.set(p, new Set());
        seconds.get(p)!.add(m[2].toLowerCase());
      }
      // A hyphen between two parts of one written word.
      const prev = s.words[i - 1];
      if (w.form === '-' && w.xpos === 'HYPH' && prev && /SpaceAfter=No/.test(prev.misc) && /SpaceAfter=No/.test(w.misc) && /^\p{L}+$/u.test(prev.form)) bump(split, prev.form.toLowerCase());
    });
  }
  const prefixes = [...whole]
    .filter(([p, n]) => seconds.get(p)!.size >= MIN_WHOLE && (split.get(p) ?? 0) < n)
    .map(([p]) => p)
    .sort();
  const out = {
    source: 'First parts of hyphenated words that UD English EWT train (CC BY-SA 4.0) writes as one word, before at least two different words and more often whole than split; written by syntax/train/hyphenPrefixes.ts. The article tokeniser does not split a word after one of them (syntax/layer.ts splitToken).',
    prefixes,
  };
  const file = path.resolve(__dirname, '../../../../../../server/src/analysis/syntax/hyphenPrefixes.json');
  fs.writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${file}: ${prefixes.join(' ')}`);
}

main();
