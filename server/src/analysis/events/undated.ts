// Rule events.undated: a person did something, with no time in the sentence (the Outline lists these
// after the dated events when asked to). The word scan picks the sentence's first past-tense verb that
// is no reporting verb; with a parse, its subject and object are read from the parse as a dated event's
// are ("Trump takes to Twitter", "Holtz-Eakin serves as director"), the word scan's finders otherwise.
// (Taking the parse's root verb instead found 150 events on the shared articles where the scan finds 269,
// most of the missing ones right: a main clause after a reporting verb, a copular root.)
import type { SyntaxLayer, SyntaxWord } from '../syntax/layer';
import { CONTINUATION_VERBS, HABITUAL_VERBS, PLANNED_VERBS, REPORTING_VERBS } from './verbs';
import { verbAt } from './dated';
import { type EventContext } from './context';
import { makeEvent, subjectOf } from './titles';
import { firstMainVerb } from './wordScan';
import { parseObject } from './object';
import { readSentence } from './reader';
import { childrenOf, isRelativePronoun } from '../syntax/tree';
import { Lex } from '../lexicon/vocabulary';

/** Word v is a bare infinitive the parse puts after a modal or "to", or under another verb (xcomp). */
function isInfinitive(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number, kids: readonly number[]): boolean {
  return words[v].xpos === 'VB' && (words[v].deprel === 'xcomp' || kids.some((c) => words[c].xpos === 'MD' || words[c].xpos === 'TO'));
}

export function undatedEvents(ec: EventContext, syntax: SyntaxLayer | null): void {
  const { model, people, cast, verbs, quoteDepth } = ec;
  for (const s of model.sentences) {
    if (ec.datedSentences.has(s.index)) continue;
    const verb = firstMainVerb(model, verbs, s, quoteDepth, s.tokenEnd);
    if (!verb || verb.info.form !== 'past' || REPORTING_VERBS.hasWord(verb.info.base)) continue;
    const word = verbs.wordOf(verb.index);
    if (syntax && word >= 0) {
      // "Sanders is determined to …", "Cruz is involved in …": a participle the parse reads as a predicate
      // adjective is a state, no event (without the copula the parse's adjective is often a verb: "Giuliani trashed Comey").
      // A plan stays ("Trump is set to meet …", "Cruz is slated to address CPAC").
      const sw = syntax.sentenceWords[s.index];
      const kids = childrenOf(syntax.words, sw, word);
      // "Sanders would beat Trump", "to cut into Clinton's lead", "needs to … lay out actual policies": a form the
      // scan reads as a past tense ("beat", "cut", "lay" of "lie") that the parse reads as an infinitive, after
      // a modal or "to" or under another verb, is no past action ("Trump lies out actual policies").
      if (isInfinitive(syntax.words, sw, word, kids) || (syntax.words[word].deprel === 'conj' && syntax.words[word].head >= 0 && isInfinitive(syntax.words, sw, syntax.words[word].head, childrenOf(syntax.words, sw, syntax.words[word].head)))) continue;
      if (syntax.words[word].upos === 'ADJ' && !PLANNED_VERBS.hasWord(verb.info.base) && kids.some((c) => syntax.words[c].deprel === 'cop')) continue;
      // "Trump's getting trounced in Indiana", "was being investigated": a progressive passive is no completed action.
      // (A "being" or "getting" right before the participle: the parse also hangs a far one there, "far from being a
      // solid red state -- Barack Obama carried it twice", and the tagger may misread a name, "Sanders countered".)
      if (kids.some((c) => syntax.words[c].deprel === 'aux:pass' && syntax.words[c].xpos === 'VBG' && (syntax.words[c].lemma === 'be' || syntax.words[c].lemma === 'get') && onlyAdverbsBetween(syntax.words, c, word))) continue;
      // "Massie used to support Rand Paul": a habit, no event. (Not "the gun he allegedly used to kill nine people",
      // a relative clause on its object.)
      const onObject = syntax.words[word].deprel === 'acl:relcl' && kids.some((c) => syntax.words[c].deprel === 'nsubj' && !isRelativePronoun(syntax.words[c]));
      if (!onObject && HABITUAL_VERBS.has(syntax.words[word].lemmaId) && kids.some((c) => c > word && syntax.words[c].deprel === 'xcomp' && childrenOf(syntax.words, sw, c).some((m) => m < c && syntax.words[m].xpos === 'TO'))) continue;
      // "Rubio is seen as the candidate", "Obama is expected to join Clinton": a passive in the present is a state, no
      // past action. (Not after the clitic "'s", as often "has": "he's given airtime", "who's called for big tax hikes".)
      // (Only a "be" right before the participle, adverbs between: the parse also hangs a far "is" there, "It is the
      // first time Trump and Petro have met", or a misread "(R)".)
      if (kids.some((c) => syntax.words[c].deprel === 'aux:pass' && (syntax.words[c].xpos === 'VBZ' || syntax.words[c].xpos === 'VBP') && syntax.words[c].lemma === 'be' && !isClitic(model.text, syntax.words[c]) && onlyAdverbsBetween(syntax.words, c, word))) continue;
      // "she was never sworn in", "Trump did not pay": a denied action is no event.
      if (kids.some((c) => model.lex.flags[syntax.words[c].token] & Lex.NEGATION)) continue;
      const reader = readSentence(ec, syntax, s);
      // ("It is the first time Trump and Petro have met": the parse may name the wrong subject; the scan's person then.)
      const parsed = reader.parsedSubject(word);
      const subject = parsed?.person ? parsed : subjectOf(model, verbs, s, verb.index, people, cast);
      if (!subject || !subject.person) continue;
      // "Trump went on to endorse Ayotte": the event is the infinitive's ("Trump endorses Ayotte", not "Trump goes").
      const action = continuedAction(syntax, sw, word, kids);
      // ("She went on to say …" reports, as "she said" does: no event.)
      if (action >= 0 && REPORTING_VERBS.has(syntax.words[action].lemmaId)) continue;
      const head = action >= 0 ? action : word;
      // The parse's object, else the scan's (a parse that misread the clause finds none: "Obama understood that …").
      const object = parseObject(reader.objectCtx, head) || undefined;
      ec.events.push(makeEvent(ec, s, action >= 0 ? verbAt(ec, syntax, syntax.words[action]) : verb, null, { object, rule: 'events.undated' }, subject));
      continue;
    }
    const subject = subjectOf(model, verbs, s, verb.index, people, cast);
    if (!subject || !subject.person) continue;
    ec.events.push(makeEvent(ec, s, verb, null, { rule: 'events.undated' }));
  }
}

