// Rule people.work-title: a name right after a noun that introduces a work's title is that title, not a person:
// "David Eisenhower writes in his book Going Home to Glory" (New York Times), "the hit series Home Improvement"
// (Breitbart), "radio show Joney’s Jukebox" (PolNeAR train: each made a person). The noun must read as a noun
// ("polls show Clinton with a lead" is a verb). After a comma only with a possessive before the noun and a
// comma after the name, "In her 2003 book, Living History, Clinton noted" (Western Journalism): "the author of
// the book, Mitchell Zuckoff, said" and "In the novel, Isabelle joins" name people. Such a one-word name may still
// be the surname of a person named in full elsewhere (the rule makes it no person of its own). A first name and
// more stays a person:
// "CNN’s show Anderson Cooper 360" names the host too.
import { Lex } from '../lexicon/vocabulary';
import { WORK_TITLE_NOUNS, isListedFirstName } from './lexicon';
import type { Candidate } from './names';
import type { SyntaxView } from './syntaxRoles';
import { isPossessiveClitic, type Unit } from './units';

/** How many modifiers may stand between a possessive and the work noun ("her 2003 book"). */
const MAX_MODIFIERS = 3;

export function workTitles(units: readonly Unit[], candidates: readonly Candidate[], view: SyntaxView): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.words.length > 1 && isListedFirstName(c.words[0])) continue;
    let k = c.first - 1;
    const comma = k >= 0 && units[k].text === ',';
    if (comma) k--;
    const noun = k >= 0 ? units[k] : undefined;
    if (!noun || noun.sentence !== c.sentence || noun.kind !== 'word' || noun.cap || !WORK_TITLE_NOUNS.has(noun.id) || !view.nominalAt(k)) continue;
    if (comma) {
      const after = units[c.last];
      if (!after || after.sentence !== c.sentence || after.text !== ',' || !possessiveBefore(units, k)) continue;
    }
    out.push(c);
  }
  return out;
}

/** A possessive ("her", "Clinton's") before unit k, over at most MAX_MODIFIERS lower-case words or numbers. */
function possessiveBefore(units: readonly Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 1 - MAX_MODIFIERS && units[j].sentence === units[k].sentence; j--) {
    const u = units[j];
    if (isPossessiveClitic(u) || (u.kind === 'word' && !u.cap && (u.flags & Lex.POSSESSIVE) !== 0)) return true;
    if ((u.kind !== 'word' && u.kind !== 'number') || u.cap) return false;
  }
  return false;
}
