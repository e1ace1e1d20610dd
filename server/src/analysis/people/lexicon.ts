// Word lists used by the people rules, loaded once from the JSON data files (registered in
// lexicon/vocabulary.ts). A list tested with one unit's lower-case form is a `WordClass` over the token
// layer's vocabulary ids (`ROLE_NOUNS.has(u.id)`). A list matched as written is a `WrittenClass`: its
// entries are capitalised ("President", "Florida") and the tests are case-sensitive ("House" is an
// organisation word, "house" is not), so a unit is tested by its id and its text (`PLACE_WORDS.has(u.id,
// u.text)`), and a string that is no unit (a name's normalised words) by `hasWord`. Phrases of several
// words stay `PhraseTable`s, matched over a run's words.
import lexicon from './lexicon.json';
import places from './places.json';
import surnames from './surnames.json';
import abbreviations from '../text/abbreviations.json';
import firstNameGenders from './firstNameGenders.json';
import works from '../quotes/works.json';
import type { Gender } from '../types';
import { WordClass, WrittenClass, wordId } from '../lexicon/vocabulary';
import type { Unit } from './units';

/** Multi-word phrase table keyed by the first word: longest phrases first. */
export class PhraseTable {
  /**
   * Phrases by first word, longest first; with each its words and, where a word is lower-case ("of"), the
   * form Title Case gives it ("Of"), which matches too ("Chief Of Staff"); null where there is none.
   */
  private readonly byFirst = new Map<string, { words: string[]; capitalised: (string | null)[] }[]>();
  /** The phrases' first words as written: a unit that may open a phrase, tested by id and text. */
  private readonly firsts: WrittenClass;
  constructor(phrases: readonly string[]) {
    this.firsts = new WrittenClass(phrases.map((p) => splitPhrase(p)[0]).filter((w) => w !== undefined));
    for (const p of phrases) {
      const words = splitPhrase(p);
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, capitalised: words.map((w) => (capitalised(w) !== w ? capitalised(w) : null)) });
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  /** Length (in words) of the longest phrase starting at words[i], or 0. */
  match(words: readonly string[], i: number, limit = words.length): number {
    const list = this.byFirst.get(words[i]);
    if (!list) return 0;
    outer: for (const p of list) {
      const n = p.words.length;
      if (i + n > limit) continue;
      for (let k = 1; k < n; k++) if (words[i + k] !== p.words[k] && words[i + k] !== p.capitalised[k]) continue outer;
      return n;
    }
    return 0;
  }
  /** A string that is no unit (a syntax word's text) opens a phrase. */
  has(word: string): boolean {
    return this.byFirst.has(word);
  }
  /** A unit opens a phrase: its id, then its text against the first words as written. */
  opens(u: Unit): boolean {
    return this.firsts.has(u.id, u.text);
  }
}

