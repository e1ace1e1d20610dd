// What a title says was done, from the parse: the verb's particle ("steps down"), its object ("captures
// Maduro"), and a bare prepositional phrase that completes the verb ("puts Petro on notice"); without an
// object, the first complement ("speaks with Petro", "arrives at White House"). Headline style: no
// articles, no time words, a few words per phrase.
import type { SyntaxLayer, SyntaxWord } from '../syntax/layer';
import { OBJECT_RELATIONS, childrenOf, hyphenatedToken, isAncestor, isParticipleOnArticle, isRelativePronoun } from '../syntax/tree';
import { TITLE_ABBREVIATIONS } from '../text/segment';
import { NON_PERSON_HEADS, TITLES } from '../people/lexicon';
import { ADVERB_PARTICLES, PREDICATIVE_VERBS, PREPOSITION_PARTICLES, STATE_VERBS } from './verbs';
import { pronounForms } from '../lexicon';
import { QUANTITY_HEADS, SINGULAR_QUANTITY_HEADS } from './nouns';
import { WordClass } from '../lexicon/vocabulary';

/** What a noun phrase opens with. */
const NOMINAL_STARTS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** A verb's clausal complements. */
const CLAUSAL_COMPLEMENTS: ReadonlySet<string> = new Set(['ccomp', 'xcomp', 'csubj', 'parataxis']);

/** Most words a phrase of the title keeps. */
const MAX_PHRASE_WORDS = 3;
/** Most words a proper name keeps ("Affordable Care Act", "Retired American Warriors PAC"). */
const MAX_NAME_WORDS = 4;
const COMPLEMENTS = new Set(['obl', 'obl:arg']);
/** How many infinitive complements deep an object is followed ("tries to persuade them to …" stops at one). */
const MAX_COMPLEMENT_DEPTH = 1;
/** How deep under the object a word of its phrase may hang ("the most engaged rally-goers"). */
const MAX_OBJECT_DEPTH = 4;

export interface ObjectContext {
  text: string;
  layer: SyntaxLayer;
  sentence: { start: number; end: number };
  inTime: (offset: number) => boolean;
  /** The title name of the person a word mentions, if any. */
  personAt: (offset: number) => string | null;
}

