// Rule people.known-surname: a family name the news names public figures by (lexicon surnames.json, written
// from the PolNeAR train texts by train/surnames.ts, with the gender nearly all people named so have) that an
// article writes alone, and that no one of the article goes by (not even two people who share it, "Donald
// Trump" and "Melania Trump"), is a person: the name tagger, trained on 1996 news, never saw it and reads an
// organisation there ("''Obama doesn't get along with Putin,''", "told Obama"). Only where the name stands as a
// clause's word, not a modifier ("the Obama administration"), in no Title Case headline, and not where a rule
// found a company, an organisation or a place; once it is a person, its other occurrences join it.
import { KNOWN_SURNAMES, knownSurnameGender } from './lexicon';
import type { Cluster, ClusterIndex } from './clusters';
import type { Candidate } from './names';
import type { SyntaxView } from './syntaxRoles';

/**
 * The candidates the rule makes people, each with its person (a new cluster per name, made by `newCluster`),
 * in text order: first those that stand as a clause's word, then the name's other occurrences.
 */
export function knownSurnamePeople(
  candidates: readonly Candidate[],
  assigned: ReadonlyMap<Candidate, Cluster>,
  index: ClusterIndex,
  companies: ReadonlySet<Candidate>,
  titleCase: ReadonlySet<number>,
  view: SyntaxView,
  newCluster: (c: Candidate) => Cluster,
): Array<[Candidate, Cluster]> {
  const known = new Map<string, Cluster>();
  const out: Array<[Candidate, Cluster]> = [];
  const taken = new Set<Candidate>();
  const lone = (c: Candidate) => !assigned.has(c) && c.words.length === 1 && !c.hard;
  for (const c of candidates) {
    if (!lone(c) || !KNOWN_SURNAMES.hasWord(c.words[0]) || c.organisation || companies.has(c)) continue;
    if (titleCase.has(c.sentence) || view.modifiesNoun(c.first, c.last)) continue;
    let cl = known.get(c.words[0]);
    if (!cl) {
      if (index.byWord.get(c.words[0])?.length) continue;
      cl = newCluster(c);
      // (A lone "Obama" without it took a woman's "she".)
      cl.gender = knownSurnameGender(c.words[0]);
      known.set(c.words[0], cl);
    }
    out.push([c, cl]);
    taken.add(c);
  }
  for (const c of candidates) {
    const cl = lone(c) && !taken.has(c) ? known.get(c.words[0]) : undefined;
    if (cl) out.push([c, cl]);
  }
  return out;
}
