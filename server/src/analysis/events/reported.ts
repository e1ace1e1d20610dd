// Rule events.reported: an event told in someone's words is theirs, not the article's. "Police say he
// posed a deadly threat" is no fact that "Scott poses deadly threat"; "Broaddrick, who said Clinton raped
// her in 1978" is her account. A fact-checker reads the Outline for what happened, so such an event keeps
// its source: `reported` holds the claim verb and who made the claim, and the title ends the way wire
// headlines attribute a claim ("Scott poses deadly threat, police say").
//
// Read from the parse: the event word lies in the clausal complement (ccomp) of a claim verb (say, claim,
// deny, believe …; verbs.json), through coordinated, complement and adverbial clauses of its own, or it
// heads a clause that a claim verb interrupts ("The economy grew in March, officials said": parataxis).
// The claim needs a subject that is not the writer (I, we); a negated claim verb ("did not say") and an
// event noun (the noun names a thing the sentence presupposes) are left alone.
import type { ArticleEvent, Gender, Token } from '../types';
import type { SyntaxLayer, SyntaxWord } from '../syntax/layer';
import { childrenOf, isRelativePronoun } from '../syntax/tree';
import { Lex, WordClass, classFlags } from '../lexicon/vocabulary';
import { PRONOUN_ENTRIES, pronounForms } from '../lexicon';
import { CLAIM_TITLE_VERBS, CLAIM_VERBS, thirdPerson } from './verbs';
import { readSentence } from './reader';
import { subjectWord } from './subject';
import { eventVerbWord, type EventContext } from './context';

/** How many clause links an event word climbs to the claim verb ("said he would resign if he lost"). */
const MAX_CLIMB = 4;
/** Links inside a reported clause, climbed on the way up to its claim verb. */
const INNER = new Set(['conj', 'xcomp', 'advcl']);
/** The writer's own view ("I think", "we believe") is no one else's claim. */
const WRITER = new WordClass([...pronounForms((p) => p.person === 1 && p.case === 'nominative')]);
/** "he", "she": a source that is also the claim's subject ("Trump will run, he says"). */
function subjectPronoun(g: Gender | null): string | undefined {
  return PRONOUN_ENTRIES.find((p) => p.person === 3 && p.case === 'nominative' && p.gender === g)?.form;
}

/** The claim verb whose complement holds word w, or -1. */
function claimVerbOf(words: readonly SyntaxWord[], flags: Uint32Array, sentence: { start: number; end: number }, w: number): number {
  let v = w;
  for (let step = 0; step < MAX_CLIMB && v >= 0; step++) {
    const h = words[v].head;
    const kids = childrenOf(words, sentence, v);
    // "The economy grew in March, officials said": the claim verb interrupts the clause it reports.
    const inserted = kids.find((c) => words[c].deprel === 'parataxis' && c > v && isBareClaim(words, sentence, c));
    if (inserted !== undefined) return inserted;
    // The parser often leaves that claim verb a second root of the sentence: a bare "officials said" after it.
    if (h < 0) return bareClaimRootAfter(words, sentence, v);
    if (words[v].deprel === 'ccomp') {
      if (!isClaimVerb(words[h])) return -1;
      // A reported clause has a subject of its own ("said at a campaign stop": "stop" is no clause) …
      if (!kids.some((c) => CLAUSE_SUBJECTS.has(words[c].deprel))) return -1;
      // "…, officials said": a claim verb after its complement says nothing else.
      if (h > v) return isBareClaim(words, sentence, h, v) ? h : -1;
      // … and no subordinator or clause break between the claim verb and it ("said, until it went bankrupt",
      // "said when she resigned … after Russia seized Crimea", "analysts say; in 2012, Romney stumbled": the
      // parse took another clause for the complement).
      for (let k = h + 1; k < v; k++) if (flags[words[k].token] & (Lex.SUBORDINATOR | Lex.CLAUSE_BREAK)) return -1;
      return h;
    }
    if (!INNER.has(words[v].deprel)) return -1;
    v = h;
  }
  return -1;
}

const CLAUSE_SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'expl']);

/** Arguments a claim verb has when it reports a clause of its own, not the one before it. */
const OWN_CONTENT = new Set(['ccomp', 'obj', 'xcomp', 'parataxis', 'conj']);

