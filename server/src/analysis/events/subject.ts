// Who did it, from the parse: the event word's nominal subject; a verb without one takes it from the verb
// it is coordinated with or complements ("spoke … and invited him", "began delving"); a relative pronoun
// stands for the noun its clause modifies ("the construction industry, which added 92,000 jobs").
import type { SyntaxLayer, SyntaxWord } from '../syntax/layer';
import { NOMINAL_UPOS, childrenOf, hasTense, hyphenatedToken, isRelativePronoun, isTensed } from '../syntax/tree';

const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'nsubj:outer']);
/** What may stand inside a noun phrase between its head and a prepositional complement ("Commission on Presidential Debates"). */
const NOUN_PHRASE_UPOS: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** How far a subject is inherited through conj/xcomp links. */
const MAX_INHERIT = 3;
/** How far back a relative pronoun's noun is looked for when the parse gives none ("a march in New York that"). */
const MAX_RELATIVE_REACH = 8;
/** How many governing words an "it" looks up through for the clause whose subject it stands for. */
const MAX_CLAUSE_CLIMB = 6;
/** A bound on a walk to the root (a parse is a tree; the bound only guards a malformed one). */
const MAX_SENTENCE_DEPTH = 512;

/** The subject's head word for the event word, or -1. `isTime` tells a word of a time expression (never preferred as a subject). */
export function subjectWord(layer: SyntaxLayer, sentence: { start: number; end: number }, event: number, isTime: (w: number) => boolean = () => false): number {
  const words = layer.words;
  let v = event;
  for (let step = 0; step <= MAX_INHERIT && v >= 0; step++) {
    const kids = childrenOf(words, sentence, v);
    // A possessor the parser made a second subject ("one of Mr. Obama's climate advisers pointed out") is
    // no subject: a subject with the possessive clitic gives way to another.
    const subjects = kids.filter((c) => SUBJECTS.has(words[c].deprel));
    const subj = subjects.length > 1 ? nearestSubject(words, sentence, v, subjects, isTime) : subjects[0];
    // A time the parse made the subject ("Latino turnout in 2012 also hit a high", "2012" the subject of
    // "hit"): the noun before that time, as for a verb with no subject (events.subject-across-time).
    if (subj !== undefined && step === 0 && isTime(subj)) {
      const own = nominalAcrossTime(words, sentence, v, isTime);
      if (own >= 0) return own;
    }
    if (subj !== undefined) {
      const w = words[subj];
      // "which added", "who resigned": the noun the relative clause hangs from.
      // ("Matt Lauer, who took heat": when the parser missed the relative clause, the name before the comma.)
      // (The parse may hang the relative clause on the comma before it, "John Hinckley Jr., who shot", or miss
      // it: then the noun before the comma, and an abbreviation's period, right before the pronoun.)
      if (isRelativePronoun(w)) {
        const h = words[v].head;
        if (words[v].deprel === 'acl:relcl' && h >= 0 && words[h].upos !== 'PUNCT') return h;
        // (Only after a comma: without one the noun before is as often a preposition's object, "a march in New
        // York that drew hundreds".)
        let before = subj - 1;
        while (before > sentence.start && before >= subj - 2 && words[before].upos === 'PUNCT') before--;
        // A person's age set off between the name and "who": "Arianna Gil, 22, who helped found the group".
        if (before < subj - 1 && words[before].upos === 'NUM' && before - 2 >= sentence.start && words[before - 1].upos === 'PUNCT' && words[before - 2].upos === 'PROPN') before -= 2;
        if (before < subj - 1) return before >= sentence.start && (words[before].upos === 'PROPN' || words[before].upos === 'NOUN') ? before : -1;
        // Rule events.subject-relative: with no comma, the noun the clause follows, stepping back over
        // prepositional phrases ("a September 2014 march in New York that drew hundreds": march).
        return antecedentBefore(words, sentence, subj);
      }
      return subj;
    }
    const d = words[v].deprel;
    // Rule events.subject-across-time: "U.S. forces Thursday launched cruise missile strikes", "Lee in June
    // sharply criticized": a tensed verb with no subject of its own after a time phrase that follows a name or
    // noun is that noun's (the parse hung the verb on the noun, or on nothing near).
    if (step === 0) {
      const own = nominalAcrossTime(words, sentence, v, isTime);
      if (own >= 0) return own;
    }
    // Rule events.subject-apposed-name: "Google's chief human resources executive, Laszlo Bock, told The New
    // York Times" (NYT, PolNeAR train), parsed with the head noun an adjective and the name coordinated with the
    // quotation's object: a tensed verb with no subject right after a name set off by commas is that name's.
    if (step === 0) {
      const own = apposedNameBefore(words, sentence, v);
      if (own >= 0) return own;
    }
    // Rule events.subject-before-verb: a coordinated verb with no subject of its own after a name or noun
    // that stands right before it or its auxiliaries is that noun's ("… and former President Bill Clinton will
    // travel to North Florida" parsed with "Bill Clinton" coordinated with the counties before it, "travel"
    // with the first clause): English puts the subject there, and the verb inherits none.
    if (d === 'conj') {
      const own = nominalBefore(words, sentence, v);
      if (own >= 0) return own;
    }
    // "people shot and killed by police": a participle modifying a noun says what happened to it.
    if (d === 'acl' && isReducedRelative(words, v)) return words[v].head;
    // Rule events.subject-gerund: "footage of Trump saying during the debate …": a gerund modifying a noun phrase
    // is done by the name or noun right before it in that phrase (the title was "Concludes say during debate").
    if (step === 0 && d === 'acl' && words[v].xpos === 'VBG' && v > sentence.start) {
      const before = nameHead(words, sentence, v - 1);
      const b = words[before];
      if ((b.upos === 'PROPN' || b.upos === 'NOUN') && b.deprel === 'nmod' && b.head === words[v].head) return before;
    }
    // Rule events.subject-possessor: "Obama's decision to jump-start dormant U.S. relations": an infinitive
    // modifying a noun is done by that noun's possessor (the title was "Decision jump-starts …").
    if (step === 0 && d === 'acl' && words[v].xpos === 'VB') {
      const owner = infinitiveOwner(words, sentence, v);
      if (owner >= 0) return owner;
    }
    const root = nominalRoot(words, sentence, v);
    if (root >= 0) return root;
    if (d !== 'conj' && d !== 'xcomp' && d !== 'advcl') return modalListSubject(words, sentence, event);
    // Rule events.subject-object-control: "encouraging his supporters to visit polling locations": the object
    // of the verb an infinitive complements is who does it (the title was "Trump visits polling locations").
    if (d === 'xcomp') {
      const controller = objectController(words, sentence, v);
      if (controller >= 0) return controller;
    }
    v = words[v].head;
  }
  return modalListSubject(words, sentence, event);
}

