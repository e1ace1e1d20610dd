// Quotations and their attribution: pairs quotation marks, then looks for the
// speech cue and the source around each quotation the way news copy attributes
// quotes (`"…," Trump said`, `Trump said: "…"`, `said Caddell`, `according to`,
// participial `…, stating "…"`, noun cues `Petro’s comment that he was "…"`),
// falling back on continuation of the previous speaker.
import type { Finding, Quote, QuoteStatus, TextModel, TextSpan } from '../types';
import type { PeopleResult } from '../people';
import { PREPOSITIONS, pronounForms } from '../lexicon';
import { tokenIndexAt } from '../text/lookup';
import { computeBlocks, scanMarks, type RawQuote } from './marks';
import { Ctx, TERMINAL, isLowerStart, isUpperStart, type Attribution, type SourceKind } from './context';
import { isMarkupValue, isNickname, isPartial, quoteKind } from './kinds';
import {
  ADVERBS,
  ANONYMOUS_ALWAYS,
  ANONYMOUS_HEADS,
  ANONYMOUS_MODIFIERS,
  DETERMINERS,
  DOCUMENT_HEADS,
  INDEFINITE,
  NOUN_CUES,
  NP_STOP,
  ORGANISATION_HEADS,
  ORGANISATION_NAMES,
  PARTICIPLE_CUES,
  PHRASE_CUES,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
} from './lexicon';
import { unattributedQuoteFinding } from '../rules/unattributed-quote';
import { unbalancedQuoteFinding } from '../rules/unbalanced-quote';
import { anonymousSourceFinding } from '../rules/anonymous-source';

export type { RawQuote } from './marks';


const LEAD_PUNCT = new Set([',', '—', '–', '-', '…', '―', '--']);
const DASHES = new Set(['-', '—', '–', '―', '--']);
const INNER_NP_LEFT = new Set(['of', 'for', 'to', 'at', 'with', 'in', 'familiar', 'close']);
const INNER_NP_RIGHT = new Set(['of', 'for']);
const POST_OK_AFTER_CUE = new Set([
  'in', 'on', 'at', 'during', 'to', 'from', 'after', 'before', 'while', 'as', 'when', 'of', 'about', 'with', 'via', 'through',
  'per', 'over', 'reporters', 'him', 'her', 'them', 'me', 'us', 'later', 'recently', 'earlier', 'last', 'this', 'yesterday',
  'today', 'tonight', 'afterward', 'afterwards', 'again', 'then', 'also', 'simply', 'flatly', 'bluntly',
]);

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning',
  'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'recently', 'earlier', 'later', 'ago', 'past',
]);
const TIME_LEAD = new Set([
  'on', 'last', 'this', 'next', 'early', 'late', 'in', 'the', 'that', 'same', 'previous', 'a', 'week', 'earlier', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weeks', 'days', 'months', 'years', 'hours', 'minutes', 'day', 'month',
  'year', 'hour', 'than', 'less', 'more', 'about', 'few', 'several', 'two', 'three', 'four', 'five', 'six', 'ten', 'just', 'only',
]);

/** "his salespersons were told": a passive cue's subject is the listener, not the source. */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);

/** Cues whose object is the listener, never an inverted source ("told CBS News"). */
const NO_INVERSION = new Set(['told', 'tells', 'tell', 'informed', 'reminded', 'assured', 'texted', 'emailed', 'messaged', 'thanked', 'praised', 'blasted', 'slammed', 'criticized', 'criticised', 'mocked', 'accused', 'urged', 'called', 'described', 'labeled', 'labelled', 'dubbed', 'branded']);

/** Tokens that separate clauses: an outer cue beyond them does not govern the inner attribution. */
const OUTER_BLOCK = new Set([',', ';', '—', '–', 'and', 'but', '(', 'while', 'when', 'after', 'before', 'because']);

/** Pronouns that can credit a quotation as its subject: I, he, she, we, they (not "it", not "you"). */
const SUBJECT_PRONOUNS = pronounForms((p) => p.case === 'nominative' && p.gender !== 'neuter' && p.person !== 2);

/** Words that can stand alone as a source ("Some chanted", "another tweeted", "Others said"). */
const QUANTIFIER_HEADS = new Set(['some', 'many', 'others', 'another', 'several', 'one', 'both', 'few', 'most', 'all', 'each', 'either', 'neither']);

/**
 * A description or a document found by a strategy that may look further ("Trump issued a statement
 * saying …": the statement is Trump's, so the strategy goes on to the subject).
 */
const weakSource = (a: Attribution) => a.kind === 'description' || a.kind === 'document';

/**
 * Token d is a determiner that makes the cue word after it a noun ("the note says", "a few questions"),
 * unless it is a quantifier standing alone as the subject at the start of its clause ("Another said",
 * "Some chanted").
 */
function nounDeterminer(c: Ctx, d: number, start: number): boolean {
  if (!DETERMINERS.has(c.lw(d))) return false;
  return !(QUANTIFIER_HEADS.has(c.lw(d)) && (d - 1 < start || !c.isWord(d - 1)));
}

/** A speech cue at token k: a speech verb, or the first word of a two-word cue ("“…,” Trump went on"). */
function isCue(c: Ctx, k: number): boolean {
  const w = c.lw(k);
  if (c.isSpeechVerb(w)) return true;
  const second = PHRASE_CUES.get(w);
  if (second && second.has(c.lw(k + 1))) return true;
  if (w === 'states') return k > 0 && c.lw(k - 1) !== 'united' && c.lw(k - 1) !== 'the';
  return false;
}


/**
 * Walks left from `end` (inclusive) over a noun phrase; returns its first token index, or -1.
 * `limit` is the lowest index allowed.
 */
function npLeft(c: Ctx, end: number, limit: number): number {
  let s = end;
  let n = 0;
  if (!(c.isWord(end) || c.isNameDot(end))) return -1;
  while (s - 1 >= limit && n < 10) {
    const k = s - 1;
    const w = c.lw(k);
    if (c.isNameDot(k) || c.isLooseApostrophe(k) || c.inNickname(k) || ((c.tokens[k].text === '-' || c.tokens[k].text === '&') && c.tokens[k].start === c.tokens[k - 1]?.end)) {
      s = k;
      n++;
      continue;
    }
    if (!c.isWord(k)) break;
    if (c.isSpeechVerb(w) || PARTICIPLE_CUES.has(w)) break;
    if (NP_STOP.has(w) && !INNER_NP_LEFT.has(w)) break;
    s = k;
    n++;
  }
  // Do not start on an inner preposition or a stray apostrophe.
  while (s < end && (INNER_NP_LEFT.has(c.lw(s)) || c.tokens[s].kind === 'quote')) s++;
  return s;
}

/** Walks right from `start` over a noun phrase (source after an inverted cue); returns its last token index, or -1. */
function npRight(c: Ctx, start: number, limit: number): number {
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
    if (c.isSpeechVerb(w) || PARTICIPLE_CUES.has(w)) break;
    if (NP_STOP.has(w) && !INNER_NP_RIGHT.has(w) && !(ANONYMOUS_MODIFIERS.has(w) && w !== 'who')) break;
    e = k;
    n++;
  }
  while (e > start && (INNER_NP_RIGHT.has(c.lw(e)) || DETERMINERS.has(c.lw(e)))) e--;
  return e;
}