export function parseObject(ctx: ObjectContext, verb: number, depth = 0): string {
  const words = ctx.layer.words;
  const children = childrenOf(words, ctx.sentence, verb);
  const parts: string[] = [];
  // A particle: labelled so, or tagged so (RP) right after the verb where the parse called it an adverb
  // ("explosions that went off": advmod; the title said "Explosions go in New Jersey").
  // So is an adverb the parse read in a particle's place with nothing hung on it ("Biden weighed in as well": was
  // "Biden weighs"), of a verb with no clause of its own ("goes back to watch", "says back" are no phrasal
  // verbs); "in", "on" and "over" only where no noun phrase follows, which they would govern ("presides over
  // more nominees").
  // (A purpose clause counts: "has gone back to watch old interviews".)
  const clausal = children.some((c) => CLAUSAL_COMPLEMENTS.has(words[c].deprel) || (words[c].deprel === 'advcl' && childrenOf(words, ctx.sentence, c).some((k) => k < c && words[k].xpos === 'TO')));
  const adverbParticle = (c: number) => {
    const w = words[c].formId;
    if (clausal || words[c].xpos !== 'RB' || !ADVERB_PARTICLES.has(w) || childrenOf(words, ctx.sentence, c).length > 0) return false;
    const next = c + 1 < ctx.sentence.end ? words[c + 1] : undefined;
    // ("came in second in January polls": the same word again is the preposition.)
    const again = [c + 1, c + 2].some((k) => k < ctx.sentence.end && words[k].formId === w);
    return !again && (!PREPOSITION_PARTICLES.has(w) || !next || !NOMINAL_STARTS.has(next.upos));
  };
  const particle = (c: number) => words[c].deprel === 'compound:prt' || (c === verb + 1 && (words[c].xpos === 'RP' || adverbParticle(c)));
  for (const c of children) if (particle(c)) parts.push(slice(ctx, words[c]).toLowerCase());
  const obj = children.find((c) => c > verb && OBJECT_RELATIONS.has(words[c].deprel) && !ctx.inTime(words[c].start));
  // A verb the tokeniser split at its hyphen ("jump - start dormant relations", the parse's object "start"):
  // the object is the last part's.
  if (obj !== undefined && words[obj].token === words[verb].token && depth < 2) return [...parts, parseObject(ctx, obj, depth + 1)].filter(Boolean).join(' ');
  if (obj !== undefined) {
    // An object with its own preposition is a complement the parser mislabelled ("met with President
    // Donald Trump": "with" hangs on "President", a modifier of "Donald").
    let kase = -1;
    // (A preposition: the possessive clitic of "called Mr. Obama's remarks" is a case marker too.)
    for (let k = verb + 1; k < obj; k++) if (words[k].deprel === 'case' && words[k].upos === 'ADP' && (words[k].head === obj || words[words[k].head]?.head === obj)) kase = k;
    // A part or an amount says of what: "delivers one of speeches" (was "Trump delivers one").
    const p = quantityPhrase(ctx, obj)?.label ?? phrase(ctx, adjectivalHead(ctx, obj));
    if (p) parts.push(...(kase >= 0 ? [slice(ctx, words[kase]).toLowerCase(), p] : [p]));
    // What the object is called or made: "called Obama a petulant child", "elected him president".
    // (Not after a reflexive: "describes himself as …" names the subject twice.)
    const pred = p && !/sel(f|ves)$/iu.test(slice(ctx, words[obj])) ? predicatives(ctx, verb, children, obj)[0] : undefined;
    // (Never the object's own words again: "calls H1-B the H1-B program" parsed across the hyphen.)
    const q = pred !== undefined ? phrase(ctx, pred) : '';
    if (q && !q.includes(p)) parts.push(q);
    // What the object is left or found: "kept the homeland safe", "calls inversions unpatriotic" (was "Bush keeps
    // homeland"). A lower-case adjective right after the object's phrase, under a verb that takes one (`stateVerbs`:
    // not "assembled a team ready to …", "adopts a stance common among …"), nor after a possessive the parse made
    // the object ("lost her cool").
    const state = p && pred === undefined && words[obj].xpos !== 'PRP$' ? stateAfter(ctx, verb, obj, children) : undefined;
    // ("cast him as weak": the "as" stays, wherever the parse hung it.)
    if (state !== undefined) parts.push(...(words.slice(obj + 1, state).some((x) => slice(ctx, x).toLowerCase() === 'as') ? ['as'] : []), slice(ctx, words[state]));
    // A fixed phrase after the object: "puts Petro on notice", "took the company into bankruptcy".
    const fixed = children.find((c) => c > obj && COMPLEMENTS.has(words[c].deprel) && isBareNoun(ctx, c));
    if (fixed !== undefined) parts.push(...prepositional(ctx, fixed));
    return parts.join(' ');
  }
  const timed = clausal ? '' : timeCompoundObject(ctx, verb, children);
  if (timed) return [...parts, timed].join(' ');
  // "the comments Trump made": a relative clause's object is the noun it modifies.
  const v = words[verb];
  // ("members who voted": a relative pronoun subject makes the noun the subject, not the object.)
  const relativeSubject = children.some((c) => words[c].deprel.startsWith('nsubj') && isRelativePronoun(words[c]));
  if (v.deprel === 'acl:relcl' && v.head >= 0 && words[v.head].upos === 'NOUN' && v.head < verb && !relativeSubject) {
    const p = phrase(ctx, v.head);
    if (p) return [...parts, p].join(' ');
  }
  // A predicate adjective right after the verb (adverbs between) is what the verb says: "Reagan appeared
  // unsteady in his first debate" (was "Reagan appears speculated", a later noun the parse hung on the verb).
  const predicate = children.find((c) => c > verb && words[c].deprel === 'xcomp' && words[c].upos === 'ADJ' && !ctx.inTime(words[c].start) && onlyTimeBetween(ctx, verb, c));
  // (Not an adjective before a noun, which it modifies whatever the parse says: "suspend open primaries".)
  // (Nor part of a hyphenated word: "suspend open-carry rights".)
  const nounAfter = predicate !== undefined && ((predicate + 1 < ctx.sentence.end && (words[predicate + 1].upos === 'NOUN' || words[predicate + 1].upos === 'PROPN')) || tokenText(ctx, predicate) !== slice(ctx, words[predicate]));
  if (predicate !== undefined && !nounAfter && /^\p{Ll}/u.test(slice(ctx, words[predicate]))) return [...parts, slice(ctx, words[predicate])].join(' ');
  const comp = children.find((c) => c > verb && COMPLEMENTS.has(words[c].deprel) && !ctx.inTime(words[c].start));
  if (comp === undefined) {
    const predicative = predicativePhrase(ctx, verb, children);
    if (predicative) return [...parts, predicative].join(' ');
  }
  if (comp !== undefined) parts.push(...prepositional(ctx, comp));
  // "tries to use the ad", "plans to revitalize the mines": an infinitive complement and its own object.
  const open = comp === undefined && depth < MAX_COMPLEMENT_DEPTH ? children.find((c) => c > verb && (words[c].deprel === 'xcomp' || words[c].deprel === 'advcl') && words[c].upos === 'VERB') : undefined;
  if (open !== undefined) {
    const to = childrenOf(words, ctx.sentence, open).find((c) => c < open && words[c].deprel === 'mark' && words[c].upos === 'PART');
    // A to-infinitive the parse read as a purpose clause (advcl) completes the verb only right after it, or after
    // a time or an adverb: "Stumpf tried on Tuesday to make the case" was titled "Stumpf tries".
    // A bare infinitive right after the verb completes it too: "helped shape the Fair Sentencing Act" (the title
    // was the word scan's, "helps shape the Fair"); so does a gerund right after it, adverbs between: "avoided
    // directly criticizing Comey" (was "Trump avoids directly"), "stopped running ads".
    const bareInfinitive = open === verb + 1 && words[open].deprel === 'xcomp' && words[open].xpos === 'VB';
    const gerund = words[open].xpos === 'VBG' && parts.length === 0 && onlyTimeBetween(ctx, verb, open) && !words.slice(verb + 1, open).some((x) => x.upos === 'PUNCT');
    if (to === undefined && (bareInfinitive || gerund)) parts.push(slice(ctx, words[open]), parseObject(ctx, open, depth + 1));
    else if (to !== undefined && (words[open].deprel === 'xcomp' || (parts.length === 0 && onlyTimeBetween(ctx, verb, to)))) {
      // The infinitive keeps its auxiliaries: "needs to be hospitalized", "seems to have vanished" (was "needs to hospitalized").
      const auxiliaries = childrenOf(words, ctx.sentence, open).filter((c) => c > to && c < open && words[c].deprel.startsWith('aux'));
      parts.push(slice(ctx, words[to]).toLowerCase(), ...auxiliaries.map((c) => slice(ctx, words[c]).toLowerCase()), slice(ctx, words[open]), parseObject(ctx, open, depth + 1));
    }
  }
  if (depth === 0 && !parts.some(Boolean)) {
    const said = clauseSaid(ctx, verb, children);
    if (said) parts.push(said);
  }
  return parts.filter(Boolean).join(' ');
}

