// Rule people.role-compound (syntax layer): a lower-case role noun right before a name keeps the whole noun
// phrase the parse builds before it, not its last word: "White House press secretary Josh Earnest" is described
// as "White House press secretary" (the names.ts walk stops at "press", which is no role or modifier word),
// "Clinton campaign communications director Jennifer Palmieri", "late night talk show host Seth Meyers".
// A determiner, verb, preposition or punctuation ends the phrase ("told host Chris Cuomo", "Tulsa, Okla.,
// police officer Betty Shelby" → "police officer"), and so does a possessive: "Clinton’s campaign manager" is
// relations.ts's to write with the possessor's full name.
import type { Candidate } from './names';
import type { Cluster } from './clusters';
import type { SyntaxView } from './syntaxRoles';
import type { Unit } from './units';

/** Most words the phrase may gain ("former State policy planning director": 3). */
const MAX_GAIN = 5;

/**
 * Widens each person's descriptor that a candidate wrote with a lower-case word right before its name. It runs
 * last, after pronouns, descriptions and relations, and changes only the descriptor's text: where a mention
 * stands in its sentence (isSubjectish, a pronoun model feature) and which role words describe a person
 * (titles.ts describedAs) are read from the narrow phrase, as they were measured.
 */
export function widenRoleDescriptors(text: string, units: readonly Unit[], assigned: ReadonlyMap<Candidate, Cluster>, view: SyntaxView): void {
  for (const [c, cl] of assigned) {
    if (c.first === 0 || !cl.mentions.length) continue;
    const before = units[c.first - 1];
    if (before.kind !== 'word' || before.cap || before.sentence !== units[c.first].sentence) continue;
    for (const d of c.descriptors) {
      if (d.end !== before.end) continue;
      const k = unitAt(units, d.start, c.first - 1);
      // Whom the role serves, capitalised, was names.ts's to find ("Republican National Committee spokesman").
      if (units[k].cap) continue;
      const start = view.premodifierStart(k, c.last, MAX_GAIN);
      if (start >= d.start) continue;
      const at = cl.descriptors.indexOf(text.slice(d.start, d.end));
      if (at < 0) continue;
      const wide = text.slice(start, d.end);
      if (cl.descriptors.includes(wide)) cl.descriptors.splice(at, 1);
      else cl.descriptors[at] = wide;
    }
  }
}

/** The unit that starts at `offset`, searched back from unit `from`. */
function unitAt(units: readonly Unit[], offset: number, from: number): number {
  let k = from;
  while (k > 0 && units[k].start > offset) k--;
  return k;
}
