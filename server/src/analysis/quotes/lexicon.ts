// Cue and source lexicons, loaded once from the JSON data files next to this module. Each list is a
// `WordClass` over the vocabulary ids of the token layer (the files are registered in
// lexicon/vocabulary.ts): a strategy asks `SPEECH_VERBS.has(c.id(k))` of token k, and `hasWord(w)` only
// of a lower-case word that is not one token of the text (a cue span, the last word of a source).
import cues from './cues.json';
import sources from './sources.json';
import works from './works.json';
import grammar from './grammar.json';
import { DETERMINERS as NP_DETERMINERS, MONTH_NAMES, QUANTIFIERS, WEEKDAY_NAMES, pronounForms } from '../lexicon';
import { WordClass, wordId } from '../lexicon/vocabulary';

const set = (words: readonly string[]): WordClass => new WordClass(words);

/** Finite speech/cognition verbs: "said", "told", "cautioned", "tweeted". */
export const SPEECH_VERBS = set(cues.speechVerbs);
/** Participial cues whose source is the main clause's subject: "…, stating …", "…, claiming he …". */
export const PARTICIPLE_CUES = set(cues.participleCues);
/** Cue words that credit written words (wrote, tweeted, email, letter): the quotation is `writing`. */
export const WRITING_CUES = set(cues.writingCues);
/** Cue words of words printed on an object ("the sign read"): the quotation is a `term`. */
export const SIGN_CUES = set(cues.signCues);
/** Objects with words printed on them ("signs saying", "bottles that said"). */
export const SIGN_OBJECTS = set(cues.signObjects);
/** Verbs that credit a quotation only right after its closing mark and subject (“…,” Hannity started.). */
export const AFTER_QUOTE_CUES = set(cues.afterQuoteCues);
/** Verbs by which a newspaper or a document relays a speaker's words ("the Times reported"): the quotation's via. */
export const RELAY_CUES = set(cues.relayCues);
/** Noun cues that take a possessor or a by/from phrase: "Petro’s comment that …", "a statement from the campaign". */
export const NOUN_CUES = set(cues.nounCues);
/** Cue words only where the parse reads a verb ("the Saudis state in the white paper"), never the noun. */
export const VERB_ONLY_CUES = set(cues.verbOnlyCues);
/** Texts a bare quotation after the sentence naming them reproduces ("the DNC issued a statement …. ¶ “…”"). */
export const DOCUMENT_LEAD_NOUNS = set(cues.documentLeadNouns);
/** Two-word cues ("went on", "pointed out", "put it"): first word → the words that must follow it. */
export const PHRASE_CUES: ReadonlyMap<number, WordClass> = (() => {
  const seconds = new Map<number, string[]>();
  for (const [a, b] of cues.phraseCues) {
    const first = wordId(a.toLowerCase());
    if (!seconds.has(first)) seconds.set(first, []);
    seconds.get(first)!.push(b);
  }
  return new Map([...seconds].map(([first, words]) => [first, new WordClass(words)]));
})();

export const ANONYMOUS_HEADS = set(sources.anonymousHeads);
/** Heads that make a source anonymous whatever the determiner ("officials said", "Clinton aides said"). */
export const ANONYMOUS_ALWAYS = set(sources.anonymousAlways);
export const ANONYMOUS_MODIFIERS = set(sources.anonymousModifiers);
export const INDEFINITE = set(sources.indefiniteDeterminers);
export const ORGANISATION_HEADS = set(sources.organisationHeads);
/** Organisation names of one or more words, matched at either end of a source phrase's text: a phrase test, so a Set of strings. */
export const ORGANISATION_NAMES: ReadonlySet<string> = new Set(sources.organisationNames.map((w) => w.toLowerCase()));
/** Heads that make a source a document: a report, transcript, memo, ruling, website. */
export const DOCUMENT_HEADS = set(sources.documentHeads);