/**
 * The noun a relative pronoun at word r follows when the parse did not hang its clause on one: the nearest
 * noun before it that is no preposition's object, over at most MAX_RELATIVE_REACH words of nouns, names,
 * modifiers and prepositions; -1 when another kind of word stands between.
 */
function antecedentBefore(words: readonly SyntaxWord[], sentence: { start: number; end: number }, r: number): number {
  for (let k = r - 1; k >= sentence.start && k >= r - MAX_RELATIVE_REACH; k--) {
    const w = words[k];
    if (!NOUN_PHRASE_UPOS.has(w.upos)) return -1;
    if (w.upos !== 'NOUN' && w.upos !== 'PROPN') continue;
    // A name's inner part, or a preposition's object: the phrase goes on to the left.
    if (w.deprel === 'flat' || w.deprel === 'compound' || childrenOf(words, sentence, k).some((c) => c < k && words[c].deprel === 'case')) continue;
    return k;
  }
  return -1;
}

/** For an infinitive v ("to jump-start") under a noun with a named or nominal possessor, that possessor; else -1. */
function infinitiveOwner(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number): number {
  const kids = childrenOf(words, sentence, v);
  if (!kids.some((c) => c < v && words[c].deprel === 'mark' && words[c].xpos === 'TO')) return -1;
  const noun = words[v].head;
  if (noun < 0 || noun > v || words[noun].upos !== 'NOUN') return -1;
  const owner = childrenOf(words, sentence, noun).find((c) => c < noun && words[c].deprel === 'nmod:poss' && (words[c].upos === 'PROPN' || words[c].upos === 'NOUN'));
  return owner ?? -1;
}

