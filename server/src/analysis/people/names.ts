// Capitalised runs → name candidates with the titles and descriptors written around them.
import type { Gender } from '../types';
import { PREPOSITIONS, PRONOUN_FORMS } from '../lexicon';
import {
  DEPARTMENT_WORDS, DESCRIPTOR_MODIFIERS, TITLE_TENSE_MODIFIERS, FUNCTION_WORDS, HONORIFIC_GENDER, NATIONALITIES, NATIONALITY_WORDS, NON_PERSON_HEADS, ORGANISATION_HEADS,
  AFFILIATION_PREPOSITIONS, AMBIGUOUS_TITLES, APPOSITIVE_STARTS, ORGANISATION_NOUNS, PARTITIVE_STARTS, NON_PERSON_WORDS, ROLE_FAMILY_WORDS, ROLE_TITLE_HEADS, TITLE_CONNECTORS, isParticle, isHyphenParticleName, PLACES, PLACE_WORDS, ROLE_NOUNS, ROLE_ORIGIN_WORDS, TITLES, TITLE_MODIFIERS, firstNameGender, nameGender, isFunctionWord, isFunctionWordUnit, isKnownFirstName, isKnownFirstNameUnit, isCourtesyTitle, nameWord, titleGender,
} from './lexicon';
import { isDefiniteArticle, isUpperChar, type Unit } from './units';
import { organisationNounBefore } from './organisationNounBefore';
import { completesHead } from './headComplementName';
import { Lex, WrittenClass } from '../lexicon/vocabulary';

export interface Piece {
  text: string;
  start: number;
  end: number;
}

export interface Candidate {
  /** Unit indices of the name words: [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  words: string[];
  titles: Piece[];
  descriptors: Piece[];
  /** Evidence that this is a person (title, honorific, role noun, known first name). */
  strong: boolean;
  /** Strong evidence other than a known first name: a title, honorific, role noun or appositive. */
  context: boolean;
  /** Evidence that this is not a person (organisation/place word, determiner before it…). */
  reject: boolean;
  /** Rejected whatever the tagger says: the whole phrase is a place, nationality, month, function word. */
  hard: boolean;
  gender: Gender | null;
  sentence: number;
  paragraph: number;
  quoted: boolean;
  /** The run's first name word is the first word of its sentence. */
  initial: boolean;
  /** An appositive after it describes an organisation (", a collective of social justice groups,"): rule people.organisation-appositive. */
  organisation?: boolean;
  /** It completes an organisation head's complement ("the Center for Responsive Politics"): rule people.head-complement. */
  inOrganisationName?: boolean;
}

/** A title-only phrase ("the President of Colombia", "the senator"). */
export interface TitlePhrase {
  start: number;
  end: number;
  /** Capitalised title phrase ("President of Colombia") as opposed to "the president". */
  cap: boolean;
  /** Lower-cased head ("president"). */
  head: string;
  /** Unit index of the phrase's first word, and the one after the phrase. */
  first: number;
  after: number;
  sentence: number;
  quoted: boolean;
  /** Capitalised modifiers of a lower-case role ("Florida", "Democratic" in "the Florida senator"): its holder must be described by them. */
  qualifiers?: string[];
  /** A lower-case role with modifiers of any case ("the former congressman"): a description, not a bare title. */
  modified?: boolean;
}

/**
 * A romanised given name written with a hyphen and a short lower-case second syllable, last in a name
 * ("Ban Ki-moon", "Moon Jae-in", "Lee Myung-bak"): no modifier, whose tail is a longer word or a participle
 * ("Ontario-based", "Trump-backed", "Family-controlled").
 */
export function isHyphenatedGivenName(w: string): boolean {
  const h = w.indexOf('-');
  if (h <= 0 || w.indexOf('-', h + 1) >= 0 || !isUpperChar(w.charCodeAt(0))) return false;
  const tail = w.slice(h + 1);
  return tail.length <= 4 && /^\p{Ll}+$/u.test(tail) && !tail.endsWith('ed') && !tail.endsWith('ing');
}

/** Cuts `c` to its first `p` words (people.headline-verb, people.named-thing). */
export function trimCandidate(c: Candidate, units: readonly Unit[], p: number): void {
  c.last = c.first + p;
  c.words = c.words.slice(0, p);
  c.end = units[c.last - 1].end;
}

/** Drops the candidate's first word (an epithet, people.epithet): it starts at the second. */
export function dropFirstWord(c: Candidate, units: readonly Unit[]): void {
  const from = units[c.first + 1].start;
  c.text = c.text.slice(from - c.start);
  c.start = from;
  c.first++;
  c.words = c.words.slice(1);
}

/** "J", "J.": an initial. */
function isInitial(w: string): boolean {
  return w.length === 1 || (w.length === 2 && w[1] === '.');
}

/**
 * Rule people.middle-initial: a word, a middle initial and a word ("Blair W. Effron", "predecessors Lyndon B.
 * Johnson and Jimmy Carter", both tagged organisations in New York Times and Politico text): the shape of a
 * person's full name, evidence as strong as a known first name, and one an organisation or place reading does
 * not outweigh (merge.ts). An organisation named after such a person ends with its own head word ("Lyndon B.
 * Johnson Space Center") and is rejected as such; initials only ("J.P. Morgan", "A. G. Edwards") are no middle
 * initial. Three words exactly: a longer run may hold a title the rules did not read ("Assistant U.S. Attorney
 * Maya D. Song" would have been one name).
 */
