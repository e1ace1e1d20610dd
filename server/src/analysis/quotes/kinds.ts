// What kind of quotation a pair of marks holds: a partial quotation embedded in a sentence or a full one,
// and whether it is speech, writing or a term (a nickname, the title of a work, a scare quote, markup)
// that nobody is credited with saying.
import type { Attribution, Ctx } from './context';
import type { QuoteKind } from '../types';
import { AFTER_QUOTE_CUES, DOCUMENT_HEADS, NAMING_VERBS, PARTICIPLE_CUES, SIGN_CUES, SIGN_OBJECTS, TERM_ANAPHORS, TITLE_VERBS, WORK_NOUNS, WRITING_CUES } from './lexicon';

const lastWord = (s: string) => (s.toLowerCase().match(/[\p{L}-]+$/u) ?? [''])[0];

/**
 * A nickname inside a name: one or two capitalised words in quotes between name parts, as in
 * Rep. Robert C. "Bobby" Scott or Del. Marcia "Cia" Price. It names someone; nobody says it.
 */
export function isNickname(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  const inner = q.closeTok - q.openTok - 1;
  if (inner < 1 || inner > 2) return false;
  for (let k = q.openTok + 1; k < q.closeTok; k++) if (!c.isWord(k) || !c.upper(k)) return false;
  const before = q.openTok - 1;
  const after = q.closeTok + 1;
  if (before < 0 || after >= c.tokens.length || c.paraOf[before] !== c.paraOf[after]) return false;
  const b = c.tokens[before];
  // The part before: a capitalised name word, or an initial's dot ("C.").
  const nameBefore = (c.isWord(before) && c.upper(before)) || (b.text === '.' && before > 0 && c.tokens[before - 1].end === b.start && /^\p{Lu}$/u.test(c.tokens[before - 1].text));
    return nameBefore && c.isWord(after) && c.upper(after) && !c.isSpeechVerb(after);
}

/** Longest title after a work noun, and after a verb that only introduces titles (a headline), in words. */
const MAX_TITLE_WORDS = 8;
const MAX_HEADLINE_WORDS = 20;

/**
 * A quotation that is the subject of the verb right after it ("''I am really, totally committed to
 * bringing back manufacturing'' sounds great in Youngstown"): the words are talked about, not reported
 * (rule quote-kind.quoted-subject). From the parse: the next word is a verb that is no cue, with no
 * punctuation between (a cue's quotation ends with a comma or a stop: “…,” came shouts).
 */
export function isQuotedSubject(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  const after = q.closeTok + 1;
  if (after >= c.tokens.length || c.paraOf[after] !== c.paraOf[q.closeTok] || !c.isWord(q.closeTok - 1)) return false;
  const w = c.wordAt(after);
  if (!w || !(w.upos === 'VERB' || w.upos === 'AUX') || !c.lowerStart(after)) return false;
  const id = c.id(after);
  return !c.isSpeechVerb(after) && !PARTICIPLE_CUES.has(id) && !SIGN_CUES.has(id) && !AFTER_QUOTE_CUES.has(id);
}

/** Longest epithet before a name, in words. */
const MAX_EPITHET_WORDS = 3;

/**
 * An epithet standing before a name, as a nickname does inside one: a few words in marks, with no
 * punctuation of their own, opening an item of a list or a parenthesis, right before a person's name that no cue follows ("(“Low energy” Jeb Bush,
 * “Little Marco” Rubio, …)"). It names someone; nobody is quoted (rule quote-kind.epithet).
 */
export function isEpithet(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  const words = c.wordsInside(qi);
  if (words < 1 || words > MAX_EPITHET_WORDS || !c.isWord(q.closeTok - 1)) return false;
  // In a list or a parenthesis of names; after a verb or a preposition the words are a quoted fragment
  // about the person ("trying to “protect” Clinton", "a “witch hunt” launched to “get” Hillary Clinton").
  const before = c.tokens[q.openTok - 1];
  if (!before || (before.text !== '(' && before.text !== ',')) return false;
  const after = q.closeTok + 1;
  const m = c.mentionAt(after);
  if (!m || m.kind !== 'name' || m.start !== c.tokens[after].start || c.paraOf[after] !== c.paraOf[q.closeTok]) return false;
  let next = after;
  while (next < c.tokens.length && c.tokens[next].start < m.end) next++;
  return !(next < c.tokens.length && (c.isSpeechVerb(next) || PARTICIPLE_CUES.has(c.id(next))));
}