/**
 * Rule events.subject-nearest: of several subjects the parse gave one verb, the one its clause has: not a
 * possessor nor a time ("federal prosecutors in April charged"), and of those the nearest before the verb
 * ("As a phone rang, the announcer said" with "phone" a second subject of "said": the title was "Phone
 * says"; "Clinton aides have expressed frustration": "Clinton expresses frustration"), unless a conjunction
 * joins them; a relative pronoun, or the subject before it, which it stands for. Else the first.
 */
function nearestSubject(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number, subjects: readonly number[], isTime: (w: number) => boolean): number {
  // (Nor the object of a preposition right after another subject: "the Commission on Presidential Debates
  // announced" parsed with "Debates" a second subject, and the title was "Presidential Debates announces".)
  const own = subjects.filter((c) => !isPossessor(words, sentence, c) && !isTime(c) && !subjects.some((s) => nounComplement(words, sentence, s, c)));
  if (!own.length) return subjects[0];
  // A relative pronoun fills its clause's subject ("Malik, who with her husband carried out the massacre"), and
  // a subject before it is the noun it stands for ("Ted Cruz of Texas, who last year threatened", parsed with
  // both as subjects of "threatened").
  const relative = own.find((c) => isRelativePronoun(words[c]));
  if (relative !== undefined) return own.find((c) => c < relative) ?? relative;
  let best = -1;
  for (const c of own) if (c < v && c > best) best = c;
  if (best < 0 || best === own[0]) return own[0];
  // Subjects joined by a conjunction are one coordinated subject ("Trump and Petro have met"): its first.
  for (let k = own[0] + 1; k < best; k++) if (words[k].upos === 'CCONJ') return own[0];
  return best;
}

/**
 * Rule events.subject-modal-list: a bare infinitive with no auxiliary, "to" or subject of its own shares the
 * modal of the verb before it with one, and so its subject ("That candidate would assume office in January
 * 2017, run in a special election in November, and then turn around and run again" with "run" and "turn"
 * parsed under an earlier clause). The subject of the nearest such verb before it, or -1.
 */
function modalListSubject(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number): number {
  if (words[v].xpos !== 'VB' || v === sentence.start) return -1;
  if (childrenOf(words, sentence, v).some((c) => words[c].deprel === 'aux' || words[c].deprel === 'mark' || words[c].deprel.startsWith('nsubj'))) return -1;
  for (let p = v - 1; p >= sentence.start; p--) {
    if (words[p].upos !== 'VERB' || words[p].xpos !== 'VB') continue;
    const kids = childrenOf(words, sentence, p);
    if (!kids.some((c) => words[c].deprel === 'aux' && words[c].xpos === 'MD')) continue;
    const subj = kids.find((c) => words[c].deprel === 'nsubj' && !isRelativePronoun(words[c]));
    return subj ?? -1;
  }
  return -1;
}

/** Relations by which the parse hangs a sentence's own clause below a noun when it made the subject the root. */
const HUNG_CLAUSE = new Set(['acl', 'acl:relcl', 'parataxis', 'ccomp', 'dep', 'appos']);

/**
 * Rule events.subject-root: the sentence's root is a name or noun with no copula, and verb `v`, finite (a
 * past or present form, or an auxiliary of one) with no subordinator, hangs below it: the parse made the
 * subject the root ("Marcel Lehel Lazar, 44, known online as "Guccifer," was extradited in 2014": "extradited"
 * hung on "Guccifer"). The root, or -1.
 */
function nominalRoot(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number): number {
  if (!HUNG_CLAUSE.has(words[v].deprel)) return -1;
  const kids = childrenOf(words, sentence, v);
  const finite = isTensed(words[v]) || kids.some((c) => (words[c].deprel === 'aux' || words[c].deprel === 'aux:pass') && words[c].xpos !== 'TO' && words[c].xpos !== 'VBN' && words[c].xpos !== 'VBG' && c < v);
  if (!finite || kids.some((c) => words[c].deprel === 'mark')) return -1;
  let r = v;
  for (let guard = 0; words[r].head >= 0 && guard < MAX_SENTENCE_DEPTH; guard++) r = words[r].head;
  if (r >= v || (words[r].upos !== 'PROPN' && words[r].upos !== 'NOUN')) return -1;
  if (childrenOf(words, sentence, r).some((c) => words[c].deprel === 'cop' || words[c].deprel === 'case')) return -1;
  return r;
}

