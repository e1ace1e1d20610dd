// Noun phrases around a cue and what they name: walking left or right from a cue over a source phrase
// (npLeft, npRight), classifying it as a person, organisation, document, anonymous source or bare
// description (classify), and the clause a quotation sits in (clauseStart). Every attribution strategy
// (attribution/*.ts) reads sources through these and sources.ts.
import type { TextSpan } from '../types';
import { FIRST_NAMES } from '../people/lexicon';
import { Ctx, type Attribution, personSource } from './context';
import {
  ADVERBS,
  ANONYMOUS_ALWAYS,
  ANONYMOUS_HEADS,
  ANONYMOUS_MODIFIERS,
  DETERMINERS,
  DOCUMENT_HEADS,
  INDEFINITE,
  INNER_NP_LEFT,
  INNER_NP_RIGHT,
  NP_STOP,
  ORGANISATION_HEADS,
  ORGANISATION_NAMES,
  PARTICIPLE_CUES,
  PHRASE_CUES,
  PRONOUNS,
  QUANTIFIER_HEADS,
  TERMINAL,
  TIME_WORDS,
  VERB_ONLY_CUES,
} from './lexicon';

/**
 * A description or a document found by a strategy that may look further ("Trump issued a statement
 * saying …": the statement is Trump's, so the strategy goes on to the subject).
 */
export const weakSource = (a: Attribution) => a.kind === 'description' || a.kind === 'document';

/**
 * Token d is a determiner that makes the cue word after it a noun ("the note says", "a few questions"),
 * unless it is a quantifier standing alone as the subject at the start of its clause ("Another said",
 * "Some chanted").
 */
export function nounDeterminer(c: Ctx, d: number, start: number): boolean {
  if (!DETERMINERS.has(c.id(d))) return false;
  return !(QUANTIFIER_HEADS.has(c.id(d)) && (d - 1 < start || !c.isWord(d - 1)));
}

/** A speech cue at token k: a speech verb, or the first word of a two-word cue ("“…,” Trump went on"). */
export function isCue(c: Ctx, k: number): boolean {
  if (c.isSpeechVerb(k)) return true;
  const second = PHRASE_CUES.get(c.id(k));
  if (second && second.has(c.id(k + 1))) return true;
  if (c.lw(k) === 'states') return k > 0 && c.lw(k - 1) !== 'united' && c.lw(k - 1) !== 'the';
  if (VERB_ONLY_CUES.has(c.id(k))) return verbAt(c, k);
  return false;
}

/**
 * "the Saudis state in the white paper": the parse reads a verb, or (it often tags such a rare verb as a
 * noun) a plural subject stands right before the word in lower case and no noun follows it — never "the
 * state of Texas", "Secretary of State", "the most populous state in".
 */
function verbAt(c: Ctx, k: number): boolean {
  const here = c.wordAt(k);
  if (!here) return false;
  if (here.upos === 'VERB') return true;
  const prev = c.wordAt(k - 1);
  const next = c.wordAt(k + 1);
  return c.lowerStart(k) && !!prev && PLURAL_SUBJECT_TAGS.has(prev.xpos) && !!next && (next.upos === 'ADP' || next.upos === 'SCONJ' || next.upos === 'PUNCT');
}

/** Penn tags of a plural subject (plural nouns and names, personal pronouns). */
const PLURAL_SUBJECT_TAGS: ReadonlySet<string> = new Set(['NNS', 'NNPS', 'PRP']);

/**
 * Walks left from `end` (inclusive) over a noun phrase; returns its first token index, or -1.
 * `limit` is the lowest index allowed.
 */
export function npLeft(c: Ctx, end: number, limit: number): number {
  let s = end;
  let n = 0;
  if (!(c.isWord(end) || c.isNameDot(end))) return -1;
  while (s - 1 >= limit && n < 10) {
    const k = s - 1;
    if (c.isNameDot(k) || c.isLooseApostrophe(k) || c.inNickname(k) || ((c.tokens[k].text === '-' || c.tokens[k].text === '&') && c.tokens[k].start === c.tokens[k - 1]?.end)) {
      s = k;
      n++;
      continue;
    }
    if (!c.isWord(k)) break;
    const id = c.id(k);
    if (c.isSpeechVerb(k) || PARTICIPLE_CUES.has(id)) break;
    if (NP_STOP.has(id) && !INNER_NP_LEFT.has(id)) break;
    s = k;
    n++;
  }
  // Do not start on an inner preposition or a stray apostrophe.
  while (s < end && (INNER_NP_LEFT.has(c.id(s)) || c.tokens[s].kind === 'quote')) s++;
  return s;
}