/** Classifies the noun phrase [s, e] as a source. `headAtEnd`: the head is the last word (subject before its verb). */
function classify(c: Ctx, s: number, e: number, headAtEnd: boolean, cue: TextSpan | null): Attribution | null {
  if (s < 0 || e < s) return null;
  // Person named at the head.
  if (headAtEnd) {
    const m = c.mentionAt(e);
    if (m) return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
  }
  // Anonymous: "a senior official", "officials", "people familiar with the matter".
  let hasIndef = false;
  let hasAnonMod = false;
  for (let k = s; k <= e; k++) {
    if (INDEFINITE.has(c.lw(k))) hasIndef = true;
    if (ANONYMOUS_MODIFIERS.has(c.lw(k))) hasAnonMod = true;
  }
  for (let k = s; k <= e; k++) {
    const w = c.lw(k);
    if (!ANONYMOUS_HEADS.has(w) || c.mentionAt(k)) continue;
    const isHead = k === e || INNER_NP_LEFT.has(c.lw(k + 1)) || ANONYMOUS_MODIFIERS.has(c.lw(k + 1));
    if (!isHead) continue;
    // A name right after the role word names the person ("spokesman Jason Miller").
    if (k < e && c.mentionAt(k + 1)) continue;
    if (ANONYMOUS_ALWAYS.has(w) || hasIndef || hasAnonMod) {
      let a = k;
      while (a - 1 >= s && !INNER_NP_LEFT.has(c.lw(a - 1))) a--;
      return { kind: 'anonymous', person: null, mention: c.span(a, e), cue };
    }
  }
  // A person mentioned inside the phrase (the last one that is not a possessive modifier).
  const personAt = (k: number): Attribution | null => {
    const m = c.mentionAt(k);
    if (!m) return null;
    return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
  };
  // Organisation.
  const headIdx = headAtEnd ? e : firstHead(c, s, e);
  const head = c.lw(headIdx);
  const isOrganisation = (): boolean => {
    if (c.mentionAt(headIdx)) return false;
    if (ORGANISATION_HEADS.has(head)) return true;
    const ht = c.tokens[headIdx].text;
    if (ht.length >= 2 && ht === ht.toUpperCase() && /^\p{Lu}+$/u.test(ht)) return true; // CNN, FBI
    if (!isUpperStart(ht)) return false;
    const phrase = c.model.text.slice(c.tokens[s].start, c.tokens[e].end).toLowerCase();
    for (const n of ORGANISATION_NAMES) if (phrase.endsWith(n) || phrase.startsWith(n) || phrase.startsWith('the ' + n)) return true;
    return false;
  };
  // A document: "From the report:", "its findings:", "the note says" (rule quotes.document-source).
  if (DOCUMENT_HEADS.has(head) && !c.mentionAt(headIdx)) {
    let a = s;
    for (let k = headIdx; k >= s; k--) if (DETERMINERS.has(c.lw(k)) || c.isPossessiveWord(k)) { a = k; break; }
    return { kind: 'document', person: null, mention: c.span(a, headAtEnd ? e : Math.max(headIdx, e)), cue };
  }
  if (isOrganisation()) {
    let a = s;
    for (let k = headIdx; k >= s; k--) if (DETERMINERS.has(c.lw(k)) && !c.isPossessiveWord(k)) { a = k; break; }
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
  // Unresolved pronoun or an unnamed description ("the candidate").
  const hw = c.lw(headIdx);
  if (PRONOUNS.has(hw) && hw !== 'it') return { kind: 'description', person: null, mention: c.span(headIdx, headIdx), cue };
  if (headAtEnd && s === e && (hw === 'it' || QUANTIFIER_HEADS.has(hw))) return { kind: 'description', person: null, mention: c.span(e, e), cue };
  if (hw === 'it' || DETERMINERS.has(hw) || NP_STOP.has(hw)) return null;
  const first = c.lw(s);
  const firstTok = c.tokens[s].text;
  const junk = (w: string) =>
    ADVERBS.has(w) || TIME_WORDS.has(w) || (NP_STOP.has(w) && !DETERMINERS.has(w)) || /(?:ly|ing)$/.test(w) || PARTICIPLE_CUES.has(w) || w === 'for' || w === 'of' || w === 'with';
  const okStart = DETERMINERS.has(first) || (!junk(first) && (isUpperStart(firstTok) || e - s <= 2));
  if (okStart && !TIME_WORDS.has(hw) && !ADVERBS.has(hw) && c.isWord(headIdx)) {
    let a = s;
    for (let k = headIdx; k >= s; k--) if (DETERMINERS.has(c.lw(k))) { a = k; break; }
    return { kind: 'description', person: null, mention: c.span(a, Math.max(headIdx, a)), cue };
  }
  return null;
}

/** The head of a right-hand noun phrase: the last word before an inner preposition. */
function firstHead(c: Ctx, s: number, e: number): number {
  for (let k = s; k < e; k++) if (INNER_NP_RIGHT.has(c.lw(k + 1))) return k;
  return e;
}

/** First token of the noun phrase the last `sourceLeftOf` call used (-1 when none). */
let lastNpStart = -1;

/** Source to the left of the cue token `cueTok` (subject before its verb), within [limit, cueTok). */
function sourceLeftOf(c: Ctx, cueTok: number, limit: number, cue: TextSpan): Attribution | null {
  lastNpStart = -1;
  let k = cueTok - 1;
  for (;;) {
    while (k >= limit && c.isWord(k) && (ADVERBS.has(c.lw(k)) || (isLowerStart(c.tokens[k].text) && c.lw(k).endsWith('ly') && c.lw(k).length > 4))) k--;
    // Time adjuncts between subject and verb: "Trump, …, on Friday described", "Clinton last week said".
    if (k >= limit && (TIME_WORDS.has(c.lw(k)) || (c.tokens[k].kind === 'number' && /^(1[89]|20)\d\d$/.test(c.tokens[k].text)))) {
      k--;
      while (k >= limit && TIME_LEAD.has(c.lw(k))) k--;
      continue;
    }
    break;
  }
  if (k < limit) return null;
  // "John Dickey, the chief executive of Ora Media -- the company that …, which … -- told me": the subject
  // stands before an aside in dashes.
  let aside = false;
  if (DASHES.has(c.tokens[k].text) && k - 1 > limit) {
    let j = k - 1;
    while (j > limit && k - j < 60 && !DASHES.has(c.tokens[j].text) && !c.isTerminal(j) && (c.quoteOf[j] < 0 || c.inNickname(j))) j--;
    if (j > limit && DASHES.has(c.tokens[j].text) && c.isWord(j - 1)) {
      k = j - 1;
      aside = true;
    }
  }
  const t = c.tokens[k];
  const w0 = c.lw(k);
  lastNpStart = k;
  if (aside) {
    const m = c.mentionAt(k);
    if (m && m.kind !== 'pronoun') return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
  }
  if (!c.mentionAt(k) && w0 !== 'who' && w0 !== 'and' && w0 !== 'but') {
    // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said" /
    // "Katie Packer, who is chairman of Our Principles Pac said": the name before the first comma.
    const named = leadingNamedSegment(c, limit, k, cue, aside);
    if (named) return named;
  }
  if (w0 === 'and' || w0 === 'but') {
    // "Trump furrowed his brow and said": the subject of the first verb.
    return participleSource(c, k, clauseStart(c, k, -1), cue);
  }
  if (w0 === 'which' && k - 1 >= limit && c.tokens[k - 1].text === ',') {
    // "the Associated Press report, which notes, “…”": the relative pronoun stands for the phrase before it.
    const e = k - 2;
    const s0 = e >= limit ? npLeft(c, e, Math.max(limit, clauseStart(c, e, -1))) : -1;
    const a = s0 >= 0 ? classify(c, s0, e, true, cue) : null;
    if (a && a.kind !== 'anonymous') return a;
  }
  if (w0 === 'who') {
    // "Mike Lee, who declared …": the relative pronoun stands for the name before it.
    const who = c.span(k, k);
    let j = k - 1;
    if (j >= 0 && c.tokens[j].text === ',') j--;
    if (j < 0) return null;
    const m = c.mentionAt(j);
    if (m) return { kind: 'person', person: m.person, mention: who, cue };
    const s0 = npLeft(c, j, Math.max(0, clauseStart(c, j, -1)));
    const a = s0 >= 0 ? classify(c, s0, j, true, cue) : null;
    return a ? { ...a, mention: who } : { kind: 'description', person: null, mention: who, cue };
  }
  if (t.text === ',') {
    // Appositive: "Smith, the campaign's spokesman, said" / "Trump, who does not drink, said".
    let j = k - 1;
    const floor = Math.max(limit, k - 30);
    while (j >= floor && c.tokens[j].text !== ',' && (c.tokens[j].kind !== 'quote' || c.isLooseApostrophe(j) || c.inNickname(j)) && !c.isTerminal(j)) j--;
    if (j >= floor && c.tokens[j].text === ',') {
      // "his top aide, Tad Devine, told": a name in the appositive is the source.
      if (k - 1 - j <= 5) {
        const m = c.mentionAt(k - 1);
        if (m && m.kind === 'name' && m.end >= c.tokens[k - 1].end) {
          lastNpStart = j + 1;
          return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
        }
      }
      // "Scott's niece, state Del. Marcia "Cia" Price (D-Newport News), shouted": a name the people stage
      // missed still names the source better than the description before it.
      let e = k - 1;
      if (c.tokens[e].text === ')') {
        while (e > j && c.tokens[e].text !== '(') e--;
        e--;
      }
      if (e > j && c.isWord(e) && isUpperStart(c.tokens[e].text) && npLeft(c, e, j + 1) === j + 1) {
        let r = e;
        // The name is the capitalised run before the parenthesis, after any abbreviated title ("Del.").
        while (r - 1 > j && ((c.isWord(r - 1) && isUpperStart(c.tokens[r - 1].text) && c.tokens[r].text !== '.') || c.inNickname(r - 1))) r--;
        if (e > r) {
          lastNpStart = j + 1;
          return { kind: 'description', person: null, mention: c.span(r, e), cue };
        }
      }
      k = j - 1;
    } else k = k - 1; // "Kasich (R-OH), said"
    if (k < limit) return null;
  }
  if (c.tokens[k].text === ')') {
    let j = k - 1;
    while (j >= limit && c.tokens[j].text !== '(') j--;
    if (j <= limit) return null;
    k = j - 1;
  }
  let s = npLeft(c, k, limit);
  if (s < 0) return null;
  if (PRONOUNS.has(c.lw(k))) s = k; // "At the bottom it reads"
  // "PolitiFact rated 32% of Republican claims as “false”": a noun phrase right after a preposition is its
  // object, so the word after it is no verb of which it could be the subject.
  else if (s > limit && INNER_NP_LEFT.has(c.lw(s - 1)) && !c.mentionAt(k)) return null;
  // "Protesters marching through the streets chanted": past a participle and its preposition to the subject.
  else if (s - 2 > limit && PREPOSITIONS.has(c.lw(s - 1)) && c.lw(s - 2).endsWith('ing') && c.isWord(s - 3) && !c.mentionAt(k)) {
    const s2 = npLeft(c, s - 3, limit);
    if (s2 >= 0) {
      lastNpStart = Math.min(s2, lastNpStart);
      return classify(c, s2, s - 3, true, cue);
    }
  }
  lastNpStart = Math.min(s, lastNpStart);
  return classify(c, s, k, true, cue);
}

/** The first comma-separated segment of [limit, k] that is a person's name, when a relative clause or appositive follows it. */
function leadingNamedSegment(c: Ctx, limit: number, k: number, cue: TextSpan, aside = false): Attribution | null {
  let segStart = limit;
  let hasRelative = false;
  for (let j = limit; j <= k; j++) {
    if ((c.quoteOf[j] >= 0 && !c.inNickname(j)) || c.isTerminal(j)) return null;
    const w = c.lw(j);
    if (w === 'who' || w === 'whose') hasRelative = true;
  }
  if (!hasRelative && !aside && c.tokens[k].text !== ',') return null;
  for (let j = limit; j <= k; j++) {
    if (c.tokens[j].text !== ',') continue;
    const end = j - 1;
    if (end >= segStart) {
      const first = c.lw(segStart);
      const skip = NP_STOP.has(first) || first === 'according' || PARTICIPLE_CUES.has(first) || TIME_WORDS.has(first);
      if (!skip && npLeft(c, end, segStart) === segStart) {
        const m = c.mentionAt(end);
        if (m && m.kind !== 'pronoun') {
          lastNpStart = segStart;
          return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
        }
      }
    }
    segStart = j + 1;
  }
  return null;
}

/** Source to the right of an inverted cue ("said Caddell", "according to a senior official"), within (cueEnd, limit]. */
function sourceRightOf(c: Ctx, from: number, limit: number, cue: TextSpan): Attribution | null {
  let k = from;
  if (k > limit) return null;
  const e = npRight(c, k, limit);
  if (e < 0) return null;
  return classify(c, k, e, false, cue);
}

/** Longest clause looked at, in tokens outside quotations, and counting the quotations it spans. */
const MAX_CLAUSE = 120;
const MAX_CLAUSE_WITH_QUOTES = 600;

/** Index of the first token of the clause/sentence holding `k`: walks left to a terminal mark outside quotes. */
function clauseStart(c: Ctx, k: number, q: number): number {
  const para = c.paraOf[k];
  let j = k;
  // Bounded, so that a run of quotations with no full stop between them stays linear.
  while (j - 1 >= 0 && c.paraOf[j - 1] === para && k - j < MAX_CLAUSE) {
    const qq = c.quoteOf[j - 1];
    if (qq >= 0 && qq !== q) {
      // A quotation that ends its sentence (“… .” The next …) is a boundary.
      const cl = c.raw[qq].closeTok;
      if (j - 1 === cl && j < c.tokens.length && j !== k && TERMINAL.has(c.tokens[cl - 1].text) && isUpperStart(c.tokens[j].text)) break;
      if (k - c.raw[qq].openTok > MAX_CLAUSE_WITH_QUOTES) break;
      j = c.raw[qq].openTok;
      continue;
    }
    if (c.isTerminal(j - 1)) break;
    j--;
  }
  return j;
}

/** Source of a participial cue: the main clause's subject (first person named in the clause). */
function participleSource(c: Ctx, cueTok: number, start: number, cue: TextSpan | null): Attribution | null {
  // "“…,” Hollande said Tuesday, noting …": the clause after the last quotation.
  for (let k = cueTok - 1; k >= start; k--) {
    if (c.quoteOf[k] >= 0) {
      start = k + 1;
      break;
    }
  }
  // "Ryan and Trump will meet next week, Spicer said, adding, “…”": the subject of the cue before it.
  // A weak subject ("it attacked Trump, saying …") still rules out the names after its verb.
  let weakSubject: Attribution | null = null;
  let verbAt = cueTok;
  if (cue) {
    for (let v = cueTok - 1; v >= start; v--) {
      if (!isCue(c, v) || c.quoteOf[v] >= 0) continue;
      if (v - 1 >= start && (nounDeterminer(c, v - 1, start) || PASSIVE_AUX.has(c.lw(v - 1)))) continue;
      const a = sourceLeftOf(c, v, start, cue);
      if (a && !weakSource(a)) return a;
      if (a) {
        weakSubject = a;
        verbAt = v;
      }
      break;
    }
  }
  if (start < cueTok && SUBJECT_PRONOUNS.has(c.lw(start)) && !c.mentionAt(start)) {
    // "He praised his rival, Hillary Clinton, saying …": an unresolved subject pronoun still is the subject.
    return { kind: 'description', person: null, mention: c.span(start, start), cue };
  }
  for (let k = start; k < verbAt; k++) {
    if (c.quoteOf[k] >= 0 || c.isPossessiveWord(k)) continue;
    const m = c.mentionAt(k);
    if (m) return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
  }
  if (weakSubject) return weakSubject;
  // A fronted participle ("Speaking to MSNBC, Trump said …"): the subject after its phrase.
  if (start === cueTok || c.tokens[cueTok - 1].text === ',' || ADVERBS.has(c.lw(cueTok - 1)) || /^\p{Lu}/u.test(c.tokens[cueTok - 1].text) && cueTok - 1 === start) {
    let k = cueTok + 1;
    while (k < c.tokens.length && k - cueTok < 15 && c.paraOf[k] === c.paraOf[cueTok] && c.tokens[k].text !== ',' && c.quoteOf[k] < 0) k++;
    if (k < c.tokens.length && c.tokens[k].text === ',') {
      const m = c.mentionAt(k + 1);
      if (m) return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
    }
  }
  const e = npRight(c, start, cueTok - 1);
  if (e < 0) return null;
  return classify(c, start, e, false, cue);
}

const NOUN_COMPLEMENT = new Set(['that', ':', ',', 'about', 'on', 'regarding', 'by', 'from', '—', '–']);

/** A noun cue introduces the quotation ("Petro’s comment that he was “…”"), rather than being the subject of another verb. */
function nounCueGoverns(c: Ctx, k: number, open: number): boolean {
  return k + 1 === open || NOUN_COMPLEMENT.has(c.lw(k + 1));
}

/** Source of a noun cue: possessor ("Petro’s comment") or by/from phrase ("a statement from the campaign"). */
function nounCueSource(c: Ctx, cueTok: number, limit: number, rightLimit: number, cue: TextSpan): Attribution | null {
  let k = cueTok - 1;
  let hops = 0;
  while (k >= limit && hops < 2 && c.isWord(k) && isLowerStart(c.tokens[k].text) && !c.isPossessiveWord(k) && !DETERMINERS.has(c.lw(k))) {
    k--;
    hops++;
  }
  if (k >= limit && c.isWord(k) && c.isPossessiveWord(k)) {
    const m = c.mentionAt(k);
    if (m) return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
    if (POSSESSIVE_PRONOUNS.has(c.lw(k))) return { kind: 'description', person: null, mention: c.span(k, k), cue };
    const s = npLeft(c, k, limit);
    if (s >= 0) return classify(c, s, k, true, cue);
  }
  const nx = cueTok + 1;
  if (nx <= rightLimit && (c.lw(nx) === 'by' || c.lw(nx) === 'from')) return sourceRightOf(c, nx + 1, rightLimit, cue);
  return null;
}

/** "…, said Trump, “…”": an inverted source before the quotation must be followed by punctuation or the quotation. */
function invertedBefore(c: Ctx, k: number, open: number, cue: TextSpan): Attribution | null {
  if (NO_INVERSION.has(c.lw(k))) return null;
  const e = npRight(c, k + 1, open - 1);
  if (e < 0) return null;
  const nx = e + 1;
  if (!(c.tokens[nx].text === ',' || c.tokens[nx].text === ':' || (nx === open && c.mentionAt(e)?.kind === 'name'))) return null;
  return classify(c, k + 1, e, false, cue);
}

/** Attribution from the words before the opening mark (source-cue-quote, noun and participial cues). */
function attributeBefore(c: Ctx, qi: number, outermost = false): Attribution | null {
  const q = c.raw[qi];
  const open = q.openTok;
  let best: Attribution | null = null;
  let bestFrom = open;
  /** Can an outer cue at `k` govern the current best (no clause break between them)? */
  const reaches = (k: number) => {
    if (!best) return true;
    for (let j = k + 1; j < bestFrom; j++) if (OUTER_BLOCK.has(c.lw(j))) return false;
    return true;
  };
  const para = c.paraOf[open];
  const start = clauseStart(c, open, qi);
  // Nearest cue first, walking left; for partial quotations the outermost cue of the clause (`outermost`).
  let k = open - 1;
  let steps = 0;
  while (k >= start && steps < 45) {
    const qq = c.quoteOf[k];
    if (qq >= 0 && qq !== qi) {
      if (best) break;
      k = c.raw[qq].openTok - 1;
      steps++;
      continue;
    }
    if (c.paraOf[k] !== para) break;
    steps++;
    const w = c.lw(k);
    const tok = c.tokens[k];
    const cue: TextSpan = { start: tok.start, end: tok.end, text: tok.text };
    if (tok.kind === 'word') {
      if (w === 'according' && c.lw(k + 1) === 'to') {
        const a = sourceRightOf(c, k + 2, open - 1, c.span(k, k + 1));
        if (a) {
          if (!outermost) return a;
          if (!reaches(k)) break;
          best = a;
          bestFrom = k;
        }
      } else if (PARTICIPLE_CUES.has(w)) {
        // "a sign saying “…”" (no comma): the noun before it; "…, saying" : the clause's subject.
        const prevW = k - 1 >= start ? c.lw(k - 1) : '';
        const direct = (k - 1 >= start && c.isWord(k - 1) && !ADVERBS.has(prevW) && !NP_STOP.has(prevW) && !c.isSpeechVerb(prevW));
        let a = direct ? sourceLeftOf(c, k, start, cue) : null;
        // "Trump issued a statement saying …": a statement or a description before the participle is the
        // subject's; a person subject of the clause wins over it.
        if (!a || weakSource(a)) {
          const subject = participleSource(c, k, start, cue);
          if (!a || (subject && subject.kind === 'person')) a = subject;
        }
        if (a) {
          if (!outermost) return a;
          if (!reaches(k)) break;
          best = a;
          bestFrom = k;
        }
      } else if (isCue(c, k) && !(k - 1 >= start && (nounDeterminer(c, k - 1, start) || PASSIVE_AUX.has(c.lw(k - 1))))) {
        const a = k - 1 >= start && c.lw(k - 1) === 'to' ? participleSource(c, k, start, cue) : sourceLeftOf(c, k, start, cue) ?? invertedBefore(c, k, open, cue);
        // "As Breitbart News noted, Trump cautioned …": an as-clause comments on the sentence; it does not govern the quotation.
        const asClause = lastNpStart > 0 && c.lw(lastNpStart - 1) === 'as';
        if (a && !(best && asClause)) {
          if (!outermost) return a;
          if (!reaches(k)) break;
          best = a;
          bestFrom = lastNpStart >= 0 && lastNpStart < k ? lastNpStart : k;
        }
      } else if (NOUN_CUES.has(w) && nounCueGoverns(c, k, open)) {
        const a = nounCueSource(c, k, start, open - 1, cue);
        if (a) {
          if (!outermost) return a;
          if (!reaches(k)) break;
          best = a;
          bestFrom = k;
        }
      }
    }
    k--;
  }
  if (best) return best;
  // "Trump on Clinton: “…”": a colon right after a named person.
  if (open - 2 >= start && c.tokens[open - 1].text === ':') {
    const m = c.mentionAt(open - 2);
    if (m) return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue: c.span(open - 1, open - 1) };
  }
  // "X fired back forcefully: “…”": a colon before the quotation makes the clause's subject the source.
  if (open - 1 >= start && c.tokens[open - 1].text === ':') {
    return participleSource(c, open - 1, start, c.span(open - 1, open - 1));
  }
  return null;
}