/** The word with its first letter upper-case ("of" → "Of"). */
function capitalised(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Splits a lexicon phrase into words the way units are built ("Lt. Gov." → ["Lt.", "Gov."]). */
export function splitPhrase(p: string): string[] {
  return p.split(/\s+/).filter(Boolean);
}

export const TITLES = new PhraseTable(lexicon.titles);
export const TITLE_WORDS = new WrittenClass(lexicon.titles.flatMap(splitPhrase));
export const TITLE_MODIFIERS = new WrittenClass(lexicon.titleModifiers);
/** The party words a one-letter label stands for ("R" in "(R-Fla.)": republican, gop), lower case. */
export const PARTY_INITIALS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(lexicon.partyInitials).map(([k, v]) => [k, new Set(v)]));
/** A general role word → the role heads it covers ("lawmaker" → senator, congressman, …). */
export const ROLE_FAMILIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(lexicon.roleFamilies).map(([k, v]) => [k, new Set(v)]));
/** The general role words of ROLE_FAMILIES (its keys, all lower case), tested with a unit's id. */
export const ROLE_FAMILY_WORDS = new WordClass(Object.keys(lexicon.roleFamilies));
export const DEPARTMENT_WORDS = new WrittenClass(lexicon.departmentWords);
/** Titles that also start organisation or place names ("General Motors", "Prince Edward Island"), as written. */
export const AMBIGUOUS_TITLES = new WrittenClass(lexicon.ambiguousTitles);
/** Heads of an appositive that describes an organisation (", a collective of social justice groups,"). */
export const ORGANISATION_NOUNS = new WordClass(lexicon.organisationNouns);
/** "one" of ", one of the nation's largest coal companies,": an apposition whose head follows a preposition. */
export const PARTITIVE_STARTS = new WordClass(lexicon.partitiveStarts);
/** Family names the news of the training texts names people by in many articles (train/surnames.ts). */
export const KNOWN_SURNAMES = new WrittenClass(surnames.surnames);
const KNOWN_SURNAME_GENDERS: Readonly<Record<string, string>> = surnames.genders;
/** The gender nearly everyone named with a known family name has ("Obama", "Trump"), if any ("Clinton": none). */
export function knownSurnameGender(word: string): Gender | null {
  const g = Object.prototype.hasOwnProperty.call(KNOWN_SURNAME_GENDERS, word) ? KNOWN_SURNAME_GENDERS[word] : undefined;
  return g === 'male' || g === 'female' ? g : null;
}
/** "called", "named", "known" (as): what introduces a name after the noun it names. */
export const NAMING_WORDS = new WordClass(lexicon.namingWords);
/** Words a Title Case headline leaves in lower case ("for", "to", "and"): rule people.headline-case. */
export const HEADLINE_LOWER_WORDS = new WordClass(lexicon.headlineLowerWords);
const PLURAL_TITLES: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.pluralTitles));
/** The title one person holds when it was written for several ("Sens." → "Sen.", "state Reps." → "state Rep."). */
export function singularTitle(title: string): string {
  const sp = title.lastIndexOf(' ');
  const last = title.slice(sp + 1);
  const one = PLURAL_TITLES.get(last);
  return one ? title.slice(0, sp + 1) + one : title;
}
/** &, of, for: they join two parts of one organisation's name ("Bailey & Glasser"). */
export const ORG_JOINTS = new WrittenClass(lexicon.orgJoints);
/** of, for, on: they open an organisation head's complement ("Council on Foreign Relations"). */
export const COMPLEMENT_JOINTS = new WrittenClass(lexicon.complementJoints);
/** The heads an organisation's name takes a complement after: organisationHeads and some that may also be family names ("Court of Appeals"). */
export const COMPLEMENT_HEADS = new WrittenClass([...lexicon.organisationHeads, ...lexicon.complementHeads]);
/** and, &: they join two parts of one head's complement ("Office of Management and Budget"). */
export const COMPLEMENT_COORDINATORS = new WrittenClass(lexicon.complementCoordinators);
/** at, of, with, from: between a person's name and an organisation's, the person's affiliation (affiliations.ts). */
export const AFFILIATION_PREPOSITIONS = new WordClass(lexicon.affiliationPrepositions);
/** Roles only an organisation has ("ceo", "chief executive"), matched over units' lower-case forms (companies.ts). */
export const COMPANY_ROLES = new PhraseTable(lexicon.companyRoles);
/** of, for, to: a title's complement follows ("Minister of Foreign Relations"). Case-sensitive, as written. */
export const TITLE_CONNECTORS = new WrittenClass(lexicon.titleConnectors);
/** a, an, the, former: an apposition that describes the name before its comma. */
export const APPOSITIVE_STARTS = new WordClass(lexicon.appositiveStarts);
/** "sen" → "senator": the role an abbreviated title stands for. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.titleAbbreviations));
/** Lower-case role words that can stand alone for a person already named ("the president"). */
export const ROLE_TITLE_HEADS = new WordClass(lexicon.roleTitleHeads);
/** Words after which a name is the subject of a clause ("and", "because", "who"). */
export const SUBJECT_PRECEDERS = new WordClass(lexicon.subjectPreceders);
export const ROLE_NOUNS = new WordClass(lexicon.roleNouns);
/** Nouns that introduce a work's title ("his book", "the hit series"), the quotes stage's list without its naming verbs ("a man named …"). */
export const WORK_TITLE_NOUNS = new WordClass(works.workNouns.filter((w) => !works.namingVerbs.includes(w)));
/** The gender a role noun says its holder has ("wife", "spokesman"), by vocabulary id (a unit's `id`). */
export const ROLE_NOUN_GENDER: ReadonlyMap<number, Gender> = new Map([
  ...lexicon.roleNounGender.male.map((w): [number, Gender] => [wordId(w.toLowerCase()), 'male']),
  ...lexicon.roleNounGender.generic.map((w): [number, Gender] => [wordId(w.toLowerCase()), 'male']),
  ...lexicon.roleNounGender.female.map((w): [number, Gender] => [wordId(w.toLowerCase()), 'female']),
]);
/** Male role forms news also writes for women ('Trump spokesman Hope Hicks'). */
export const GENERIC_ROLE_NOUNS = new WordClass(lexicon.roleNounGender.generic);
export const DESCRIPTOR_MODIFIERS = new WordClass(lexicon.descriptorModifiers);
/** Descriptor modifiers that join a capitalised title after them ("former President", "state Sen."). */
export const TITLE_TENSE_MODIFIERS = new WordClass(lexicon.titleTenseModifiers);
/** Heads of an organisation's name that are never a family name ("University", "Society", "Energy"). */
export const ORGANISATION_HEADS = new WrittenClass(lexicon.organisationHeads);
/** Every head of a non-person name: the organisation heads and those that may also be family names ("Hill", "Day"). */
export const NON_PERSON_HEADS = new WrittenClass([...lexicon.organisationHeads, ...lexicon.nonPersonHeads]);
export const NON_PERSON_WORDS = new WrittenClass(lexicon.nonPersonWords);
/**
 * Words that never start or make a name ("the", "however", "said"). Not lexicon/grammar.json's
 * `functionWords` (Lex.FUNCTION_WORD): that list is 42 closed-class words, all of them in this one of 301,
 * which adds prepositions, adverbs, numerals, speech verbs and contractions.
 */