/** Walks right from `start` over a noun phrase (source after an inverted cue); returns its last token index, or -1. */
export function npRight(c: Ctx, start: number, limit: number): number {
  if (start > limit || !(c.isWord(start))) return -1;
  let e = start;
  let n = 0;
  while (e + 1 <= limit && n < 10) {
    const k = e + 1;
    const w = c.lw(k);
    if (c.isNameDot(k) || ((c.tokens[k].text === '-' || c.tokens[k].text === '&') && c.tokens[k].start === c.tokens[e].end)) {
      e = k;
      n++;
      continue;
    }
    if (!c.isWord(k)) break;
    const id = c.id(k);
    if (c.isSpeechVerb(k) || PARTICIPLE_CUES.has(id)) break;
    if (NP_STOP.has(id) && !INNER_NP_RIGHT.has(id) && !(ANONYMOUS_MODIFIERS.has(id) && w !== 'who')) break;
    e = k;
    n++;
  }
  while (e > start && (INNER_NP_RIGHT.has(c.id(e)) || DETERMINERS.has(c.id(e)))) e--;
  return e;
}

/** Classifies the noun phrase [s, e] as a source. `headAtEnd`: the head is the last word (subject before its verb). */
export function classify(c: Ctx, s: number, e: number, headAtEnd: boolean, cue: TextSpan | null): Attribution | null {
  if (s < 0 || e < s) return null;
  // Person named at the head.
  if (headAtEnd) {
    const m = c.mentionAt(e);
    if (m) return personSource(m, cue);
    // A bare capitalised surname the people stage left unread because it is also a common word
    // ("“…,” Will wrote" after "George Will"): the article's own person of that surname.
    if (s === e) {
      const person = surnameOf(c, e);
      if (person) return { kind: 'person', person, mention: c.span(e, e), cue };
    }
  }
  // Anonymous: "a senior official", "officials", "people familiar with the matter".
  let hasIndef = false;
  let hasAnonMod = false;
  for (let k = s; k <= e; k++) {
    if (INDEFINITE.has(c.id(k))) hasIndef = true;
    if (ANONYMOUS_MODIFIERS.has(c.id(k))) hasAnonMod = true;
  }
  for (let k = s; k <= e; k++) {
    const id = c.id(k);
    if (!ANONYMOUS_HEADS.has(id) || c.mentionAt(k)) continue;
    const isHead = k === e || INNER_NP_LEFT.has(c.id(k + 1)) || ANONYMOUS_MODIFIERS.has(c.id(k + 1));
    if (!isHead) continue;
    // A name right after the role word names the person ("spokesman Jason Miller").
    if (k < e && c.mentionAt(k + 1)) continue;
    if (ANONYMOUS_ALWAYS.has(id) || hasIndef || hasAnonMod) {
      let a = k;
      while (a - 1 >= s && !INNER_NP_LEFT.has(c.id(a - 1))) a--;
      return { kind: 'anonymous', person: null, mention: c.span(a, e), cue };
    }
  }
  // A person mentioned inside the phrase (the last one that is not a possessive modifier).
  const personAt = (k: number): Attribution | null => {
    const m = c.mentionAt(k);
    if (!m) return null;
    return personSource(m, cue);
  };
  // Organisation.
  const headIdx = headAtEnd ? e : firstHead(c, s, e);
  const head = c.id(headIdx);
  const isOrganisation = (): boolean => {
    if (c.mentionAt(headIdx)) return false;
    if (ORGANISATION_HEADS.has(head)) return true;
    // (A name the people stage reads as an organisation: otherwise the speakers' pass makes a person of it.)
    if (c.upper(headIdx) && c.organisationAt(headIdx)) return true;
    if (s === e && shortFormOfOrganisation(c, headIdx)) return true;
    const ht = c.tokens[headIdx].text;
    if (ht.length >= 2 && ht === ht.toUpperCase() && /^\p{Lu}+$/u.test(ht)) return true; // CNN, FBI
    if (!c.upper(headIdx)) return false;
    const phrase = c.model.text.slice(c.tokens[s].start, c.tokens[e].end).toLowerCase();
    for (const n of ORGANISATION_NAMES) if (phrase.endsWith(n) || phrase.startsWith(n) || phrase.startsWith('the ' + n)) return true;
    return false;
  };
  // A document: "From the report:", "its findings:", "the note says" (rule quotes.document-source).
  if (DOCUMENT_HEADS.has(head) && !c.mentionAt(headIdx)) {
    let a = s;
    for (let k = headIdx; k >= s; k--) if (DETERMINERS.has(c.id(k)) || c.isPossessiveWord(k)) { a = k; break; }
    return { kind: 'document', person: null, mention: c.span(a, headAtEnd ? e : Math.max(headIdx, e)), cue };
  }
  if (isOrganisation()) {
    let a = s;
    for (let k = headIdx; k >= s; k--) if (DETERMINERS.has(c.id(k)) && !c.isPossessiveWord(k)) { a = k; break; }
    return { kind: 'organisation', person: null, mention: c.span(a, headAtEnd ? e : Math.max(headIdx, e)), cue };
  }
  if (headAtEnd) {
    for (let k = e; k >= s; k--) if (!c.isPossessiveWord(k)) { const p = personAt(k); if (p) return p; }
  } else {
    let last: Attribution | null = null;
    for (let k = s; k <= e; k++) {
      if (c.isPossessiveWord(k)) continue;
      const p = personAt(k);
      if (p) last = p;
      else if (last) break;
    }
    if (last) return last;
  }
  // Rule quotes.organisation-inside: else an organisation the people stage knows, named first in the phrase
  // (the word scan went past the verb: "PolitiFact rated 32% of Republican claims as “false”", PolNeAR dev,
  // where "PolitiFact" was a person and the quotation its).
  if (c.upper(s) && c.organisationAt(s) && !c.mentionAt(s)) {
    let b = s;
    while (b < e && c.upper(b + 1) && c.organisationAt(b + 1)) b++;
    return { kind: 'organisation', person: null, mention: c.span(s, b), cue };
  }
  // Unresolved pronoun or an unnamed description ("the candidate").
  const hw = c.lw(headIdx);
  const hid = c.id(headIdx);
  if (PRONOUNS.has(hid) && hw !== 'it') return { kind: 'description', person: null, mention: c.span(headIdx, headIdx), cue };
  if (headAtEnd && s === e && (hw === 'it' || QUANTIFIER_HEADS.has(hid))) return { kind: 'description', person: null, mention: c.span(e, e), cue };
  if (hw === 'it' || DETERMINERS.has(hid) || NP_STOP.has(hid)) return null;
  const junk = (k: number) => {
    const w = c.lw(k);
    const id = c.id(k);
    return ADVERBS.has(id) || TIME_WORDS.has(id) || (NP_STOP.has(id) && !DETERMINERS.has(id)) || /(?:ly|ing)$/.test(w) || PARTICIPLE_CUES.has(id) || w === 'for' || w === 'of' || w === 'with';
  };
  const okStart = DETERMINERS.has(c.id(s)) || (!junk(s) && (c.upper(s) || e - s <= 2));
  if (okStart && !TIME_WORDS.has(hid) && !ADVERBS.has(hid) && c.isWord(headIdx)) {
    let a = s;
    for (let k = headIdx; k >= s; k--) if (DETERMINERS.has(c.id(k))) { a = k; break; }
    return { kind: 'description', person: null, mention: c.span(a, Math.max(headIdx, a)), cue };
  }
  return null;
}