/** Words that may sit between a subject and its cue verb ("Trump again cautioned", "he has also said"). */
export const ADVERBS = set(grammar.adverbs);

/** Words that end a noun phrase when walking away from a cue. */
export const NP_STOP = set(grammar.npStop);

/** Marks that end a sentence (";" ends a clause the way a full stop does for attribution). */
export const TERMINAL = set(grammar.terminal);

/** Punctuation between a closing mark and its credit ("“…,” Trump said", "“…” — Sanders"). */
export const LEAD_PUNCT = set(grammar.leadPunct);
export const DASHES = set(grammar.dashes);
/** Words inside a source phrase read leftwards ("people familiar with", "head of"). */
export const INNER_NP_LEFT = set(grammar.innerNpLeft);
/** Words after the head of a source phrase read rightwards ("a spokesman for the campaign"). */
export const INNER_NP_RIGHT = set(grammar.innerNpRight);
/** Words that may follow an inverted credit after a quotation ending in a full stop ("… .” said Trump on Monday"). */
export const POST_OK_AFTER_CUE = set(grammar.postOkAfterCue);
/** Time adjuncts that may stand between a subject and its cue ("Clinton last week said"). */
export const TIME_WORDS = set([...grammar.timeWords, ...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** Words that lead a time adjunct ("on Friday", "earlier this week"). */
export const TIME_LEAD = set([...grammar.timeLead, ...WEEKDAY_NAMES]);
/** "his salespersons were told": a passive cue's subject is the listener, not the source. */
export const PASSIVE_AUX = set(grammar.passiveAux);
/** Cues whose object is the listener, never an inverted source ("told CBS News"). */
export const NO_INVERSION = set(grammar.noInversion);
/** Tokens that separate clauses: an outer cue beyond them does not govern the inner attribution. */
export const OUTER_BLOCK = set(grammar.outerBlock);
/** Words that can stand alone as a source ("Some chanted", "another tweeted", "Others said"). */
export const QUANTIFIER_HEADS = set(grammar.quantifierHeads);
/** Words after a noun cue that make it introduce the quotation ("the comment that …", "a statement from"). */
export const NOUN_COMPLEMENT = set(grammar.nounComplement);
/** Coordinators that open a second main clause after a comma (its subject follows). */
export const CLAUSE_JOINERS = set(grammar.clauseJoiners);
/** Words that may not stand between a closing mark and its source ("“…” that Trump said" is another clause). */
export const GAP_STOP = set(grammar.gapStop);

/** Words that open a source phrase: determiners, and the quantifiers of "two officials", "several aides". */
export const DETERMINERS = set([...NP_DETERMINERS, ...QUANTIFIERS]);

/**
 * Pronouns that can stand for a quotation's source: subject and object forms (not "me", "us": the
 * writer is no source) and third-person possessives ("his promise to be a ‘neutral guy’").
 */
export const PRONOUNS = set([
  ...pronounForms((p) => p.case === 'nominative' || (p.case === 'accusative' && p.person !== 1) || (p.case === 'possessive' && p.person === 3 && p.gender !== 'neuter')),
]);

/** Pronouns that can credit a quotation as its subject: I, he, she, we, they (not "it", not "you"). */
export const SUBJECT_PRONOUNS = set([...pronounForms((p) => p.case === 'nominative' && p.gender !== 'neuter' && p.person !== 2)]);

/** Verbs that only introduce a title ("entitled", "titled"): the title after them may be a whole headline. */
export const TITLE_VERBS = set(works.titleVerbs);
/** Nouns (and "titled", "called") right before the title of a work: the quotation is a title, not speech. */
export const WORK_NOUNS = set([...works.workNouns, ...works.titleVerbs]);
/** Nouns that refer back to a quotation as a slogan ("that slogan"): the quotation is a term. */
export const TERM_ANAPHORS = set(works.termAnaphors);
/** Work nouns that also report what someone calls a thing: a title after them only in title case. */
export const NAMING_VERBS = set(works.namingVerbs);