/** Attribution in the sentence before the quotation, after any earlier quotation ("…, said Paul Beck. “That was …”"). */
function attributePreviousSentence(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const para = c.paraOf[q.openTok];
  let k = q.openTok - 1;
  if (k < 0 || c.paraOf[k] !== para || c.quoteOf[k] >= 0) return null;
  if (!c.isTerminal(k)) return null;
  const start = clauseStart(c, k, -1);
  // A sentence that holds a quotation attributes that one, not this.
  for (let j = start; j < k; j++) if (c.quoteOf[j] >= 0) return null;
  for (let j = k - 1; j >= start; j--) {
    const w = c.lw(j);
    if (c.tokens[j].kind !== 'word') continue;
    const cue = c.span(j, j);
    let a: Attribution | null = null;
    if (w === 'according' && c.lw(j + 1) === 'to') a = sourceRightOf(c, j + 2, k - 1, c.span(j, j + 1));
    else if (PARTICIPLE_CUES.has(w)) a = participleSource(c, j, start, cue);
    else if (isCue(c, j) && !(j - 1 >= start && nounDeterminer(c, j - 1, start))) a = sourceLeftOf(c, j, start, cue) ?? sourceRightOf(c, j + 1, k - 1, cue);
    if (a && (!weakSource(a) || (a.mention && isUpperStart(a.mention.text)))) return a;
  }
  return null;
}

