// Cue and source lexicons, loaded once from the JSON data files next to this module.
import cues from './cues.json';
import sources from './sources.json';
import works from './works.json';
import { DETERMINERS as NP_DETERMINERS, POSSESSIVE_DETERMINERS, QUANTIFIERS, pronounForms } from '../lexicon';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

/** Finite speech/cognition verbs: "said", "told", "cautioned", "tweeted". */
export const SPEECH_VERBS = set(cues.speechVerbs);
/** Participial cues whose source is the main clause's subject: "…, stating …", "…, claiming he …". */
export const PARTICIPLE_CUES = set(cues.participleCues);
/** Cue words that credit written words (wrote, tweeted, email, letter): the quotation is `writing`. */
export const WRITING_CUES = set(cues.writingCues);
/** Cue words of words printed on an object ("the sign read"): the quotation is a `term`. */
export const SIGN_CUES = set(cues.signCues);
/** Noun cues that take a possessor or a by/from phrase: "Petro’s comment that …", "a statement from the campaign". */
export const NOUN_CUES = set(cues.nounCues);
/** Two-word cues ("went on", "pointed out", "put it"): first word → the words that must follow it. */
export const PHRASE_CUES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const [a, b] of cues.phraseCues) {
    if (!m.has(a)) m.set(a, new Set());
    m.get(a)!.add(b);
  }
  return m;
})();

export const ANONYMOUS_HEADS = set(sources.anonymousHeads);
/** Heads that make a source anonymous whatever the determiner ("officials said", "Clinton aides said"). */
export const ANONYMOUS_ALWAYS = set(sources.anonymousAlways);
export const ANONYMOUS_MODIFIERS = set(sources.anonymousModifiers);
export const INDEFINITE = set(sources.indefiniteDeterminers);
export const ORGANISATION_HEADS = set(sources.organisationHeads);
export const ORGANISATION_NAMES = set(sources.organisationNames);
/** Heads that make a source a document: a report, transcript, memo, ruling, website. */
export const DOCUMENT_HEADS = set(sources.documentHeads);

/** Words that may sit between a subject and its cue verb ("Trump again cautioned", "he has also said"). */
export const ADVERBS = set([
  'also', 'again', 'later', 'then', 'once', 'repeatedly', 'previously', 'recently', 'reportedly', 'allegedly', 'just', 'even',
  'often', 'first', 'further', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'did', 'does', 'do', 'never',
  'not', 'still', 'already', 'now', 'soon', 'ever', 'always', 'famously', 'herself', 'himself',
  'themselves', 'itself', 'personally', 'tersely', 'simply', 'only', 'last', 'earlier', 'separately', 'subsequently', 'had',
  'could', 'might', 'may', 'must', 'should', 'can', 'reportedly', 'publicly', 'privately', 'directly', 'explicitly',
]);

/** Words that end a noun phrase when walking away from a cue. */
export const NP_STOP = set([
  'that', 'who', 'whom', 'which', 'when', 'while', 'as', 'because', 'if', 'and', 'but', 'or', 'nor', 'after', 'before', 'since',
  'where', 'so', 'than', 'though', 'although', 'whether', 'until', 'unless', 'whose', 'what', 'how', 'why', 'to', 'in', 'on',
  'at', 'during', 'about', 'into', 'over', 'under', 'against', 'between', 'through', 'without', 'by', 'from', 'upon', 'via',
  'per', 'like', 'told', 'said', 'says', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'would', 'will',
  'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'not', 'it', 'there', 'here', 'then', 'also',
]);

/** Words that open a source phrase: determiners, and the quantifiers of "two officials", "several aides". */
export const DETERMINERS: ReadonlySet<string> = new Set([...NP_DETERMINERS, ...QUANTIFIERS]);

/**
 * Pronouns that can stand for a quotation's source: subject and object forms (not "me", "us": the
 * writer is no source) and third-person possessives ("his promise to be a ‘neutral guy’").
 */
export const PRONOUNS = pronounForms(
  (p) => p.case === 'nominative' || (p.case === 'accusative' && p.person !== 1) || (p.case === 'possessive' && p.person === 3 && p.gender !== 'neuter'),
);

export const POSSESSIVE_PRONOUNS = POSSESSIVE_DETERMINERS;

/** Nouns (and "titled", "called") right before the title of a work: the quotation is a title, not speech. */
export const WORK_NOUNS = set(works.workNouns);
/** Work nouns that also report what someone calls a thing: a title after them only in title case. */
export const NAMING_VERBS = set(works.namingVerbs);