/** A later root of the sentence that is a bare claim ("…, officials said."), or -1. */
function bareClaimRootAfter(words: readonly SyntaxWord[], sentence: { start: number; end: number }, root: number): number {
  for (let r = root + 1; r < sentence.end; r++) if (words[r].head === -1) return isBareClaim(words, sentence, r) ? r : -1;
  return -1;
}

/**
 * A claim verb with a subject and no content of its own besides `content`: "officials said", not "McCaskill
 * scolded him: “… you called”", nor a relative clause ("Clinton, who added to her delegate lead").
 */
function isBareClaim(words: readonly SyntaxWord[], sentence: { start: number; end: number }, r: number, content = -1): boolean {
  if (!isClaimVerb(words[r])) return false;
  const kids = childrenOf(words, sentence, r);
  const subj = kids.find((c) => words[c].deprel === 'nsubj');
  return subj !== undefined && !isRelativePronoun(words[subj]) && !kids.some((c) => c !== content && OWN_CONTENT.has(words[c].deprel));
}

function isClaimVerb(w: SyntaxWord): boolean {
  return w.upos === 'VERB' && CLAIM_VERBS.has(w.lemmaId);
}

/** Marks and titles the events the article reports in someone's words. */
export function markReported(ec: EventContext, syntax: SyntaxLayer, events: ArticleEvent[]): void {
  const { model } = ec;
  for (const e of events) {
    const at = eventVerbWord(model, syntax, e);
    if (!at || syntax.words[at.word].upos !== 'VERB') continue;
    const { token, word: w, sentence: s, words: sw } = at;
    const claim = claimVerbOf(syntax.words, model.lex.flags, sw, w);
    if (claim < 0) continue;
    const cw = syntax.words[claim];
    // "McCaskill scolded him: “…,” she said": a claim verb after a quotation credits the quotation; the event
    // before it is the narrator's.
    if (claim > w && quoteBetween(model.tokens, token, cw.token)) continue;
    // A denied claim ("did not say", "didn’t come out and say") reports nothing.
    // (Read from the words' lemmas: "didn’t" is one token, its "n’t" a word of its own.)
    const negated = (v: number) => childrenOf(syntax.words, sw, v).some((c) => classFlags(syntax.words[c].lemmaId) & Lex.NEGATION);
    if (negated(claim) || (cw.deprel === 'conj' && cw.head >= 0 && negated(cw.head))) continue;
    // "with all precincts reporting": a participle with a subject of its own is an absolute phrase, no claim.
    // ("Sanders is suggesting he beat expectations" has its auxiliary.)
    const claimKids = childrenOf(syntax.words, sw, claim).map((c) => syntax.words[c].deprel);
    if (cw.xpos === 'VBG' && claimKids.includes('nsubj') && !claimKids.includes('aux')) continue;
    const reader = readSentence(ec, syntax, s);
    const source = reader.parsedSubject(claim);
    if (!source) continue;
    const sourceWord = subjectWord(syntax, sw, claim, (k) => reader.inTime(syntax.words[k].start));
    if (sourceWord < 0 || WRITER.has(model.lex.id[syntax.words[sourceWord].token])) continue;
    // "Trump will run, he says": the claim's own subject is its source.
    const own = source.person && reader.parsedSubject(w)?.person === source.person;
    const sv = syntax.words[sourceWord];
    // "It acknowledges": a pronoun that is no person says nothing of who claims it.
    if (sv.upos === 'PRON' && !source.person) continue;
    // "police say", "officials say" (capitalised only as the sentence's first word), but "Republicans say", "The Times writes".
    const who = own ? subjectPronoun(source.person!.gender) ?? source.label : sv.upos === 'NOUN' && !source.person && sourceWord === sw.start ? lowerFirst(source.label) : source.label;
    const lemma = cw.lemma.toLowerCase();
    const verb = CLAIM_TITLE_VERBS.get(cw.lemmaId) ?? lemma;
    e.title = `${e.title}, ${who} ${source.plural ? verb : thirdPerson(verb)}`;
    e.reported = { cue: { start: cw.start, end: cw.end, text: model.text.slice(cw.start, cw.end) }, source: { start: sv.start, end: sv.end, text: model.text.slice(sv.start, sv.end) } };
  }
}

function quoteBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (tokens[k].kind === 'quote') return true;
  return false;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
