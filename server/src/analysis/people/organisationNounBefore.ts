// Rule people.organisation-noun-before: a name that a lower-case organisation noun introduces is that
// organisation's name — "the website Mashable, which …", "the law firm Perkins Coie.", "one of Germany's
// largest media outlets, Der Spiegel,", "another pharmaceutical company, Actavis." (the tagger, which
// never saw these 2016 names, read a person in each; "Der Spiegel" was a person five times).
// The mirror image of people.organisation-appositive (names.ts), where the noun phrase follows the name.
import { Lex } from '../lexicon/vocabulary';
import { NAMING_WORDS, ORGANISATION_NOUNS, PARTITIVE_STARTS } from './lexicon';
import type { Unit } from './units';

/** What may close the name: the noun phrase ends with it (", which", "."), so it is no reduced relative clause's subject. */
const NAME_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', '—']);
/** Most words a noun phrase may hold before its organisation noun ("one of Germany's largest media outlets"). */
const MAX_PHRASE = 6;

/**
 * True when the name in units [first, last) is introduced by an organisation noun: right before it ("the
 * website Mashable") or before a comma before it ("a Texas company, Diamond Shamrock,"). The name must end
 * its phrase: "a group Barack Obama won by 2 points", "the lobbying firms Manafort and Gates worked with"
 * are relative clauses about people. After a comma the noun must head its phrase, not be the complement
 * of another noun ("A lawyer for the news outlets, David Schulz,", "the new face of the party, Donald J.
 * Trump,"; "one of … outlets" does head it).
 */
export function organisationNounBefore(units: readonly Unit[], first: number, last: number): boolean {
  const s = units[first].sentence;
  // A noun that names it: "a terrorist group known as Ansar al-Sharia was involved", "a group called …"
  // (no relative clause's subject: the name may go on into the clause).
  const naming = namingBefore(units, first, s);
  if (naming >= 0) return isOrganisationNoun(units, naming - 1, s);
  const after = last < units.length ? units[last] : undefined;
  if (after && after.sentence === s && !NAME_ENDS.has(after.text)) return false;
  let k = first - 1;
  const comma = k >= 0 && units[k].text === ',' && units[k].sentence === s;
  if (comma) k--;
  if (!isOrganisationNoun(units, k, s)) return false;
  if (!comma) return true;
  // Back over the noun phrase to the word before it: "of"/"for" there makes the noun another noun's
  // complement. The phrase starts after its determiner ("the", "another"), if it has one.
  let j = k - 1;
  while (j >= 0 && k - j <= MAX_PHRASE && units[j].sentence === s && (units[j].kind === 'word' || units[j].kind === 'clitic') && !isOfOrFor(units[j])) {
    if (units[j].flags & Lex.DETERMINER) {
      j--;
      break;
    }
    j--;
  }
  const prep = j >= 0 && units[j].sentence === s ? units[j] : undefined;
  if (!prep || !isOfOrFor(prep)) return true;
  // "one of …": the partitive's noun heads the phrase.
  const before = j > 0 ? units[j - 1] : undefined;
  return prep.lower === 'of' && !!before && before.sentence === s && PARTITIVE_STARTS.has(before.id);
}

/** Unit k is a lower-case organisation noun of sentence s. */
function isOrganisationNoun(units: readonly Unit[], k: number, s: number): boolean {
  const noun = k >= 0 ? units[k] : undefined;
  return !!noun && noun.sentence === s && noun.kind === 'word' && !noun.cap && ORGANISATION_NOUNS.has(noun.id);
}

/** The index of "called", "named" or "known as"'s "known" right before the name at `first` (of sentence s), or -1. */
function namingBefore(units: readonly Unit[], first: number, s: number): number {
  let k = first - 1;
  if (k >= 0 && units[k].lower === 'as') k--;
  const w = k >= 0 ? units[k] : undefined;
  if (!w || w.sentence !== s || w.kind !== 'word' || !NAMING_WORDS.has(w.id)) return -1;
  // "known" only with its "as"; the others without one.
  return (w.lower === 'known') === (k === first - 2) ? k : -1;
}

/** The two prepositions that join a noun to the noun it complements ("the face of the party", "a lawyer for the outlets"). */
function isOfOrFor(u: Unit): boolean {
  return u.lower === 'of' || u.lower === 'for';
}