export function hasMiddleInitial(words: readonly string[]): boolean {
  return words.length === 3 && isMiddleInitial(words[1]) && !isInitial(words[0]) && !isInitial(words[2]);
}

/** A capital letter and a period, a middle initial ("E."). */
export function isMiddleInitial(w: string): boolean {
  return w.length === 2 && w[1] === '.' && w[0] >= 'A' && w[0] <= 'Z';
}

/**
 * Rule people.glued-words: a word with three or more capitals right after lower-case letters is words run
 * together, as a page's buttons are when copied without spaces ("CherkisFlagShareLikeReplyPaige"): no name
 * has that many (one: "McConnell", "VanderSloot", "DeGraffenreid").
 */
function isGluedWords(w: string): boolean {
  let humps = 0;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const b = w.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && b >= 97 && b <= 122 && ++humps >= 3) return true;
  }
  return false;
}

/** The whole phrase is a place, nationality, month/day/party word or a function word, or has a word of glued words: never a person. */
export function hardReject(nameWords: string[]): boolean {
  if (PLACES.match(nameWords, 0) === nameWords.length || NATIONALITIES.match(nameWords, 0) === nameWords.length) return true;
  if (nameWords.some(isGluedWords)) return true;
  if (nameWords.length === 1) {
    const w = nameWords[0];
    if (isInitial(w)) return true; // a lone initial
    // ("Mexicans", "Canadians": a nationality's plural names a people, not a person.)
    return PLACE_WORDS.hasWord(w) || NATIONALITY_WORDS.hasWord(w) || NON_PERSON_WORDS.hasWord(w) || isFunctionWord(w) || (w.length > 4 && w.endsWith('s') && NATIONALITY_WORDS.hasWord(w.slice(0, -1)));
  }
  // Rule people.preposition-start: a name of several words that opens with a capitalised preposition is the rest of
  // a law's or a work's Title Case name ("the Justice Against Sponsors of Terrorism Act", after the title
  // "Justice": a person "Against Sponsors", West Journal, PolNeAR dev); a sentence's own first word was cut before.
  if (nameWords.length >= 2 && PREPOSITIONS.has(nameWords[0].toLowerCase())) return true;
  // "West", "January", "Republicans" inside a longer phrase reject it unless a known first name leads or a
  // hyphenated given name ends it ("Moon Jae-in").
  if (nameWords.length >= 2 && isHyphenatedGivenName(nameWords[nameWords.length - 1])) return false;
  return !isKnownFirstName(nameWords[0]) && nameWords.some((w) => NON_PERSON_WORDS.hasWord(w) && !PLACE_WORDS.hasWord(w));
}

/**
 * A determiner that may open a role phrase ("the", "this", "its", "their"): the token layer's determiner
 * bit, and a first letter t, a, o or i, which leaves the possessives my, your, his and her out.
 */
function isRoleDeterminer(u: Unit): boolean {
  if (!(u.flags & Lex.DETERMINER)) return false;
  const c = u.lower.charCodeAt(0);
  return c === 116 /* t */ || c === 97 /* a */ || c === 111 /* o */ || c === 105 /* i */;
}

export function isNameWord(u: Unit): boolean {
  if (u.kind !== 'word' || !u.cap) return false;
  return !isPronounUnit(u);
}

/**
 * Personal and possessive pronouns, capitalised as written ("He", "HIS"): never part of a name. Upper-case
 * "US" is the country and "ME" a state (and the Middle East).
 */
const CAPITALISED_PRONOUNS = new WrittenClass(
  [...PRONOUN_FORMS].flatMap((p) => (p !== 'us' && p !== 'me' ? [p[0].toUpperCase() + p.slice(1), p.toUpperCase()] : [p[0].toUpperCase() + p.slice(1)])),
);

/** A unit is a capitalised pronoun: its id, then its text. */
export function isPronounUnit(u: Unit): boolean {
  return u.text.length <= 10 && u.text.length >= 2 && CAPITALISED_PRONOUNS.has(u.id, u.text);
}

/**
 * In a Title Case headline a capitalised verb follows the name ("Ben Carson Defends Himself …",
 * "Obama Says …"): past the first two name words, a word ending in -s or -ed ends the name.
 */
export function isHeadlineVerb(w: string): boolean {
  const n = w.length;
  if (n < 4) return false;
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  if (last === 115 /* s */) return prev !== 115 && prev !== 117 /* u */ && prev !== 105 /* i */ && prev !== 39 && prev !== 0x2019;
  return last === 100 /* d */ && prev === 101 /* e */;
}

/** Where a name starting at unit `a` (and running to at most `b`) stops in a Title Case sentence. */
export function headlineNameEnd(units: Unit[], a: number, b: number): number {
  for (let k = a + 2; k < b; k++) if (isHeadlineVerb(units[k].text) || isFunctionWordUnit(units[k])) return k;
  return b;
}

function isAllCapsWord(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127 && w[i] !== w[i].toUpperCase()) return false;
    if ((c >= 65 && c <= 90) || c > 127) letters++;
  }
  return letters > 0;
}

