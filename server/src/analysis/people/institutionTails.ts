// Rule people.institution-tail: a one-word name that is the head word of an institution's, a law's or a
// place's name ("Court", "Bill", "Hill", lexicon `nonPersonHeads` and `organisationHeads`), right after a
// capitalised word of the same run that is no first name or title, ends that name and names no one: "the
// goals set by U.S. District Court Judge Rudolph Contreras" (the tagger read "Court" as a person), "the
// private Georgian Court University", "who activated the 1994 Crime Bill" (joined Bill Clinton). A first name
// or title before it keeps it a person ("Margaret Court", "Mr. Justice"), and so does a lower-case word
// ("her husband Bill") or one that opens the sentence ("When Bill was governor"). Such a head word before
// "of" and a capitalised word opens the name instead: "the Bill of Rights" (a person "Bill", Breitbart).
// A head that is never a family name (lexicon `organisationHeads`) names no one wherever it stands: "the
// Justice Department" (after a whole title), "Foundation and donors complicate Clinton's bid" (a headline's
// first word; both were people, Washington Post and New York Times, PolNeAR train).
import type { Candidate } from './names';
import type { Unit } from './units';
import { NON_PERSON_HEADS, ORGANISATION_HEADS, TITLES, isKnownFirstNameUnit } from './lexicon';

/** The one-word candidates this rule makes no person. */
export function institutionTails(units: readonly Unit[], candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (c.words.length !== 1) return false;
    const u = units[c.first];
    if (ORGANISATION_HEADS.has(u.id, u.text)) return true;
    if (c.first === 0) return false;
    if (!NON_PERSON_HEADS.has(u.id, u.text)) return false;
    const of = units[c.first + 1];
    const next = units[c.first + 2];
    if (of && next && of.lower === 'of' && next.sentence === u.sentence && next.cap && !c.titles.length) return true;
    const p = units[c.first - 1];
    // (An abbreviation before it is an honorific or a title, "Mr. Justice", "Sen. Hill", and so is a whole title,
    // "Senator Hill"; a word of a longer title is not: "District" of "District Attorney".)
    // (Nor a word capitalised by its place: "When Bill was governor".)
    return p.sentence === u.sentence && p.cap && !p.initial && p.kind === u.kind && !p.text.endsWith('.') && !isKnownFirstNameUnit(p) && TITLES.match([p.text], 0) !== 1;
  });
}
