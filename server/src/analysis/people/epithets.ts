// Rule people.epithet: a name run that opens with a word the parse reads as a common word (an adjective, an
// adverb, a verb, a common noun, a preposition) before the name of someone the article names elsewhere is an
// epithet or a stray word and that name: "Crooked Hillary" (Trump's epithet), "Interestingly Blocher" (a
// person of 16 mentions), "Whereas Clinton", "Donor Adelson". The run keeps the name, so the mention is theirs.
// Not a first word any first-name list holds ("Ivana Trump" is no epithet of Donald Trump's; "Gene Sperling",
// "Cory Booker", read as an adjective), nor a run with a title before it, and only before the first or family
// name of someone named in full with a listed first name ("Rush Limbaugh" named once stays whole).
import { NON_PERSON_HEADS, isListedFirstName } from './lexicon';
import { dropFirstWord, type Candidate } from './names';
import type { SyntaxView } from './syntaxRoles';
import type { Unit } from './units';

/** Drops the first word of each such candidate; `named` holds the candidates that may be people, as their words joined. */
export function trimEpithets(units: readonly Unit[], candidates: readonly Candidate[], named: ReadonlySet<string>, view: SyntaxView): void {
  // The first and family names of people named in full: two or three words, a listed first name first, no
  // organisation's head last ("Hillary PAC", "Ted Cruz Super PAC" lend no name to "Ready PAC").
  const personWords = new Set<string>();
  for (const k of named) {
    const w = k.split(' ');
    if (w.length < 2 || w.length > 3 || !isListedFirstName(w[0]) || NON_PERSON_HEADS.hasWord(w[w.length - 1])) continue;
    personWords.add(w[0]);
    personWords.add(w[w.length - 1]);
  }
  for (const c of candidates) {
    if (c.words.length !== 2 || c.titles.length || isListedFirstName(c.words[0])) continue;
    if (!personWords.has(c.words[1]) || (!view.commonWordAt(c.first) && !view.particleAt(c.first))) continue;
    dropFirstWord(c, units);
  }
}