/**
 * A quotation that closes its paragraph right after a sentence about a named person, with no cue
 * ("On “Face the Nation,” Sen. Bernie Sanders (Vt.) … identified young voters' exhaustion … . “The
 * younger people are …”"): news copy gives that person the words. The person must be the previous
 * sentence's subject: its first words, or the first words after an opening phrase and its comma.
 */
function subjectOfPreviousSentence(c: Ctx, qi: number, isTerm: (qi: number) => boolean): Attribution | null {
  const q = c.raw[qi];
  const para = c.paraOf[q.openTok];
  const k = q.openTok - 1;
  if (k < 0 || c.paraOf[k] !== para || c.quoteOf[k] >= 0 || !c.isTerminal(k)) return null;
  const next = q.closeTok + 1;
  if (next < c.tokens.length && c.paraOf[next] === para) return null;
  const start = clauseStart(c, k, -1);
  for (let j = start; j < k; j++) if (c.quoteOf[j] >= 0 && !isTerm(c.quoteOf[j])) return null;
  // The subject: at the start, or after the first comma that closes an opening phrase.
  let s = start;
  const subjectAt = (from: number): Attribution | null => {
    // Titles and initials before the name ("Sen.", "House Speaker") are skipped; a name must follow within three words.
    for (let j = from; j < Math.min(k, from + 4); j++) {
      const m = c.mentionAt(j);
      if (m && m.kind === 'name' && !c.isPossessiveWord(j)) {
        let e = j;
        while (e + 1 < k && c.tokens[e + 1].start < m.end) e++;
        if (c.isPossessiveWord(e) || c.lw(e + 1) === '’s' || c.lw(e + 1) === "'s") return null;
        return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue: null };
      }
      if (!(c.isWord(j) && isUpperStart(c.tokens[j].text)) && !c.isNameDot(j)) return null;
    }
    return null;
  };
  const first = subjectAt(s);
  if (first) return first;
  while (s < k && s - start < 12 && c.tokens[s].text !== ',') s++;
  if (s >= k || c.tokens[s].text !== ',') return null;
  s++;
  // The comma may close a title in marks (On “Face the Nation,” Sanders …).
  while (s < k && c.tokens[s].kind === 'quote') s++;
  return subjectAt(s);
}

