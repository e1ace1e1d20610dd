// Attachment from the parse: a time expression dates the word it modifies. Its head word's governor
// (through obl, obl:tmod, nmod, advmod, compound, nmod:poss…) is the event: a verb, or an event noun
// ("the third-quarter loss", "tomorrow's vote"). The relation is read from the time's own case marker:
// "since 1972", "by Wednesday", "before the vote" order or bound an event and do not date it.
import { MAX_SENTENCE_WORDS, type SyntaxLayer, type SyntaxWord } from '../syntax/layer';
import { NOMINAL_UPOS, childrenOf, hasTense, headOf, isParticipleOnArticle, isTensed } from '../syntax/tree';
import relations from './relations.json';
import { isEventNoun } from './nouns';
import { ASPECTUAL_VERBS, PREPOSITIONAL_PARTICIPLES } from './verbs';
import { WordClass, wordId } from '../lexicon/vocabulary';

/** By vocabulary id (a token's `lex.id`, a word's `lemmaId`): the words of relations.json's notAt are registered words. */
const NOT_AT: ReadonlyMap<number, string> = new Map(Object.entries(relations.notAt).map(([word, relation]) => [wordId(word), relation]));

/** The TimeML relation a preposition or adverb sets between an event and a time ("since" → since), if it is not "at"; `id` is its vocabulary id. */
export function relationOfWord(id: number): string | undefined {
  return NOT_AT.get(id);
}
const SEQUENCE = new WordClass(relations.sequence);
const SIMULTANEOUS = new WordClass(relations.simultaneous);

/** Whether a subordinator makes its clause happen while the one it modifies does ("when", "as", "while"); `lemmaId` is its lemma's vocabulary id. */
export function isSimultaneousMarker(lemmaId: number): boolean {
  return SIMULTANEOUS.has(lemmaId);
}
const PART_MARKER: string = relations.partMarker;
const TIME_RELATIVES = new WordClass(relations.timeRelatives);
/** "from", "compared with", "versus": what opens a comparison's baseline (rule events.comparison-baseline). */
const COMPARISON_MARKERS = new WordClass(relations.comparisonMarkers);
/** "a share", "cents", "francs": words an amount holds besides numbers and symbols. */
const AMOUNT_WORDS = new WordClass(relations.amountWords);

/**
 * Rule events.when-clause: the verb of a clause that "when" opens right after a time expression (words [a, b),
 * a comma between at most): "cared for him since November, when he was found", "lived in London from 1968, when
 * the Soviets invaded": that clause happens at the time, whatever the time says of the clause before (since,
 * from, until …). The parse hangs the clause on the sentence's verb, not on the time, so the words decide.
 * A finite clause with a subject of its own ("said Monday when asked" is no such clause); -1 when there is none.
 */
export function whenClauseVerb(words: readonly SyntaxWord[], sentence: { start: number; end: number }, b: number): number {
  let k = b;
  if (k < sentence.end && words[k].upos === 'PUNCT' && words[k].lemma === ',') k++;
  if (k >= sentence.end || !TIME_RELATIVES.has(words[k].lemmaId) || (words[k].deprel !== 'advmod' && words[k].deprel !== 'mark')) return -1;
  const v = words[k].head;
  if (v <= k || v >= sentence.end || words[v].upos !== 'VERB') return -1;
  const kids = childrenOf(words, sentence, v);
  if (!kids.some((c) => words[c].deprel.startsWith('nsubj'))) return -1;
  if (hasTense(words, v, kids)) return v;
  // "when the Soviets invaded Czechoslovakia" tagged a participle: with a subject and no auxiliary it is a past tense.
  return words[v].xpos === 'VBN' && !kids.some((c) => words[c].deprel.startsWith('aux')) ? v : -1;
}

/** Whether a word between two others moves the time on ("and an hour later … reported"): no shared date across it. */
export function timeMovesOn(words: readonly SyntaxWord[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SEQUENCE.has(words[i].formId)) return true;
  return false;
}

