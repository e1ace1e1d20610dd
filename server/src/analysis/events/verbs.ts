import lexicon from './verbs.json';
import { WordClass, wordId } from '../lexicon/vocabulary';
import { IRREGULAR_PAST_BASE } from '../lexicon';

// Verb recognition without a tagger: irregular forms from the lexicon, regular
// past tense by the -ed rule, gerunds by -ing; the lexicon's notVerbs list
// keeps common -ed/-ing nouns and adjectives out.

/** Each listed past (the lexicon's one map, IRREGULAR_PAST_BASE) and participle to its base; a form that is both keeps its past's verb. */
const baseOfPast = new Map<string, string>(IRREGULAR_PAST_BASE);
const thirdPersonIrregular: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.thirdPersonIrregular));
for (const [base, , participle] of lexicon.irregular as [string, string, string][]) {
  if (!baseOfPast.has(participle) && participle !== base) baseOfPast.set(participle, base);
}
const NOT_VERBS = new Set<string>(lexicon.notVerbs);
const VERB_PREFIXES = new Set<string>(lexicon.verbPrefixes);
/** Participles news prose uses as prepositions ("compared with a year ago", "the quarter ended Sept. 30"). */
export const PREPOSITIONAL_PARTICIPLES = new WordClass(lexicon.prepositionalParticiples);
/** Verbs whose complement happens at their own time ("began delving Thursday", "declined to comment Saturday"). */
export const ASPECTUAL_VERBS = new WordClass(lexicon.aspectualVerbs);
/** Verbs that lead on to the action their to-infinitive names ("went on to endorse"), with the particle each needs ('' for none). */
export const CONTINUATION_VERBS: ReadonlyMap<number, string> = new Map(Object.entries(lexicon.continuationVerbs).map(([verb, particle]) => [wordId(verb), particle]));
/** Verbs that with a to-infinitive say what was done habitually ("used to support"). */
export const HABITUAL_VERBS = new WordClass(lexicon.habitualVerbs);
/** Verbs whose complement is a bare infinitive right after them ("helped found"). */
export const BARE_INFINITIVE_VERBS = new WordClass(lexicon.bareInfinitiveVerbs);
/** Their predicative noun completes a title: "calls Obama petulant child", "elected governor" (base forms). */
export const PREDICATIVE_VERBS = new WordClass(lexicon.predicativeVerbs);
/** Verbs whose object an adjective after it describes: the predicative verbs and `stateVerbs` ("keeps homeland safe"). */
export const STATE_VERBS = new WordClass([...lexicon.predicativeVerbs, ...lexicon.stateVerbs]);
/** A complement of these is planned, not done: "plans to travel", "is expected to vote". */
export const PLANNED_VERBS = new WordClass(lexicon.plannedVerbs);
/** Verbs that carry no reportable action on their own ("was", "had", "did"). */
/** Verbs that only report words or thoughts (base forms): "said", "told", "added". */
export const REPORTING_VERBS = new WordClass(lexicon.reportingVerbs);
/**
 * Verbs (lemmas) whose complement clause is someone's claim or view, not a narrated fact: the reporting
 * verbs but those whose complement is no claim ("asked whether", "continued to"), and verbs of belief.
 */
export const CLAIM_VERBS = new WordClass([...lexicon.reportingVerbs.filter((v) => !lexicon.reportingNotClaims.includes(v)), ...lexicon.beliefVerbs]);
/** "from", "than": what follows is the amount an event is compared with (events/dated.ts). */
export const COMPARISON_MARKERS = new WordClass(lexicon.comparisonMarkers);
/** Verb particles ("up", "off"), as listed: events/titles.ts makes its WordClass. */
export const particleWords: readonly string[] = lexicon.particles;
/** Particles that are as often a preposition before a noun phrase ("in", "on", "over"). */
export const PREPOSITION_PARTICLES = new WordClass(lexicon.prepositionParticles);
/** What an adverb the parse read right after a verb may be, its particle ("weighed in", "backed away"). */
export const ADVERB_PARTICLES = new WordClass([...lexicon.particles, ...lexicon.prepositionParticles]);
/** The verb a title's attribution uses instead of a claim verb ("tell" → "say"). */
export const CLAIM_TITLE_VERBS: ReadonlyMap<number, string> = new Map(Object.entries(lexicon.claimTitleVerbs).map(([verb, shown]) => [wordId(verb), shown]));
export const LIGHT_VERBS = new Set<string>(lexicon.lightVerbs);
/** Words after which a participle is an adjective and a gerund a noun ("in distressed neighborhoods"). */
export const ADJECTIVE_AFTER = new WordClass(lexicon.adjectiveAfter);
/** Prepositions a title keeps before its object ("meets with Petro"). */
export const PREPOSITIONS_AFTER_VERB = new WordClass(lexicon.prepositionsAfterVerb);
/** Prepositions that end a subject noun phrase's head ("the windows of the CVS"). */
export const HEAD_BREAKERS = new WordClass(lexicon.headBreakers);

