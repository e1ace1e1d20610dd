// The engine's vocabulary: every word of every lexicon file gets one integer id, and the word classes
// the stages test most get one bit each. The token layer (`text/tokens.ts`) looks each token up once,
// so a stage asks `flags[i] & Lex.MONTH` or `CLASS.has(id[i])` instead of lower-casing the token's text
// and hashing it into a Set again.
//
// Invariant: a word list a stage turns into a `WordClass` comes from a lexicon file imported below,
// so its words are in the vocabulary (the constructor checks it: a list that is not registered here
// fails at load, in every test).
import pronounData from './pronouns.json';
import determinerData from './determiners.json';
import prepositionData from './prepositions.json';
import calendarData from './calendar.json';
import grammarData from './grammar.json';
import eventVerbs from '../events/verbs.json';
import eventNouns from '../events/nouns.json';
import eventRelations from '../events/relations.json';
import quoteCues from '../quotes/cues.json';
import quoteSources from '../quotes/sources.json';
import quoteWorks from '../quotes/works.json';
import quoteGrammar from '../quotes/grammar.json';
import peopleLexicon from '../people/lexicon.json';
import peopleCoref from '../people/corefLexicon.json';
import peoplePlaces from '../people/places.json';
import peopleSurnames from '../people/surnames.json';
import abbreviationData from '../text/abbreviations.json';

/** One bit per word class. Bits 24–31 describe the token's shape, not its lexicon. */
export const Lex = {
  ARTICLE: 1 << 0,
  DEMONSTRATIVE: 1 << 1,
  QUANTIFIER: 1 << 2,
  /** my, your, his, her, its, our, their. */
  POSSESSIVE: 1 << 3,
  /** Articles, demonstratives and possessive determiners: what opens a definite noun phrase. */
  DETERMINER: 1 << 4,
  /** Any pronoun form. */
  PRONOUN: 1 << 5,
  /** I, you, he, she, it, we, they. */
  SUBJECT_PRONOUN: 1 << 6,
  /** Subject pronouns that take the plain verb form ("they say", "I say"): all but he, she, it. */
  PLURAL_VERB_PRONOUN: 1 << 7,
  /** who, whom, whose, which, that. */
  RELATIVE: 1 << 8,
  PREPOSITION: 1 << 9,
  /** Full month names, without "may". */
  MONTH: 1 << 10,
  WEEKDAY: 1 << 11,
  AUXILIARY: 1 << 12,
  COPULA: 1 << 13,
  MODAL: 1 << 14,
  SUBORDINATOR: 1 << 15,
  CONDITIONAL: 1 << 16,
  FUNCTION_WORD: 1 << 17,
  /** Punctuation that ends a clause: ; : — – ( ). */
  CLAUSE_BREAK: 1 << 18,
  /** and, or, but, nor. */
  COORDINATOR: 1 << 19,
  /** it, its, itself: a pronoun that names no person. */
  NEUTER_PRONOUN: 1 << 20,
  /** not, n't, never. */
  NEGATION: 1 << 21,
  /** a, an: an article that introduces someone new. */
  INDEFINITE_ARTICLE: 1 << 22,
  /** The first character is an upper-case letter. */
  CAPITALISED: 1 << 24,
  /** The first character is a lower-case letter. */
  LOWER_INITIAL: 1 << 25,
  /** Every letter upper case, at least two letters ("NATO", "U.S."). */
  ALL_CAPS: 1 << 26,
  HAS_DIGIT: 1 << 27,
  /**
   * Ends in the clitic ’s or 's, or is that clitic alone (`isCliticS`): a possessive ("Trump’s", after a split
   * name "Sanders" "’s") or a contraction ("he’s"). One test for every stage, instead of each testing the text.
   */
  APOSTROPHE_S: 1 << 28,
} as const;

/** The token or unit whose text is `text` and bits `flags` is the clitic ’s or 's alone ("Clinton" "’s"). */
export function isCliticS(flags: number, text: string): boolean {
  return (flags & Lex.APOSTROPHE_S) !== 0 && text.length === 2;
}

/** Every string inside an array of a lexicon file, at any depth (irregular verb triples, phrase pairs, pronoun records). */
function wordsOf(data: unknown, out: string[]): void {
  if (Array.isArray(data)) {
    for (const x of data) {
      if (typeof x === 'string') {
        const lower = x.toLowerCase();
        out.push(lower);
        // A phrase's words are words too: a `WrittenClass` of phrase words or first words ("Vice" of
        // "Vice President") tests them by id.
        if (/\s/.test(lower)) for (const w of lower.split(/\s+/)) if (w) out.push(w);
      } else wordsOf(x, out);
    }
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      // Free text (provenance, notes) is not vocabulary; a pronoun record's form is.
      if (k === 'form' && typeof v === 'string') out.push(v.toLowerCase());
      else if (typeof v === 'object') wordsOf(v, out);
    }
  }
}