/** Relations that place a time inside a noun phrase as a pre-modifier ("the 1995 assassination", "tomorrow's vote"). */
const INSIDE_NOUN_PHRASE = new Set(['compound', 'amod', 'nummod', 'nmod:poss']);
/** Relations by which a noun that is no event hangs from the word a time may date instead ("rose 5% last month"). */
const CLIMB_THROUGH = new Set(['obj', 'iobj', 'nsubj', 'nsubj:pass', 'obl', 'obl:tmod', 'obl:npmod', 'obl:unmarked', 'nmod', 'nmod:tmod', 'nmod:unmarked', 'nmod:npmod', 'nmod:desc', 'appos', 'advmod', 'list', 'compound', 'flat', 'dep']);
/** How far a time may climb from a non-event governor towards a verb. */
const MAX_CLIMB = 3;

export type AttachRule = 'events.governor' | 'events.noun-event' | 'events.possessive-time' | 'events.predicate-noun' | 'events.conj-time' | 'events.climb' | 'events.verb-before' | 'events.verb-after' | 'events.noun-premodifier' | 'events.gerund-complement' | 'events.light-verb' | 'events.stray-verb' | 'events.subject-premodifier' | 'events.when-clause' | 'events.opening-time' | 'events.after-colon';

/** The rules whose event is a noun ("tomorrow's vote"): one occurrence however often the article names it (repeated.ts). */
export const NOUN_EVENT_RULES: ReadonlySet<string> = new Set<AttachRule>(['events.noun-event', 'events.possessive-time', 'events.noun-premodifier']);

export interface Attachment {
  /** The event's head word (index into `SyntaxLayer.words`). */
  word: number;
  rule: AttachRule;
}

export interface TimeAttachment {
  /** 'at' dates the event; anything else ('since', 'until', 'by', 'before', 'after' …) only relates it. */
  relation: string;
  /** The event the time modifies, or null (a time inside a non-event noun phrase, a fragment …). */
  event: Attachment | null;
}

/** The words of a span: [first, last + 1). */
export function wordsOf(layer: SyntaxLayer, firstToken: number, endToken: number): [number, number] {
  const a = layer.tokenWord[firstToken];
  const b = endToken < layer.tokenWord.length ? layer.tokenWord[endToken] : layer.words.length;
  return [a, b];
}


/** The relation a time expression's own words and markers state. */
function relationOf(words: readonly SyntaxWord[], sentence: { start: number; end: number }, a: number, b: number, head: number): string {
  // A marker inside the expression ("since last year" scanned whole) or a case/mark/advmod child of its head.
  for (let i = a; i < b; i++) {
    const r = NOT_AT.get(words[i].lemmaId);
    if (r && (words[i].deprel === 'case' || words[i].deprel === 'mark' || words[i].deprel === 'advmod' || words[i].deprel === 'cc')) return r;
  }
  for (const c of childrenOf(words, sentence, head)) {
    if (c >= a && c < b) continue;
    const w = words[c];
    if (w.deprel !== 'case' && w.deprel !== 'mark' && w.deprel !== 'advmod' && w.deprel !== 'fixed') continue;
    // "go before the Security Council next week": a marker with a noun phrase of its own between it and the
    // time marks that phrase (the parser hung it on the time), not the time.
    if (c < a && hasNounBetween(words, c + 1, a)) continue;
    const r = NOT_AT.get(w.lemmaId);
    if (r) return r;
  }
  // "complete the transaction by year-end": the marker may hang on the expression's first word ("year").
  // ("more than 20 years ago" is still a date: a comparison bounds nothing.)
  const before = a - 1;
  if (before >= sentence.start && words[before].deprel === 'case' && words[before].head >= a && words[before].head < b) {
    const r = NOT_AT.get(words[before].lemmaId);
    if (r && r !== 'than') return r;
  }
  // "by the end of the month", "from the middle of October", "since the start of 1998": the time is the
  // "of" complement of a noun that is no event and carries the phrase's own marker, which relates the event
  // to the time. (Only through "of": a time the parser hung elsewhere, "soared 33% to a record in the first
  // quarter", keeps its own relation.)
  const g = words[head].head;
  if (words[head].deprel === 'nmod' && g >= 0 && words[g].upos === 'NOUN' && !isEventNoun(words[g]) && childrenOf(words, sentence, head).some((c) => words[c].deprel === 'case' && words[c].lemma.toLowerCase() === PART_MARKER)) {
    for (const c of childrenOf(words, sentence, g)) {
      if (words[c].deprel !== 'case') continue;
      const r = NOT_AT.get(words[c].lemmaId);
      if (r) return r;
    }
  }
  return 'at';
}