function isTitleAt(words: string[], i: number, limit: number): number {
  return TITLES.match(words, i, limit);
}

/** A non-person head among units[from, to). */
function orgBefore(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NON_PERSON_HEADS.has(units[k].id, units[k].text)) return true;
  return false;
}

/** Length of a title at words[i], with title modifiers before it ("Deputy Foreign Minister"), or 0; words[k] is the text of units[base + k]. */
function titleLengthAt(units: Unit[], base: number, words: string[], i: number, limit: number): number {
  const t = isTitleAt(words, i, limit);
  if (t) return t;
  let m = i;
  while (m < limit && TITLE_MODIFIERS.has(units[base + m].id, words[m])) m++;
  if (m > i && m < limit) {
    const t2 = isTitleAt(words, m, limit);
    if (t2) return m - i + t2;
  }
  return 0;
}

/** "Far-left", "Family-controlled", "Ontario-based": capitalised only by position, a lower-case tail after the hyphen. */
function isHyphenModifier(w: string): boolean {
  const h = w.indexOf('-');
  if (h <= 0 || h >= w.length - 1) return false;
  const c = w.charCodeAt(h + 1);
  return c >= 97 && c <= 122;
}


/**
 * Finds capitalised runs in the units and splits each into descriptor words, title words and the name.
 * Returns name candidates (possibly rejected) and title-only phrases.
 */
export function findCandidates(units: Unit[], titleCase?: ReadonlySet<number>): { candidates: Candidate[]; titlePhrases: TitlePhrase[] } {
  const candidates: Candidate[] = [];
  const titlePhrases: TitlePhrase[] = [];
  const n = units.length;
  let i = 0;
  while (i < n) {
    const u = units[i];
    if (!isNameWord(u)) {
      // Lower-case "the president" / "the senator".
      if (u.kind === 'word' && !u.cap) {
        const role = rolePhraseAt(units, i);
        if (role) titlePhrases.push(role);
      }
      i++;
      continue;
    }
    // "The president said …", "The former congressman …": at a sentence's start the determiner is capitalised
    // only by position (the capitalised run it opens is read as a name below, as before).
    if (u.initial) {
      const role = rolePhraseAt(units, i);
      if (role) titlePhrases.push(role);
    }
    // Extend the run.
    const runStart = i;
    let j = i + 1;
    let sawTitle = TITLES.opens(u);
    while (j < n) {
      const v = units[j];
      if (v.sentence !== u.sentence) break;
      // A capitalised "Is", "Was" ends a name: "Politifact: Donald Trump Is Right, …" (a headline the
      // Title Case test misses for its lower-case words) names Donald Trump.
      if (isNameWord(v) && !(v.flags & Lex.COPULA)) {
        if (TITLES.opens(v)) sawTitle = true;
        j++;
        continue;
      }
      // A particle written on with a hyphen, rule people.hyphen-particle: "Abu Bakr al-Baghdadi", "Ayman al-Zawahiri".
      if (isHyphenParticleName(v)) {
        j++;
        continue;
      }
      if (v.kind === 'word' && j + 1 < n && units[j + 1].sentence === u.sentence) {
        // Particles inside names: "Ludwig van Beethoven", "Luiz Inácio Lula da Silva".
        if (isParticle(v)) {
          // One or two particles, then a capitalised word: "van der Westhuizen".
          let k = j + 1;
          if (k + 1 < n && isParticle(units[k]) && units[k].sentence === u.sentence) k++;
          if (isNameWord(units[k]) && units[k].sentence === u.sentence && !isAllCapsWord(units[k].text)) {
            j = k + 1;
            continue;
          }
        }
        // Title complements: "Minister of Foreign Relations", "Ambassador to the United States".
        if (sawTitle && TITLE_CONNECTORS.has(v.id, v.text)) {
          let k = j + 1;
          if (k < n && !units[k].cap && isDefiniteArticle(units[k])) k++;
          if (k < n && isNameWord(units[k]) && units[k].sentence === u.sentence && (DEPARTMENT_WORDS.has(units[k].id, units[k].text) || PLACES.opens(units[k]))) {
            j = k + 1;
            continue;
          }
        }
      }
      break;
    }
    analyseRun(units, runStart, j, candidates, titlePhrases, titleCase);
    i = j;
  }
  return { candidates: joinNicknames(units, candidates), titlePhrases };
}

/**
 * A nickname in quotation marks between a first name and a surname (Rep. Robert C. "Bobby" Scott, state
 * Del. Marcia "Cia" Price) splits the name into two runs: one candidate again, spanning the whole name, with
 * the nickname among its words, so that the person is one and "Bobby Scott" later is the same man. Only
 * after a known first name or an initial, so that a quoted word between two names stays apart.
 */
