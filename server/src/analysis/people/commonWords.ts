// Rule people.common-word: a one-word name the parse reads as a common word wherever the article writes it is
// no person: "Miss Housekeeping" (Trump's name for a pageant winner), "Too bad there's no video", "Announcement".
// What keeps its chance: a first name of either list ("Schilling's son, Grant,", read as a noun), a word in
// capitals (a transcript's "WALLACE:"), a word of a longer name in the article, and a word the parse reads
// as a name at any one of its occurrences (SyntaxView.commonWordAt: a plural reading is no evidence, "mentored
// Stiles with his technique").
import { isKnownFirstName, nameGender } from './lexicon';
import { isUpperCaseWord } from './clusters';
import type { Candidate } from './names';
import type { SyntaxView } from './syntaxRoles';

/** The one-word candidates this rule makes no person. */
export function commonWordNames(candidates: readonly Candidate[], view: SyntaxView): Candidate[] {
  const asName = new Set<string>();
  const single = candidates.filter((c) => c.words.length === 1 && !isUpperCaseWord(c.words[0]) && !isKnownFirstName(c.words[0]) && !nameGender(c.words[0]));
  for (const c of single) if (!view.commonWordAt(c.first)) asName.add(c.words[0]);
  for (const c of candidates) if (c.words.length > 1) for (const w of c.words) asName.add(w);
  return single.filter((c) => !asName.has(c.words[0]));
}
