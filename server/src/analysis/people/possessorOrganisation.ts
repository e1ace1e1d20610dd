// Rule people.possessor-organisation: a one-word name written as the possessor of someone's full name is the
// organisation that person works for, not a person: "Gallup’s Jeffrey M. Jones wrote" (HuffPost), "by DNAinfo's
// Eddie Small" (Politico, PolNeAR train, three reporters). The name tagger, trained on 1996 news, reads many
// later outlets and companies as people, and nothing in the one word says otherwise. A person rarely stands
// so before another's full name without a title between ("Obama's Secretary of State Hillary Clinton"), and
// the public figures who do are listed family names ("Trump's Mike Pence"), which this rule leaves alone, as it
// leaves any name with a title, a gender or a listed first name. The whole name leaves the people list.
import { KNOWN_SURNAMES, isKnownFirstName } from './lexicon';
import type { Cluster } from './clusters';
import type { Candidate } from './names';
import { isPossessiveMark, type Unit } from './units';

/** The people that possess another's full name, by the name mentions assigned to them. */
export function possessorOrganisations(units: readonly Unit[], assigned: ReadonlyMap<Candidate, Cluster>): Set<Cluster> {
  const out = new Set<Cluster>();
  const startingAt = new Map<number, Cluster>();
  for (const [c, cl] of assigned) if (c.words.length > 1 && cl.words.length > 1) startingAt.set(c.first, cl);
  if (!startingAt.size) return out;
  for (const [c, cl] of assigned) {
    if (out.has(cl) || c.words.length !== 1 || cl.words.length !== 1 || cl.titles.length || cl.gender !== null || cl.tentative) continue;
    if (isKnownFirstName(cl.words[0]) || KNOWN_SURNAMES.hasWord(cl.words[0])) continue;
    const mark = units[c.last];
    if (!mark || mark.sentence !== units[c.first].sentence || !isPossessiveMark(units, c.last)) continue;
    const owned = startingAt.get(c.last + 1);
    if (owned && owned !== cl && units[c.last + 1].sentence === mark.sentence) out.add(cl);
  }
  return out;
}
