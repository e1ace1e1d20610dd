// Why GAP rows go wrong: each snippet of GAP development and validation is run through the whole
// engine, as the GAP eval does (gap.ts), and each row is put in one class:
//   right       both A/B decisions match the gold;
//   nameMissed  the gold name (A or B, whichever is coreferent) is no name mention of any person (name recall);
//   notVisited  the pronoun is not one the resolver looks at (inside a quotation, not a gendered pronoun…);
//   unresolved  the resolver looked at it and answered nobody (model abstained, no rule fired);
//   merged      the pronoun's person holds both A and B (two people made one);
//   split       the pronoun's person shares a word with the gold name but not its mention (one person made two);
//   wrong       resolved to another person (the other name, or someone else);
//   neitherFp   GAP says neither name, but the pronoun was resolved to A or B.
// For the unresolved and wrong classes it also says whether the gold person was in the candidate set
// and where the model ranked it. Snippet context only; GAP test is never read.
//
//   npm run compile-tests && node out/test/eval/gapDiagnose.js [development|validation] [--examples N] [--class C]
import * as path from 'path';
import { segment } from '../../server/src/analysis/text';
import { readGap, type GapRow } from './gap';
import { analyzeArticle, findPeople } from '../support/models';
import { sharedDir } from './run';
import corefWeights from '../../server/src/analysis/people/coref.json';

/** The pronoun model's score of a candidate, from its feature names (as the trainer scores). */
const weights = new Map(Object.entries((corefWeights as { weights: Record<string, number> }).weights));
const scoreOf = (features: string[]) => features.reduce((s, f) => s + (weights.get(f) ?? 0), 0);

type Cause = 'right' | 'nameMissed' | 'notVisited' | 'unresolved' | 'merged' | 'split' | 'wrong' | 'neitherFp';
const CAUSES: Cause[] = ['right', 'nameMissed', 'notVisited', 'unresolved', 'merged', 'split', 'wrong', 'neitherFp'];

interface Diagnosis {
  cause: Cause;
  /** Where the gold person ranked among the pronoun's candidates (0 = first), -1 if absent, null if not visited. */
  goldRank: number | null;
  candidates: number;
  note: string;
}

const overlaps = (s: number, e: number, offset: number, name: string) => s < offset + name.length && offset < e;

export function diagnose(row: GapRow): Diagnosis {
  const an = analyzeArticle(row.text);
  const goldA = row.aCoref;
  const goldB = row.bCoref;
  const gold = goldA ? { name: row.a, offset: row.aOffset } : goldB ? { name: row.b, offset: row.bOffset } : null;
  const named = (offset: number, name: string) => an.mentions.some((m) => m.kind !== 'pronoun' && overlaps(m.start, m.end, offset, name));
  const pm = an.mentions.find((m) => m.start <= row.pronounOffset && row.pronounOffset < m.end);
  const hits = (offset: number, name: string) => !!pm && an.mentions.some((m) => m.person === pm.person && m.kind !== 'pronoun' && overlaps(m.start, m.end, offset, name));
  const predA = hits(row.aOffset, row.a);
  const predB = hits(row.bOffset, row.b);

  // The resolver's own view of the pronoun: its candidates ranked by the model (features summed by the collector's names).
  let goldRank: number | null = null;
  let candidates = 0;
  const seg = segment(row.text);
  findPeople(seg, {
    collect: (u, cands) => {
      if (u.start !== row.pronounOffset) return;
      candidates = cands.length;
      if (!gold) return (goldRank = -1);
      const ranked = cands.map((c) => ({ c, s: scoreOf(c.features) })).sort((x, y) => y.s - x.s);
      goldRank = ranked.findIndex(({ c }) => c.spans.some(([s, e]) => overlaps(s, e, gold.offset, gold.name)));
    },
  });
  const person = pm ? an.people.find((p) => p.id === pm.person) : undefined;
  const note = `pronoun→${person ? person.name : '∅'}; people: ${an.people.map((p) => p.name).join(' | ')}`;
  const d = (cause: Cause): Diagnosis => ({ cause, goldRank, candidates, note });
  if (predA === goldA && predB === goldB) return d('right');
  if (!gold) return d('neitherFp');
  if (!named(gold.offset, gold.name)) return d('nameMissed');
  if (!pm) return d(goldRank === null ? 'notVisited' : 'unresolved');
  if (predA && predB) return d('merged');
  const goldWords = new Set(gold.name.toLowerCase().split(/\s+/));
  const pmWords = an.mentions.filter((m) => m.person === pm.person && m.kind !== 'pronoun').flatMap((m) => m.text.toLowerCase().split(/\s+/));
  if (pmWords.some((w) => goldWords.has(w))) return d('split');
  return d('wrong');
}

function main(): void {
  const args = process.argv.slice(2);
  const sets = args.filter((a) => a === 'development' || a === 'validation');
  const exIdx = args.indexOf('--examples');
  const examples = exIdx >= 0 ? +args[exIdx + 1] : 3;
  const clIdx = args.indexOf('--class');
  const only = clIdx >= 0 ? args[clIdx + 1] : null;
  for (const set of sets.length ? sets : ['development', 'validation']) {
    const rows = readGap(path.join(sharedDir(), `eval/gap/gap-${set}.tsv`));
    const byCause = new Map<Cause, Array<{ row: GapRow; d: Diagnosis }>>(CAUSES.map((c) => [c, []]));
    const ranks = { inFirst: 0, lower: 0, absent: 0 };
    for (const row of rows) {
      const d = diagnose(row);
      byCause.get(d.cause)!.push({ row, d });
      if ((d.cause === 'unresolved' || d.cause === 'wrong') && d.goldRank !== null) {
        if (d.goldRank === 0) ranks.inFirst++;
        else if (d.goldRank > 0) ranks.lower++;
        else ranks.absent++;
      }
    }
    console.log(`\nGAP ${set}: ${rows.length} rows`);
    for (const c of CAUSES) console.log(`  ${c.padEnd(11)} ${String(byCause.get(c)!.length).padStart(5)}  ${((100 * byCause.get(c)!.length) / rows.length).toFixed(1)} %`);
    console.log(`  unresolved+wrong: gold person ranked first ${ranks.inFirst}, lower ${ranks.lower}, not a candidate ${ranks.absent}`);
    for (const c of CAUSES) {
      if (c === 'right' || (only && c !== only)) continue;
      const list = byCause.get(c)!.slice(0, examples);
      if (!list.length) continue;
      console.log(`\n  -- ${c} --`);
      for (const { row, d } of list) {
        const gold = row.aCoref ? `A=${row.a}` : row.bCoref ? `B=${row.b}` : 'neither';
        console.log(`  [${row.id}] ${row.pronoun}@${row.pronounOffset} gold ${gold} (A=${row.a}, B=${row.b}); rank ${d.goldRank} of ${d.candidates}; ${d.note}`);
        const lo = Math.max(0, Math.min(row.aOffset, row.bOffset, row.pronounOffset) - 80);
        const hi = Math.min(row.text.length, Math.max(row.aOffset, row.bOffset, row.pronounOffset) + 60);
        console.log(`     …${row.text.slice(lo, row.pronounOffset)}[[${row.pronoun}]]${row.text.slice(row.pronounOffset + row.pronoun.length, hi)}…`);
      }
    }
  }
}

if (require.main === module) main();
