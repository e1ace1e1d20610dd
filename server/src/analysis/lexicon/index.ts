// The engine's shared word classes, each defined once from a JSON file beside this module. Stages
// take the classes they need from here instead of writing their own lists.
import pronounData from './pronouns.json';
import determinerData from './determiners.json';
import prepositionData from './prepositions.json';
import calendarData from './calendar.json';
import grammarData from './grammar.json';
import verbData from '../events/verbs.json';

export type PronounCase = 'nominative' | 'accusative' | 'possessive' | 'independent' | 'reflexive';

export interface PronounEntry {
  form: string;
  person: 1 | 2 | 3;
  number: 'singular' | 'plural' | null;
  gender: 'male' | 'female' | 'neuter' | null;
  case: PronounCase;
}

/** Every pronoun reading, lower-case ("her" has two: accusative and possessive). */
export const PRONOUN_ENTRIES: readonly PronounEntry[] = pronounData.pronouns as PronounEntry[];

/** The lower-case forms of the pronoun readings that satisfy `pred`. */
export function pronounForms(pred: (p: PronounEntry) => boolean): ReadonlySet<string> {
  return new Set(PRONOUN_ENTRIES.filter(pred).map((p) => p.form));
}

/** who, whom, whose, which, that. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(pronounData.relative);

export const ARTICLES: ReadonlySet<string> = new Set(determinerData.articles);
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(determinerData.demonstratives);
export const QUANTIFIERS: ReadonlySet<string> = new Set(determinerData.quantifiers);
/** my, your, his, her, its, our, their. */
export const POSSESSIVE_DETERMINERS = pronounForms((p) => p.case === 'possessive');
/** Personal pronouns in subject or object position: I, me, you, he, him, she, her, it, we, us, they, them. */
export const PERSONAL_PRONOUNS = pronounForms((p) => p.case === 'nominative' || p.case === 'accusative');
/** Subject pronouns: I, you, he, she, it, we, they. */
export const SUBJECT_PRONOUNS = pronounForms((p) => p.case === 'nominative');
/** Every pronoun form. */
export const PRONOUN_FORMS = pronounForms(() => true);

/** Determiners that open a definite or demonstrative noun phrase: articles, demonstratives, possessives. */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS]);

/** Prepositions (one word each): about, across, at, through, toward, …. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(prepositionData.prepositions);

/** Full English weekday names, lower case. */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(calendarData.weekdays);

/** Full English month names, lower case, without those that are also a common word ("may"). */
export const MONTH_NAMES: ReadonlySet<string> = new Set(calendarData.months.filter((m) => !calendarData.modalMonths.includes(m)));

/** What follows a contraction's or a possessive's apostrophe: s, d, ll, ve, re, m. */
export const CONTRACTION_TAILS: ReadonlySet<string> = new Set(grammarData.contractionTails);

/** Lemmas of the auxiliaries a past participle follows: be, have, get. */
export const PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set(grammarData.participleAuxiliaries);

/** The past tense of each irregular verb (events/verbs.json `irregular`: "rose", "sank", "wore"), lower-case, to its base (the first verb listing it). */
export const IRREGULAR_PAST_BASE: ReadonlyMap<string, string> = new Map([...(verbData.irregular as string[][])].reverse().map(([base, past]) => [past, base]));
