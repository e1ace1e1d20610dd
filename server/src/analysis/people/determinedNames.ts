// Rule people.determined-name: a name of several capitalised words right after "the", ending its
// noun phrase, is a thing, not a person: "Fox News' The Kelly File", "Democrats who are now on the Trump
// Train", "sent out by the Cuccinelli Compass", "the Scarborough Shoal". The tagger reads such phrases as
// people (its features see a known surname or first name), and a known first name overrode the article's
// soft rejection in names.ts ("The Kelly File"). What stays a person:
// - a name that modifies the noun after it: "the Monica Lewinsky scandal", "a Bernie Sanders rally" (the
//   parse is not trusted to have found the noun: any noun, adjective or number next keeps the name);
// - a plural, a family: "The Clintons have visited";
// - a name after "a" or "an": a person as an example ("a John McCain or any other white", "a Bernie
//   Sanders rally" with "rally" read as a verb), not a thing;
// - a name with a title, and a name the article also uses without an article: "The Roger Ailes we know"
//   is the man named so elsewhere;
// - a single word: "The Donald" is Trump, and a lone word after an article is already a soft rejection.
import type { Candidate } from './names';
import type { SyntaxView } from './syntaxRoles';
import { isDefiniteArticle, type Unit } from './units';

/** The candidates this rule makes things: determined, and not named so elsewhere without the article. */
export function determinedNames(units: readonly Unit[], candidates: readonly Candidate[], view: SyntaxView): Candidate[] {
  const determined = new Set(candidates.filter((c) => determinedName(units, c, view)));
  if (!determined.size) return [];
  const elsewhere = new Set<string>();
  for (const c of candidates) if (!determined.has(c)) elsewhere.add(c.words.join(' '));
  return [...determined].filter((c) => !elsewhere.has(c.words.join(' ')));
}

function determinedName(units: readonly Unit[], c: Candidate, view: SyntaxView): boolean {
  if (c.first === 0 || c.titles.length || c.words.length < 2) return false;
  const before = units[c.first - 1];
  if (before.sentence !== units[c.first].sentence || before.kind !== 'word' || !isDefiniteArticle(before)) return false;
  const next = c.last < units.length && units[c.last].sentence === before.sentence ? c.last : -1;
  if (next >= 0 && (units[next].cap || view.nominalAt(next))) return false;
  return !view.premodifiesNoun(c.first, c.last) && !view.pluralProperNoun(c.first, c.last);
}
