// What the event steps share for one analysis: the anchors (calendar time expressions), what each token is
// as a verb (computed once), the name a title gives each person, which tokens are quoted, and the token range
// of a span.
import type { ArticleEvent, Person, Quote, Sentence, TextModel, TimeExpression, Token } from '../types';
import type { PeopleResult } from '../people';
import { Lex, WordClass, classFlags } from '../lexicon/vocabulary';
import grammar from '../lexicon/grammar.json';
import { sortKeyOf } from '../time';
import { shortName } from '../shortName';
import { sentenceAt, tokenIndexAt } from '../text/lookup';
import { ADJECTIVE_AFTER, verbInfo, type VerbInfo } from './verbs';
import type { SyntaxLayer } from '../syntax/layer';
import { isPassiveInParse, isReducedRelative } from './subject';

/** A stem ending in two vowels and l, m, n or r ("roam", "claim", "join", "appear"). */
const VOWEL_PAIR_STEM = /[aeiou]{2}[lmnr]$/;

export interface Anchor {
  time: TimeExpression;
  date: string;
  clock: string | null;
}

export interface VerbAt {
  index: number;
  info: VerbInfo;
}

/** Negations a title keeps as written ("never"; lexicon/grammar.json). */
const NEVER = new WordClass(grammar.negationsKeptInTitles);
/** How many words before its verb a passive auxiliary may stand ("was not yet fully born"). */
const MAX_AUXILIARY_REACH = 5;

/**
 * What each token is as a verb, for one analysis: the scans below ask about the same token several times
 * (anchor search, coordination, subject phrase, object phrase, passive), so each token's `verbInfo` is
 * computed once, on first use, and kept for this article only.
 */
