// Rule people.its-owner: a name that "its" refers back to as the subject of its own clause is a thing, not a
// person ("Verizon has been working to emphasize the wireless portion of its business", "Exxon Mobil contended
// in its letter"): the name tagger, trained on 1996 news, reads many later companies as people, and nothing in
// the name says otherwise. The parse says whose "its" it is (SyntaxView.governingSubject: the subject of the
// possessive's own clause, named before it, not through a relative clause, and no singular noun between them
// that "its" may stand for). Only a name with nothing that shows a person: no title, no gender, no listed first
// name; the whole name leaves the people list.
import { Lex } from '../lexicon/vocabulary';
import { isKnownFirstName } from './lexicon';
import { GOV_OWN, type SyntaxView } from './syntaxRoles';
import type { Cluster } from './clusters';
import type { Candidate } from './names';
import type { Unit } from './units';

/** XPOS of a singular noun: another thing "its" may stand for. */
const SINGULAR_NOUNS: ReadonlySet<string> = new Set(['NN', 'NNP']);
/** Relations of a word inside a noun phrase's name or modifiers, not a phrase of its own. */
const INSIDE: ReadonlySet<string> = new Set(['compound', 'flat', 'amod']);

/**
 * A singular noun heads a phrase between the subject and "its": that thing may be whose it is ("Smith praised the
 * bill and its sponsors", "Verizon has been working to emphasize the wireless portion of its business").
 */
function singularNounBetween(view: SyntaxView, subject: number, its: number): boolean {
  const words = view.layer.words;
  for (let k = subject + 1; k < its; k++) if (SINGULAR_NOUNS.has(words[k].xpos) && !INSIDE.has(words[k].deprel) && words[k].head !== subject) return true;
  return false;
}

/** The people "its" shows to be things, by the name mentions assigned to them. */
export function itsOwners(units: readonly Unit[], assigned: ReadonlyMap<Candidate, Cluster>, view: SyntaxView): Set<Cluster> {
  const out = new Set<Cluster>();
  // The subject words "its" refers back to.
  const owners = new Set<number>();
  for (let k = 0; k < units.length; k++) {
    const f = units[k].flags;
    if (!(f & Lex.NEUTER_PRONOUN) || !(f & Lex.POSSESSIVE)) continue;
    const word = view.headOf(k, k + 1);
    if (word < 0 || view.layer.words[word].deprel !== 'nmod:poss') continue;
    const g = view.governingSubject(word);
    if (g && !g.relative && g.kind === GOV_OWN && g.subject < word && !singularNounBetween(view, g.subject, word)) owners.add(g.subject);
  }
  if (!owners.size) return out;
  for (const [c, cl] of assigned) {
    if (out.has(cl) || cl.gender !== null || cl.titles.length || cl.tentative || isKnownFirstName(cl.words[0])) continue;
    if (owners.has(view.headOf(c.first, c.last))) out.add(cl);
  }
  return out;
}
