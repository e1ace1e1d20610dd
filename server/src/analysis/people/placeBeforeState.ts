// Rule people.place-before-state: a name followed by a comma and a US state, by name or abbreviated as AP
// style writes it, is a town — "Syrians find a home in Clarkston, Ga.;", "a 52-year-old Salem, N.H.,
// resident", "Clinton criticized Tulsa, Okla., police officer Betty Shelby" — and so is that name wherever
// the article writes it (Clarkston was a person 15 times, Salem 14 with the pronouns of the woman from there).
// The state must end its phrase (a comma, semicolon, period or a lower-case word after it): not "Chris
// Christie, New Jersey's governor", "Rubio, Cruz, New Jersey Gov. Chris Christie". A full personal name is a
// person all the same ("Chris Covert, South Carolina director for Sanders").
import { US_STATES, US_STATE_ABBREVIATIONS, isKnownFirstNameUnit } from './lexicon';
import type { Candidate } from './names';
import type { Unit } from './units';

/** Most words of a state's name ("North Carolina"). */
const MAX_STATE_WORDS = 2;
/** What may follow the state for it to end the town's phrase. */
const PHRASE_ENDS: ReadonlySet<string> = new Set([',', ';', '.', ')']);

/** The candidates named as a town somewhere in the article: every candidate with that name. */
export function placeNames(units: readonly Unit[], candidates: readonly Candidate[]): Candidate[] {
  const towns = new Set<string>();
  for (const c of candidates) {
    if (c.titles.length || (c.words.length > 1 && isKnownFirstNameUnit(units[c.first]))) continue;
    if (stateAfter(units, c.last, c.sentence)) towns.add(c.words.join(' '));
  }
  if (!towns.size) return [];
  return candidates.filter((c) => towns.has(c.words.join(' ')));
}

/** ", Okla.," / ", New Hampshire;" / ", N.H., resident" starting at unit `i`. */
function stateAfter(units: readonly Unit[], i: number, sentence: number): boolean {
  const at = (k: number) => (k < units.length && units[k].sentence === sentence ? units[k] : undefined);
  if (at(i)?.text !== ',') return false;
  let k = i + 1;
  const first = at(k);
  if (!first || first.kind !== 'word' || !first.cap) return false;
  const words: string[] = [];
  for (let j = k; j < k + MAX_STATE_WORDS && at(j)?.kind === 'word'; j++) words.push(units[j].text);
  const n = US_STATES.match(words, 0);
  if (n > 0) k += n;
  else {
    // An abbreviation, its period in the unit ("N.H.", "Sen."-like joins) or the next one ("Okla" ".").
    const stem = first.text.endsWith('.') ? first.text.slice(0, -1) : first.text;
    if (!US_STATE_ABBREVIATIONS.hasWord(stem)) return false;
    k++;
    if (!first.text.endsWith('.')) {
      if (at(k)?.text !== '.' || units[k].start !== first.end) return false;
      // ("Okla." then "," or ";": the period is the abbreviation's; a period alone ends the sentence.)
      k++;
    }
  }
  const next = k < units.length ? units[k] : undefined;
  // The state ends the sentence (its period joined to the abbreviation), or a comma, semicolon or lower-case word follows.
  if (!next || next.sentence !== sentence) return true;
  if (next.kind === 'clitic') return false;
  return PHRASE_ENDS.has(next.text) || (next.kind === 'word' && !next.cap);
}
