// Rule people.apposition (syntax layer): an apposition the parse hangs on a person's name, opened by an
// article, describes them even when its head is no word of the role lexicon: "said Tim Hess, a real estate
// developer in Virginia, who introduced Mr. Clarke to his banking contacts" gives "a real estate developer in
// Virginia" (names.ts's appositive needs a role noun such as "lawyer"; "developer", "scholar", "man" are not
// ones). Only a descriptor: it runs last, adds text to the hover and is no evidence of a person, so who is a
// person and who a pronoun means are as measured without it.
import type { Candidate } from './names';
import type { Cluster } from './clusters';
import { pushUnique } from './clusters';
import { APPOSITIVE_STARTS } from './lexicon';
import type { SyntaxView } from './syntaxRoles';
import type { Unit } from './units';

/** Most words of such an apposition, the comma included (names.ts allows a role apposition 12 units). */
const MAX_WORDS = 14;

export function addAppositions(text: string, units: readonly Unit[], assigned: ReadonlyMap<Candidate, Cluster>, view: SyntaxView): void {
  for (const [c, cl] of assigned) {
    if (!cl.mentions.length || c.last + 1 >= units.length) continue;
    const comma = units[c.last];
    const first = units[c.last + 1];
    if (comma.text !== ',' || first.sentence !== comma.sentence || first.kind !== 'word' || !APPOSITIVE_STARTS.has(first.id)) continue;
    // names.ts read one here already.
    if (c.descriptors.some((d) => d.start === first.start)) continue;
    const a = view.appositionAfter(c.first, c.last, MAX_WORDS);
    if (a && a.start === first.start) pushUnique(cl.descriptors, text.slice(a.start, a.end));
  }
}