export const FUNCTION_WORDS = new WordClass(lexicon.functionWords);
const PARTICLES = new WordClass(lexicon.particles);
/** A name word as people are matched by it: one apostrophe for both ("James O’Neill", later "O'Neill"). */
export function nameWord(text: string): string {
  return text.indexOf('\u2019') < 0 ? text : text.replace(/\u2019/g, "'");
}
/**
 * Two name words are the same word: equal, or a particle written capitalised at a sentence start and
 * lower case elsewhere ("De Blasio said" is "Bill de Blasio").
 */
export function sameNameWord(a: string, b: string): boolean {
  return a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase() && PARTICLES.hasWord(a.toLowerCase()));
}
/** A name of two or more words whose first is a particle written capitalised ("De Blasio", "Van Buren"). */
export function startsWithCapitalisedParticle(name: string): boolean {
  const sp = name.indexOf(' ');
  if (sp <= 0) return false;
  const first = name.slice(0, sp);
  return first !== first.toLowerCase() && PARTICLES.hasWord(first.toLowerCase());
}
/**
 * A name word that opens with a lower-case particle and a hyphen ("al-Baghdadi", "el-Sisi"): the particle is
 * written on, not apart ("Abu Bakr al-Baghdadi" was the person "Abu Bakr", "Ayman al-Zawahiri" no person).
 */
export function isHyphenParticleName(u: Unit): boolean {
  if (u.kind !== 'word' || u.cap) return false;
  const h = u.text.search(/[-‐]/);
  if (h <= 0 || h + 1 >= u.text.length) return false;
  const next = u.text.charAt(h + 1);
  return next !== next.toLowerCase() && PARTICLES.hasWord(u.text.slice(0, h));
}
/** A name particle as written in lower case ("van", "da"; not "Van", which is a name word). */
export function isParticle(u: Unit): boolean {
  return PARTICLES.has(u.id) && u.text === u.lower;
}
/**
 * The function words as written lower-case, capitalised or in capitals ("the", "The", "THE"): a written
 * class of those forms, because the test is on the form too ("tHe" is none).
 */