function joinNicknames(units: Unit[], candidates: Candidate[]): Candidate[] {
  const drop = new Set<Candidate>();
  const joins: Candidate[] = [];
  // Candidates are in text order: the nickname's and the surname's are among the next two.
  const nextAt = (k: number, first: number) => {
    for (let i = k + 1; i <= k + 2 && i < candidates.length; i++) if (candidates[i].first === first) return i;
    return -1;
  };
  for (let k = 0; k + 1 < candidates.length; k++) {
    const a = candidates[k];
    const q = a.last;
    // a, opening quote, one or two capitalised words, closing quote, then a surname of one or two words.
    let close = q + 2;
    if (close < units.length && units[close].kind === 'word' && isNameWord(units[close])) close++;
    const nick = units[q + 1];
    if (!nick || close >= units.length || units[q].kind !== 'quote' || units[close].kind !== 'quote' || !isNameWord(nick)) continue;
    if (units[q].start - units[q - 1].end > 1 || units[close + 1]?.start - units[close].end > 1) continue;
    const nickIndex = nextAt(k, q + 1);
    const bIndex = nextAt(k, close + 1);
    const b = bIndex >= 0 ? candidates[bIndex] : undefined;
    if (!b || drop.has(a) || b.last - b.first > 2 || b.sentence !== a.sentence || a.quoted !== b.quoted) continue;
    const lead = a.words[0];
    if (!nameGender(lead) && !/^\p{Lu}\.$/u.test(a.words[a.words.length - 1])) continue;
    const nickWords: string[] = [];
    for (let u = q + 1; u < close; u++) nickWords.push(units[u].text);
    const joined: Candidate = {
      ...a,
      last: b.last,
      end: b.end,
      words: [...a.words, ...nickWords, ...b.words],
      titles: [...a.titles, ...b.titles],
      descriptors: [...a.descriptors, ...b.descriptors],
      // The pattern itself is a person's: evidence as strong as a title.
      strong: true,
      context: true,
      reject: false,
      hard: false,
      gender: a.gender ?? b.gender,
    };
    drop.add(a);
    drop.add(b);
    if (nickIndex >= 0) drop.add(candidates[nickIndex]);
    joins.push(joined);
  }
  if (!joins.length) return candidates;
  return candidates.filter((c) => !drop.has(c)).concat(joins).sort((x, y) => x.start - y.start);
}

/** "the president", "the Florida senator", "the former Vermont governor" opening at unit i, or null. */
function rolePhraseAt(units: Unit[], i: number): TitlePhrase | null {
  const n = units.length;
  const u = units[i];
  // ("a senator", "An ambassador's job": someone new, or anyone.)
  if (u.kind !== 'word' || !isRoleDeterminer(u) || u.flags & Lex.INDEFINITE_ARTICLE || i + 1 >= n) return null;
  // Up to two modifiers before the role; the capitalised ones qualify whom it can be ("the Florida senator").
  let h = i + 1;
  const qualifiers: string[] = [];
  while (h < n && h - i <= 2 && units[h].sentence === u.sentence && isRoleModifier(units[h])) {
    if (units[h].cap) qualifiers.push(units[h].text);
    h++;
  }
  const v = units[h];
  if (!v || v.kind !== 'word' || isNameWord(v) || v.sentence !== u.sentence || !(ROLE_TITLE_HEADS.has(v.id) || ROLE_FAMILY_WORDS.has(v.id))) return null;
  // "the senator John Smith" is a title before a name, read with the name.
  if (h + 1 < n && isNameWord(units[h + 1]) && units[h + 1].sentence === u.sentence) return null;
  // The place it serves, after it: "the senator from Florida", "the governor of Ohio".
  const place = placeAfter(units, h + 1, u.sentence);
  if (place > 0) {
    for (let k = h + 2; k < h + 2 + place; k++) qualifiers.push(units[k].text);
    return { start: u.start, end: units[h + 1 + place].end, cap: false, head: v.lower, first: i, after: h + 2 + place, sentence: u.sentence, quoted: v.quoted, qualifiers, modified: true };
  }
  return { start: u.start, end: v.end, cap: false, head: v.lower, first: i, after: h + 1, sentence: u.sentence, quoted: v.quoted, qualifiers, modified: h > i + 1 };
}

/** Most words of a place name after a role ("the senator from West Virginia"). */
const MAX_PLACE_WORDS = 4;

/** The number of words of a place after units[k] = "from"/"of" ("from West Virginia" → 2), or 0. */
function placeAfter(units: Unit[], k: number, sentence: number): number {
  if (k + 1 >= units.length || units[k].sentence !== sentence || !ROLE_ORIGIN_WORDS.has(units[k].id)) return 0;
  const words: string[] = [];
  for (let j = k + 1; j < units.length && j <= k + MAX_PLACE_WORDS && units[j].sentence === sentence && units[j].kind === 'word'; j++) words.push(units[j].text);
  const n = words.length ? PLACES.match(words, 0) : 0;
  // "the chairwoman of Florida’s Hillsborough County GOP": the place owns what the role serves.
  const after = units[k + 1 + n];
  return n > 0 && after && after.kind === 'clitic' ? 0 : n;
}

/**
 * A word that may qualify a role between a determiner and the role word: a capitalised place or party
 * word that is no first name ("Florida", "Republican"), or a title modifier ("former", "veteran").
 */
function isRoleModifier(u: Unit): boolean {
  if (u.kind !== 'word') return false;
  return (u.cap && !isKnownFirstNameUnit(u) && !TITLES.opens(u)) || isTitleModifier(u);
}

/**
 * The modifiers list is written capitalised ("Former"): "the former senator" looks it up that way, by the
 * unit's id and its text with the first letter upper-cased. Upper-casing an ASCII letter keeps the
 * lower-case form, so the unit's id is the capitalised text's; a non-ASCII initial may not ("ı" → "I"),
 * and is looked up by the capitalised text itself.
 */