/** The title of a work: a short quotation right after a work noun ("his book, “Doomed to Succeed,”"), a headline after "entitled". */
export function isWorkTitle(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  let k = q.openTok - 1;
  if (k >= 0 && c.tokens[k].text === ',') {
    k--;
    k = beforeDateOrVenue(c, k);
  }
  if (k < 0 || c.paraOf[k] !== c.paraOf[q.openTok] || !WORK_NOUNS.has(c.id(k))) return false;
  const words = c.wordsInside(qi);
  return words >= 1 && words <= (TITLE_VERBS.has(c.id(k)) ? MAX_HEADLINE_WORDS : MAX_TITLE_WORDS);
}

/** Longest date or venue between a work noun and its title's comma, in tokens ("on Aug. 10", "in The Hill"). */
const MAX_WORK_ADJUNCT = 5;

/**
 * "Sen. Jeff Sessions' column on Aug. 10, “The piling on must stop,”": the token before a date or venue
 * ("on"/"in" and capitalised words, initials' dots and numbers) that ends at k, or k itself when there is none.
 */
function beforeDateOrVenue(c: Ctx, k: number): number {
  let j = k;
  while (j >= 0 && k - j < MAX_WORK_ADJUNCT && (c.tokens[j].kind === 'number' || c.isNameDot(j) || (c.isWord(j) && c.upper(j)))) j--;
  if (j === k || j < 1 || (c.lw(j) !== 'on' && c.lw(j) !== 'in')) return k;
  return j - 1;
}

