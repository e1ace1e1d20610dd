// GAP (Webster et al. 2018) pronoun resolution, scored as GAP's scorer does: each snippet asks whether the
// pronoun refers to name A and whether it refers to name B; F1 of the "yes" decisions over both, overall
// and by the pronoun's gender. Snippet-context only: the engine reads the text, nothing else.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../support/models';

export interface GapRow {
  id: string;
  text: string;
  pronoun: string;
  pronounOffset: number;
  a: string;
  aOffset: number;
  aCoref: boolean;
  b: string;
  bOffset: number;
  bCoref: boolean;
}

export function readGap(file: string): GapRow[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n').slice(1).filter((l) => l.trim());
  return lines.map((l) => {
    const c = l.split('\t');
    return { id: c[0], text: c[1], pronoun: c[2], pronounOffset: +c[3], a: c[4], aOffset: +c[5], aCoref: c[6] === 'TRUE', b: c[7], bOffset: +c[8], bCoref: c[9] === 'TRUE' };
  });
}

const FEMININE = new Set(['she', 'her', 'hers', 'herself']);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Our decisions: the pronoun's person, and whether each name's span is a mention of that person;
 * `goldMissed`: the gold antecedent's name (A or B, whichever is marked coreferent) is no name or title
 * mention of any person (name recall: the pronoun cannot be resolved to it whatever the pronoun model does).
 */
export function decide(row: GapRow): { a: boolean; b: boolean; goldMissed: boolean } {
  const an = analyzeArticle(row.text);
  const named = (offset: number, name: string) => an.mentions.some((m) => m.kind !== 'pronoun' && m.start < offset + name.length && offset < m.end);
  const goldMissed = (row.aCoref && !named(row.aOffset, row.a)) || (row.bCoref && !named(row.bOffset, row.b));
  const pm = an.mentions.find((m) => m.start <= row.pronounOffset && row.pronounOffset < m.end);
  if (!pm) return { a: false, b: false, goldMissed };
  const hits = (offset: number, name: string) => an.mentions.some((m) => m.person === pm.person && m.kind !== 'pronoun' && m.start < offset + name.length && offset < m.end);
  return { a: hits(row.aOffset, row.a), b: hits(row.bOffset, row.b), goldMissed };
}

export function gapScores(rows: GapRow[]): { overall: number; masculine: number; feminine: number; goldMissed: number; withGold: number } {
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const m: Counts = { tp: 0, fp: 0, fn: 0 };
  const f: Counts = { tp: 0, fp: 0, fn: 0 };
  let goldMissed = 0;
  let withGold = 0;
  for (const r of rows) {
    const d = decide(r);
    if (r.aCoref || r.bCoref) withGold++;
    if (d.goldMissed) goldMissed++;
    const g = FEMININE.has(r.pronoun.toLowerCase()) ? f : m;
    for (const [pred, gold] of [
      [d.a, r.aCoref],
      [d.b, r.bCoref],
    ]) {
      for (const c of [all, g]) {
        if (pred && gold) c.tp++;
        else if (pred) c.fp++;
        else if (gold) c.fn++;
      }
    }
  }
  const f1 = (c: Counts) => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
  return { overall: f1(all), masculine: f1(m), feminine: f1(f), goldMissed, withGold };
}

/** Issue #15's floor on GAP validation. */
export const GAP_FLOOR = 0.75;

/** The always-the-first-name baseline: every pronoun refers to A (GAP's A is the name written first). */
export function firstNameBaseline(rows: GapRow[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    if (r.aCoref) tp++;
    else fp++;
    if (r.bCoref) fn++;
  }
  return (2 * tp) / (2 * tp + fp + fn);
}

export function gap(shared: string): boolean {
  const rows = readGap(path.join(shared, 'eval/gap/gap-validation.tsv'));
  const s = gapScores(rows);
  console.log(`GAP validation baseline, always the first name (A): F1 ${firstNameBaseline(rows).toFixed(3)}`);
  console.log(`GAP validation (${rows.length} snippets): F1 ${s.overall.toFixed(3)} (masculine ${s.masculine.toFixed(3)}, feminine ${s.feminine.toFixed(3)}, bias F/M ${(s.feminine / (s.masculine || 1)).toFixed(2)}); floor ${GAP_FLOOR}`);
  console.log(`GAP validation: the gold name is no mention of any person in ${s.goldMissed} of ${s.withGold} snippets with a gold antecedent`);
  return s.overall >= GAP_FLOOR;
}