/**
 * The credit after the last quotation of this one's sentence, when that quotation is followed by it
 * ("The program was a “good thing” that yielded “frankly good information,” he remarked."): a
 * sentence-final attribution credits every quotation of its sentence (rule quotes.shared-credit).
 */
function sharedTrailingCredit(c: Ctx, qi: number, shared: SharedCredits): Attribution | null {
  const q = c.raw[qi];
  const j = shared.lastOfSentence[qi];
  if (j === qi) return null;
  // Nothing ends the sentence between this quotation and the last one (nor inside this one: “head.” “You winning?”).
  const innerLast = c.tokens[q.closeTok - 1];
  if (innerLast && (innerLast.text === '.' || innerLast.text === '?' || innerLast.text === '!')) return null;
  if (shared.terminalsBefore[c.raw[j].openTok] !== shared.terminalsBefore[q.closeTok + 1]) return null;
  let a = shared.memo.get(j);
  if (a === undefined) {
    a = attributeAfter(c, j);
    shared.memo.set(j, a);
  }
  return a && a.cue ? a : null;
}

/** Per-call tables that keep the shared-credit look-ups linear in the number of quotations. */
interface SharedCredits {
  /** The last quotation of each quotation's sentence (within its paragraph). */
  lastOfSentence: Int32Array;
  /** Terminal marks outside quotations before each token. */
  terminalsBefore: Int32Array;
  memo: Map<number, Attribution | null>;
}

function sharedCredits(c: Ctx): SharedCredits {
  const n = c.raw.length;
  const lastOfSentence = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const next = c.raw[i + 1];
    const same = next && c.tokens[next.openTok].sentence === c.tokens[c.raw[i].openTok].sentence && c.paraOf[next.openTok] === c.paraOf[c.raw[i].openTok];
    lastOfSentence[i] = same ? lastOfSentence[i + 1] : i;
  }
  const terminalsBefore = new Int32Array(c.tokens.length + 1);
  for (let k = 0; k < c.tokens.length; k++) terminalsBefore[k + 1] = terminalsBefore[k] + (c.quoteOf[k] < 0 && c.isTerminal(k) ? 1 : 0);
  return { lastOfSentence, terminalsBefore, memo: new Map() };
}