/** Is the quotation embedded in a sentence (scare quotes, titles, a few words) rather than a full quotation? */
export function isPartial(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  if (!q.double) return true;
  if (c.nickname[qi] === 1 || isWorkTitle(c, qi)) return true;
  const open = q.openTok;
  const para = c.paraOf[open];
  const first = c.tokens[open + 1];
  if (!first || open + 1 >= q.closeTok) return true;
  const prevK = open - 1;
  const atStart = prevK < 0 || c.paraOf[prevK] !== para;
  if (atStart) {
    return shortScare(c, qi);
  }
  if (lastOfList(c, qi)) return true;
  const prev = c.tokens[prevK];
  const prevOk =
    (prev.kind === 'punct' && /^[.!?:,;(\[—–\-…]$/.test(prev.text)) ||
    prev.kind === 'quote' ||
    c.isSpeechVerb(prevK) ||
    PARTICIPLE_CUES.has(c.id(prevK));
  const upper = c.upper(open + 1) || first.text === '…' || first.text === '.' || first.text === '[';
  if (!(prevOk && upper)) return true;
  // `called it, “Crooked Hillary”`: a capitalised phrase after a comma is still partial unless it is a sentence.
  return shortScare(c, qi);
}

/** Longest last item of a list of quotations, in words, and the tokens between it and the item before. */
const MAX_LIST_ITEM_WORDS = 4;
const MAX_LIST_JOIN = 4;

/**
 * The last item of a list of quoted phrases ("repeat, 10,000 times, “Peace Through Strength,” “Law and
 * Order,” and, yes, “Sanity.”"): a few words after "and"/"or" that follow a partial quotation closed
 * by its comma. The item is a phrase like the others, even with the sentence's full stop inside its marks.
 */
function lastOfList(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  if (qi === 0 || c.wordsInside(qi) > MAX_LIST_ITEM_WORDS) return false;
  let j = q.openTok - 1;
  let joined = false;
  while (j >= 0 && q.openTok - j <= MAX_LIST_JOIN && c.quoteOf[j] < 0) {
    const w = c.lw(j);
    if (w === 'and' || w === 'or') joined = true;
    // An aside between commas may stand by the coordinator ("and, yes,"); no cue, no other quotation.
    else if (c.tokens[j].text !== ',' && !(c.isWord(j) && c.lowerStart(j) && !c.isSpeechVerb(j))) return false;
    j--;
  }
  if (!joined || j < 0 || c.quoteOf[j] !== qi - 1 || c.raw[qi - 1].closeTok !== j || c.paraOf[j] !== c.paraOf[q.openTok]) return false;
  const inner = c.tokens[j - 1];
  return !!inner && inner.text === ',' && (isPartial(c, qi - 1) || isStandaloneTitle(c, qi - 1));
}

/** A few words with no closing punctuation followed by the sentence going on: a scare quote or title. */
export function shortScare(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  const words = c.wordsInside(qi);
  const lastInner = c.tokens[q.closeTok - 1];
  const punctEnd = lastInner.kind === 'punct' && /^[.,!?…—–\-:;]$/.test(lastInner.text);
  if (words > 4 || punctEnd) return false;
  const nx = q.closeTok + 1;
  if (nx >= c.tokens.length || c.paraOf[nx] !== c.paraOf[q.closeTok]) return words <= 2;
  const t = c.tokens[nx];
  if (t.kind === 'word') return !c.isSpeechVerb(nx) && !c.upper(nx);
  return t.text !== ',' || words <= 2;
}

/**
 * A label in marks standing as its own paragraph: one or two words and a colon ("Related:" above a list of
 * links). It introduces what follows; nobody says it (rule quote-kind.label).
 */
export function isLabel(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  const words = c.wordsInside(qi);
  if (words < 1 || words > 2 || c.tokens[q.closeTok - 1].text !== ':') return false;
  const para = c.paraOf[q.openTok];
  return (q.openTok === 0 || c.paraOf[q.openTok - 1] !== para) && (q.closeTok + 1 >= c.tokens.length || c.paraOf[q.closeTok + 1] !== para);
}

/** How far into the next sentence its reference to a slogan may stand, in tokens. */
const ANAPHOR_REACH = 20;

/**
 * A quotation the next sentence calls a slogan (''The economy, stupid.'' ¶ "… may not have stuck that
 * slogan to the wall …"): "that"/"this" and a slogan noun in the sentence right after it (rule quote-kind.named-slogan).
 */
export function isNamedSlogan(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  const from = q.closeTok + 1;
  const sentence = from < c.tokens.length ? c.tokens[from].sentence : -1;
  for (let k = from + 1; k < c.tokens.length && k - from <= ANAPHOR_REACH && c.tokens[k].sentence === sentence; k++) {
    if (c.quoteOf[k] >= 0) return false;
    const d = c.lw(k - 1);
    if (TERM_ANAPHORS.has(c.id(k)) && (d === 'that' || d === 'this')) return true;
  }
  return false;
}

/** `author="carlquintanilla"`: the value of a markup attribute left in the text, not a quotation. */
export function isMarkupValue(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  const prev = c.tokens[q.openTok - 1];
  return !!prev && prev.text === '=' && prev.end === c.tokens[q.openTok].start;
}

/**
 * The title of a show or work named by its owner or venue: a title-case quotation after a possessive
 * ("NBC's “Nightly News,”", "DuVernay’s “13th”") or after "on"/"of" ("On “Face the Nation,” …").
 */
export function isOwnedTitle(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  const prev = q.openTok - 1;
  if (prev < 0 || c.paraOf[prev] !== c.paraOf[q.openTok]) return false;
  const words = titleCaseWords(c, qi);
  if (words === 0) return false;
  if (c.isPossessiveWord(prev) && c.tokens[prev].text.length > 3) return true;
  const w = c.lw(prev);
  return (w === 'on' || w === 'of') && words >= 2;
}

/**
 * A broadcaster's programme (rule quote-kind.program-title): a title-case quotation owned by a name in
 * capitals ("on CBS's “Face the Nation”", "told MSNBC's “Morning Joe”"). A term even after a cue: the show
 * says nothing (a person's slogan, "Trump's “Make America Great Again”", stays their words).
 */
function isProgramTitle(c: Ctx, qi: number): boolean {
  const prev = c.raw[qi].openTok - 1;
  if (prev < 0 || c.paraOf[prev] !== c.paraOf[c.raw[qi].openTok] || !c.isPossessiveWord(prev)) return false;
  const owner = c.tokens[prev].text.replace(/['’]s$/u, '');
  return owner.length >= 2 && /^\p{Lu}+$/u.test(owner) && titleCaseWords(c, qi) > 0;
}

/** How many words a title-case quotation of at most eight words holds ("Face the Nation"), else 0. */
function titleCaseWords(c: Ctx, qi: number): number {
  const q = c.raw[qi];
  let words = 0;
  for (let k = q.openTok + 1; k < q.closeTok; k++) {
    if (!c.isWord(k)) continue;
    const t = c.tokens[k].text;
    const upper = c.upper(k) || /^\d/.test(t);
    // Short lower-case words ("of", "the", "and") may stand inside a title; any other word is capitalised.
    if (!upper && (words === 0 || t.length > 3 || c.tokens[k].kind !== 'word')) return 0;
    words++;
  }
  return words <= 8 ? words : 0;
}

/** A title after a work noun ("his book, “Doomed to Succeed”"); after "called" only in title case. */
function isNamedWork(c: Ctx, qi: number): boolean {
  if (!isWorkTitle(c, qi)) return false;
  const q = c.raw[qi];
  let k = q.openTok - 1;
  if (c.tokens[k].text === ',') k--;
  return !NAMING_VERBS.has(c.id(k)) || titleCaseWords(c, qi) > 0;
}

/**
 * A title standing alone: title-case words not closed as a sentence, with no cue (“Bloodline,” and the
 * PBS medical drama, “Mercy Street,”; ''Tales From the Crypt,'' an HBO series).
 */
export function isStandaloneTitle(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  if (titleCaseWords(c, qi) === 0) return false;
  let k = q.closeTok - 1;
  while (k > q.openTok && (c.tokens[k].kind === 'quote' || c.tokens[k].text === ',')) k--;
  return k > q.openTok && c.isWord(k);
}

/**
 * Words printed on an object: right after "read"/"reading" (a shirt that read “…”), before "read one",
 * or after a speech verb whose subject is an object ("signs saying", "water bottles that said").
 */
export function isSignText(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  let b = q.openTok - 1;
  if (b >= 0 && c.tokens[b].text === ',') b--;
  if (b >= 0 && SIGN_CUES.has(c.id(b))) return true;
  if (b >= 1 && (c.isSpeechVerb(b) || PARTICIPLE_CUES.has(c.id(b)))) {
    let o = b - 1;
    if (o >= 1 && (c.lw(o) === 'that' || c.lw(o) === 'which')) o--;
    if (SIGN_OBJECTS.has(c.id(o)) && c.paraOf[o] === c.paraOf[q.openTok]) return true;
  }
  let a = q.closeTok + 1;
  if (a < c.tokens.length && c.tokens[a].text === ',') a++;
  if (!(a < c.tokens.length && SIGN_CUES.has(c.id(a))) || c.mentionAt(a + 1)) return false;
  // "read the statement", "read the email": a document's words are writing.
  for (let k = a + 1; k <= a + 3 && k < c.tokens.length && c.isWord(k); k++) if (DOCUMENT_HEADS.has(c.id(k)) || WRITING_CUES.has(c.id(k))) return false;
  return true;
}

/** Longest parenthetical read after a quotation, in tokens ("(St. Gallen general election poster 2003)"). */
const MAX_CITATION = 10;

/**
 * A quotation followed right away by a parenthetical that dates it — “Yes to minaret ban” (2009), “We
 * Swiss are …” (election poster 2003), “The Art of the Deal” (1987): a slogan, a poster or a title cited
 * with its year, not somebody's words in this story (rule quote-kind.dated-citation).
 */
export function isDatedCitation(c: Ctx, qi: number): boolean {
  const q = c.raw[qi];
  const open = q.closeTok + 1;
  if (open >= c.tokens.length || c.tokens[open].text !== '(' || c.paraOf[open] !== c.paraOf[q.closeTok]) return false;
  for (let k = open + 1; k < c.tokens.length && k - open <= MAX_CITATION; k++) {
    const t = c.tokens[k];
    if (t.text === ')') return false;
    if (c.isSpeechVerb(k)) return false;
    if (t.kind === 'number' && /^(1[89]|20)\d\d$/.test(t.text) && c.tokens[k + 1]?.text === ')') return true;
  }
  return false;
}

/** One or two words in marks that nobody is credited with: a scare quote ("a “sex tape” reference"). */
export function isScareQuote(c: Ctx, qi: number): boolean {
  const words = c.wordsInside(qi);
  return words >= 1 && words <= 2;
}

/**
 * The kind of quotation `qi`: `term` for words nobody says (rules quote-kind.nickname, .epithet, .quoted-subject, .label, .named-slogan, .work-title,
 * .markup, .sign, .dated-citation, .owned-title, .standalone-title, .scare), `writing` when a writing cue credits it (.writing), else `speech`.
 * `a` is the attribution found for it, if any (its cue, source words and whether a person is credited).
 */
export function quoteKind(c: Ctx, qi: number, partial: boolean, a: Attribution | null): QuoteKind {
  const cue = a ? a.cue : null;
  const source = a ? a.mention : null;
  const personal = !!a && (a.kind === 'person' || !!a.person);
  if (c.nickname[qi] === 1 || isNamedWork(c, qi) || isMarkupValue(c, qi) || isSignText(c, qi) || (!cue && isDatedCitation(c, qi)) || isEpithet(c, qi) || isProgramTitle(c, qi)) return 'term';
  if (!cue && (isQuotedSubject(c, qi) || isLabel(c, qi) || isNamedSlogan(c, qi))) return 'term';
  if (cue) {
    // The cue is a span (it may be two words, "according to") and the source a phrase: their words are
    // looked up by form, not by token.
    const w = cue.text.toLowerCase();
    // "the letter reads" is writing and "he read" speech; "a sign read" / "a T-shirt reading" is a term.
    if (SIGN_CUES.hasWord(w) && !personal) return source && (WRITING_CUES.hasWord(lastWord(source.text)) || DOCUMENT_HEADS.hasWord(lastWord(source.text))) ? 'writing' : 'term';
    return WRITING_CUES.hasWord(w) ? 'writing' : 'speech';
  }
  // With a cue it stays speech: news copy quotes slogans and song titles as their speaker's words
  // (“a goal of “Peace Through Strength””, PolNeAR credits them).
  if (partial && isOwnedTitle(c, qi)) return 'term';
  if (isStandaloneTitle(c, qi)) return 'term';
  if (partial && !a && isScareQuote(c, qi)) return 'term';
  return 'speech';
}
