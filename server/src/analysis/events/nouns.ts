// Event nouns: a time inside a noun phrase dates the noun when the noun names an occurrence
// ("the November 1995 assassination", "tomorrow's vote", "his Aug. 2 power-grab").
import type { SyntaxWord } from '../syntax/layer';
import lexicon from './nouns.json';
import { WordClass } from '../lexicon/vocabulary';

const NOUNS = new WordClass(lexicon.nouns);
const SUFFIXES: readonly string[] = lexicon.suffixes;
/** "television", "government", "document": the suffix of an occurrence on a noun that names a thing. */
const NOT_EVENTS = new WordClass(lexicon.notEvents);

export function isEventNoun(w: SyntaxWord): boolean {
  if (w.upos !== 'NOUN') return false;
  if (NOUNS.has(w.lemmaId)) return true;
  // (The suffix test reads the lemma's letters: an unlisted noun has no vocabulary id.)
  const lemma = w.lemma.toLowerCase();
  return lemma.length > 6 && SUFFIXES.some((s) => lemma.endsWith(s)) && !NOT_EVENTS.has(w.lemmaId);
}

/** "of", "with", "against": a noun event's title keeps the complement they open ("interview with ABC News"). */
export const COMPLEMENT_PREPOSITIONS = new WordClass(lexicon.complementPrepositions);
/** "in": a noun event's title keeps the name it opens, the event's place ("rally in Michigan"). */
export const PLACE_PREPOSITIONS = new WordClass(lexicon.placePrepositions);
/** Words that name a part or an amount of what their "of" phrase names ("a vast majority of his appointments"). */
export const QUANTITY_HEADS = new WordClass(lexicon.quantityHeads);
/** The last word of a law's or a treaty's name ("the Clean Air Act of 1970"). */
export const LAW_HEADS = new WordClass(lexicon.lawHeads);
/** Those of them that take a singular verb ("one of them is"). */
export const SINGULAR_QUANTITY_HEADS = new WordClass(lexicon.singularQuantityHeads);