/** Whether a noun or proper noun stands among words [from, to). */
function hasNounBetween(words: readonly SyntaxWord[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i].upos === 'NOUN' || words[i].upos === 'PROPN' || words[i].upos === 'PRON') return true;
  return false;
}

/** The event a time expression (words [a, b) of one sentence) modifies, and how. */
export function attachTime(layer: SyntaxLayer, sentence: { start: number; end: number }, a: number, b: number): TimeAttachment {
  const at = attachParsed(layer, sentence, a, b);
  // Rule events.comparison-baseline: "net rose to $108.8 million from $90.5 million, or $1.12 a share, a year ago",
  // "compared with net income of $27.1 million a year earlier": the time dates the baseline figure, not the verb
  // the parse hung it on (what rose, rose now).
  if (at.event && comparisonBaseline(layer.words, sentence, a)) return { relation: at.relation, event: null };
  // Rule events.after-colon: "common sense prevailed: On July 6, 2011, the two countries signed …", "was proved
  // right: In 1991, the Taj corporation filed …": a colon or semicolon ends the clause before it, so a time
  // after it dates nothing there, whatever the parse hung it on ("July 6" an apposition of "prevailed"). A
  // time that opens the clause after the mark dates that clause's verb; any other is left undated.
  if (at.event && at.event.word < a) {
    const mark = clauseMarkBetween(layer.words, at.event.word + 1, a);
    if (mark >= 0) {
      const opened = openingTimeVerb(layer.words, { start: mark + 1, end: sentence.end }, a, b);
      return { relation: at.relation, event: opened >= 0 ? { word: opened, rule: 'events.after-colon' } : null };
    }
  }
  // Rule events.noun-premodifier: "the Dec. 21, 1988, bombing of Pan Am Flight 103": a time between "the" and an
  // event noun pre-modifies it, whatever the parse hung it on ("bombing" a conjunct of "agents", the date an
  // oblique of "charged", which it dated).
  if (at.relation !== 'at') return at;
  // Rule events.opening-time: "Last month, Canadian Bond Rating Service downgraded …" rooted at "month", the
  // verb a reduced relative of "Service": a time that opens the sentence, set off by a comma, and modifies
  // nothing the parse can show dates the clause after the comma.
  if (!at.event) {
    const opened = openingTimeVerb(layer.words, sentence, a, b);
    if (opened >= 0) return { relation: at.relation, event: { word: opened, rule: 'events.opening-time' } };
  }
  const premodified = premodifiedNoun(layer.words, sentence, a, b);
  if (premodified >= 0 && at.event?.word !== premodified) return { relation: at.relation, event: { word: premodified, rule: 'events.noun-premodifier' } };
  // Rule events.gerund-complement: "exiles who practiced forming a human chain outside the home Monday": a gerund
  // that completes a verb happens in that verb's event, which the time dates (its title keeps the gerund).
  const completed = at.event ? completedByGerund(layer.words, sentence, at.event.word) : -1;
  return completed >= 0 ? { relation: at.relation, event: { word: completed, rule: 'events.gerund-complement' } } : at;
}

/**
 * True when the words right before a time (its first word a) are a comparison's baseline amount: a marker
 * ("from", "with", "versus", "than") and then only numbers, currency symbols, commas and amount words, with a
 * number among them and the last word before the time a number, a symbol, a comma or an amount word.
 */