export type VerbForm = 'past' | 'gerund';

export interface VerbInfo {
  base: string;
  form: VerbForm;
}

const VOWEL = /[aeiou]/;
const E_FINAL = new Set<string>(lexicon.eFinalVerbs);

/** Base form of a regular -ed past ("captured" → "capture", "stopped" → "stop", "cried" → "cry"). */
function regularBase(w: string): string {
  const stem = w.slice(0, -2);
  if (E_FINAL.has(stem + 'e')) return stem + 'e';
  if (E_FINAL.has(stem)) return stem; // "died" → "die", "agreed" → "agree"
  if (stem.endsWith('i')) return stem.slice(0, -1) + 'y';
  const n = stem.length;
  // Doubled final consonant: "stopped" → "stop" (but "called" → "call", "pressed" → "press").
  if (n >= 4 && stem[n - 1] === stem[n - 2] && !/[lsfz]/.test(stem[n - 1])) return stem.slice(0, -1);
  // "cancelled", "controlled", "compelled" (but "called", "installed", "spelled").
  if (n >= 6 && /[^aeiou][eo]ll$/.test(stem)) return stem.slice(0, -1);
  // Endings that only occur before a silent e in English verbs (create, receive, feature, realize, force, rumble);
  // not "-oat" ("floated", "gloated") nor "-eat" ("treated").
  if (n >= 5 && /(?:[^eo]at|v|[ts]ur|iz|[nrl]c|uc|[^aeiouyl]l)$/.test(stem)) return stem + 'e';
  return stem;
}

/** "shell-shocked", "much-awaited", "short-lived": a hyphenated participle that is no verb (verbPrefixes). */
export function isCompoundAdjective(token: string): boolean {
  const hy = token.lastIndexOf('-');
  return hy > 0 && /(?:ed|ing)$/i.test(token) && verbInfo(token) === null;
}

/** The verb a token is, if it is a past-tense/participle or gerund form we can recognise. */
export function verbInfo(token: string): VerbInfo | null {
  const w = token.toLowerCase();
  if (w !== token && token[0] !== w[0].toUpperCase()) return null;
  if (NOT_VERBS.has(w)) return null;
  // "co-founded" is "co-found", "re-defined" "re-define"; "shell-shocked", "much-awaited" are adjectives.
  const hy = w.lastIndexOf('-');
  if (hy > 0) {
    const prefix = w.slice(0, hy);
    const rest = hy + 1 < w.length && VERB_PREFIXES.has(prefix) ? verbInfo(w.slice(hy + 1)) : null;
    return rest && { base: `${prefix}-${rest.base}`, form: rest.form };
  }
  const irregular = baseOfPast.get(w);
  if (irregular) return { base: irregular, form: 'past' };
  if (w.length >= 4 && w.endsWith('ed') && VOWEL.test(w.slice(0, -2))) return { base: regularBase(w), form: 'past' };
  if (w.length >= 6 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) return { base: gerundBase(w), form: 'gerund' };
  return null;
}

/**
 * The base of an irregular past form the lexicon lists, even one the word scan keeps out as too often no verb
 * (notVerbs: "fled", "led", "shed"): where the parse reads a verb there, its base ("fled" → "flee"; the
 * lemmatiser, which never saw it, guessed "fl").
 */
export function irregularBase(lower: string): string | undefined {
  return baseOfPast.get(lower);
}

/** Third-person present form for a title ("meet" → "meets", "catch" → "catches", "try" → "tries"). */
export function thirdPerson(base: string): string {
  const irregular = thirdPersonIrregular.get(base);
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

/** "putting" → "put", "stating" → "state", "claiming" → "claim". */
function gerundBase(w: string): string {
  const stem = w.slice(0, -3);
  if (E_FINAL.has(stem + 'e')) return stem + 'e';
  const n = stem.length;
  if (n >= 4 && stem[n - 1] === stem[n - 2] && !/[lsfz]/.test(stem[n - 1])) return stem.slice(0, -1);
  return stem;
}