/** Attribution from the words after the closing mark (quote-cue-source and inversion). */
function attributeAfter(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const close = q.closeTok;
  const n = c.tokens.length;
  const para = c.paraOf[close];
  let k = close + 1;
  while (k < n && c.paraOf[k] === para && LEAD_PUNCT.has(c.tokens[k].text)) k++;
  if (k >= n || c.paraOf[k] !== para) return null;
  // Window: to the end of the clause or the next quotation.
  let end = k;
  // A nickname inside the source's name (Del. Marcia "Cia" Price) does not end the window.
  while (end < n && end - k < 36 && c.paraOf[end] === para && (c.quoteOf[end] < 0 || c.inNickname(end)) && !c.isTerminal(end) && c.tokens[end].text !== ':') end++;
  const last = end - 1;
  if (last < k) return null;
  const innerLast = c.tokens[close - 1];
  const endsSentence = innerLast && innerLast.kind === 'punct' && innerLast.text === '.';

  const acceptTail = (after: number): boolean => {
    // The cue must not introduce the next quotation ("Trump responded: “…”").
    if (after < n && c.paraOf[after] === para && c.tokens[after].text === ':') return false;
    if (!endsSentence) return true;
    // After a full stop inside the marks, a new sentence that merely starts with "X said" reports something else.
    if (after > last) return true;
    const w = c.lw(after);
    return POST_OK_AFTER_CUE.has(w) || isUpperStart(c.tokens[after].text) || c.tokens[after].kind !== 'word' || /\d/.test(w);
  };

  // A byline: “Matthew Morrison is leaving ‘Neverland,’” by Times' Michael Paulson: (rule quotes.byline).
  let comma = close - 1;
  while (comma > q.openTok && c.tokens[comma].kind === 'quote') comma--;
  if (k <= last && c.lw(k) === 'by' && c.tokens[comma].text === ',') {
    const cue = c.span(k, k);
    for (let j = k + 1; j <= last && j - k <= 8; j++) {
      const m = c.mentionAt(j);
      if (m && m.kind === 'name') return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
    }
    const e = npRight(c, k + 1, last);
    if (e >= 0 && isUpperStart(c.tokens[k + 1].text)) {
      const a = classify(c, k + 1, e, false, cue);
      if (a) return a;
    }
  }
  // A dash and a name closing the sentence: "“…” - Bernie Sanders."
  const dash = c.tokens[close + 1];
  if (dash && c.paraOf[close + 1] === para && DASHES.has(dash.text) && k <= last) {
    const m = c.mentionAt(k);
    const dashCue = c.span(close + 1, close + 1);
    if (m) {
      let after = k;
      while (after <= last && c.tokens[after].start < m.end) after++;
      if (after > last || c.tokens[after].text === ',') return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue: dashCue };
    }
    // A name the people engine does not know ("― Carla Sanchez.").
    const e = npRight(c, k, last);
    if (e >= 0 && (e === last || c.tokens[e + 1].text === ',') && isUpperStart(c.tokens[k].text) && e - k <= 4) {
      const a = classify(c, k, e, false, dashCue);
      if (a) return a;
    }
  }
  // Inversion: "said Caddell", "according to a senior official".
  let j = k;
  while (j <= last && ADVERBS.has(c.lw(j)) && c.isWord(j)) j++;
  if (j <= last) {
    const w = c.lw(j);
    if (w === 'according' && c.lw(j + 1) === 'to') {
      const a = sourceRightOf(c, j + 2, last, c.span(j, j + 1));
      if (a) return a;
    } else if (isCue(c, j) && !NO_INVERSION.has(c.lw(j))) {
      const cue = c.span(j, j);
      const a = sourceRightOf(c, j + 1, last, cue);
      if (a && a.mention) {
        let after = j + 1;
        while (after < end && c.tokens[after].end <= a.mention.end) after++;
        if (acceptTail(after)) return a;
      }
    }
  }
  // Subject then cue: "Trump said", "the White House said in a statement".
  for (let v = k; v <= last && v - k <= 32; v++) {
    const w = c.lw(v);
    if (!(isCue(c, v) || (w === 'according' && c.lw(v + 1) === 'to'))) continue;
    // After a determiner or a possessive a cue word is a noun ("the note says", "his note said"): the verb comes later.
    if (v > k && (nounDeterminer(c, v - 1, k) || c.isPossessiveWord(v - 1))) continue;
    if (w === 'according') {
      const a = sourceRightOf(c, v + 2, last, c.span(v, v + 1));
      if (a) return a;
      continue;
    }
    const cue = c.span(v, v);
    const a = sourceLeftOf(c, v, k, cue);
    // The source must follow the quotation directly (“…,” Trump said), not sit in a later clause.
    let first = k;
    while (first < v && c.isWord(first) && (ADVERBS.has(c.lw(first)) || (first === k && c.lw(first) === 'as'))) first++;
    if (a && gapOk(c, first, lastNpStart) && acceptTail(v + 1)) return a;
    return null;
  }
  return null;
}

/** A comment clause closing the quotation's sentence: "So are a “small handful” of companies …, Gilbert said." */
function attributeSentenceEnd(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const para = c.paraOf[q.closeTok];
  const n = c.tokens.length;
  let j = q.closeTok + 1;
  const commas: number[] = [];
  let steps = 0;
  while (j < n && c.paraOf[j] === para && steps < 60) {
    const qq = c.quoteOf[j];
    if (qq >= 0) {
      j = c.raw[qq].closeTok + 1;
      commas.length = 0;
      steps++;
      continue;
    }
    if (c.isTerminal(j)) break;
    if (c.tokens[j].text === ',') commas.push(j);
    j++;
    steps++;
  }
  const last = j - 1;
  // Try the comment clause after each of the last three commas, nearest the end first:
  // "…, Gilbert said." / "…, said Steve Elmendorf, deputy campaign manager for John Kerry."
  for (let i = commas.length - 1; i >= 0 && i >= commas.length - 3; i--) {
    const k = commas[i] + 1;
    if (last < k || last - k > 24) continue;
    let v = k;
    while (v <= last && ADVERBS.has(c.lw(v))) v++;
    if (v <= last && isCue(c, v)) {
      const e = npRight(c, v + 1, last);
      if (e < 0 || !(e === last || c.tokens[e + 1].text === ',')) continue;
      const a = classify(c, v + 1, e, false, c.span(v, v));
      if (a && (!weakSource(a) || (a.mention && isUpperStart(a.mention.text)))) return a;
      continue;
    }
    if (last - k > 10) continue;
    for (v = k; v <= last && v - k <= 8; v++) {
      if (!isCue(c, v)) continue;
      if (last - v > 5) break;
      const a = sourceLeftOf(c, v, k, c.span(v, v));
      if (a && lastNpStart <= k + 1) return a;
      break;
    }
  }
  return null;
}

const GAP_STOP = new Set(['which', 'who', 'that', 'what', 'when', 'because', 'if', 'and', 'but', 'while', 'whom', 'where', 'as']);

/** Words between the closing mark and the source: none, or a short appositive lead ("another friend, Mariam Emara told"). */
function gapOk(c: Ctx, first: number, npStart: number): boolean {
  if (npStart < 0) return false;
  if (npStart <= first) return true;
  if (npStart - first > 8) return false;
  for (let k = first; k < npStart; k++) if (GAP_STOP.has(c.lw(k)) || (c.tokens[k].kind === 'quote' && !c.inNickname(k))) return false;
  return true;
}

/** A colon or comma right before the opening mark ("Trump replied: “…”", "Beck shouted, “…”"). */
function introducedBy(c: Ctx, qi: number): boolean {
  const open = c.raw[qi].openTok;
  const k = open - 1;
  if (k < 0 || c.paraOf[k] !== c.paraOf[open] || c.quoteOf[k] >= 0) return false;
  const t = c.tokens[k].text;
  return t === ':' || t === ',';
}