function comparisonBaseline(words: readonly SyntaxWord[], sentence: { start: number; end: number }, a: number): boolean {
  let numbers = 0;
  for (let i = a - 1; i >= sentence.start; i--) {
    const w = words[i];
    if (w.upos === 'NUM') numbers++;
    else if (w.upos === 'SYM' || (w.upos === 'PUNCT' && w.lemma === ',')) continue;
    else if (w.upos === 'ADP' || w.upos === 'SCONJ' || w.upos === 'CCONJ') {
      if (COMPARISON_MARKERS.has(w.formId)) return numbers > 0;
      if (!AMOUNT_WORDS.has(w.formId)) return false;
    } else if (!AMOUNT_WORDS.has(w.formId) && !AMOUNT_WORDS.has(w.lemmaId)) return false;
  }
  return false;
}

/** The last colon or semicolon among words [from, to), or -1. */
function clauseMarkBetween(words: readonly SyntaxWord[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (words[i].upos === 'PUNCT' && (words[i].lemma === ':' || words[i].lemma === ';')) return i;
  return -1;
}

/** Words that may stand before a time that opens its sentence ("But on April 8", "Also Sunday", "In the year-earlier quarter"). */
const BEFORE_OPENING_TIME = new Set(['CCONJ', 'ADV', 'ADP', 'DET']);

/**
 * The verb of the clause after a time that opens its sentence (words [a, b), only a conjunction, an adverb,
 * a preposition or an article before it, a comma right after it): scanning that clause, the first past or
 * present tense verb after a noun or pronoun (its subject), not in a clause of its own (no subordinator,
 * relative or question word under it, not a complement or a relative clause). A participle with no auxiliary
 * stands for the past tense the tagger missed ("more than 2,000 Catholic protesters rallied" tagged a
 * participle) only when the sentence has no tensed verb at all. Reading stops at a semicolon or colon. -1 if none.
 */
function openingTimeVerb(words: readonly SyntaxWord[], sentence: { start: number; end: number }, a: number, b: number): number {
  for (let i = sentence.start; i < a; i++) if (!BEFORE_OPENING_TIME.has(words[i].upos)) return -1;
  if (b >= sentence.end || words[b].upos !== 'PUNCT' || words[b].lemma !== ',') return -1;
  let subject = false;
  let participle = -1;
  let tensed = false;
  for (let k = b + 1; k < sentence.end; k++) {
    const w = words[k];
    if (w.upos === 'PUNCT' && (w.lemma === ';' || w.lemma === ':')) break;
    if (NOMINAL_UPOS.has(w.upos)) subject = true;
    if (w.upos !== 'VERB' && w.upos !== 'AUX') continue;
    if (isTensed(w) || w.xpos === 'MD') tensed = true;
    // (A clause the parse hung on a word before `sentence.start`, the colon of events.after-colon, is the clause after it.)
    if (w.upos !== 'VERB' || !subject || ((w.deprel === 'acl:relcl' || w.deprel === 'ccomp' || w.deprel === 'csubj' || w.deprel === 'advcl') && w.head >= sentence.start)) continue;
    const kids = childrenOf(words, sentence, k);
    if (kids.some((c) => words[c].deprel === 'mark' || /^W/.test(words[c].xpos))) continue;
    if (isTensed(w)) return k;
    if (w.xpos === 'VBN' && participle < 0 && !kids.some((c) => words[c].deprel.startsWith('aux'))) participle = k;
  }
  if (tensed || participle < 0) return -1;
  for (let k = participle + 1; k < sentence.end; k++) if (isTensed(words[k]) || words[k].xpos === 'MD') return -1;
  return participle;
}

/**
 * The verb that gerund g completes (its xcomp, after it, not an aspectual verb, which shares its time anyway),
 * or -1. Not a progressive the parse hung there ("noted that the next round … is approaching": an auxiliary,
 * subject, subordinator or copula of its own), nor a noun after an article ("arriving at a 2012 gathering").
 */
function completedByGerund(words: readonly SyntaxWord[], sentence: { start: number; end: number }, g: number): number {
  const w = words[g];
  if (w.upos !== 'VERB' || w.xpos !== 'VBG' || w.deprel !== 'xcomp' || w.head < 0 || w.head >= g || words[g - 1].upos === 'DET') return -1;
  const h = words[w.head];
  if (h.upos !== 'VERB' || ASPECTUAL_VERBS.has(h.lemmaId)) return -1;
  return childrenOf(words, sentence, g).some((c) => /^(aux|nsubj|mark|cop)/.test(words[c].deprel)) ? -1 : w.head;
}

/** The attachment the parse gives (attachTime's, but for a parse that broke a noun phrase). */
function attachParsed(layer: SyntaxLayer, sentence: { start: number; end: number }, a: number, b: number): TimeAttachment {
  const words = layer.words;
  let head = headOf(words, a, b);
  if (head < 0) return { relation: 'at', event: null };
  let rule: AttachRule = 'events.governor';
  let relation = relationOf(words, sentence, a, b, head);
  // "on Monday and Tuesday": the second conjunct's governor is the first, and so is its relation
  // ("between January 1 and September 26").
  while (words[head].deprel === 'conj' && words[head].head >= 0 && isTimeLike(words[words[head].head])) {
    head = words[head].head;
    rule = 'events.conj-time';
    if (relation === 'at') relation = relationOf(words, sentence, head, head + 1, head);
  }
  // Rule events.possessive-time: "Sunday's memorial service", "Monday's debate": a time with the possessive
  // clitic determines the noun phrase after it, whatever the parse hung it on ("after leaving Sunday's … service"
  // had "Sunday" as an oblique of "leaving", which it dated). That noun's event, or none ("Monday's paper").
  const clitic = possessiveClitic(words, sentence, a, b);
  if (clitic >= 0 && relation === 'at') {
    const possessed = possessedNoun(words, sentence, clitic, b - a);
    if (possessed >= 0 && isEventNoun(words[possessed])) return { relation, event: { word: possessed, rule: 'events.possessive-time' } };
    const verb = possessed >= 0 && !isBareYear(words, a, b) ? subjectVerb(words, possessed) : -1;
    return { relation, event: verb >= 0 ? { word: verb, rule: 'events.subject-premodifier' } : null };
  }
  const hw = words[head];
  // "On Thursday, the city sent …" parsed as two roots: the time hangs from the sentence's verb root.
  const otherRoot = hw.head < 0 && !childrenOf(words, sentence, head).some((c) => words[c].deprel === 'cop' || words[c].deprel.startsWith('nsubj')) ? verbRoot(words, sentence, head) : -1;
  if (hw.head < 0 && otherRoot < 0) {
    // The time is the predicate: "The meeting was on Tuesday" (cop + nsubj): the subject is the event.
    const subj = childrenOf(words, sentence, head).find((c) => words[c].deprel === 'nsubj' && isEventNoun(words[c]));
    if (subj !== undefined) return { relation, event: { word: subj, rule: 'events.predicate-noun' } };
    const stray = strayVerb(words, sentence, head);
    return { relation, event: stray >= 0 ? { word: stray, rule: 'events.stray-verb' } : null };
  }
  let g = otherRoot >= 0 ? otherRoot : hw.head;
  // "said Thursday he has sent", "announced yesterday that he would": a bare time right after a verb
  // modifies that verb, not a word of the clause that follows or precedes it (a frequent parser error on news text).
  // (Not a time that modifies a noun after it: "reported third-quarter net income of $27.1 million" — that
  // noun phrase's own event, or its clause's, is dated below.)
  const before = a - 1;
  const preModifier = INSIDE_NOUN_PHRASE.has(hw.deprel) && g > head;
  if (g !== before && before >= sentence.start && words[before].upos === 'VERB' && relation === 'at' && !hasCase(words, sentence, head) && !preModifier) return { relation, event: { word: before, rule: 'events.verb-before' } };
  // Rule events.verb-after: "U.S. forces Thursday launched cruise missile strikes": a bare time between a
  // subject and its tensed verb dates that verb when the parse hung the time on a word that is no verb (it
  // made "forces" the root and "launched" its relative clause). Not "a report released last year found",
  // where the time has its verb.
  const after = b;
  const subjectBefore = before >= sentence.start && NOMINAL_UPOS.has(words[before].upos);
  if (g !== after && subjectBefore && words[g].upos !== 'VERB' && after < sentence.end && words[after].upos === 'VERB' && isTensed(words[after]) && relation === 'at' && !hasCase(words, sentence, head) && !preModifier) return { relation, event: { word: after, rule: 'events.verb-after' } };
  // Inside a noun phrase the time dates that noun or nothing — except a bare time opening the sentence,
  // which the parser may glue to the subject ("Yesterday New York governor George Pataki toured …").
  const inside = INSIDE_NOUN_PHRASE.has(hw.deprel) && !(head === sentence.start && g > head);
  for (let step = 0; ; step++) {
    const gw = words[g];
    // "directing a combined $20 million last month": a participle the parse hung on the article right before
    // it is that noun phrase's adjective, no event; the phrase's governor is (rule events.climb).
    if (isParticipleOnArticle(words, g) && gw.head >= sentence.start && words[gw.head].head >= 0 && CLIMB_THROUGH.has(words[gw.head].deprel) && step < MAX_CLIMB) {
      g = words[gw.head].head;
      continue;
    }
    // "In August, powered by $23 million in contributions, the PAC became …" rooted at the participle: a
    // participle opening the sentence with no subject or auxiliary of its own is an adjunct; the clause's
    // finite verb, which the parse hung on it, is the event (rule events.stray-verb).
    // (strayVerb takes a verb root only when it is such a participle.)
    if (gw.head < 0 && gw.upos === 'VERB') {
      const stray = strayVerb(words, sentence, g);
      if (stray >= 0) return { relation, event: { word: stray, rule: 'events.stray-verb' } };
    }
    // The same sentence parsed right ("powered" an adverbial clause of "became"): a time set off before such a
    // participle opens the whole sentence, and dates its finite verb, not the participle.
    if (step === 0 && gw.deprel === 'advcl' && b <= g && gw.head > g && commaBetween(words, b, g) && isAdjunctParticiple(words, sentence, g) && words[gw.head].upos === 'VERB' && isTensed(words[gw.head])) {
      return { relation, event: { word: gw.head, rule: 'events.stray-verb' } };
    }
    if (gw.upos === 'VERB' && !isPrepositional(gw)) {
      // "there was a one-time gain in the 1988 period": existential "be" reports its noun, if that is an event.
      if (gw.lemma.toLowerCase() !== 'be') return { relation, event: { word: g, rule: step ? 'events.climb' : rule } };
      const noun = childrenOf(words, sentence, g).find((c) => (words[c].deprel === 'obj' || words[c].deprel === 'nsubj') && isEventNoun(words[c]));
      return { relation, event: noun !== undefined ? { word: noun, rule: 'events.light-verb' } : null };
    }
    // "vote on the agreement on March 10": a time phrase after an event noun that is itself a verb's
    // prepositional object belongs to the verb (the parser's attachment is a guess here).
    const postVerb = g < head && hasCase(words, sentence, head) && gw.deprel === 'obl' && gw.head >= 0 && words[gw.head].upos === 'VERB';
    if ((gw.upos === 'NOUN' || gw.upos === 'PROPN') && isEventNoun(gw) && !postVerb) return { relation, event: { word: g, rule: 'events.noun-event' } };
    // A copular predicate: "were worth … in October", "was in Paris on Monday" → the predicate's head.
    if (gw.upos === 'ADJ' && childrenOf(words, sentence, g).some((c) => words[c].deprel === 'cop')) return { relation, event: { word: g, rule } };
    // A time that modifies a noun which is no event ("4.7 percent last month", "President Bush on Tuesday",
    // "Also today") dates the verb that noun belongs to.
    // "a third-quarter net loss": the time pre-modifies a modifier of the phrase's head ("net"); it still
    // dates the head, if the head names an event, and nothing outside the phrase.
    if (inside && gw.head > g && (gw.deprel === 'compound' || gw.deprel === 'amod') && step < MAX_CLIMB) {
      g = gw.head;
      continue;
    }
    if (inside && gw.upos === 'NOUN' && !isBareYear(words, a, b)) {
      const verb = subjectVerb(words, g);
      if (verb >= 0) return { relation, event: { word: verb, rule: 'events.subject-premodifier' } };
    }
    if (!inside && gw.head < 0 && step < MAX_CLIMB) {
      const stray = strayVerb(words, sentence, g);
      if (stray >= 0) return { relation, event: { word: stray, rule: 'events.stray-verb' } };
    }
    if (inside || step >= MAX_CLIMB || gw.head < 0 || !CLIMB_THROUGH.has(gw.deprel)) return { relation, event: null };
    g = gw.head;
  }
}

/**
 * Rule events.subject-premodifier: the verb whose subject is noun n, a noun that names no event with a time
 * inside its phrase ("Third-quarter sales dropped 11%", "Friday's trading volume totaled 132.8 million
 * shares", "Last year's results were hurt by …"): what the noun measures over that time, the verb says
 * happened then. Not a copula's subject ("Sales in the latest period were $1.76 billion": no event), or -1.
 */
function subjectVerb(words: readonly SyntaxWord[], n: number): number {
  const w = words[n];
  if (w.deprel !== 'nsubj' && w.deprel !== 'nsubj:pass') return -1;
  const v = w.head;
  return v >= 0 && words[v].upos === 'VERB' && words[v].lemma.toLowerCase() !== 'be' ? v : -1;
}

/**
 * A time of one number (a year): before a noun it mostly says which one is meant, not when the clause's verb
 * happened ("the 2016 candidates call for …", "a 2008 Clinton campaign veteran said").
 */
function isBareYear(words: readonly SyntaxWord[], a: number, b: number): boolean {
  return b - a === 1 && words[a].upos === 'NUM';
}

/**
 * The event noun a time (words [a, b)) stands inside, right after "the" and before the noun and its modifiers
 * ("the Dec. 21, 1988, bombing", "the 2003 Iraq invasion"), or -1.
 */
function premodifiedNoun(words: readonly SyntaxWord[], sentence: { start: number; end: number }, a: number, b: number): number {
  if (a <= sentence.start || words[a - 1].upos !== 'DET' || words[a - 1].lemma.toLowerCase() !== 'the') return -1;
  let k = b;
  if (k < sentence.end && words[k].upos === 'PUNCT' && words[k].lemma === ',') k++;
  for (let n = 0; k < sentence.end && n < MAX_POSSESSED_WORDS; k++, n++) {
    const w = words[k];
    if (w.upos !== 'NOUN' && w.upos !== 'ADJ' && w.upos !== 'PROPN') return -1;
    // The phrase's head: the last noun before a word that is no noun.
    if (w.upos === 'NOUN' && (k + 1 >= sentence.end || words[k + 1].upos !== 'NOUN')) return isEventNoun(w) ? k : -1;
  }
  return -1;
}

/** Words a possessed noun phrase's modifiers may take before its head ("Sunday's Sept. 11 memorial service"). */
const MAX_POSSESSED_WORDS = 4;

/** The possessive clitic of a time expression (words [a, b)), in it or right after it, or -1. */
function possessiveClitic(words: readonly SyntaxWord[], sentence: { start: number; end: number }, a: number, b: number): number {
  let clitic = -1;
  for (let i = a; i <= b && i < sentence.end; i++) if (words[i].xpos === 'POS') clitic = i;
  return clitic;
}

/**
 * The head noun of the phrase the possessive clitic determines, or -1 when no noun follows in reach.
 * `timeWords`: the time expression's length (the rest of it may follow the clitic, "Sunday's Sept. 11 …",
 * and widens the reach).
 */
function possessedNoun(words: readonly SyntaxWord[], sentence: { start: number; end: number }, clitic: number, timeWords: number): number {
  for (let k = clitic + 1; k < sentence.end && k <= clitic + MAX_POSSESSED_WORDS + timeWords; k++) {
    if (words[k].upos !== 'NOUN') continue;
    // The phrase's head: a noun modifying the next one ("the Sept. 11 memorial service") hands over to it.
    let h = k;
    while (words[h].head > h && words[h].head <= h + 2 && words[words[h].head].upos === 'NOUN' && (words[h].deprel === 'compound' || words[h].deprel === 'amod')) h = words[h].head;
    return h;
  }
  return -1;
}

/** Another root of the sentence that is a verb (the parser left the sentence in pieces), or -1. */
function verbRoot(words: readonly SyntaxWord[], sentence: { start: number; end: number }, not: number): number {
  // A run-on "sentence" is parsed in pieces of MAX_SENTENCE_WORDS: a root in another piece is no root of
  // this clause, and scanning only the pieces near keeps a million characters of times linear.
  const end = Math.min(sentence.end, not + MAX_SENTENCE_WORDS);
  for (let i = Math.max(sentence.start, not - MAX_SENTENCE_WORDS); i < end; i++) if (i !== not && words[i].head < 0 && words[i].upos === 'VERB') return i;
  return -1;
}

/**
 * A past or present participle set off as an adjunct ("In August, powered by …, the PAC became"): no subject,
 * auxiliary or copula of its own, no noun or pronoun right before it (that would be its subject the parse
 * missed, "Jerome married Jeanne Siegel in 1940 and had …") and a comma after it in the sentence.
 */
function isAdjunctParticiple(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number): boolean {
  const w = words[v];
  if (w.upos !== 'VERB' || (w.xpos !== 'VBN' && w.xpos !== 'VBG')) return false;
  if (childrenOf(words, sentence, v).some((c) => words[c].deprel.startsWith('nsubj') || words[c].deprel.startsWith('aux') || words[c].deprel === 'cop' || words[c].deprel === 'expl' || words[c].deprel.startsWith('csubj'))) return false;
  const before = words[v - 1];
  if (v > sentence.start && (before.upos === 'NOUN' || before.upos === 'PROPN' || before.upos === 'PRON')) return false;
  return commaBetween(words, v + 1, Math.min(sentence.end, v + MAX_SENTENCE_WORDS));
}

/** A comma among words [from, to). */
function commaBetween(words: readonly SyntaxWord[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k].upos === 'PUNCT' && words[k].lemma === ',') return true;
  return false;
}