export class TokenVerbs {
  private readonly memo: Array<VerbInfo | null | undefined>;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly syntax: SyntaxLayer | null = null,
  ) {
    this.memo = new Array<VerbInfo | null | undefined>(tokens.length).fill(undefined);
  }

  /** The parse's word of token i, or -1 without a parse. */
  wordOf(i: number): number {
    return this.syntax && i < this.syntax.tokenWord.length ? this.syntax.tokenWord[i] : -1;
  }

  /**
   * A participle modifying a noun, a reduced relative clause ("people shot and killed by police"): passive,
   * its subject the noun. Read from the parse; false without one.
   */
  reducedRelative(i: number): boolean {
    const w = this.wordOf(i);
    return w >= 0 && isReducedRelative(this.syntax!.words, w);
  }

  /** The parse reads token i as a verb or an auxiliary; false without one. */
  parsedVerb(i: number): boolean {
    const w = this.wordOf(i);
    return w >= 0 && (this.syntax!.words[w].upos === 'VERB' || this.syntax!.words[w].upos === 'AUX');
  }

  /** The parse tags token i a plural noun or name (NNS, NNPS); false without one. */
  pluralNoun(i: number): boolean {
    const w = this.wordOf(i);
    return w >= 0 && (this.syntax!.words[w].xpos === 'NNS' || this.syntax!.words[w].xpos === 'NNPS');
  }

  /** Passive by the parse (a participle with a "by" agent: subject.ts isPassiveInParse); false without one. */
  passiveInParse(i: number): boolean {
    const w = this.wordOf(i);
    return w >= 0 && isPassiveInParse(this.syntax!.words, w);
  }

  /**
   * The parse gives token i's verb a passive auxiliary "be" ("was born", "wasn't born": the token scan reads
   * "wasn't" as no form of "be"); not the "’s" of "he’s changed", which the parser also calls one.
   */
  passiveAuxiliary(i: number): boolean {
    const w = this.wordOf(i);
    if (w < 0) return false;
    const words = this.syntax!.words;
    // (A clitic split from its token, "’s" of "he’s", is no such auxiliary: it is "has" as often.) Only auxiliaries,
    // adverbs and negation may stand between ("was not yet born"): across other words the parse has guessed
    // ("one reason is that he has received", "Rick Scott (R) blasted").
    for (let k = w - 1; k >= 0 && k >= w - MAX_AUXILIARY_REACH; k--) {
      const x = words[k];
      if (x.head === w && x.deprel === 'aux:pass' && x.lemma.toLowerCase() === 'be' && x.start === this.tokens[x.token].start) return true;
      if (x.upos !== 'AUX' && x.upos !== 'ADV' && x.upos !== 'PART') return false;
    }
    return false;
  }

  /**
   * How the parse negates token i's verb: 'not' ("did not attend", "wasn't born"), 'never', or null. The
   * negation is a child of the verb (advmod) whose lemma the grammar lexicon lists as a negation.
   */
  negation(i: number): 'not' | 'never' | null {
    const w = this.wordOf(i);
    if (w < 0) return null;
    const words = this.syntax!.words;
    for (let k = w - 1; k >= 0 && k >= w - MAX_AUXILIARY_REACH; k--) {
      const x = words[k];
      if (x.head !== w || x.deprel !== 'advmod') continue;
      const id = x.lemmaId;
      if (classFlags(id) & Lex.NEGATION) return NEVER.has(id) ? 'never' : 'not';
    }
    return null;
  }

  /**
   * The parse reads token i as a predicate adjective, with its copula ("cities that were the most dangerous in the
   * world in 2014", "the last one is due in 2034"); false without one. (A past tense the tagger read as an
   * adjective, "Christie unleashed withering attacks", has no copula.)
   */
  adjective(i: number): boolean {
    const w = this.wordOf(i);
    if (w < 0) return false;
    const words = this.syntax!.words;
    if (words[w].upos !== 'ADJ') return false;
    for (let k = w - 1; k >= 0 && k >= w - MAX_AUXILIARY_REACH; k--) if (words[k].head === w && words[k].deprel === 'cop') return true;
    return false;
  }

  /** The parse reads token i as an adverb ("is perhaps best known"); false without one. */
  adverb(i: number): boolean {
    const w = this.wordOf(i);
    return w >= 0 && this.syntax!.words[w].upos === 'ADV';
  }

  at(i: number): VerbInfo | null {
    let v = this.memo[i];
    if (v === undefined) {
      v = verbInfo(this.tokens[i].text);
      // The -ed rule misses some silent e's ("welcomed" → "welcom"); the lemmatiser knows them ("welcome").
      // Otherwise the rule wins: on words it has not seen the lemmatiser guesses worse ("scolded" → "scolbe").
      const k = v ? this.wordOf(i) : -1;
      const w = k >= 0 ? this.syntax!.words[k] : null;
      // Two vowels and l, m, n or r take no silent e ("roamed" → roam, not the lemmatiser's guess
      // "roame"); other consonants may ("voiced", "persuaded", "raised").
      if (v && w && w.xpos.startsWith('VB') && w.lemma.toLowerCase() === v.base + 'e' && !VOWEL_PAIR_STEM.test(v.base)) v = { base: v.base + 'e', form: v.form };
      this.memo[i] = v;
    }
    return v;
  }
}

/** The article's people by id, and the name an event title calls each one (both for this analysis only). */
export class Cast {
  readonly byId: Map<string, Person>;
  private readonly titles = new Map<Person, string>();

  constructor(people: readonly Person[]) {
    this.byId = new Map<string, Person>(people.map((p) => [p.id, p]));
    // The short name a title uses, unless two people of the article go by it ("Clinton" for Bill and Hillary;
    // "Scott" for Tim Scott, when the article also calls Bobby Scott so).
    const shorts = people.map((p) => shortName(p));
    const count = new Map<string, number>();
    people.forEach((p, k) => {
      const forms = new Set<string>([shorts[k]]);
      for (const m of p.mentions) if (m.kind === 'name') forms.add(m.text);
      // A family name is theirs too when the article never writes it alone ("Sarah and Timothy Rogers": Sarah Rogers,
      // called "Sarah", and Timothy Rogers, whose title name was then "Rogers").
      const sp = p.name.lastIndexOf(' ');
      if (sp > 0) forms.add(p.name.slice(sp + 1));
      for (const n of forms) count.set(n, (count.get(n) ?? 0) + 1);
    });
    people.forEach((p, k) => this.titles.set(p, (count.get(shorts[k]) ?? 0) > 1 ? fullerName(p, count) : shorts[k]));
  }

  titleName(p: Person): string {
    return this.titles.get(p) ?? shortName(p);
  }
}

/**
 * The name a title gives one of two people who share a short name: the person's commonest name form of
 * several words that no other person goes by ("Bobby Scott" for Robert C. "Bobby" Scott beside Tim
 * Scott, "Jeb Bush" for John Ellis Bush), the full name on a tie.
 */
