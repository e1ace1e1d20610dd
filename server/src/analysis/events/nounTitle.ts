// The title of an event named by a noun ("tomorrow's vote", "his Aug. 2 power-grab", "the November 1995
// assassination"): the noun with its possessor and modifiers, without the time words and determiners,
// and an "of", "with" or "against" complement ("the takeover of Britoil", "an interview with ABC News").
import type { SyntaxLayer, SyntaxWord } from '../syntax/layer';
import { childrenOf, isAncestor } from '../syntax/tree';
import { COMPLEMENT_PREPOSITIONS, PLACE_PREPOSITIONS } from './nouns';
import { lastWords } from './object';

const PRE_MODIFIERS = new Set(['compound', 'amod', 'nmod:poss']);
/** Most words a title's "of" complement keeps. */
const MAX_OF_WORDS = 3;
/** How deep a complement's modifiers may hang below it ("New" below "York" below "City"). */
const MAX_OF_DEPTH = 2;
/** How deep a modifier's own words may hang below it. */
const MAX_DEPTH = 8;

/**
 * `personAt`: the title name of the person a word mentions — a possessive pronoun resolved to a person says
 * whose event it is ("his speech earlier Wednesday" → "Trump's speech").
 */
export function nounTitle(text: string, layer: SyntaxLayer, sentence: { start: number; end: number }, noun: number, inTime: (offset: number) => boolean, personAt?: (offset: number) => string | null): string {
  const words = layer.words;
  const keep = new Set<number>([noun]);
  const addSubtree = (i: number) => {
    for (let j = sentence.start; j < sentence.end; j++) if (j === i || isAncestor(words, i, j, MAX_DEPTH)) keep.add(j);
  };
  for (const c of childrenOf(words, sentence, noun)) {
    const w = words[c];
    if (c < noun && PRE_MODIFIERS.has(w.deprel) && !inTime(w.start) && w.upos !== 'PRON') addSubtree(c);
  }
  const out: string[] = [];
  for (let j = sentence.start; j <= noun; j++) {
    const w = words[j];
    // A hyphen inside a kept word stays ("get-acquainted": the tokenizer splits it, and the title read
    // "Getacquainted summit meeting").
    if (w.upos === 'PUNCT' && out.length && keep.has(j - 1) && keep.has(j + 1) && words[j - 1].end === w.start && words[j + 1].start === w.end && text.slice(w.start, w.end) === '-') {
      out[out.length - 1] += '-';
      continue;
    }
    // An abbreviation's period stays ("Sen." of "Sen. John McCain's 2008 presidential campaign").
    if (w.upos === 'PUNCT' && out.length && keep.has(j - 1) && j < noun && words[j - 1].end === w.start && text.slice(w.start, w.end) === '.') {
      out[out.length - 1] += '.';
      continue;
    }
    // (Nor a preposition or conjunction the parse hung inside a modifier: "for Sen. John McCain's … campaign"
    // read "for" as the case of "Sen.", and the title opened "For Sen John McCain's …".)
    if (!keep.has(j) || inTime(w.start) || w.upos === 'DET' || w.upos === 'PUNCT' || w.upos === 'ADP' || w.upos === 'CCONJ' || w.upos === 'SCONJ') continue;
    // "Maduro" "’s" → "Maduro’s"; a hyphenated word stays whole.
    if (out.length && (w.deprel === 'case' || words[j - 1]?.end === w.start)) out[out.length - 1] += text.slice(w.start, w.end);
    else out.push(text.slice(w.start, w.end));
  }
  // (The first such complement: "a meeting with the editorial board of the Post" keeps "with editorial board".)
  let prep = '';
  const of = childrenOf(words, sentence, noun).find((c) => {
    if (c <= noun || words[c].deprel !== 'nmod') return false;
    // (Rule events.noun-place: "in" before a name that is no person, the event's place.)
    // (Not an abbreviation cut at its dot, "in St. Louis" read as "St".)
    const cut = text.charAt(words[c].end) === '.' && c + 2 < sentence.end;
    const place = words[c].upos === 'PROPN' && !(personAt && personAt(words[c].start)) && !cut;
    const kase = childrenOf(words, sentence, c).find((k) => k < c && words[k].deprel === 'case' && (COMPLEMENT_PREPOSITIONS.has(words[k].lemmaId) || (place && PLACE_PREPOSITIONS.has(words[k].lemmaId))));
    if (kase !== undefined) prep = words[kase].lemma.toLowerCase();
    return kase !== undefined;
  });
  if (of !== undefined && !inTime(words[of].start)) {
    // The name's modifiers and theirs ("New" of "New York City" hangs on "York"), and a number ("45 million euros").
    const modOf = (h: number, depth: number): number[] =>
      childrenOf(words, sentence, h)
        // (And a modifying name's later words: "Am" of "Pan Am Flight 103" hangs on "Pan".)
        .filter((k) => (k < h || (h !== of && k < of && words[k].deprel === 'flat')) && (words[k].deprel === 'compound' || words[k].deprel === 'flat' || words[k].deprel === 'amod' || words[k].deprel === 'nummod') && !inTime(words[k].start))
        .flatMap((k) => (depth < MAX_OF_DEPTH ? [...modOf(k, depth + 1), k] : [k]));
    const mods = modOf(of, 0).sort((x, y) => x - y).map((k) => text.slice(words[k].start, words[k].end));
    // A name's later words, each hanging on the one before ("Justice" ← "Antonin" ← "Scalia"): all of them,
    // and never cut by the word limit ("Death of conservative Justice Antonin" lost "Scalia").
    const flat: string[] = [];
    for (let h = of, k = flatChild(words, sentence, h); k >= 0 && !inTime(words[k].start); h = k, k = flatChild(words, sentence, h)) flat.push(text.slice(words[k].start, words[k].end));
    const head = [...mods, text.slice(words[of].start, amountEnd(words, of, sentence.end))];
    const phrase = [...lastWords(head, Math.max(1, MAX_OF_WORDS - flat.length)), ...flat];
    out.push(prep, ...phrase);
  }
  // Rule events.noun-owner: whose event, when a possessive pronoun names a person.
  const poss = personAt ? childrenOf(words, sentence, noun).find((c) => c < noun && words[c].deprel === 'nmod:poss' && words[c].upos === 'PRON') : undefined;
  const owner = poss !== undefined && personAt ? personAt(words[poss].start) : null;
  if (owner && /^\p{Lu}/u.test(owner) && !out.some((x) => /['’]s$/u.test(x))) out.unshift(`${owner}'s`);
  const title = out.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The first later word hanging on `h` as a name's part (flat), or -1. */
function flatChild(words: readonly SyntaxWord[], sentence: { start: number; end: number }, h: number): number {
  return childrenOf(words, sentence, h).find((k) => k > h && words[k].deprel === 'flat') ?? -1;
}

/**
 * Where a complement ends: after the number a currency sign heads ("a net loss of $2.3 million": the parse
 * hangs "2.3 million" below "$", and the title was "Net loss of $"), else at the word itself.
 */
function amountEnd(words: readonly SyntaxWord[], head: number, sentenceEnd: number): number {
  let end = words[head].end;
  if (words[head].upos !== 'SYM') return end;
  for (let j = head + 1; j < sentenceEnd && words[j].upos === 'NUM' && isAncestor(words, head, j, 2); j++) end = words[j].end;
  return end;
}