/**
 * A transcript turn: the quotation opens with its speaker's name in capitals and a colon
 * ("WALLACE: Let’s start with …"). Credited to the article's person of that family name; with no
 * such person, to the label itself.
 */
function transcriptLabel(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const k = q.openTok + 1;
  if (k + 1 >= q.closeTok || !c.isWord(k) || c.tokens[k + 1].text !== ':') return null;
  const label = c.tokens[k].text;
  if (label.length < 2 || label !== label.toUpperCase() || !/^\p{Lu}+$/u.test(label)) return null;
  const cue = c.span(k + 1, k + 1);
  const mention = c.span(k, k);
  for (const p of c.people.people) {
    const parts = p.name.split(/\s+/);
    if (parts[parts.length - 1].toUpperCase() === label) return { kind: 'person', person: p.id, mention, cue };
  }
  return { kind: 'description', person: null, mention, cue };
}

/** Finds the article's quotations and their sources; reports unattributed quotations, unbalanced marks and anonymous sources. */
export function findQuotes(model: TextModel, people: PeopleResult, extraCues: readonly string[] = []): { quotes: Quote[]; findings: Finding[] } {
  const blockInfo = computeBlocks(model);
  const scan = scanMarks(model, blockInfo);
  const c = new Ctx(model, people, scan.quotes, blockInfo, new Set(extraCues.map((w) => w.toLowerCase())));
  for (let qi = 0; qi < c.raw.length; qi++) if (isNickname(c, qi)) c.nickname[qi] = 1;
  const credits = sharedCredits(c);
  const quotes: Quote[] = [];
  const findings: Finding[] = [];
  const anonSeen = new Set<string>();
  let lastPersonSpeaker: string | null = null;
  /** Index of the last quotation that is not a term (continuation looks past terms). */
  let lastSpoken = -1;

  const paraFirstTok = new Int32Array(c.blockCount).fill(-1);
  for (let k = c.tokens.length - 1; k >= 0; k--) paraFirstTok[c.paraOf[k]] = k;

  for (let qi = 0; qi < c.raw.length; qi++) {
    const q = c.raw[qi];
    const partial = isPartial(c, qi);
    let a: Attribution | null;
    if (partial) {
      // “an orange buffoon,” Susan said: a fragment closed by a comma and followed by its cue.
      const innerLast = c.tokens[q.closeTok - 1];
      const after = innerLast && innerLast.text === ',' ? attributeAfter(c, qi) : null;
      a = after ?? attributeBefore(c, qi, true) ?? attributeAfter(c, qi) ?? attributeSentenceEnd(c, qi);
    }
    else {
      // A quotation introduced by a cue clause and a colon or comma ("Bolton told host Matt Boyle, “…”")
      // belongs to that clause, even when a later cue follows it.
      const before = introducedBy(c, qi) ? attributeBefore(c, qi) : null;
      a = before && before.cue && before.cue.text !== ':' ? before : dashCredit(c, qi) ?? attributeAfter(c, qi) ?? before ?? attributeBefore(c, qi);
    }
    let continued = false;
    if (!a && partial) {
      // A partial quotation with no cue of its own: the sentence subject is taken as its source.
      const st = clauseStart(c, q.openTok, qi);
      const sa = participleSource(c, q.openTok, st, null);
      if (sa && sa.kind === 'person') a = { ...sa, cue: null };
    }
    if (!a || weakSource(a)) {
      // “a good thing” … “frankly good information,” he remarked: one trailing credit for the sentence's quotes.
      const shared = sharedTrailingCredit(c, qi, credits);
      if (shared && (!a || shared.kind === 'person')) a = shared;
    }
    if (!a && !partial) a = transcriptLabel(c, qi) ?? attributeSentenceEnd(c, qi) ?? colonLeadIn(c, qi, paraFirstTok);
    if (!a && !partial) a = attributePreviousSentence(c, qi);
    if (!a && !partial) a = subjectOfPreviousSentence(c, qi, (i) => i < quotes.length && quotes[i].kind === 'term');
    if (!a) {
      const prev = previousSpoken(quotes, lastSpoken, q, paraFirstTok, c);
      if (prev && !partial) {
        a = { kind: kindOf(prev.status), person: prev.speaker, mention: prev.speakerMention, cue: null };
        continued = true;
      } else if (prev && partial && c.raw[quotes.length - 1].lastParagraph === q.paragraph) {
        a = { kind: kindOf(prev.status), person: prev.speaker, mention: prev.speakerMention, cue: null };
        continued = true;
      }
    }
    if (a && a.kind === 'description' && !a.person && a.mention && PRONOUNS.has(a.mention.text.toLowerCase())) {
      a = { ...a, person: lastPersonSpeaker };
    }
    const kind = quoteKind(c, qi, partial, a);
    // A term is never flagged. A nickname or a markup value is nobody's words and keeps no source; a
    // sign, a slogan or a title keeps whoever the sentence credits with it ("“I am still Sanders,” it read").
    if (kind === 'term' && (c.nickname[qi] === 1 || isMarkupValue(c, qi))) a = null;
    let status: QuoteStatus;
    if (partial || kind === 'term') status = 'partial';
    else if (!a) status = 'unattributed';
    else if (a.kind === 'organisation') status = 'organisation';
    else if (a.kind === 'anonymous') status = 'anonymous';
    else if (a.kind === 'document') status = 'document';
    else status = 'attributed';
    const quote: Quote = {
      start: q.start,
      end: q.end,
      text: model.text.slice(q.start, q.end),
      speaker: a ? a.person : null,
      speakerMention: a ? a.mention : null,
      cue: a ? a.cue : null,
      status,
      kind,
      paragraph: q.modelParagraph,
    };
    if (continued) quote.continued = true;
    if (quote.speaker) lastPersonSpeaker = quote.speaker;
    const index = quotes.length;
    quotes.push(quote);
    if (kind !== 'term') lastSpoken = index;
    if (status === 'unattributed') {
      findings.push(unattributedQuoteFinding(quote, index));
    }
    if (a && a.kind === 'anonymous' && a.mention && !continued) {
      const key = `${a.mention.start}:${a.mention.end}`;
      if (!anonSeen.has(key)) {
        anonSeen.add(key);
        findings.push(anonymousSourceFinding(a.mention, index));
      }
    }
  }
  const closeOf = scan.unbalanced.length ? closingPoints(c) : null;
  for (const u of scan.unbalanced) {
    findings.push(unbalancedQuoteFinding(u, closeOf!(u)));
  }
  // Anonymous sources of paraphrased attributions ("officials said the talks had stalled").
  for (let k = 0; k < c.tokens.length; k++) {
    const tt = c.tokens[k].text;
    // Cue words are lower-case; a capitalised one starting a sentence is looked up lower-cased.
    if (c.quoteOf[k] >= 0 || c.tokens[k].kind !== 'word' || !(c.isSpeechVerb(tt) || tt === 'according' || ((tt.charCodeAt(0) < 97) && (c.isSpeechVerb(c.lw(k)) || c.lw(k) === 'according')))) continue;
    const w = c.lw(k);
    let a: Attribution | null = null;
    if (w === 'according' && c.lw(k + 1) === 'to') {
      a = sourceRightOf(c, k + 2, Math.min(c.tokens.length - 1, k + 14), c.span(k, k + 1));
    } else if (c.isSpeechVerb(w) && c.tokens[k].kind === 'word') {
      const start = Math.max(0, k - 14);
      let lim = k - 1;
      while (lim >= start && c.paraOf[lim] === c.paraOf[k] && c.quoteOf[lim] < 0 && !c.isTerminal(lim)) lim--;
      a = sourceLeftOf(c, k, lim + 1, c.span(k, k));
    }
    if (a && a.kind === 'anonymous' && a.mention) {
      const key = `${a.mention.start}:${a.mention.end}`;
      if (!anonSeen.has(key)) {
        anonSeen.add(key);
        findings.push(anonymousSourceFinding(a.mention));
      }
    }
  }
  findings.sort((x, y) => x.start - y.start || x.end - y.end);
  return { quotes, findings };
}

