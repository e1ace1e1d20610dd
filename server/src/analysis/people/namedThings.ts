// Rule people.named-thing: a name run that goes on past a person's name into a head that may also be a family
// name ("Day", "House", "Now", "Park") is a thing named after that person: "Barack Obama Election Day",
// "Hillary Clinton White House", "Larry King Now", "the Clinton White House". The run keeps only the person's
// name, which the article uses elsewhere on its own, so the mention is theirs; a run that never repeats a
// name stays as it is ("Marjorie Merriweather Post" is a woman, not a newspaper).
import { NON_PERSON_HEADS, isKnownFirstName } from './lexicon';
import { trimCandidate, type Candidate } from './names';
import type { Unit } from './units';

/** A person's name is no longer than this, in words ("Pedro Arnulfo Sánchez Suárez"): a longer prefix is not looked up. */
const MAX_NAME_WORDS = 6;

/**
 * Trims each candidate read as a person (`isPerson`) that goes on past a name the article uses elsewhere
 * (`named`: the words of the candidates that may be people) into a thing's head; the trimmed candidate is
 * that person's name again, no rejection (its head had made it a soft one).
 */
export function trimNamedThings(units: readonly Unit[], candidates: readonly Candidate[], named: ReadonlySet<string>, isPerson: (c: Candidate) => boolean, nonPerson: Set<Candidate>): void {
  for (const c of candidates) {
    if (!isPerson(c)) continue;
    const p = namedThingPrefix(c, units, named);
    if (!p) continue;
    trimCandidate(c, units, p);
    c.reject = c.hard = false;
    nonPerson.delete(c);
  }
}

/** The number of leading words of `c` that name someone the article names so elsewhere, or 0. */
function namedThingPrefix(c: Candidate, units: readonly Unit[], named: ReadonlySet<string>): number {
  const n = c.words.length;
  // (Not a name an organisation's head rejected outright: "the Clinton Global Initiative", "the Eric Trump
  // Foundation" name no person, and the person's mentions do not grow from them.)
  if (n < 3 || c.hard || !NON_PERSON_HEADS.has(units[c.last - 1].id, units[c.last - 1].text)) return 0;
  for (let p = Math.min(n - 1, MAX_NAME_WORDS); p >= 1; p--) {
    // A lone first word only as a family name ("the Clinton White House"), not a given name.
    if (p === 1 && isKnownFirstName(c.words[0])) break;
    if (named.has(c.words.slice(0, p).join(' '))) return p;
    // A given name and the family name the article uses alone: "Barack Obama" of "Barack Obama Election Day".
    if (p >= 2 && isKnownFirstName(c.words[0]) && named.has(c.words[p - 1])) return p;
  }
  return 0;
}