const FUNCTION_WORD_FORMS = new WrittenClass(
  lexicon.functionWords.map((x) => x.toLowerCase()).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
);
/** A string that is no unit (a name's word) is a function word in any of those forms, without lower-casing it. */
export function isFunctionWord(w: string): boolean {
  return FUNCTION_WORD_FORMS.hasWord(w);
}
/** A unit is a function word in any of those forms: its id, then its text. */
export function isFunctionWordUnit(u: Unit): boolean {
  return FUNCTION_WORD_FORMS.has(u.id, u.text);
}
/** Countries, regions, cities and the US states. */
export const PLACES = new PhraseTable([...places.places, ...places.usStates]);
/** The US states by name. */
export const US_STATES = new PhraseTable(places.usStates);
/** A US state as AP style abbreviates it after a town, without its final period ("Okla", "N.H"): both lexicon lists of them. */
export const US_STATE_ABBREVIATIONS = new WrittenClass([...places.usStateAbbreviations, ...abbreviations.states]);
/** Names written like a person's that never are one ("Jim Crow", "Uncle Sam", "Marine One"). */
export const PERSON_LIKE_NAMES = new PhraseTable(lexicon.personLikeNames);
/** "from", "of" after a lower-case role: the place it serves follows ("the senator from Florida"). */
export const ROLE_ORIGIN_WORDS = new WordClass(lexicon.roleOriginWords);
export const PLACE_WORDS = new WrittenClass([...places.places, ...places.usStates].filter((p) => !p.includes(' ')));
export const NATIONALITIES = new PhraseTable(places.nationalities);
export const NATIONALITY_WORDS = new WrittenClass(places.nationalities.filter((p) => !p.includes(' ')));

const HONORIFIC_GENDER = new Map<string, Gender | null>();
for (const h of lexicon.honorifics.male) HONORIFIC_GENDER.set(h, 'male');
for (const h of lexicon.honorifics.female) HONORIFIC_GENDER.set(h, 'female');
for (const h of lexicon.honorifics.neutral) HONORIFIC_GENDER.set(h, null);
// Courtesy forms ("Mr.", "Ms.", "Señora") say a gender but are no role: they are not shown as titles.
const COURTESY = new Set<string>();
for (const [gender, forms] of Object.entries(lexicon.honorifics.courtesy)) {
  for (const h of forms) {
    HONORIFIC_GENDER.set(h, gender === 'neutral' ? null : (gender as Gender));
    COURTESY.add(h);
  }
}
export { HONORIFIC_GENDER };

/** "Mr.", "Mrs.", "Ms.", "Miss", "Herr"…: a courtesy form, not a title. */
export function isCourtesyTitle(title: string): boolean {
  return COURTESY.has(title);
}

/** Gender implied by a title as written ("Congresswoman", "Mrs.", "King"), or undefined. */
export function titleGender(title: string): Gender | undefined {
  // One word (most titles): no need to split.
  if (title.indexOf(' ') < 0 && title.indexOf('\t') < 0 && title.indexOf('\n') < 0 && title.indexOf('\r') < 0) return HONORIFIC_GENDER.get(title) ?? undefined;
  const words = splitPhrase(title);
  for (const w of words) {
    const g = HONORIFIC_GENDER.get(w);
    if (g) return g;
  }
  return undefined;
}