/**
 * Where an unclosed quotation certainly ends: at the end of its paragraph, when the paragraph ends a
 * sentence, holds no other quotation mark after the opening one, and no credit inside the opened words
 * ("“We will not back down, Northam said." ends before the comma, not at the paragraph's end). Else null.
 * The tables are built once per call, so hostile texts with many unclosed marks stay linear.
 */
function closingPoints(c: Ctx): (mark: { start: number }) => number | null {
  const n = c.tokens.length;
  // Last token of each token's paragraph as written (blank lines), not its line block.
  const paraLast = new Int32Array(n).fill(-1);
  let t = 0;
  for (const p of c.model.paragraphs) {
    while (t < n && c.tokens[t].start < p.start) t++;
    const first = t;
    while (t < n && c.tokens[t].start < p.end) t++;
    for (let k = first; k < t; k++) paraLast[k] = t - 1;
  }
  // The next quotation mark, and the next comma followed by a cue within four words, at or after each token.
  const nextMark = new Int32Array(n + 1).fill(n);
  const nextCredit = new Int32Array(n + 1).fill(n);
  for (let k = n - 1; k >= 0; k--) {
    nextMark[k] = c.tokens[k].kind === 'quote' && !c.isLooseApostrophe(k) ? k : nextMark[k + 1];
    let credit = false;
    if (c.tokens[k].text === ',') for (let j = k + 1; j <= Math.min(n - 1, k + 4); j++) if (isCue(c, j)) credit = true;
    nextCredit[k] = credit ? k : nextCredit[k + 1];
  }
  return (mark) => {
    const open = tokenIndexAt(c.tokens, mark.start);
    if (open < 0 || c.tokens[open].start !== mark.start || paraLast[open] < 0) return null;
    const last = paraLast[open];
    if (last === open || !TERMINAL.has(c.tokens[last].text) || c.tokens[last].text === ';') return null;
    // Words follow an opening mark; markup does not (tweet-date="…\n">, “<tweet/>).
    if (!c.isWord(open + 1)) return null;
    if (nextMark[open + 1] <= last || nextCredit[open + 1] <= last) return null;
    return c.tokens[last].end;
  };
}

function kindOf(status: QuoteStatus): SourceKind {
  return status === 'organisation' ? 'organisation' : status === 'anonymous' ? 'anonymous' : status === 'document' ? 'document' : 'person';
}

/** The quotation this one continues: an earlier spoken quotation in the same paragraph, or the previous paragraph's last one. */
function previousSpoken(quotes: Quote[], i: number, q: RawQuote, paraFirstTok: Int32Array, c: Ctx): Quote | null {
  // `i` is the last quotation that is not a term: a nickname or a title in between is nobody's words.
  const prev = quotes[i];
  if (!prev || (!prev.speaker && !prev.speakerMention)) return null;
  const prevRaw = c.raw[i];
  if (prevRaw.lastParagraph === q.paragraph) return prev;
  // Across paragraphs only when this quotation opens its paragraph, right after the other one's paragraph.
  if (prevRaw.lastParagraph === q.paragraph - 1 && paraFirstTok[q.paragraph] === q.openTok) return prev;
  return null;
}

/** A paragraph ending with a colon introduces the quotation that opens the next one ("Caddell continued:"). */
function colonLeadIn(c: Ctx, qi: number, paraFirstTok: Int32Array): Attribution | null {
  const q = c.raw[qi];
  if (paraFirstTok[q.paragraph] !== q.openTok || q.paragraph === 0) return null;
  const last = q.openTok - 1;
  if (last < 0 || c.tokens[last].text !== ':') return null;
  const start = clauseStart(c, last, -1);
  for (let k = last - 1; k >= start; k--) {
    const w = c.lw(k);
    const cue = c.span(k, k);
    if (PARTICIPLE_CUES.has(w)) {
      const a = participleSource(c, k, start, cue);
      if (a) return a;
    } else if (c.isSpeechVerb(w)) {
      const a = sourceLeftOf(c, k, start, cue) ?? sourceRightOf(c, k + 1, last - 1, cue);
      if (a) return a;
    }
  }
  const m = last >= 1 ? c.mentionAt(last - 1) : undefined;
  if (m) return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue: c.span(last, last) };
  // A noun cue: "Sanders made the following comment:", "this statement by Trump on June 11:".
  for (let k = last - 1; k >= start; k--) {
    if (!NOUN_CUES.has(c.lw(k))) continue;
    const cue = c.span(k, k);
    for (let j = k + 1; j < last - 1; j++) {
      if (c.lw(j) !== 'by') continue;
      const byM = c.mentionAt(j + 1);
      if (byM) return { kind: 'person', person: byM.person, mention: { start: byM.start, end: byM.end, text: byM.text }, cue };
    }
    for (let j = start; j < k; j++) {
      const sm = c.mentionAt(j);
      if (sm && sm.kind !== 'pronoun') return { kind: 'person', person: sm.person, mention: { start: sm.start, end: sm.end, text: sm.text }, cue };
    }
    break;
  }
  return null;
}

/**
 * A dash credit after the quotation, up to the end of its line: “…” ― Veronica Cruz (reader voices,
 * epigraphs, lists of reactions).
 */
function dashCredit(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const d = q.closeTok + 1;
  if (d + 1 >= c.tokens.length || c.paraOf[d] !== c.paraOf[q.closeTok] || !DASHES.has(c.tokens[d].text)) return null;
  const nameStart = d + 1;
  let e = nameStart;
  // The credit runs to the end of the line: capitalised words (and initials' dots) only.
  while (e < c.tokens.length && c.paraOf[e] === c.paraOf[d] && !/[\r\n]/.test(c.model.text.slice(c.tokens[e - 1].end, c.tokens[e].start))) {
    const t = c.tokens[e];
    if (!(c.isWord(e) && isUpperStart(t.text)) && t.text !== '.') break;
    e++;
  }
  const lineEnds = e >= c.tokens.length || c.paraOf[e] !== c.paraOf[d] || /[\r\n]/.test(c.model.text.slice(c.tokens[e - 1].end, c.tokens[e].start));
  if (e === nameStart || e - nameStart > 5 || !lineEnds) return null;
  // A full stop after the name ends the line, it is not part of the name.
  while (e - 1 > nameStart && c.tokens[e - 1].text === '.') e--;
  const cue = c.span(d, d);
  for (let k = nameStart; k < e; k++) {
    const m = c.mentionAt(k);
    if (m && m.kind !== 'pronoun') return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
  }
  return { kind: 'description', person: null, mention: c.span(nameStart, e - 1), cue };
}
