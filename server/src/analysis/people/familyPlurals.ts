// Rule people.family-plural: a one-word name that is the plural of the family name of someone the article
// names in full ("The Clintons have visited the restaurant before", "both former president Bushes" beside
// "George W. Bush" and "Jeb Bush") names a family, not a person: it was one person "Clintons" / "Bushes" with
// the pronouns near it. And rule people.doctrine: a one-word name ending in "ism" ("an elitist ideology
// underpinning Clintonism", "a dynasty that defined Republicanism") names a doctrine, never a person.
import type { Candidate } from './names';

/** The one-word candidates these rules make no person. */
export function familyPlurals(candidates: readonly Candidate[]): Candidate[] {
  const families = new Set<string>();
  for (const c of candidates) if (c.words.length >= 2) families.add(c.words[c.words.length - 1]);
  return candidates.filter((c) => {
    if (c.words.length !== 1) return false;
    const w = c.words[0];
    if (w.length > 5 && w.endsWith('ism')) return true;
    return w.endsWith('s') && (families.has(w.slice(0, -1)) || (w.endsWith('es') && families.has(w.slice(0, -2))));
  });
}
