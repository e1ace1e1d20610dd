// Planned events: future and modal ones ("The monarch will meet Bush on Thursday", "is expected to vote
// next week") are events too, marked so the Timeline does not present them as done.
import type { SyntaxLayer } from '../syntax/layer';
import { childrenOf } from '../syntax/tree';
import { Lex, classFlags } from '../lexicon/vocabulary';
import { PLANNED_VERBS } from './verbs';

export function isPlanned(layer: SyntaxLayer, sentence: { start: number; end: number }, word: number): boolean {
  const words = layer.words;
  // "will meet", "could vote"; "if Democrats win … in November": a condition is not a fact either.
  if (childrenOf(words, sentence, word).some((c) => (words[c].deprel === 'aux' && classFlags(words[c].lemmaId) & Lex.MODAL) || (words[c].deprel === 'mark' && classFlags(words[c].lemmaId) & Lex.CONDITIONAL))) return true;
  const w = words[word];
  // "plans to travel", "is expected to vote", "going to announce".
  if (w.deprel === 'xcomp' && w.head >= 0) {
    const parent = words[w.head];
    return PLANNED_VERBS.has(parent.lemmaId) || (parent.lemma.toLowerCase() === 'go' && parent.xpos === 'VBG') || isPlanned(layer, sentence, w.head);
  }
  return false;
}

/**
 * A past that did not happen: a modal and the perfect's "have" ("In early 2008, a person would have had plenty
 * of reason to be skeptical", "could have won in 2012"). Neither done nor planned: no event.
 */
export function isCounterfactual(layer: SyntaxLayer, sentence: { start: number; end: number }, word: number): boolean {
  const words = layer.words;
  if (words[word].xpos !== 'VBN') return false;
  const aux = childrenOf(words, sentence, word).filter((c) => words[c].deprel === 'aux');
  return aux.some((c) => classFlags(words[c].lemmaId) & Lex.MODAL) && aux.some((c) => words[c].lemma === 'have');
}