function isTitleModifier(u: Unit): boolean {
  const t = u.text;
  if (t.charCodeAt(0) >= 128) return TITLE_MODIFIERS.hasWord(t.charAt(0).toUpperCase() + t.slice(1));
  return u.id !== 0 && TITLE_MODIFIERS.has(u.id, t.charAt(0).toUpperCase() + t.slice(1));
}

function analyseRun(units: Unit[], from: number, to: number, candidates: Candidate[], titlePhrases: TitlePhrase[], titleCase?: ReadonlySet<number>): void {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(units[k].text);
  let p = 0;
  const len = to - from;
  // Sentence-initial function words are capitalised only by position ("The", "After", "He").
  while (p < len && isFunctionWordUnit(units[from + p]) && !isTitleAt(words, p, len)) p++;
  const titles: Piece[] = [];
  const descriptors: Piece[] = [];
  // A role noun capitalised by its place at the sentence start, before a first name, describes the person
  // ("Comedian Sarah Silverman heckled …", "Actress Rosario Dawson"): it is no part of the name.
  if (p + 1 < len && units[from + p].initial && ROLE_NOUNS.has(units[from + p].id) && !isTitleAt(words, p, len) && isKnownFirstNameUnit(units[from + p + 1])) {
    descriptors.push(span(units, from + p, from + p + 1));
    p++;
  }
  let gender: Gender | null = null;
  let strong = false;
  // Leading descriptors: the words before the first title that leaves a name after it
  // ("Far-left Colombian President …", "Charlotte Mayor …", "Ohio Democratic Party Chairman …").
  // Inside a run, a title that may also be a name or an organisation word only counts before a known first name.
  for (let k = p; k < len - 1; k++) {
    const t = titleLengthAt(units, from, words, k, len);
    if (!t || k + t >= len) continue;
    // ("Republican National Committee Research Director Raj Shah": after an organisation word it does.)
    if (k > p && (AMBIGUOUS_TITLES.has(units[from + k].id, words[k]) || isKnownFirstNameUnit(units[from + k])) && !isKnownFirstNameUnit(units[from + k + t]) && !orgBefore(units, from + p, from + k)) continue;
    if (k > p) descriptors.push(span(units, from + p, from + k));
    p = k;
    break;
  }
  // Titles, possibly several ("Vice President", "Minister of Defense").
  let lastTitleUnit = from;
  for (;;) {
    // After a first title, a known first name starts the name ("Gov. Earl Ray Tomblin").
    if (titles.length && isKnownFirstNameUnit(units[from + p])) break;
    const t = titleLengthAt(units, from, words, p, len);
    if (!t) break;
    let e = p + t;
    // Complement: of/for/to (the) + department or place words.
    if (e < len && TITLE_CONNECTORS.has(units[from + e].id, words[e])) {
      let k = e + 1;
      if (k < len && words[k] === 'the') k++;
      let end = k;
      while (end < len) {
        const pl = PLACES.match(words, end, len);
        if (pl) {
          end += pl;
          continue;
        }
        if ((DEPARTMENT_WORDS.has(units[from + end].id, words[end]) || words[end] === 'and') && !isKnownFirstNameUnit(units[from + end])) {
          end++;
          continue;
        }
        break;
      }
      if (end > k) e = end;
    }
    const title = piece(units, from + p, from + e);
    lastTitleUnit = from + p;
    titles.push(title);
    const g = titleGender(title.text);
    if (g) gender = g;
    strong = true;
    p = e;
    if (p >= len) break;
  }
  if (p >= len) {
    if (titles.length) {
      const last = titles[titles.length - 1];
      titlePhrases.push({ start: last.start, end: last.end, cap: true, head: '', first: lastTitleUnit, after: to, sentence: units[from].sentence, quoted: units[from].quoted });
    }
    return;
  }
  let first = from + p;
  let last = to;
  // "Earl Ray Tomblin of West Virginia": the name stops at a connector; the rest describes.
  for (let k = first + 1; k < to; k++) {
    if (TITLE_CONNECTORS.has(units[k].id, units[k].text)) {
      if (k + 1 < to) descriptors.push(span(units, k, to));
      last = k;
      break;
    }
  }
  const nameWords = words.slice(first - from, last - from);
  // A place, nationality or party glued before a first name: "Colombian Gustavo Petro", "Democrat Hillary Clinton".
  if (titles.length === 0 && nameWords.length >= 2) {
    let k = 0;
    for (;;) {
      const m = Math.max(PLACES.match(nameWords, k), NATIONALITIES.match(nameWords, k));
      if (!m || k + m >= nameWords.length) break;
      k += m;
    }
    if (k > 0 && isKnownFirstNameUnit(units[first + k])) {
      descriptors.push(span(units, first, first + k));
      first += k;
      nameWords.splice(0, k);
    }
  }
  // "Family-controlled Douglas", "Pro-Russian Viktor Yanukovych": a hyphenated modifier before a name describes.
  if (titles.length === 0 && nameWords.length >= 2 && isHyphenModifier(nameWords[0])) {
    let k = 1;
    while (k < nameWords.length - 1 && (isHyphenModifier(nameWords[k]) || NATIONALITY_WORDS.has(units[first + k].id, nameWords[k]))) k++;
    descriptors.push(span(units, first, first + k));
    first += k;
    nameWords.splice(0, k);
  }
  // A Title Case headline: the name stops at the verb ("Ben Carson Defends Himself Against …").
  const headline = !!titleCase?.has(units[first].sentence);
  if (headline) {
    const e = headlineNameEnd(units, first, last);
    if (e < last) {
      nameWords.length = e - first;
      last = e;
    }
  }
  // Hard rejections: the whole phrase is a place, nationality, month, function word; in a Title Case headline,
  // a lone verb after a title ("Clinton Campaign Manager Laughs, Evades …").
  let reject = hardReject(nameWords) || (headline && nameWords.length === 1 && titles.length > 0 && isHeadlineVerb(nameWords[0]));
  // Soft rejections: an organisation/place head word or a determiner, overridden by strong person evidence.
  let soft = false;
  if (titles.length === 0 && descriptors.length === 0) {
    const prev = prevWord(units, first);
    if (prev && !prev.cap && prev.flags & Lex.DETERMINER) {
      // "a Great Honor" is never a person; "the White House" rarely ("the Dole campaign" is).
      if (prev.flags & Lex.INDEFINITE_ARTICLE && !isKnownFirstNameUnit(units[first])) reject = true;
      else soft = true;
    }
  }
  // (nameWords[k] is the text of units[first + k].)
  for (let k = first; k < first + nameWords.length; k++) if (NON_PERSON_HEADS.has(units[k].id, units[k].text) || NON_PERSON_WORDS.has(units[k].id, units[k].text)) soft = true;
  // "Christopher Newport University", "John Birch Society", "Walter Energy": named after a person, not one.
  if (nameWords.length >= 2 && ORGANISATION_HEADS.has(units[first + nameWords.length - 1].id, nameWords[nameWords.length - 1])) reject = true;
  const hard = reject;
  // Name words must look like names: no all-lowercase particle at the ends.
  while (last - 1 > first && isParticle(units[last - 1])) last--;
  const fg = nameGender(nameWords[0]);
  if (!gender && fg && nameWords.length >= 2) gender = fg;
  for (const t of titles) {
    const hg = HONORIFIC_GENDER.get(t.text);
    if (hg) gender = hg;
  }
  if (!strong && nameWords.length >= 2 && (isKnownFirstNameUnit(units[first]) || hasMiddleInitial(nameWords))) strong = true;
  // Lower-case role noun right before the name: "former Venezuelan dictator Nicolás Maduro".
  let contextual = false;
  if (titles.length === 0) {
    const d = roleDescriptorBefore(units, first);
    if (d) {
      descriptors.push(d);
      strong = true;
      contextual = true;
    }
  } else {
    // Lower-case modifiers before a capitalised title qualify it: "former President Bill Clinton" is a former
    // president (a descriptor "former" alone said nothing in the hover).
    // Only when or in what capacity the role is held joins it ("former President", "state Sen."); an opinion or
    // standing before them stays a descriptor ("conservative Justice", "accused former President").
    const d = modifiersBefore(units, from);
    if (d && !descriptors.length && units[from].start === titles[0].start && !isCourtesyTitle(units[from].text)) {
      let j = from;
      while (j > 0 && units[j - 1].start >= d.start && TITLE_TENSE_MODIFIERS.has(units[j - 1].id)) j--;
      if (j < from) titles[0] = { ...titles[0], start: units[j].start };
      if (units[j].start > d.start) descriptors.unshift({ text: '', start: d.start, end: units[j - 1].end });
    } else if (d && !descriptors.length) descriptors.unshift(d);
  }
  // After the name: "(R-OH)", ", a Democratic pollster,".
  const described = descriptorAfter(units, last);
  const organisation = !!described?.organisation || organisationNounBefore(units, first, last);
  const after = organisation ? undefined : described;
  let override = titles.some((t) => !AMBIGUOUS_TITLES.hasWord(t.text)) || (nameWords.length >= 2 && isKnownFirstNameUnit(units[first]) && !NON_PERSON_HEADS.has(units[first].id, nameWords[0]));
  if (after) {
    descriptors.push(after);
    if (units[last].text === ',' && !after.weak) {
      strong = true; // appositive with a role noun
      contextual = true;
      override = true;
    }
  }
  if ((soft && !override) || organisation) reject = true;
  // Rule people.head-complement (headComplementName.ts): "the Center for Responsive Politics" names no person here.
  const inOrganisationName = completesHead(units, first);
  const s = units[first];
  const e = units[last - 1];
  candidates.push({
    first,
    last,
    start: s.start,
    end: e.end,
    text: '',
    words: nameWords.slice(0, last - first).map(nameWord),
    titles,
    descriptors,
    strong: strong && !reject,
    context: strong && !reject && (titles.length > 0 || contextual),
    reject,
    hard,
    gender,
    sentence: s.sentence,
    paragraph: s.paragraph,
    quoted: s.quoted,
    initial: s.initial,
    ...(organisation ? { organisation } : {}),
    ...(inOrganisationName ? { inOrganisationName } : {}),
  });
}