/** Relations of a name's later words to its head ("Bill" ← "Clinton" flat). */
const NAME_PARTS = new Set(['flat', 'compound', 'flat:name']);

/** The head of the name word k belongs to: its earlier words are the head ("Bill" ← "Clinton" flat). */
function nameHead(words: readonly SyntaxWord[], sentence: { start: number; end: number }, k: number): number {
  let h = k;
  while (NAME_PARTS.has(words[h].deprel) && words[h].head >= sentence.start && words[h].head < h) h = words[h].head;
  return h;
}

/**
 * The head of a name or noun right before verb `v` (and its auxiliaries), which no preposition governs and
 * which is not the verb's own dependent of another kind, or -1.
 */
function nominalBefore(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number): number {
  let p = v - 1;
  while (p >= sentence.start && words[p].head === v && (words[p].deprel === 'aux' || words[p].deprel === 'aux:pass')) p--;
  if (p < sentence.start || (p === v - 1 && !isTensed(words[v]))) return -1;
  const w = words[p];
  if (w.upos !== 'PROPN' && w.upos !== 'NOUN') return -1;
  const h = nameHead(words, sentence, p);
  if (words[h].head === v || h > p) return -1;
  if (childrenOf(words, sentence, h).some((c) => words[c].deprel === 'case' || words[c].deprel === 'cc' && c > h)) return -1;
  return h;
}

/** The head of a name between commas right before tensed verb `v` and its auxiliaries (", Laszlo Bock, told"), or -1. */
function apposedNameBefore(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number): number {
  const kids = childrenOf(words, sentence, v);
  if (!hasTense(words, v, kids)) return -1;
  let p = v - 1;
  while (p >= sentence.start && words[p].head === v && words[p].deprel.startsWith('aux')) p--;
  if (p - 2 < sentence.start || words[p].xpos !== ',' || words[p - 1].upos !== 'PROPN') return -1;
  let first = p - 1;
  while (first - 1 >= sentence.start && words[first - 1].upos === 'PROPN') first--;
  if (first - 1 < sentence.start || words[first - 1].xpos !== ',') return -1;
  return nameHead(words, sentence, p - 1);
}

/** The nominal object, before infinitive `v`, of the verb `v` complements ("urged voters to …"), or -1. */
function objectController(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number): number {
  if (!childrenOf(words, sentence, v).some((c) => c < v && words[c].deprel === 'mark' && words[c].xpos === 'TO')) return -1;
  const h = words[v].head;
  if (h < 0 || words[h].upos !== 'VERB') return -1;
  const obj = childrenOf(words, sentence, h).find((c) => c > h && c < v && words[c].deprel === 'obj' && (words[c].upos === 'NOUN' || words[c].upos === 'PROPN'));
  return obj ?? -1;
}

/**
 * The head of a name or noun that stands before tensed verb `v` with only a time phrase between them (its
 * preposition, and adverbs and auxiliaries of the verb: "Lee in June sharply criticized"), which no
 * preposition governs; -1 when anything else stands between or no time does.
 */
function nominalAcrossTime(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number, isTime: (w: number) => boolean): number {
  const kids = childrenOf(words, sentence, v);
  // (A base form with no auxiliary and no "to" is a present or past tense the tagger missed: "hit", "put".)
  const bare = words[v].xpos === 'VB' && !kids.some((c) => words[c].deprel.startsWith('aux') || words[c].xpos === 'TO');
  if (!bare && !hasTense(words, v, kids)) return -1;
  let p = v - 1;
  while (p >= sentence.start && words[p].head === v && (words[p].deprel.startsWith('aux') || words[p].deprel === 'advmod') && !isTime(p)) p--;
  const timeEnd = p;
  while (p >= sentence.start && (isTime(p) || (words[p].upos === 'ADP' && p + 1 <= timeEnd && isTime(p + 1)))) p--;
  if (p === timeEnd || p < sentence.start) return -1;
  const w = words[p];
  if (w.upos !== 'PROPN' && w.upos !== 'NOUN') return -1;
  const h = nameHead(words, sentence, p);
  if (h > p || childrenOf(words, sentence, h).some((c) => words[c].deprel === 'case' || (words[c].deprel === 'cc' && c > h))) return -1;
  return h;
}

