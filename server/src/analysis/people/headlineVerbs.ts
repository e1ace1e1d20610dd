// Rule people.headline-verb: in a Title Case headline a name ends at a word the parse reads as a verb (VBG, VBZ,
// VBD, VBN, VBP) or an adverb, even right after its first word: "Rush Limbaugh: Hillary Asking Moderator To Fact
// Check Trump", "Donald Trump Playing Dumb About The KKK", "Tim Kaine Fully Embraced Abortion …", "Anthony Weiner
// Reportedly Caught …" (the last two were people, Breitbart and HuffPost, PolNeAR train). names.ts's spelling
// test (headlineNameEnd) starts a word later, since it cannot tell a verb from a family name ("Ken Burns", which
// the parse reads as a proper noun).
import { trimCandidate, type Candidate } from './names';
import type { SyntaxView } from './syntaxRoles';
import type { Unit } from './units';

export function cutAtHeadlineVerbs(units: readonly Unit[], candidates: readonly Candidate[], titleCase: ReadonlySet<number>, view: SyntaxView): void {
  for (const c of candidates) {
    if (!titleCase.has(c.sentence) || c.words.length < 2) continue;
    for (let k = c.first + 1; k < c.last; k++) {
      if (!view.headlineBreakAt(k)) continue;
      trimCandidate(c, units, k - c.first);
      break;
    }
  }
}
