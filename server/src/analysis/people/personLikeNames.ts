// Rule people.person-like-name: a name written like a person's that names a law, an era, a national figure or
// an aircraft (lexicon `personLikeNames`: "the Jim Crow laws", "Uncle Sam", "his many flights on Marine One")
// is no person, nor is any part of it: the tagger read "Marine" alone as a woman (a first name in the list) and
// "Uncle Sam" as a "Sam" described as "Uncle".
import { PERSON_LIKE_NAMES } from './lexicon';
import type { Candidate } from './names';
import type { Unit } from './units';

/** Most words of such a name ("Air Force One"). */
const MAX_WORDS = 4;

/** The candidates that overlap such a name. */
export function personLikeNames(units: readonly Unit[], candidates: readonly Candidate[]): Candidate[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i].kind !== 'word' || !PERSON_LIKE_NAMES.opens(units[i])) continue;
    const words: string[] = [];
    for (let k = i; k < units.length && k < i + MAX_WORDS && units[k].kind === 'word' && units[k].sentence === units[i].sentence; k++) words.push(units[k].text);
    const n = PERSON_LIKE_NAMES.match(words, 0);
    if (n > 0) spans.push({ start: units[i].start, end: units[i + n - 1].end });
  }
  if (!spans.length) return [];
  return candidates.filter((c) => spans.some((s) => c.start < s.end && s.start < c.end));
}