/** Word c, which a preposition governs, follows noun s with only noun-phrase words between ("Commission on Presidential Debates"). */
function nounComplement(words: readonly SyntaxWord[], sentence: { start: number; end: number }, s: number, c: number): boolean {
  if (s >= c || !childrenOf(words, sentence, c).some((k) => k < c && words[k].deprel === 'case' && words[k].xpos !== 'POS')) return false;
  for (let k = s + 1; k < c; k++) if (!NOUN_PHRASE_UPOS.has(words[k].upos)) return false;
  return true;
}

function isPossessor(words: readonly SyntaxWord[], sentence: { start: number; end: number }, i: number): boolean {
  return childrenOf(words, sentence, i).some((c) => words[c].xpos === 'POS');
}


/**
 * The thing an "it" subject stands for, as a word index, or -1. Inside a sentence, the subject of the
 * nearest clause that contains the pronoun's ("The International Monetary Fund announced Tuesday that it is
 * lowering its forecast", "the city lifted a curfew it put in place"); a person or pronoun subject there
 * ends the search (the nearest subject in word order was wrong as often as right on the shared articles).
 * A main-clause "it" continues the sentence before: that sentence's main subject ("… But on Tuesday, it
 * increased"). `skip` rules out words that are people (an "it" is never one).
 */
export function neuterAntecedent(layer: SyntaxLayer, sentence: number, pronoun: number, skip: (word: number) => boolean): number {
  const words = layer.words;
  const sw = layer.sentenceWords[sentence];
  const isThing = (k: number) => (words[k].upos === 'NOUN' || words[k].upos === 'PROPN') && !skip(k);
  const verb = words[pronoun].head;
  if (verb < 0) return -1;
  for (let a = words[verb].head, step = 0; a >= 0 && step <= MAX_CLAUSE_CLIMB; a = words[a].head, step++) {
    const subj = childrenOf(words, sw, a).find((c) => SUBJECTS.has(words[c].deprel));
    if (subj !== undefined) return isThing(subj) ? subj : -1;
  }
  if (words[verb].head >= 0 || sentence === 0) return -1;
  const prev = layer.sentenceWords[sentence - 1];
  for (let k = prev.start; k < prev.end; k++) {
    if (words[k].head !== -1) continue;
    const subj = childrenOf(words, prev, k).find((c) => SUBJECTS.has(words[c].deprel));
    return subj !== undefined && isThing(subj) ? subj : -1;
  }
  return -1;
}

/**
 * A common-noun subject as a title says it: its compound modifiers and head ("press pool", "unemployment rate"), a
 * hyphenated one whole ("cap-and-trade bill": the parse splits the token and the title was "Cap bill").
 */