function fullerName(p: Person, taken: ReadonlyMap<string, number>): string {
  const counts = new Map<string, number>();
  for (const m of p.mentions) if (m.kind === 'name' && m.text.includes(' ') && (taken.get(m.text) ?? 0) <= 1) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  // (The full name wins a tie.)
  let best = p.name;
  let n = counts.get(p.name) ?? 0;
  for (const [text, c] of counts) if (c > n) [best, n] = [text, c];
  return best;
}

export function toAnchor(t: TimeExpression): Anchor | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const m = /^(\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q\d))?)(?:T(\d{2}:\d{2}))?/.exec(t.value);
  if (!m || !sortKeyOf(m[1])) return null;
  return { time: t, date: m[1], clock: m[2] ?? null };
}

export function groupTimesBySentence(model: TextModel, times: readonly TimeExpression[]): Map<number, TimeExpression[]> {
  const out = new Map<number, TimeExpression[]>();
  let si = 0;
  for (const t of times) {
    while (si < model.sentences.length && model.sentences[si].end < t.start) si++;
    const s = model.sentences[si];
    if (!s || t.start < s.start) continue;
    const list = out.get(s.index);
    if (list) list.push(t);
    else out.set(s.index, [t]);
  }
  return out;
}

/**
 * For each token, whether it sits inside a quotation (events come from the reporter's narration). The quotes
 * engine's spans are the authority: they already handle unbalanced and multi-paragraph quotes.
 */
export function quoteDepthByToken(tokens: readonly Token[], quotes: readonly Quote[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    if (q < quotes.length && quotes[q].start <= t.start && t.end <= quotes[q].end) inside[i] = 1;
  }
  return inside;
}

export function tokenRange(tokens: readonly Token[], s: Sentence, span: { start: number; end: number }): [number, number] {
  let a = Math.max(s.tokenStart, tokenIndexAt(tokens, span.start));
  if (a < s.tokenEnd && tokens[a].end <= span.start) a++;
  let b = a;
  while (b < s.tokenEnd && tokens[b].start < span.end) b++;
  return [a, b];
}

export function isVerbToken(model: TextModel, verbs: TokenVerbs, i: number, quoteDepth: Uint8Array, sentenceStart: number): VerbInfo | null {
  const t = model.tokens[i];
  if (t.kind !== 'word' || quoteDepth[i]) return null;
  const { flags, id } = model.lex;
  // Capitalised words are names, except at the start of a sentence.
  if (flags[i] & Lex.CAPITALISED && i !== sentenceStart) return null;
  const info = verbs.at(i);
  if (!info) return null;
  if (i - 1 < sentenceStart || model.tokens[i - 1].kind !== 'word') return info;
  // "the elected official", "a planned speech": a participle used as an adjective.
  if (flags[i - 1] & Lex.DETERMINER) return null;
  // "lived in distressed neighborhoods": a past participle right after a preposition is an adjective;
  // "all about demonstrating": likewise a gerund after a preposition is a noun.
  if (ADJECTIVE_AFTER.has(id[i - 1])) return null;
  return info;
}

/** The state the event steps share for one analysis (never kept across analyses). */
export interface EventContext {
  model: TextModel;
  people: PeopleResult;
  cast: Cast;
  verbs: TokenVerbs;
  quotes: readonly Quote[];
  quoteDepth: Uint8Array;
  timesBySentence: Map<number, TimeExpression[]>;
  /** The events found so far, in the order the steps found them. */
  events: ArticleEvent[];
  /** Sentences that already have a dated event. */
  datedSentences: Set<number>;
}

/** Where an event's verb stands in the parse: its token, its word, its sentence and that sentence's words. */
export interface EventVerbWord {
  token: number;
  word: number;
  sentence: Sentence;
  words: { start: number; end: number };
}

/** The parse's reading of event `e`'s verb, or null when no parsed sentence holds it. */
export function eventVerbWord(model: TextModel, syntax: SyntaxLayer, e: ArticleEvent): EventVerbWord | null {
  const token = tokenIndexAt(model.tokens, e.verb.start);
  const sentence = sentenceAt(model.sentences, e.verb.start);
  if (token < 0 || token >= syntax.tokenWord.length || !sentence) return null;
  return { token, word: syntax.tokenWord[token], sentence, words: syntax.sentenceWords[sentence.index] };
}