/** A descriptor's place (its text is read from the article when needed). */
function span(units: Unit[], from: number, to: number): Piece {
  return { text: '', start: units[from].start, end: units[to - 1].end };
}

function piece(units: Unit[], from: number, to: number): Piece {
  let text = units[from].text;
  for (let k = from + 1; k < to; k++) text += ' ' + units[k].text;
  return { text, start: units[from].start, end: units[to - 1].end };
}

function prevWord(units: Unit[], i: number): Unit | undefined {
  const u = i > 0 ? units[i - 1] : undefined;
  if (!u || u.sentence !== units[i].sentence) return undefined;
  return u;
}

function isModifierUnit(u: Unit): boolean {
  if (u.kind !== 'word') return false;
  if (FUNCTION_WORDS.has(u.id) && u.lower !== 'first') return false;
  if (DESCRIPTOR_MODIFIERS.has(u.id)) return true;
  if (u.cap && (NATIONALITY_WORDS.has(u.id, u.text) || PLACE_WORDS.has(u.id, u.text) || u.text.indexOf('-') > 0)) return true;
  if (u.text.indexOf('-') > 0 && !u.cap) return true;
  return false;
}

/** "Co.", "Inc.", "Sen.": an abbreviation ends the name before it ("… & Co. Obama adviser"); "U.S." does not. */
function isAbbreviationUnit(t: string): boolean {
  return t.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(t);
}