/** Subjects of a reported clause whose speaker a title does not name: "I", "we", "you" (lexicon/pronouns.json). */
const FIRST_SECOND_PERSON = new WordClass([...pronounForms((p) => p.person !== 3 && p.case === 'nominative')]);
/** Most words of a reported clause a title keeps. */
const MAX_CLAUSE_WORDS = 7;

/**
 * What a verb with no object reports, as written: its clause complement right after it, whole, a "that" dropped,
 * in at most MAX_CLAUSE_WORDS words, or '' ("Cruz and his aides signaled that they were coming around to Trump" →
 * "signals they were coming around to Trump"; "Obama maintains it does not change his past statements").
 */
function clauseSaid(ctx: ObjectContext, verb: number, children: readonly number[]): string {
  const words = ctx.layer.words;
  const c = children.find((k) => k > verb && words[k].deprel === 'ccomp' && words[k].upos === 'VERB');
  // (Not after a participle, "Clinton is widely known", nor a clause of "I" or "you", whose speaker the title lost.)
  if (c === undefined || words[verb].xpos === 'VBN') return '';
  if (childrenOf(words, ctx.sentence, c).some((k) => words[k].deprel.startsWith('nsubj') && FIRST_SECOND_PERSON.has(words[k].formId))) return '';
  let first = verb + 1;
  while (first < c && (words[first].upos === 'ADV' || words[first].upos === 'PUNCT')) first++;
  if (first < c && words[first].upos === 'SCONJ' && slice(ctx, words[first]).toLowerCase() === 'that') first++;
  // The clause's last word: its subtree's, punctuation aside.
  let last = c;
  for (let k = c + 1; k < ctx.sentence.end && k - c < 64; k++) if (isAncestor(words, c, k, 16) && words[k].upos !== 'PUNCT') last = k;
  // The whole clause or nothing (a cut one says what it did not), unquoted (a quotation titles a speech verb
  // by its words), with no time in it and no word outside it.
  if (last - first + 1 > MAX_CLAUSE_WORDS) return '';
  for (let k = first; k <= last; k++) {
    const w = words[k];
    if (w.upos === 'PUNCT' || ctx.inTime(w.start) || (k !== c && !isAncestor(words, c, k, 16))) return '';
  }
  for (let k = verb + 1; k < ctx.sentence.end; k++) if (/["“”]/u.test(slice(ctx, words[k]))) return '';
  return ctx.text.slice(words[first].start, words[last].end);
}

/**
 * A predicative noun and the one it is said of, for a verb with no object: "became the best-funded super PAC",
 * "was elected governor", "called Cruz the ultimate hypocrite" (parsed as two xcomps), a small clause's subject;
 * '' when there is none.
 */
function predicativePhrase(ctx: ObjectContext, verb: number, children: readonly number[]): string {
  const words = ctx.layer.words;
  const preds = predicatives(ctx, verb, children, verb);
  if (!preds.length) return '';
  let last = preds[preds.length - 1];
  let small = preds.length === 1 ? childrenOf(words, ctx.sentence, last).find((k) => k < last && words[k].deprel.startsWith('nsubj')) : preds[0];
  // "called climate change a hoax" parsed with "change" the xcomp and "hoax" its object: the other way round.
  const inverted = preds.length === 1 && small === undefined ? childrenOf(words, ctx.sentence, last).find((k) => k > last && words[k].deprel === 'obj' && words[k].upos === 'NOUN') : undefined;
  if (inverted !== undefined) {
    small = last;
    last = inverted;
  }
  const p = phrase(ctx, last);
  const who = small !== undefined ? phrase(ctx, small) : '';
  return p && (small === undefined || who) ? (who ? `${who} ${p}` : p) : '';
}

/**
 * The verb's predicative nouns after word `after` (xcomp NOUN or PROPN), in order; not one with a preposition or
 * "to" of its own (the parse's misreading of "seems of two minds", "tried to project").
 */
function predicatives(ctx: ObjectContext, verb: number, children: readonly number[], after: number): number[] {
  const words = ctx.layer.words;
  if (!PREDICATIVE_VERBS.has(words[verb].lemmaId)) return [];
  return children.filter(
    (c) =>
      c > after &&
      words[c].deprel === 'xcomp' &&
      (words[c].upos === 'NOUN' || words[c].upos === 'PROPN') &&
      !ctx.inTime(words[c].start) &&
      !childrenOf(words, ctx.sentence, c).some((k) => k < c && (words[k].deprel === 'case' || words[k].deprel === 'mark')),
  );
}

/** The verb's adjective complement right after the object's phrase (its adverbs and quotation marks between); undefined if none. */
function stateAfter(ctx: ObjectContext, verb: number, obj: number, children: readonly number[]): number | undefined {
  const words = ctx.layer.words;
  let last = obj;
  for (let k = obj + 1; k < ctx.sentence.end && isAncestor(words, obj, k, MAX_OBJECT_DEPTH); k++) last = k;
  const a = children.find((c) => c > last && words[c].deprel === 'xcomp');
  if (a === undefined || words[a].upos !== 'ADJ' || !STATE_VERBS.has(words[verb].lemmaId)) return undefined;
  // Only its adverbs and quotation marks between: "called her handling … “extremely careless”", "called it “shameful”".
  for (let k = last + 1; k < a; k++) if (!(words[k].head === a && words[k].deprel === 'advmod') && !(words[k].upos === 'PUNCT' && words[k].xpos !== ',')) return undefined;
  return ctx.inTime(words[a].start) || !/^\p{Ll}/u.test(slice(ctx, words[a])) ? undefined : a;
}

/** Whether only a time expression, adverbs and commas stand between word `a` and word `b`. */
function onlyTimeBetween(ctx: ObjectContext, a: number, b: number): boolean {
  const words = ctx.layer.words;
  // (A time's preposition, "on" of "on Tuesday", hangs on the time.)
  const timeWord = (k: number) => ctx.inTime(words[k].start) || (words[k].deprel === 'case' && words[k].head > k && words[k].head < b && ctx.inTime(words[words[k].head].start));
  for (let k = a + 1; k < b; k++) if (!timeWord(k) && words[k].upos !== 'ADV' && words[k].upos !== 'PUNCT') return false;
  return true;
}

/** An honorific or title ("Mr", "Sen", "Gov", "Secretary"), written with or without its period. */
export function isTitleWord(text: string): boolean {
  const t = text.endsWith('.') ? text.slice(0, -1) : text;
  // ("the Senate, George McGovern …": a body, not a title.)
  // A syntax word's text, not a token's ("Mr." is one word of the tokens "Mr" and "."): looked up as a string.
  return TITLE_ABBREVIATIONS.hasWord(t) || (TITLES.has(text) && !NON_PERSON_HEADS.hasWord(text));
}

function slice(ctx: ObjectContext, w: SyntaxWord): string {
  return ctx.text.slice(w.start, w.end);
}

/** The whole token word `k` belongs to when that token is hyphenated, else the word. */
function tokenText(ctx: ObjectContext, k: number): string {
  const words = ctx.layer.words;
  const [a, b] = hyphenatedToken(words, ctx.text, ctx.sentence, k);
  return ctx.text.slice(words[a].start, words[b].end);
}

/** A noun with a preposition and nothing else: "on notice", "into bankruptcy" (not "on Tuesday", "at the White House"). */
function isBareNoun(ctx: ObjectContext, i: number): boolean {
  const words = ctx.layer.words;
  const w = words[i];
  // A lower-case common noun: "on notice", not "in Operation Absolute Resolve".
  if (w.upos !== 'NOUN' || ctx.inTime(w.start) || !/^\p{Ll}/u.test(slice(ctx, w))) return false;
  const kids = childrenOf(words, ctx.sentence, i);
  return kids.some((k) => words[k].deprel === 'case') && kids.every((k) => words[k].deprel === 'case');
}

function prepositional(ctx: ObjectContext, i: number): string[] {
  const words = ctx.layer.words;
  // (Not the "of" inside "first-of-its-kind".)
  const kase = childrenOf(words, ctx.sentence, i).filter((k) => words[k].deprel === 'case' && k < i && tokenText(ctx, k) === slice(ctx, words[k]));
  const p = phrase(ctx, i);
  if (!p) return [];
  // A preposition of several words keeps them all: "due to concerns", "because of", "instead of" (was "commutes due concerns").
  const withFixed = (k: number) => [k, ...childrenOf(words, ctx.sentence, k).filter((f) => f > k && f < i && words[f].deprel === 'fixed')];
  if (!kase.length) {
    const stray = strayPreposition(ctx, i);
    if (stray >= 0) kase.push(stray);
  }
  return [...kase.flatMap(withFixed).map((k) => slice(ctx, words[k]).toLowerCase()), p];
}

/**
 * Rule events.time-compound-object: the parse read the verb's object as a modifier of the time after it ("ran a
 * feature Saturday", "accept the nomination Thursday": "feature", "nomination" compounds of the weekday, the title
 * "Washington Post runs"). A lower-case common noun hung as a compound on a time the verb governs, with nothing
 * between the verb and it but that time's own determiners and modifiers, is the object. '' when there is none.
 */
function timeCompoundObject(ctx: ObjectContext, verb: number, children: readonly number[]): string {
  const words = ctx.layer.words;
  for (const c of children) {
    if (c <= verb || !(words[c].deprel.startsWith('obl') || words[c].deprel === 'nmod:tmod') || !ctx.inTime(words[c].start)) continue;
    const kids = childrenOf(words, ctx.sentence, c);
    const k = kids.find((x) => x < c && words[x].deprel === 'compound' && words[x].upos === 'NOUN' && !ctx.inTime(words[x].start) && /^\p{Ll}/u.test(slice(ctx, words[x])));
    if (k === undefined) return '';
    // Only the time's own words before the noun, none of another phrase, and no preposition ("fired from the
    // network Wednesday", "stepped all over … sensitivities Monday" have their complement titled otherwise).
    for (let x = verb + 1; x < k; x++) if ((words[x].head !== c && !isAncestor(words, k, x, MAX_OBJECT_DEPTH)) || words[x].upos === 'ADP') return '';
    const mods = kids.filter((x) => x < k && (words[x].deprel === 'amod' || words[x].deprel === 'nummod' || words[x].deprel === 'compound') && !ctx.inTime(words[x].start));
    const p = phrase(ctx, k);
    if (!p) return '';
    return [...mods.map((x) => slice(ctx, words[x])), p].join(' ');
  }
  return '';
}

/**
 * Rule events.stray-preposition: the complement `i` has no preposition of its own, but one stands right before its
 * phrase, hung by the parse on the same verb with nothing under it: "1 in 4 residents lived in distressed
 * neighborhoods" ("in" the verb's advmod, the title was "Residents live distressed neighborhoods"). Its index, or -1.
 */
function strayPreposition(ctx: ObjectContext, i: number): number {
  const words = ctx.layer.words;
  let first = i;
  while (first - 1 >= ctx.sentence.start && isAncestor(words, i, first - 1, MAX_OBJECT_DEPTH)) first--;
  const k = first - 1;
  if (k < ctx.sentence.start || words[k].upos !== 'ADP' || words[k].head !== words[i].head || (words[k].deprel !== 'advmod' && words[k].deprel !== 'dep')) return -1;
  return childrenOf(words, ctx.sentence, k).length === 0 && tokenText(ctx, k) === slice(ctx, words[k]) ? k : -1;
}

/**
 * "directing a combined $20 million" parsed with the article as the head and the participle its acl: the
 * participle's own object is the phrase's head. Otherwise `i` itself.
 */
function adjectivalHead(ctx: ObjectContext, i: number): number {
  const words = ctx.layer.words;
  if (words[i].upos !== 'DET') return i;
  const participle = i + 1;
  if (participle >= words.length || !isParticipleOnArticle(words, participle)) return i;
  const head = childrenOf(words, ctx.sentence, participle).find((c) => c > participle && words[c].deprel === 'obj');
  return head ?? i;
}

/** A noun phrase as a headline names it: a person's title name, a proper name, or modifiers + noun. */
export function phrase(ctx: ObjectContext, i: number): string {
  const words = ctx.layer.words;
  const w = words[i];
  const person = ctx.personAt(w.start);
  if (person) return person;
  if (ctx.inTime(w.start)) return '';
  if (w.upos === 'PRON') return w.xpos === 'PRP' ? slice(ctx, w).toLowerCase() : '';
  // A clause or a lone determiner the parse made the head ("talks about how …", "hedges on whether …",
  // "recalls that …", "pays a …"): no phrase, and its preposition goes with it.
  if (w.upos === 'DET' || w.upos === 'SCONJ' || w.xpos === 'WRB' || w.xpos === 'WDT') return '';
  const kids = childrenOf(words, ctx.sentence, i);
  // "Mr. Yanukovych", "Mrs. Clinton" with the honorific as the head (the parser's reading of an abbreviation
  // before a name): the person its name part mentions, never "Mr" (issue #13: "Advisers meet Mr").
  if (w.upos === 'PROPN' && isTitleWord(slice(ctx, w))) {
    for (const k of kids) {
      if (k <= i || (words[k].deprel !== 'flat' && words[k].deprel !== 'compound' && words[k].deprel !== 'appos')) continue;
      const named = ctx.personAt(words[k].start);
      if (named) return named;
    }
  }
  // An amount is its symbol and number as written: "makes $19.3 million" (UD hangs the number on the "$"),
  // "gets 19% of popular vote" (and the number before a "%").
  if (w.upos === 'SYM') {
    const n = kids.find((k) => k > i && words[k].deprel === 'nummod');
    if (n !== undefined) return ctx.text.slice(w.start, words[n].end);
    const m = kids.find((k) => k < i && words[k].deprel === 'nummod' && words[k].upos === 'NUM');
    return m === undefined ? '' : ctx.text.slice(words[m].start, w.end);
  }
  // A name keeps its capitalised parts ("White House": "White" is read as an adjective; "Affordable" hangs
  // on "Care" in "Affordable Care Act"); a common noun its modifiers.
  const partOfName = (k: number) => words[k].deprel === 'compound' || words[k].deprel === 'flat' || (words[k].deprel === 'amod' && /^\p{Lu}/u.test(slice(ctx, words[k])));
  // A common noun keeps its number too: "grows 3 percent", "kills 12 people" (was "grows percent").
  const modifies = (k: number) => (w.upos === 'PROPN' ? partOfName(k) : words[k].deprel === 'compound' || words[k].deprel === 'amod' || (words[k].deprel === 'nummod' && words[k].upos === 'NUM')) && !ctx.inTime(words[k].start);
  const before: number[] = [];
  const collect = (h: number, depth: number) => {
    for (const k of childrenOf(words, ctx.sentence, h)) {
      if (k >= h || !modifies(k)) continue;
      if (depth < 2) collect(k, depth + 1);
      before.push(k);
    }
  };
  collect(i, 0);
  before.sort((x, y) => x - y);
  // (Never a time the parser made part of the name: "to North Florida Friday".)
  const after = w.upos === 'PROPN' ? kids.filter((k) => k > i && words[k].deprel === 'flat' && !ctx.inTime(words[k].start)) : [];
  // A possessive's clitic ("MSNBC’s") is no part of the name it precedes; a hyphenated token is said whole
  // ("met face-to-face": UD splits it into five words, the first of which heads it).
  const seen = new Set<number>();
  const out = [...before, i, ...after]
    .filter((k) => !seen.has(words[k].token) && seen.add(words[k].token))
    .map((k) => tokenText(ctx, k).replace(/['’]s$/u, ''))
    .filter((x) => x && !/^['’]/u.test(x))
    // A hashtag or a handle is one word: "the #NeverTrump movement" (the tokeniser splits off the "#").
    .reduceRight<string[]>((acc, x) => (x === '#' || x === '@') && acc.length ? [x + acc[0], ...acc.slice(1)] : [x, ...acc], []);
  // A named owner says whose it is: "calls Obama's remarks", "condemns North Korea's missile launch".
  // (Or a named body: "accepts the George W. Bush administration's request" → "Bush administration's request".)
  const owner = w.upos === 'NOUN' ? kids.find((k) => k < i && words[k].deprel === 'nmod:poss' && (words[k].upos === 'PROPN' || words[k].upos === 'NOUN')) : undefined;
  if (owner !== undefined) {
    const name = ctx.personAt(words[owner].start) ?? phrase(ctx, owner);
    if (name && /^\p{Lu}/u.test(name)) return `${name}'s ${lastWords(out, MAX_PHRASE_WORDS - 1).join(' ')}`;
  }
  return lastWords(out, w.upos === 'PROPN' ? MAX_NAME_WORDS : MAX_PHRASE_WORDS).join(' ');
}

/** How many words past its limit a phrase may keep to keep a name whole. */
const NAME_OVERRUN = 2;

/**
 * The last `n` words of a phrase, never half a name: "Middle East peace agreement", not "East peace
 * agreement" (a name's start is kept, within NAME_OVERRUN more words, or the whole name dropped).
 */
export function lastWords(out: readonly string[], n: number): readonly string[] {
  const capital = (k: number) => /^\p{Lu}/u.test(out[k]);
  let s = Math.max(0, out.length - n);
  while (s > 0 && capital(s) && capital(s - 1) && out.length - s < n + NAME_OVERRUN) s--;
  if (s > 0 && capital(s) && capital(s - 1)) while (s < out.length - 1 && capital(s)) s++;
  return out.slice(s);
}

/**
 * The phrase of a quantity head (nouns.json quantityHeads, or a number the parse makes the head) with its
 * "of" phrase, as a subject's or an object's: "Top 1 percent of earners", "Majority of senior appointments",
 * "delivers one of speeches"; plural unless the head is singular by the lexicon ("one of", "none of") or
 * "one". Null for any other word.
 */
export function quantityPhrase(ctx: ObjectContext, head: number): { label: string; plural: boolean } | null {
  const words = ctx.layer.words;
  const w = words[head];
  const lower = ctx.text.slice(w.start, w.end).toLowerCase();
  const number = w.upos === 'NUM' && !ctx.inTime(w.start);
  if (!number && !QUANTITY_HEADS.has(w.formId)) return null;
  const kids = childrenOf(words, ctx.sentence, head);
  const of = kids.find((c) => c > head && words[c].deprel === 'nmod' && childrenOf(words, ctx.sentence, c).some((k) => k < c && words[k].deprel === 'case' && ctx.text.slice(words[k].start, words[k].end).toLowerCase() === 'of'));
  const whole = of !== undefined ? phrase(ctx, of) : '';
  // Without an "of" phrase only a noun or a number says something ("the top 1 percent", "the other three").
  if (!whole && w.upos !== 'NOUN' && !number) return null;
  const own = w.upos === 'NOUN' || w.upos === 'SYM' ? phrase(ctx, head) : ctx.text.slice(w.start, w.end);
  if (!own) return null;
  const singular = SINGULAR_QUANTITY_HEADS.has(w.formId) || lower === '1';
  const plural = !singular && (number || (of !== undefined && (words[of].xpos === 'NNS' || words[of].xpos === 'NNPS')) || w.xpos === 'NNS');
  return { label: whole ? `${own} of ${whole}` : own, plural };
}