/** Relations by which the parser hangs a sentence's own clause on a word that is no verb. */
const STRAY_CLAUSE = new Set(['acl', 'conj', 'parataxis', 'advcl', 'ccomp', 'dep', 'list']);

/**
 * Rule events.stray-verb: the sentence's clause when the parse made a word that is no verb its root and
 * hung the clause's verb on it ("On Tuesday, the United States and Soviet Union conferred …" rooted at
 * "Tuesday", "conferred" its acl): a finite verb (past or present tense) right under the root, with no
 * copula under the root (then the root is the predicate). -1 when there is none, or more than one.
 */
function strayVerb(words: readonly SyntaxWord[], sentence: { start: number; end: number }, root: number): number {
  if ((words[root].upos === 'VERB' && !isAdjunctParticiple(words, sentence, root)) || words[root].upos === 'AUX') return -1;
  let found = -1;
  for (const c of childrenOf(words, sentence, root)) {
    const w = words[c];
    if (w.deprel === 'cop') return -1;
    if (w.upos !== 'VERB' || !STRAY_CLAUSE.has(w.deprel) || !isTensed(w)) continue;
    if (found >= 0) return -1;
    found = c;
  }
  return found;
}

/** "compared with a year ago", "the quarter ended Sept. 30": a participle that works as a preposition. */
function isPrepositional(w: SyntaxWord): boolean {
  // A reduced relative ("the quarter ended Sept. 30") is one whatever tag the tagger gave "ended".
  return (w.xpos === 'VBN' || w.xpos === 'VBG' || w.deprel === 'acl') && w.deprel !== 'root' && PREPOSITIONAL_PARTICIPLES.has(w.lemmaId);
}

/** Whether a time's head has its own preposition ("on Tuesday") rather than standing bare ("Tuesday"). */
function hasCase(words: readonly SyntaxWord[], sentence: { start: number; end: number }, head: number): boolean {
  return childrenOf(words, sentence, head).some((c) => words[c].deprel === 'case');
}

function isTimeLike(w: SyntaxWord): boolean {
  return w.upos === 'NOUN' || w.upos === 'PROPN' || w.upos === 'NUM' || w.upos === 'ADV';
}