/** The one person of the article whose full-name mention ends with the capitalised word at token k, or null. */
export function surnameOf(c: Ctx, k: number): string | null {
  const word = c.tokens[k].text;
  if (!c.upper(k) || word.length < 2) return null;
  let found: string | null = null;
  for (const m of c.people.mentions) {
    if (m.kind !== 'name' || !m.text.includes(' ') || !m.text.endsWith(' ' + word)) continue;
    if (found && found !== m.person) return null;
    found = m.person;
  }
  return found;
}

/** The head of a right-hand noun phrase: the last word before an inner preposition. */
export function firstHead(c: Ctx, s: number, e: number): number {
  for (let k = s; k < e; k++) if (INNER_NP_RIGHT.has(c.id(k + 1))) return k;
  return e;
}

/** Longest clause looked at, in tokens outside quotations, and counting the quotations it spans. */
export const MAX_CLAUSE = 120;
const MAX_CLAUSE_WITH_QUOTES = 600;

/** Index of the first token of the clause/sentence holding `k`: walks left to a terminal mark outside quotes. */
export function clauseStart(c: Ctx, k: number, q: number): number {
  const para = c.paraOf[k];
  let j = k;
  // Bounded, so that a run of quotations with no full stop between them stays linear.
  while (j - 1 >= 0 && c.paraOf[j - 1] === para && k - j < MAX_CLAUSE) {
    const qq = c.quoteOf[j - 1];
    if (qq >= 0 && qq !== q) {
      // A quotation that ends its sentence (“… .” The next …) is a boundary.
      const cl = c.raw[qq].closeTok;
      if (j - 1 === cl && j < c.tokens.length && j !== k && TERMINAL.has(c.id(cl - 1)) && c.upper(j)) break;
      if (k - c.raw[qq].openTok > MAX_CLAUSE_WITH_QUOTES) break;
      j = c.raw[qq].openTok;
      continue;
    }
    if (c.isTerminal(j - 1)) break;
    j--;
  }
  return j;
}

/**
 * "In a statement, Peabody said:": a lone capitalised word that begins an organisation named before it
 * ("Peabody Energy, the nation's largest coal company"), whose last word is an organisation's head and
 * whose first is no first name, is that organisation (else the speaker rules would make a person of it).
 */
function shortFormOfOrganisation(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (!c.upper(k) || FIRST_NAMES.has(c.id(k), t.text)) return false;
  const since = c.organisationLedBy(t.text);
  return since !== undefined && since < t.start;
}