/** Most capitalised words naming whom a role serves ("Republican National Committee spokesman"). */
const MAX_SERVED = 4;

/** "former Venezuelan dictator" ending right before units[i]. */
function roleDescriptorBefore(units: Unit[], i: number): Piece | undefined {
  const head = i > 0 ? units[i - 1] : undefined;
  if (!head || head.sentence !== units[i].sentence || head.kind !== 'word' || head.cap) return undefined;
  if (!ROLE_NOUNS.has(head.id)) return undefined;
  let k = i - 1;
  // Noun compounds: "Democratic pollster", "campaign manager", "real estate mogul".
  while (k - 1 >= 0 && units[k - 1].sentence === head.sentence && (isModifierUnit(units[k - 1]) || ROLE_NOUNS.has(units[k - 1].id) && !units[k - 1].cap) && i - 1 - (k - 1) < 5) k--;
  // Whom the role serves, capitalised right before it: "Republican National Committee spokesman Sean
  // Spicer", "Cruz spokeswoman Catherine Frazier", "NASCAR chief Brian France", and a modifier before
  // that ("Former Obama spokesman Robert Gibbs").
  let c = k;
  while (c - 1 >= 0 && k - (c - 1) <= MAX_SERVED && units[c - 1].sentence === head.sentence && units[c - 1].kind === 'word' && units[c - 1].cap && !FUNCTION_WORDS.has(units[c - 1].id) && !isPronounUnit(units[c - 1]) && !isAbbreviationUnit(units[c - 1].text)) c--;
  if (c < k) {
    while (c - 1 >= 0 && units[c - 1].sentence === head.sentence && units[c - 1].kind === 'word' && DESCRIPTOR_MODIFIERS.has(units[c - 1].id) && k - c < MAX_SERVED + 2) c--;
    k = c;
  }
  return { text: '', start: units[k].start, end: head.end };
}

/** Lower-case modifiers ("former", "then-") right before units[i]. */
function modifiersBefore(units: Unit[], i: number): Piece | undefined {
  let k = i;
  while (k - 1 >= 0 && units[k - 1].sentence === units[i].sentence && !units[k - 1].cap && units[k - 1].kind === 'word' && DESCRIPTOR_MODIFIERS.has(units[k - 1].id) && i - k < 3) k--;
  // A participle modifies only after a determiner ("the leading Democrat"); else it is a verb ("showed
  // Mrs. Clinton leading Mr. Sanders").
  while (k < i && units[k].lower.endsWith('ing') && !(k > 0 && units[k - 1].flags & Lex.DETERMINER)) k++;
  if (k === i) return undefined;
  return { text: '', start: units[k].start, end: units[i - 1].end };
}

/** Most units an appositive after a name's comma may hold (", director of the University of Virginia’s Center for Politics"). */
const MAX_APPOSITIVE = 12;
/** Most units of an appositive that is evidence of a person (the length the rule had when it was tuned). */
const EVIDENCE_APPOSITIVE = 8;

/**
 * The head word of the appositive in units [a, b): the last word before its first preposition, relative
 * pronoun or lower-case participle (", the terrorist group based in Somalia," → "group"), else its last word.
 */
function appositiveHead(units: Unit[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const u = units[k];
    if (isPrepositionUnit(u) || (!u.cap && (u.flags & Lex.RELATIVE || /(?:ing|ed)$/.test(u.lower)))) return k - 1;
  }
  return b - 1;
}

/** A lower-case preposition, "of", "to" and "with" included (an appositive's head ends before one). */
function isPrepositionUnit(u: Unit): boolean {
  return !u.cap && ((u.flags & Lex.PREPOSITION) !== 0 || AFFILIATION_PREPOSITIONS.has(u.id) || TITLE_CONNECTORS.has(u.id, u.text));
}

/** What may close an apposition: ", a Democratic pollster," ". " ";" "—" ")". */
const APPOSITIVE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', '—', ')']);