// The hand list of first names, as written ("Aaron"); a name on both lists is male.
const MALE_FIRST_NAMES = new WrittenClass(lexicon.maleFirstNames);
const FEMALE_FIRST_NAMES = new WrittenClass(lexicon.femaleFirstNames);
/** The hand list's first names, male and female: a token tests it by its id and text (`FIRST_NAMES.has(id, text)`). */
export const FIRST_NAMES = new WrittenClass([...lexicon.maleFirstNames, ...lexicon.femaleFirstNames]);
/** The gender of a first name given as a string that is no unit (a name's normalised word). */
export function firstNameGender(word: string): Gender | undefined {
  return MALE_FIRST_NAMES.hasWord(word) ? 'male' : FEMALE_FIRST_NAMES.hasWord(word) ? 'female' : undefined;
}
/** The gender of a unit (or a word with its vocabulary id) that is a first name of the hand list: its id, then its text. */
export function firstNameGenderOf(u: Pick<Unit, 'id' | 'text'>): Gender | undefined {
  return MALE_FIRST_NAMES.has(u.id, u.text) ? 'male' : FEMALE_FIRST_NAMES.has(u.id, u.text) ? 'female' : undefined;
}
/** Genders of the longer first-name list (firstNameGenders.json: names the hand list above does not have). */
const LISTED_NAME_GENDER = new Map<string, Gender>();
for (const n of firstNameGenders.male) LISTED_NAME_GENDER.set(n, 'male');
for (const n of firstNameGenders.female) LISTED_NAME_GENDER.set(n, 'female');
/**
 * The gender a name's first word gives its person: the hand list's, else the longer list's ("Kristin",
 * "Irina", "Brent"). Only a gender: the longer list is no evidence that a word is a name (the rules
 * and the tagger's features read the hand list alone, `firstNameGender`, `isKnownFirstName`).
 */
export function nameGender(word: string): Gender | undefined {
  return firstNameGender(word) ?? LISTED_NAME_GENDER.get(word);
}
/** The longer list's names of either gender ("Glen", "Cory", "Gene"): first names that give no gender. */
const EITHER_FIRST_NAMES: ReadonlySet<string> = new Set(firstNameGenders.either);
/** Any list holds the word as a first name (the hand list, or the longer one with or without a gender). */
export function isListedFirstName(word: string): boolean {
  return isKnownFirstName(word) || LISTED_NAME_GENDER.has(word) || EITHER_FIRST_NAMES.has(word);
}
const UNISEX_FIRST_NAMES: ReadonlySet<string> = new Set(lexicon.unisexFirstNames);
/** A first name given to men and to women ("Lee", "Kelly"): its gender is a guess. */
export function isUnisexFirstName(word: string): boolean {
  return UNISEX_FIRST_NAMES.has(word);
}
/** A string that is no unit (a name's normalised word) is a first name of the hand list. */
export function isKnownFirstName(word: string): boolean {
  return FIRST_NAMES.hasWord(word);
}
/** A unit is a first name of the hand list. */
export function isKnownFirstNameUnit(u: Unit): boolean {
  return FIRST_NAMES.has(u.id, u.text);
}

/** For each first name, the formal names it is a form of (itself, if formal): from lexicon.json's nicknames. */
const FORMAL_NAMES = new Map<string, string[]>();
for (const [formal, shorts] of Object.entries(lexicon.nicknames as Record<string, string[]>)) {
  for (const n of [formal, ...shorts]) {
    const list = FORMAL_NAMES.get(n);
    if (list) list.push(formal);
    else FORMAL_NAMES.set(n, [formal]);
  }
}

/**
 * Rule people.same-first-name: two first words of names of one family name name one person when they are the
 * same word, an initial and a name, a short form and its name ("Pat"/"Patrick"; lexicon nicknames:
 * "Bill"/"William", "Joe"/"Joseph"), or one letter apart ("Hilary"/"Hillary", a slip). Two different first
 * names of the lists are two people ("Jerome and Jeanne Siegel", "John Smith … James Smith", "Dwight
 * Eisenhower … David Eisenhower"); where a word is on no list ("J.", "Donand"), the same first letter still
 * joins, as before this rule.
 */
export function sameFirstName(a: string, b: string): boolean {
  if (sameNameWord(a, b)) return true;
  if (!isListedFirstName(a) || !isListedFirstName(b)) return a[0] === b[0];
  const fa = FORMAL_NAMES.get(a);
  const fb = FORMAL_NAMES.get(b);
  if (fa && fb && fa.some((f) => fb.includes(f))) return true;
  if (a[0] !== b[0]) return false;
  const ga = nameGender(a);
  const gb = nameGender(b);
  if (ga && gb && ga !== gb) return false;
  return a.startsWith(b) || b.startsWith(a) || withinOneEdit(a, b);
}

/** One substitution, insertion or deletion at most. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