export function nounPhraseLabel(text: string, layer: SyntaxLayer, sentence: { start: number; end: number }, head: number): string {
  const words = layer.words;
  const kept = childrenOf(words, sentence, head).filter((c) => c < head && (words[c].deprel === 'compound' || words[c].deprel === 'flat') && words[c].upos !== 'NUM');
  kept.push(head);
  const parts: string[] = [];
  let last = -1;
  for (const k of kept) {
    const [a, b] = hyphenatedToken(words, text, sentence, k);
    if (b <= last) continue;
    parts.push(text.slice(words[Math.max(a, last + 1)].start, words[b].end));
    last = b;
  }
  return parts.join(' ').replace(/['’]s$/u, '');
}

/** What a finite clause has and a participle modifying a noun has not: an object, a clause, an auxiliary. */
const CLAUSE_ARGS: ReadonlySet<string> = new Set(['obj', 'iobj', 'ccomp', 'xcomp', 'aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'csubj', 'expl']);

/**
 * Word i is a past participle modifying a noun, a reduced relative clause ("people shot and killed by
 * police", "the poll released Monday"): passive, its subject the noun. A participle the parser hung on
 * a noun but that takes an object or a clause ("Moore, a senior adviser, called Mr. Obama's remarks …",
 * "aides insisted that …") is a verb of its own.
 */
export function isReducedRelative(words: readonly SyntaxWord[], i: number): boolean {
  let w = i;
  if (words[w].xpos !== 'VBN') return false;
  // "shot and killed": the second participle is the first's conjunct.
  if (words[w].deprel === 'conj' && words[w].head >= 0 && words[words[w].head].xpos === 'VBN') w = words[w].head;
  if (words[w].deprel !== 'acl' || words[w].head < 0 || words[words[w].head].upos !== 'NOUN') return false;
  const all = { start: 0, end: words.length };
  const arg = (c: number) => CLAUSE_ARGS.has(words[c].deprel) && !isAgent(words, all, c);
  return !childrenOf(words, all, w).some(arg) && (w === i || !childrenOf(words, all, i).some(arg));
}

/**
 * A "by" phrase of someone under a participle, whatever relation the parse gave it ("first authorized by
 * court rulings" with "rulings" read as the object); a "by" phrase with a number is a measure ("won by 10 points").
 */
function isAgent(words: readonly SyntaxWord[], all: { start: number; end: number }, c: number): boolean {
  if ((words[c].deprel !== 'obl' && words[c].deprel !== 'obj' && words[c].deprel !== 'obl:agent') || !NOMINAL_UPOS.has(words[c].upos)) return false;
  const parts = childrenOf(words, all, c);
  // (The "by" may hang on a modifier of the head: "by court rulings" with "by" under "court".)
  const by = (g: number) => words[g].deprel === 'case' && words[g].lemma.toLowerCase() === 'by';
  const marked = parts.some(by) || parts.some((m) => m < c && words[m].deprel === 'compound' && childrenOf(words, all, m).some(by));
  return marked && !parts.some((g) => words[g].deprel === 'nummod');
}

/**
 * Word i is passive by the parse, where the token scan sees no form of "be" before it: it has an agent, a
 * "by" phrase of someone, and no object ("Jill Stein removed from N.Y. debate site by police", "shot and
 * killed by police" where the parser read "shot" as a noun). The verb must be a participle, or have a
 * passive subject beside a past form the tagger did not read as one; "stood by his comments", "won by a
 * wide margin" are active, and a "by" phrase with a number is a measure ("won by 10 points"). The
 * parser's passive auxiliary is not enough: it also gives it to "’s" meaning "has" ("he’s changed his tune").
 */
export function isPassiveInParse(words: readonly SyntaxWord[], i: number): boolean {
  const all = { start: 0, end: words.length };
  const kids = childrenOf(words, all, i);
  if (words[i].xpos !== 'VBN' && !kids.some((c) => words[c].deprel === 'nsubj:pass')) return false;
  // A participle a subordinator opens, with no subject and no auxiliary of its own, is a reduced passive
  // clause ("Trump was similarly defensive when forced to defend …", "if elected"): the title said "Trump forces".
  if (isReducedAdverbialPassive(words, all, i, kids)) return true;
  // An object, or the perfect's "have" ("Republicans have won by healthy margins"): active. (An "object" with
  // its own "by" is the agent the parse mislabelled.)
  if (kids.some((c) => ((words[c].deprel === 'obj' || words[c].deprel === 'iobj') && !isAgent(words, all, c)) || (words[c].deprel === 'aux' && words[c].lemma === 'have'))) return false;
  return kids.some((c) => isAgent(words, all, c));
}

/** A past participle opened by a subordinator ("when forced", "if elected", "once confirmed") with no subject, auxiliary or object. */
function isReducedAdverbialPassive(words: readonly SyntaxWord[], all: { start: number; end: number }, i: number, kids: readonly number[]): boolean {
  if (words[i].xpos !== 'VBN') return false;
  const opener = kids.find((c) => c < i && words[c].deprel === 'mark' && words[c].upos === 'SCONJ');
  // (Not the adverb "since" of a perfect the parse read as a subordinator: "Clinton has since apologized".)
  if (opener === undefined || opener !== i - 1 || (opener > all.start && (words[opener - 1].upos === 'AUX' || words[opener - 1].upos === 'VERB'))) return false;
  return !kids.some((c) => words[c].deprel.startsWith('nsubj') || words[c].deprel.startsWith('aux') || words[c].deprel === 'obj' || words[c].deprel === 'expl');
}