/** The to-infinitive a continuation verb leads on to ("went on to discuss", "proceeded to criticize"), or -1; `kids` are the verb's dependents. */
function continuedAction(syntax: SyntaxLayer, sw: { start: number; end: number }, word: number, kids: readonly number[]): number {
  const words = syntax.words;
  const particle = CONTINUATION_VERBS.get(words[word].lemmaId);
  if (particle === undefined) return -1;
  if (particle && !kids.some((c) => c > word && words[c].lemma.toLowerCase() === particle)) return -1;
  for (const c of kids) {
    if (c < word || words[c].upos !== 'VERB' || (words[c].deprel !== 'xcomp' && words[c].deprel !== 'advcl')) continue;
    if (childrenOf(words, sw, c).some((m) => m < c && words[m].deprel === 'mark' && words[m].xpos === 'TO')) return c;
  }
  return -1;
}

/** The clitic "'s" or "’s" ("he's", "who's"). */
function isClitic(text: string, w: SyntaxWord): boolean {
  return w.end - w.start === 2 && (text[w.start] === "'" || text[w.start] === '’');
}

/** Words a and v are in this order with nothing but adverbs ("often", "not", "well") between. */
function onlyAdverbsBetween(words: readonly SyntaxWord[], a: number, v: number): boolean {
  if (a >= v) return false;
  for (let k = a + 1; k < v; k++) if (words[k].upos !== 'ADV' && words[k].upos !== 'PART') return false;
  return true;
}
