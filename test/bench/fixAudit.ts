// Quick-fix audit (issue 14: "no offered quick fix produces text that a reader would correct"): for every
// diagnostic on the PolNeAR dev articles (or another split), asks for the code actions the editor would
// offer, applies each text edit, and prints the changed sentence before and after — to be read, not
// asserted (test/unit/quickfixes.test.ts asserts what can be checked mechanically). Not shipped.
//   npm run compile-tests && node out/test/bench/fixAudit.js [dev|train] [name-filter]
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../support/models';
import { codeActions, fixAll } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { LineIndex } from '../../server/src/features/lineIndex';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { REPO, applyEdits } from '../support/lspClient';

const URI = 'file:///audit.article';
const CONFIG_URI = 'file:///.articlelens.json';

/** The sentence-sized window around [start, end) of `text`: back and forward to a paragraph break or 160 chars. */
function around(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 160 && text[a - 1] !== '\n') a--;
  let b = end;
  while (b < text.length && b - end < 160 && text[b] !== '\n') b++;
  return text.slice(a, b).replace(/\s+/g, ' ');
}

function main(): void {
  const split = process.argv[2] ?? 'dev';
  const filter = process.argv[3] ?? '';
  const shared = process.env.ARTICLE_LENS_SHARED ?? path.resolve(REPO, '..', 'shared');
  const dir = path.join(shared, 'eval', 'polnear', split, 'text');
  const counts = new Map<string, { diagnostics: number; textFixes: number; configFixes: number }>();
  let articles = 0;
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.includes(filter)) continue;
    articles++;
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const a = analyzeArticle(text);
    const lines = new LineIndex(text);
    const diags = diagnostics(a, lines, DEFAULT_SETTINGS, Infinity);
    for (const d of diags) {
      const code = String(d.code);
      const row = counts.get(code) ?? { diagnostics: 0, textFixes: 0, configFixes: 0 };
      counts.set(code, row);
      row.diagnostics++;
      const start = lines.offsetAt(d.range.start);
      const end = lines.offsetAt(d.range.end);
      console.log(`\n[${code}] ${name} ${d.message}`);
      for (const act of codeActions(a, lines, URI, [d], { uri: CONFIG_URI, text: null })) {
        const edits = act.edit?.changes?.[URI];
        if (!edits) {
          row.configFixes++;
          console.log(`  (config) ${act.title}`);
          continue;
        }
        row.textFixes++;
        const fixed = applyEdits(text, edits);
        const lo = Math.min(start, ...edits.map((e) => lines.offsetAt(e.range.start)));
        const hi = Math.max(end, ...edits.map((e) => lines.offsetAt(e.range.end)));
        const grown = fixed.length - text.length;
        console.log(`  FIX ${act.title}`);
        console.log(`    before: ${around(text, lo, hi)}`);
        console.log(`    after:  ${around(fixed, lo, hi + grown)}`);
      }
    }
    for (const act of fixAll(a, lines, URI, a.findings)) {
      const edits = act.edit?.changes?.[URI] ?? [];
      console.log(`\n[fix-all] ${name} ${act.title}`);
      for (const e of edits) {
        const at = lines.offsetAt(e.range.start);
        console.log(`    before: ${around(text, at, at)}`);
        console.log(`    after:  ${around(applyEdits(text, [e]), at, at + e.newText.length)}`);
      }
    }
  }
  console.log(`\n${articles} articles (${split})`);
  for (const [code, r] of counts) console.log(`  ${code}: ${r.diagnostics} diagnostics, ${r.textFixes} text fixes, ${r.configFixes} configuration fixes`);
}

main();