/** Parenthetical "(R-OH)" or appositive ", a Democratic pollster," right after the name ending before units[i]. */
function descriptorAfter(units: Unit[], i: number): (Piece & { weak?: boolean; organisation?: boolean }) | undefined {
  const u = i < units.length ? units[i] : undefined;
  if (!u || u.sentence !== units[i - 1].sentence) return undefined;
  if (u.text === '(') {
    // "(R-Fla.)", "(D)", "(actress)", "(a Democrat)"; not a lower-case aside ("The Latest on Muhammad Ali (all times EDT)", "(pictured)").
    const f = i + 1 < units.length ? units[i + 1] : undefined;
    if (f && f.kind === 'word' && !f.cap && !(f.flags & Lex.ARTICLE) && !ROLE_NOUNS.has(f.id) && !DESCRIPTOR_MODIFIERS.has(f.id)) return undefined;
    let k = i + 1;
    while (k < units.length && units[k].text !== ')' && k - i <= 5 && units[k].sentence === u.sentence) k++;
    if (k < units.length && units[k].text === ')' && k > i + 1 && k - i <= 4) return { text: '', start: units[i + 1].start, end: units[k - 1].end };
    return undefined;
  }
  if (u.text === ',' && i + 1 < units.length) {
    const a = units[i + 1];
    if (a.sentence !== u.sentence || a.kind !== 'word') return undefined;
    // ", a Democratic pollster,", or a role without an article (", chief economist at Moody’s Analytics,",
    // ", director of the University of Virginia’s Center for Politics.").
    const article = APPOSITIVE_STARTS.has(a.id);
    // A partitive (", one of the nation's largest coal companies,"): its head comes after the preposition.
    const of = i + 2 < units.length ? units[i + 2] : undefined;
    const partitive = !a.cap && PARTITIVE_STARTS.has(a.id) && !!of && of.sentence === u.sentence && !of.cap && TITLE_CONNECTORS.has(of.id, of.text);
    const opens = article ? !a.cap || (a.flags & Lex.ARTICLE) !== 0 : partitive || (!a.cap && (ROLE_NOUNS.has(a.id) || DESCRIPTOR_MODIFIERS.has(a.id)));
    if (!opens) return undefined;
    let k = i + 1;
    let role = false;
    // Words, a possessive ("Moody’s"), and the ampersand of a firm's name ("a lawyer at Bailey & Glasser").
    while (k < units.length && units[k].sentence === u.sentence && (units[k].kind === 'word' || (units[k].kind === 'clitic' && k > i + 1) || (units[k].text === '&' && k > i + 1)) && k - i <= MAX_APPOSITIVE) {
      if (ROLE_NOUNS.has(units[k].id)) {
        role = true;
        // A lower-case role right before a name names someone else: ", the baseball player Willie Mays
        // and …", ", senior correspondent Eli Stokols" (a list, not this person's role); a title does not
        // (", a daughter of former President George W. Bush,").
        const nx = units[k + 1];
        const nx2 = units[k + 2];
        const named = (x: Unit | undefined) => !!x && x.kind === 'word' && x.cap && x.sentence === u.sentence && !NATIONALITY_WORDS.has(x.id, x.text) && !PLACE_WORDS.has(x.id, x.text);
        if (!units[k].cap && named(nx) && (isKnownFirstNameUnit(nx) || named(nx2))) return undefined;
      }
      k++;
    }
    // Must end at a comma / sentence end and hold a role noun.
    const stop = k < units.length ? units[k] : undefined;
    // Rule people.organisation-appositive: an appositive whose head names an organisation says the name is one
    // (", a collective of social justice groups,": "Black Lives" was a person; ", the official Chinese news
    // agency,": "Xinhua"), whatever role noun it holds ("justice", "official") or none (", one of the nation's
    // largest coal companies,": "Patriot Coal" and its short name "Patriot" were a person, 39 mentions).
    const closed = !stop || stop.sentence !== u.sentence || APPOSITIVE_ENDS.has(stop.text);
    const h = partitive ? appositiveHead(units, i + 3, k) : appositiveHead(units, i + 1, k);
    const head = units[h];
    // Without a role noun, only an apposition that closes right after its head or a preposition phrase: "In
    // Yemen, a military coalition led by Saudi Arabia … is implicated" and "to Democrat James Polk, the Whig
    // party faced a dilemma" are the clause's subject after an opening phrase.
    const ends = closed && (h === k - 1 || isPrepositionUnit(units[h + 1]));
    if (!head.cap && ORGANISATION_NOUNS.has(head.id) && (role || ends)) return { text: '', start: units[i + 1].start, end: units[k - 1].end, organisation: true };
    if (!role || partitive || !closed) return undefined;
    // "of"-complements are fine ("a professor of law"); a verb-looking word ends the appositive badly, so keep it simple.
    // Without an article it describes a person found otherwise but is no evidence of one ("In Congress,
    // senator proves adept …" is a headline, not an apposition).
    // So is a long one (over EVIDENCE_APPOSITIVE units): ", a Super PAC aimed at taking out the frontrunner,".
    return { text: '', start: units[i + 1].start, end: units[k - 1].end, weak: !article || k - i > EVIDENCE_APPOSITIVE };
  }
  return undefined;
}
