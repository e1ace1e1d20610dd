// Walks over the dependency tree of the syntax layer that several stages need (events, people): the layer
// stores each word's head only, so children and ancestry are found by scanning or walking up. A word's
// children lie within MAX_SENTENCE_WORDS of it (a longer sentence is parsed in pieces of that many words),
// so a scan is bounded even in a run-on "sentence" of a million characters; every upward walk is bounded,
// so a malformed head chain cannot loop.
import { MAX_SENTENCE_WORDS, type SyntaxWord } from './layer';

/** Children of word i within its sentence's words, in order. */
export function childrenOf(words: readonly SyntaxWord[], sentence: { start: number; end: number }, i: number): number[] {
  const out: number[] = [];
  const end = Math.min(sentence.end, i + MAX_SENTENCE_WORDS);
  for (let j = Math.max(sentence.start, i - MAX_SENTENCE_WORDS); j < end; j++) if (words[j].head === i) out.push(j);
  return out;
}

/**
 * The head of a span's words [a, b): the first word whose head lies outside the span, punctuation aside
 * ("Monday, Feb. 3" read as one expression: "Monday"; a later outside-headed part is an apposition of it).
 */
export function headOf(words: readonly SyntaxWord[], a: number, b: number): number {
  for (let i = a; i < b; i++) {
    const h = words[i].head;
    if ((h < a || h >= b) && words[i].upos !== 'PUNCT') return i;
  }
  return -1;
}

/** "who", "which", "that" opening a relative clause (PTB WP, WDT): it stands for the noun the clause modifies. */
export function isRelativePronoun(w: SyntaxWord): boolean {
  return w.xpos === 'WP' || w.xpos === 'WDT';
}

/** A past or present tense form (PTB VBD, VBZ, VBP): a verb that heads a clause of its own without an auxiliary. */
export function isTensed(w: SyntaxWord): boolean {
  return w.xpos === 'VBD' || w.xpos === 'VBZ' || w.xpos === 'VBP';
}

/**
 * Verb v carries a tense: it is a past or present form, or an auxiliary before it is one (`modal`: or is a
 * modal, "when he would leave"). `kids` are v's dependents (childrenOf).
 */
export function hasTense(words: readonly SyntaxWord[], v: number, kids: readonly number[], modal = false): boolean {
  return isTensed(words[v]) || kids.some((x) => x < v && words[x].deprel.startsWith('aux') && (isTensed(words[x]) || (modal && words[x].xpos === 'MD')));
}

/**
 * Word v is a verb the parse hung on the article right before it ("a combined $20 million" with "a" the head
 * and "combined" its acl): the participle is the noun phrase's adjective.
 */
export function isParticipleOnArticle(words: readonly SyntaxWord[], v: number): boolean {
  const h = words[v].head;
  return words[v].upos === 'VERB' && h === v - 1 && h >= 0 && words[h].upos === 'DET';
}

/** A nominal subject, active or passive: the UD relations of "Trump" in "Trump said", "Trump was elected". */
export const SUBJECT_RELATIONS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass']);
/** A verb's objects, direct and indirect ("told reporters the plan"). */
export const OBJECT_RELATIONS: ReadonlySet<string> = new Set(['obj', 'iobj']);

/** Nouns, names and pronouns: what can be a subject, an agent ("by police") or a nominal predicate. */
export const NOMINAL_UPOS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/** Word a is a proper ancestor of word b, found within `maxDepth` steps up from b. */
export function isAncestor(words: readonly SyntaxWord[], a: number, b: number, maxDepth: number): boolean {
  let x = words[b].head;
  for (let d = 0; d < maxDepth && x >= 0; d++) {
    if (x === a) return true;
    x = words[x].head;
  }
  return false;
}

/**
 * An -ing form the tagger read as a verb where the phrase is a noun's: it has a determiner or a possessor
 * before it ("the December 2012 shooting at the Newtown school", "his killing"), which no verb takes.
 */
export function isNominalGerund(words: readonly SyntaxWord[], sentence: { start: number; end: number }, i: number): boolean {
  if (words[i].xpos !== 'VBG') return false;
  return childrenOf(words, sentence, i).some((c) => c < i && (words[c].deprel === 'det' || words[c].deprel === 'nmod:poss'));
}

/**
 * The words [a, b] of the token word k belongs to, when that token is split into several words at a hyphen
 * ("cap-and-trade", "H1-B"); [k, k] otherwise. Titles say such a token whole.
 */
export function hyphenatedToken(words: readonly SyntaxWord[], text: string, sentence: { start: number; end: number }, k: number): [number, number] {
  const t = words[k].token;
  let a = k;
  let b = k;
  while (a > sentence.start && words[a - 1].token === t) a--;
  while (b + 1 < sentence.end && words[b + 1].token === t) b++;
  return a < b && text.slice(words[a].start, words[b].end).includes('-') ? [a, b] : [k, k];
}