const classes: Array<[number, readonly string[]]> = [
  [Lex.ARTICLE | Lex.DETERMINER, determinerData.articles],
  [Lex.INDEFINITE_ARTICLE, determinerData.indefiniteArticles],
  [Lex.DEMONSTRATIVE | Lex.DETERMINER, determinerData.demonstratives],
  [Lex.QUANTIFIER, determinerData.quantifiers],
  [Lex.POSSESSIVE | Lex.DETERMINER, pronounData.pronouns.filter((p) => p.case === 'possessive').map((p) => p.form)],
  [Lex.PRONOUN, pronounData.pronouns.map((p) => p.form)],
  [Lex.NEUTER_PRONOUN, pronounData.pronouns.filter((p) => p.gender === 'neuter').map((p) => p.form)],
  [Lex.SUBJECT_PRONOUN, pronounData.pronouns.filter((p) => p.case === 'nominative').map((p) => p.form)],
  [Lex.PLURAL_VERB_PRONOUN, pronounData.pronouns.filter((p) => p.case === 'nominative' && !(p.person === 3 && p.number === 'singular')).map((p) => p.form)],
  [Lex.RELATIVE, pronounData.relative],
  [Lex.PREPOSITION, prepositionData.prepositions],
  [Lex.MONTH, calendarData.months.filter((m) => !calendarData.modalMonths.includes(m))],
  [Lex.WEEKDAY, calendarData.weekdays],
  [Lex.AUXILIARY, grammarData.auxiliaries],
  [Lex.COPULA, grammarData.copulas],
  [Lex.MODAL, grammarData.modals],
  [Lex.SUBORDINATOR, grammarData.subordinators],
  [Lex.CONDITIONAL, grammarData.conditionals],
  [Lex.FUNCTION_WORD, grammarData.functionWords],
  [Lex.CLAUSE_BREAK, grammarData.clauseBreaks],
  [Lex.COORDINATOR, grammarData.coordinators],
  [Lex.NEGATION, grammarData.negations],
];

/** Word → id (1-based; 0 is "in no lexicon"), and each id's class bits. Built once when the module loads, never changed. */
const { ids: VOCABULARY, flags: CLASS_FLAGS } = (() => {
  const words: string[] = [];
  const files = [pronounData, determinerData, prepositionData, calendarData, grammarData, eventVerbs, eventNouns, eventRelations, quoteCues, quoteSources, quoteWorks, quoteGrammar, peopleLexicon, peopleCoref, peoplePlaces, peopleSurnames, abbreviationData];
  for (const file of files) wordsOf(file, words);
  // relations.json maps words to relation names: its keys are words too.
  for (const w of Object.keys(eventRelations.notAt)) words.push(w);
  // So are the keys of people/lexicon.json's role families ("lawmaker" → senator, …).
  for (const w of Object.keys(peopleLexicon.roleFamilies)) words.push(w.toLowerCase());
  const ids = new Map<string, number>();
  for (const w of words) if (!ids.has(w)) ids.set(w, ids.size + 1);
  const flags = new Uint32Array(ids.size + 1);
  for (const [bit, list] of classes) for (const w of list) flags[ids.get(w.toLowerCase())!] |= bit;
  return { ids, flags };
})();

/** The vocabulary id of a lower-case form; 0 when no lexicon holds it. */
export function wordId(lower: string): number {
  return VOCABULARY.get(lower) ?? 0;
}

/** The class bits (Lex.*) of a vocabulary id. */
export function classFlags(id: number): number {
  return CLASS_FLAGS[id];
}

/** A word list as a membership table over vocabulary ids: `has(id)` is one array read. */
export class WordClass {
  private readonly member: Uint8Array;

  constructor(words: readonly string[]) {
    this.member = new Uint8Array(VOCABULARY.size + 1);
    for (const w of words) {
      const id = VOCABULARY.get(w.toLowerCase());
      if (!id) throw new Error(`"${w}" is in no registered lexicon file: import its file in lexicon/vocabulary.ts`);
      this.member[id] = 1;
    }
  }

  has(id: number): boolean {
    return this.member[id] === 1;
  }

  /** Membership of a lower-case word that is not one token of the text (a span's text, a phrase's last word): one Map look-up. */
  hasWord(lower: string): boolean {
    return this.member[VOCABULARY.get(lower) ?? 0] === 1;
  }
}

/**
 * A case-sensitive word list ("Sen" is a title abbreviation, "sen" and "SEN" are not; "House" is an
 * organisation word, "house" is not) over vocabulary ids. A word is a member when it is written exactly as
 * the list writes it: `has(id, text)` reads the forms the list holds for the token's id (the id of its
 * lower-case form, which every listed form shares) and compares the text with them, instead of hashing
 * the text into a Set. Not the id and a capitalisation bit: that would also admit "SENATOR" or "SEnator"
 * for "Senator". A list may write one word in several cases ("Of" and "of", "PLC" and "Plc"): an id keeps
 * all its forms.
 */
export class WrittenClass {
  /** Per vocabulary id, 1 + the index of its forms in `forms` (0: not in the list): two bytes an id, not a pointer. */
  private readonly slot: Uint16Array;
  private readonly forms: Array<string | readonly string[]> = [];
  private readonly written: ReadonlySet<string>;

  constructor(words: readonly string[]) {
    this.slot = new Uint16Array(VOCABULARY.size + 1);
    this.written = new Set(words);
    for (const w of this.written) {
      const id = VOCABULARY.get(w.toLowerCase());
      if (!id) throw new Error(`"${w}" is in no registered lexicon file: import its file in lexicon/vocabulary.ts`);
      const k = this.slot[id];
      if (k === 0) {
        if (this.forms.length >= 0xffff) throw new Error('a WrittenClass holds at most 65535 words');
        this.forms.push(w);
        this.slot[id] = this.forms.length;
      } else {
        const f = this.forms[k - 1];
        this.forms[k - 1] = typeof f === 'string' ? [f, w] : [...f, w];
      }
    }
  }

  /** `text` as written is in the list; `id` is the vocabulary id of its lower-case form (a token's, a unit's). */
  has(id: number, text: string): boolean {
    const k = this.slot[id];
    if (k === 0) return false;
    const f = this.forms[k - 1];
    return typeof f === 'string' ? f === text : f.includes(text);
  }

  /** Membership of a string that is no one token (a name's words, a syntax word's text, a joined title): one Set look-up. */
  hasWord(text: string): boolean {
    return this.written.has(text);
  }
}
