import type { ArticleEvent, Mention, Person, Quote, Sentence, TextModel, TimeExpression, Token } from '../types';
import type { PeopleResult } from '../people';
import { DETERMINERS, SUBJECT_PRONOUNS, pronounForms } from '../lexicon';
import { sortKeyOf } from '../time';
import { shortName } from '../shortName';
import { tokenIndexAt } from '../text/lookup';
import type { SyntaxLayer } from '../syntax/layer';
import { attachTime, childrenOf, timeMovesOn, wordsOf } from './attach';
import { nounTitle } from './nounTitle';
import { isPlanned } from './planned';
import { nounPhraseLabel, subjectWord } from './subject';
import { parseObject, type ObjectContext } from './object';
import { ASPECTUAL_VERBS, AUXILIARIES, FUNCTION_WORDS, LIGHT_VERBS, SPEECH_VERBS, SUBORDINATORS, isCopula, thirdPerson, verbInfo, type VerbInfo } from './verbs';

// An event is a clause with a reportable action (a past-tense or -ing verb)
// and a time anchor: its own time expression, a coordinated verb sharing the
// anchor ("spoke with him on January 7 and invited him"), or an "after X's
// <noun>" phrase whose noun names an already dated event ("hours after
// Maduro's capture").

const CLAUSE_BREAK = new Set([';', ':', '—', '–', '(', ')']);
const PREPOSITIONS_AFTER_VERB = new Set(['with', 'to', 'for', 'against', 'on', 'at', 'in', 'from', 'into', 'about', 'over']);
const MAX_TITLE_OBJECT_WORDS = 4;
/** How far (in tokens) from its time expression an event's verb may be; also keeps the scan linear. */
const MAX_ANCHOR_DISTANCE = 30;
const GIST_WORDS = 5;

interface Anchor {
  time: TimeExpression;
  date: string;
  clock: string | null;
}

interface VerbAt {
  index: number;
  info: VerbInfo;
}

/**
 * What each token is as a verb, for one analysis: the scans below ask about the same token several times
 * (anchor search, coordination, subject phrase, object phrase, passive), so each token's `verbInfo` is
 * computed once, on first use, and kept for this article only.
 */
class TokenVerbs {
  private readonly memo: Array<VerbInfo | null | undefined>;
  constructor(private readonly tokens: readonly Token[]) {
    this.memo = new Array<VerbInfo | null | undefined>(tokens.length).fill(undefined);
  }

  at(i: number): VerbInfo | null {
    let v = this.memo[i];
    if (v === undefined) {
      v = verbInfo(this.tokens[i].text);
      this.memo[i] = v;
    }
    return v;
  }
}

/** The article's people by id, and the name an event title calls each one (both for this analysis only). */
class Cast {
  readonly byId: Map<string, Person>;
  private readonly titles = new Map<Person, string>();

  constructor(people: readonly Person[]) {
    this.byId = new Map<string, Person>(people.map((p) => [p.id, p]));
    // The short name a title uses, unless two people of the article share it ("Clinton" for Bill and Hillary).
    const shorts = people.map((p) => shortName(p));
    const count = new Map<string, number>();
    for (const n of shorts) count.set(n, (count.get(n) ?? 0) + 1);
    people.forEach((p, k) => this.titles.set(p, (count.get(shorts[k]) ?? 0) > 1 ? p.name : shorts[k]));
  }

  titleName(p: Person): string {
    return this.titles.get(p) ?? shortName(p);
  }
}

export function findEvents(model: TextModel, people: PeopleResult, quotes: readonly Quote[], times: readonly TimeExpression[], syntax: SyntaxLayer | null = null): ArticleEvent[] {
  const cast = new Cast(people.people);
  const verbs = new TokenVerbs(model.tokens);
  const quoteDepth = quoteDepthByToken(model.tokens, quotes);
  const events: ArticleEvent[] = [];
  const timesBySentence = groupTimesBySentence(model, times);
  const datedSentences = new Set<number>();

  if (syntax) for (const s of model.sentences) {
    const sentenceTimes = timesBySentence.get(s.index) ?? [];
    const anchors = sentenceTimes.map(toAnchor).filter((a): a is Anchor => a !== null);
    const sw = syntax.sentenceWords[s.index];
    const used = new Set<number>();
    for (let k = 0; k < anchors.length; k++) {
      const anchor = anchors[k];
      const [ta, tb] = tokenRange(model.tokens, s, anchor.time);
      if (ta >= tb) continue;
      const [wa, wb] = wordsOf(syntax, ta, tb);
      const at = attachTime(syntax, sw, wa, wb);
      if (at.relation !== 'at' || !at.event) continue;
      const w = syntax.words[at.event.word];
      if (quoteDepth[w.token] || used.has(w.token)) continue;
      used.add(w.token);
      datedSentences.add(s.index);
      const verb: VerbAt = { index: w.token, info: { base: w.lemma.toLowerCase(), form: w.xpos === 'VBG' ? 'gerund' : 'past' } };
      const inTime = (o: number) => sentenceTimes.some((t) => t.start <= o && o < t.end);
      const parsedSubject = (word: number): Subject | null => {
        const sv = subjectWord(syntax, sw, word);
        if (sv < 0) return null;
        const sword = syntax.words[sv];
        // "HEMPSTEAD, N.Y. (AP) —": a wire dateline's place is no subject.
        if (sword.token - s.tokenStart < 4 && sword.end - sword.start > 2 && /^\p{Lu}+$/u.test(model.text.slice(sword.start, sword.end))) return null;
        if (sword.upos === 'NOUN' && !people.mentionAt(sword.start) && !inTime(sword.start)) return { label: nounPhraseLabel(model.text, syntax, sw, sv), person: null, plural: sword.xpos === 'NNS' };
        return subjectAt(model.tokens, s, sword.token, people, cast, inTime);
      };
      const subject = parsedSubject(at.event.word);
      const objectCtx: ObjectContext = {
        text: model.text,
        layer: syntax,
        sentence: sw,
        inTime,
        personAt: (o) => {
          const m = people.mentionAt(o);
          const p = m && cast.byId.get(m.person);
          return p ? cast.titleName(p) : null;
        },
      };
      const event = makeEvent(model, people, cast, verbs, s, verb, anchor, { times: sentenceTimes, quotes, object: parseObject(objectCtx, at.event.word) }, subject);
      if (isPlanned(syntax, sw, at.event.word)) event.planned = true;
      if (w.upos === 'NOUN') {
        // An event noun is its own title ("Maduro’s capture"), and its word, not its token ("power-grab" is one token).
        event.title = nounTitle(model.text, syntax, sw, at.event.word, inTime);
      }
      events.push(event);
      // "began delving Thursday": an aspectual verb happens when its complement does.
      const parent = w.deprel === 'xcomp' && w.head >= 0 ? syntax.words[w.head] : null;
      if (parent && parent.upos === 'VERB' && ASPECTUAL_VERBS.has(parent.lemma.toLowerCase()) && !quoteDepth[parent.token] && !used.has(parent.token)) {
        used.add(parent.token);
        events.push(makeEvent(model, people, cast, verbs, s, { index: parent.token, info: { base: parent.lemma.toLowerCase(), form: parent.xpos === 'VBG' ? 'gerund' : 'past' } }, anchor, { times: sentenceTimes, quotes, dating: 'shared', object: parseObject(objectCtx, w.head) }, parsedSubject(w.head)));
      }
      // Coordinated verbs after the anchor share it: "spoke with him on January 7 and invited him".
      const nextAnchorStart = k + 1 < anchors.length ? anchors[k + 1].time.start : Infinity;
      for (const c of childrenOf(syntax.words, sw, at.event.word)) {
        const cw = syntax.words[c];
        if (cw.deprel !== 'conj' || cw.upos !== 'VERB' || cw.start < anchor.time.end || cw.start >= nextAnchorStart || quoteDepth[cw.token] || used.has(cw.token)) continue;
        if (timeMovesOn(model.text, syntax.words, wb, c)) continue;
        used.add(cw.token);
        const co: VerbAt = { index: cw.token, info: { base: cw.lemma.toLowerCase(), form: cw.xpos === 'VBG' ? 'gerund' : 'past' } };
        events.push(makeEvent(model, people, cast, verbs, s, co, anchor, { times: sentenceTimes, quotes, dating: 'shared', object: parseObject(objectCtx, c) }, parsedSubject(c) ?? subject ?? subjectOf(model.tokens, verbs, s, verb.index, people, cast)));
      }
    }
  }
  else for (const s of model.sentences) {
    const sentenceTimes = timesBySentence.get(s.index) ?? [];
    const anchors = sentenceTimes.map(toAnchor).filter((a): a is Anchor => a !== null);
    const used = new Set<number>();
    for (let k = 0; k < anchors.length; k++) {
      const anchor = anchors[k];
      const nextAnchorStart = k + 1 < anchors.length ? anchors[k + 1].time.start : Infinity;
      const verb = verbForAnchor(model.tokens, verbs, s, anchor.time, quoteDepth);
      if (!verb || used.has(verb.index)) continue;
      used.add(verb.index);
      datedSentences.add(s.index);
      events.push(makeEvent(model, people, cast, verbs, s, verb, anchor, { times: sentenceTimes, quotes }));
      // Coordinated verbs after the anchor share it: "spoke with him on January 7 and invited him".
      for (const co of coordinatedVerbs(model.tokens, verbs, s, anchor.time, quoteDepth, nextAnchorStart)) {
        if (used.has(co.index)) continue;
        used.add(co.index);
        events.push(makeEvent(model, people, cast, verbs, s, co, anchor, { times: sentenceTimes, quotes, dating: 'shared' }, subjectOf(model.tokens, verbs, s, verb.index, people, cast)));
      }
    }
  }

  // Inherited anchors: "after Maduro's capture" takes the date of the capture event.
  const datedByVerb = new Map<string, ArticleEvent[]>();
  for (const e of events) {
    if (!e.date) continue;
    const key = e.verb.text.slice(0, 4).toLowerCase();
    const list = datedByVerb.get(key);
    if (list) list.push(e);
    else datedByVerb.set(key, [e]);
  }
  for (const s of model.sentences) {
    if (datedSentences.has(s.index)) continue;
    const inherited = inheritedAnchor(model.tokens, s, datedByVerb);
    if (!inherited) continue;
    const verb = firstMainVerb(model.tokens, verbs, s, quoteDepth, inherited.afterIndex);
    if (!verb) continue;
    datedSentences.add(s.index);
    events.push(makeEvent(model, people, cast, verbs, s, verb, inherited.anchor, { times: timesBySentence.get(s.index) ?? [], quotes, dating: 'inherited' }));
  }

  // Undated events: a person did something, with no time in the sentence.
  for (const s of model.sentences) {
    if (datedSentences.has(s.index)) continue;
    const verb = firstMainVerb(model.tokens, verbs, s, quoteDepth, s.tokenEnd);
    if (!verb || verb.info.form !== 'past' || SPEECH_VERBS.has(verb.info.base)) continue;
    const subject = subjectOf(model.tokens, verbs, s, verb.index, people, cast);
    if (!subject || !subject.person) continue;
    events.push(makeEvent(model, people, cast, verbs, s, verb, null, { times: timesBySentence.get(s.index) ?? [], quotes }));
  }

  return sortEvents(events);
}

function toAnchor(t: TimeExpression): Anchor | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const m = /^(\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q\d))?)(?:T(\d{2}:\d{2}))?/.exec(t.value);
  if (!m || !sortKeyOf(m[1])) return null;
  return { time: t, date: m[1], clock: m[2] ?? null };
}

function groupTimesBySentence(model: TextModel, times: readonly TimeExpression[]): Map<number, TimeExpression[]> {
  const out = new Map<number, TimeExpression[]>();
  let si = 0;
  for (const t of times) {
    while (si < model.sentences.length && model.sentences[si].end < t.start) si++;
    const s = model.sentences[si];
    if (!s || t.start < s.start) continue;
    const list = out.get(s.index);
    if (list) list.push(t);
    else out.set(s.index, [t]);
  }
  return out;
}

/**
 * For each token, whether it sits inside a quotation (events come from the reporter's narration). The quotes
 * engine's spans are the authority: they already handle unbalanced and multi-paragraph quotes.
 */
function quoteDepthByToken(tokens: readonly Token[], quotes: readonly Quote[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    if (q < quotes.length && quotes[q].start <= t.start && t.end <= quotes[q].end) inside[i] = 1;
  }
  return inside;
}

function tokenRange(tokens: readonly Token[], s: Sentence, span: { start: number; end: number }): [number, number] {
  let a = Math.max(s.tokenStart, tokenIndexAt(tokens, span.start));
  if (a < s.tokenEnd && tokens[a].end <= span.start) a++;
  let b = a;
  while (b < s.tokenEnd && tokens[b].start < span.end) b++;
  return [a, b];
}

function isVerbToken(tokens: readonly Token[], verbs: TokenVerbs, i: number, quoteDepth: Uint8Array, sentenceStart: number): VerbInfo | null {
  const t = tokens[i];
  if (t.kind !== 'word' || quoteDepth[i]) return null;
  // Capitalised words are names, except at the start of a sentence.
  if (/^\p{Lu}/u.test(t.text) && i !== sentenceStart) return null;
  const info = verbs.at(i);
  if (!info) return null;
  const prev = tokens[i - 1];
  // "the elected official", "a planned speech": a participle used as an adjective.
  if (prev && prev.kind === 'word' && DETERMINERS.has(prev.text.toLowerCase()) && i - 1 >= sentenceStart) return null;
  // "lived in distressed neighborhoods": a past participle right after a preposition is an adjective;
  // "all about demonstrating": likewise a gerund after a preposition is a noun.
  if (prev && prev.kind === 'word' && ADJECTIVE_AFTER.has(prev.text.toLowerCase()) && i - 1 >= sentenceStart) return null;
  return info;
}

const ADJECTIVE_AFTER = new Set(['in', 'of', 'for', 'with', 'from', 'into', 'about', 'among', 'between', 'very', 'more', 'most', 'less', 'least', 'so', 'too']);

/** The verb the anchor modifies: nearest verb to the left within its clause, else to the right. */
function verbForAnchor(tokens: readonly Token[], verbs: TokenVerbs, s: Sentence, time: TimeExpression, quoteDepth: Uint8Array): VerbAt | null {
  const [a, b] = tokenRange(tokens, s, time);
  const from = Math.max(s.tokenStart, a - MAX_ANCHOR_DISTANCE);
  const to = Math.min(s.tokenEnd, b + MAX_ANCHOR_DISTANCE);
  // "was", "had", "did" report no action of their own ("the meeting was on Tuesday"): look past them.
  for (let i = a - 1; i >= from; i--) {
    const t = tokens[i];
    if (t.kind === 'punct' && CLAUSE_BREAK.has(t.text)) break;
    if (t.kind === 'quote' && quoteDepth[i] && i < a - 1 && isClosingMark(t.text)) break;
    const info = isVerbToken(tokens, verbs, i, quoteDepth, s.tokenStart);
    if (info && !LIGHT_VERBS.has(info.base)) return { index: i, info };
  }
  for (let i = b; i < to; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && CLAUSE_BREAK.has(t.text)) break;
    const info = isVerbToken(tokens, verbs, i, quoteDepth, s.tokenStart);
    if (info && !LIGHT_VERBS.has(info.base)) return { index: i, info };
  }
  return null;
}

function isClosingMark(mark: string): boolean {
  return mark === '”' || mark === '"' || mark === "''";
}

/** Verbs joined by "and" after the anchor, up to the next time expression: "spoke with him on January 7 and invited him". */
function coordinatedVerbs(tokens: readonly Token[], verbs: TokenVerbs, s: Sentence, time: TimeExpression, quoteDepth: Uint8Array, nextAnchorStart: number): VerbAt[] {
  const [, b] = tokenRange(tokens, s, time);
  const out: VerbAt[] = [];
  const to = Math.min(s.tokenEnd - 1, b + MAX_ANCHOR_DISTANCE);
  for (let i = b; i < to; i++) {
    const t = tokens[i];
    if (t.start >= nextAnchorStart) break;
    if (t.kind === 'punct' && CLAUSE_BREAK.has(t.text)) break;
    if (t.text.toLowerCase() === 'and') {
      let j = i + 1;
      while (j < s.tokenEnd && AUXILIARIES.has(tokens[j].text.toLowerCase())) j++;
      const info = j < s.tokenEnd ? isVerbToken(tokens, verbs, j, quoteDepth, s.tokenStart) : null;
      if (info && info.form === 'past') out.push({ index: j, info });
    }
  }
  return out;
}

function firstMainVerb(tokens: readonly Token[], verbs: TokenVerbs, s: Sentence, quoteDepth: Uint8Array, before: number): VerbAt | null {
  let from = s.tokenStart;
  // "As Breitbart News noted, Trump cautioned …": the main clause follows the subordinate one.
  if (SUBORDINATORS.has(tokens[from]?.text.toLowerCase() ?? '')) {
    let j = from;
    while (j < s.tokenEnd && tokens[j].text !== ',') j++;
    if (j < s.tokenEnd) from = j + 1;
  }
  for (let i = from; i < Math.min(before, s.tokenEnd); i++) {
    const info = isVerbToken(tokens, verbs, i, quoteDepth, s.tokenStart);
    if (!info || info.form !== 'past' || LIGHT_VERBS.has(info.base)) continue;
    // Skip participles opening a subordinate clause ("Asked about …").
    if (i === s.tokenStart) continue;
    return { index: i, info };
  }
  return null;
}

interface Subject {
  label: string;
  person: Person | null;
  /** Takes a plural verb ("they meet", "demonstrators march"). */
  plural?: boolean;
}

const NO_TIME = (): boolean => false;
/** Longest appositive (in tokens) stepped over to find a subject: ", 27 and 29 years old, respectively,". */
const MAX_APPOSITIVE = 10;
/** Longest subject noun phrase (in tokens) searched for its head. */
const MAX_SUBJECT_PHRASE = 14;
/** Subject pronouns that take the plain verb form ("they say", "I say"): all but he, she, it. */
const PLURAL_PRONOUNS = pronounForms((p) => p.case === 'nominative' && !(p.person === 3 && p.number === 'singular'));

/** Who did it: the nearest person, name or noun phrase before the verb in its clause. */
function subjectOf(tokens: readonly Token[], verbs: TokenVerbs, s: Sentence, verbIndex: number, people: PeopleResult, cast: Cast, inTime: (offset: number) => boolean = NO_TIME): Subject | null {
  let i = verbIndex - 1;
  while (i >= s.tokenStart && tokens[i].kind === 'word' && (AUXILIARIES.has(tokens[i].text.toLowerCase()) || /ly$/.test(tokens[i].text))) i--;
  if (i < s.tokenStart) return subjectAfterSubordinate(tokens, s, verbIndex, people, cast);
  const t = tokens[i];
  if (t.kind === 'word' && SUBORDINATORS.has(t.text.toLowerCase())) return subjectAfterSubordinate(tokens, s, verbIndex, people, cast);
  if (t.kind === 'punct' && t.text === ',') {
    // "Jimmy Tompkins, 31, tossed …": step back over a short appositive to the name before it.
    // ("Sarah and Timothy Rogers, 27 and 29 years old, respectively, rode": the appositive may hold commas.)
    for (let j = i - 1; j >= Math.max(s.tokenStart, i - MAX_APPOSITIVE); j--) {
      if (tokens[j].kind !== 'punct' || tokens[j].text !== ',' || j - 1 < s.tokenStart) continue;
      const before = subjectAt(tokens, s, j - 1, people, cast, inTime);
      if (before && (before.person || /^\p{Lu}/u.test(before.label))) return before;
    }
    // "Trump, who …, said" or an opening subordinate clause: look for the main clause's subject.
    return subjectAfterSubordinate(tokens, s, verbIndex, people, cast);
  }
  if (t.kind === 'punct' && t.text === ')') {
    // "Sen. Bernie Moreno (R-OH) said": step over the parenthesis.
    let j = i;
    while (j > s.tokenStart && tokens[j].text !== '(') j--;
    return j > s.tokenStart ? subjectAt(tokens, s, j - 1, people, cast, inTime) : null;
  }
  return subjectAt(tokens, s, phraseHead(tokens, verbs, s, i), people, cast, inTime);
}

const ARTICLES = new Set(['the', 'a', 'an']);
const HEAD_BREAKERS = new Set(['of', 'at', 'in', 'on', 'for', 'from', 'with', 'by', 'near', 'outside', 'inside']);

/**
 * The head of the noun phrase that ends at token i: "the windows of the CVS at the popular Epicentre in
 * Uptown [were covered]" → "windows". Only when the phrase opens with a determiner at its clause start and a
 * preposition follows the head; otherwise token i itself.
 */
function phraseHead(tokens: readonly Token[], verbs: TokenVerbs, s: Sentence, i: number): number {
  let start = i;
  while (start - 1 >= s.tokenStart && start > i - MAX_SUBJECT_PHRASE) {
    const t = tokens[start - 1];
    if ((t.kind !== 'word' && t.kind !== 'number') || SUBORDINATORS.has(t.text.toLowerCase()) || verbs.at(start - 1)) break;
    start--;
  }
  // ("that" may be a conjunction: "found that 1 in 4 residents lived".)
  if (!ARTICLES.has(tokens[start].text.toLowerCase())) return i;
  for (let j = start + 1; j < i; j++) {
    if (HEAD_BREAKERS.has(tokens[j].text.toLowerCase())) return j - 1 > start && tokens[j - 1].kind === 'word' ? j - 1 : i;
  }
  return i;
}

function subjectAt(tokens: readonly Token[], s: Sentence, i: number, people: PeopleResult, cast: Cast, inTime: (offset: number) => boolean): Subject | null {
  const t = tokens[i];
  if (t.kind !== 'word' || inTime(t.start)) return null;
  const mention: Mention | undefined = people.mentionAt(t.start) ?? people.mentionAt(t.end - 1);
  if (mention) {
    const p = cast.byId.get(mention.person);
    if (p) return { label: cast.titleName(p), person: p };
  }
  const lower = t.text.toLowerCase();
  // An unresolved pronoun still says who acted, as the article says it.
  if (SUBJECT_PRONOUNS.has(lower)) return { label: lower === 'i' ? 'I' : t.text.charAt(0).toUpperCase() + lower.slice(1), person: null, plural: PLURAL_PRONOUNS.has(lower) };
  // A capitalised name that is not a person ("the United States", "Breitbart News").
  if (/^\p{Lu}/u.test(t.text)) {
    let j = i;
    while (j - 1 >= s.tokenStart && tokens[j - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[j - 1].text) && j - 1 !== s.tokenStart) j--;
    if (j - 1 === s.tokenStart && tokens[j - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[j - 1].text) && !DETERMINERS.has(tokens[j - 1].text.toLowerCase())) j--;
    return { label: tokens.slice(j, i + 1).map((x) => stripPossessive(x.text)).join(' '), person: null };
  }
  // A common noun phrase: "the meeting", "the U.S. press pool" (head noun only).
  if (/^\p{Ll}/u.test(t.text) && !DETERMINERS.has(t.text) && t.text.length > 2) {
    const prev = tokens[i - 1];
    const det = prev && prev.kind === 'word' && DETERMINERS.has(prev.text.toLowerCase()) ? '' : '';
    return { label: det + t.text, person: null, plural: /[^s]s$/.test(t.text) };
  }
  return null;
}

/** "After again putting Petro on notice on January 4, Trump spoke …": the subject follows the comma. */
function subjectAfterSubordinate(tokens: readonly Token[], s: Sentence, verbIndex: number, people: PeopleResult, cast: Cast): Subject | null {
  for (let i = verbIndex + 1; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text === ',') {
      const next = tokens[i + 1];
      if (!next) return null;
      const mention = people.mentionAt(next.start);
      if (mention) {
        const p = cast.byId.get(mention.person);
        if (p) return { label: cast.titleName(p), person: p };
      }
      return null;
    }
  }
  return null;
}

/** What the action was done to: a person, a name or a short noun phrase right after the verb. */
function objectOf(tokens: readonly Token[], verbs: TokenVerbs, s: Sentence, verbIndex: number, people: PeopleResult, cast: Cast, inTime: (offset: number) => boolean): string {
  let i = verbIndex + 1;
  let prep = '';
  if (i < s.tokenEnd && PREPOSITIONS_AFTER_VERB.has(tokens[i].text.toLowerCase()) && !inTime(tokens[i + 1]?.start ?? -1)) {
    prep = tokens[i].text.toLowerCase();
    i++;
  }
  // A person within the object's noun phrase ("captured former Venezuelan dictator Nicolás Maduro", "spoke with him").
  for (let j = i; j < Math.min(s.tokenEnd, i + 6); j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || inTime(t.start)) break;
    const m = people.mentionAt(t.start);
    const p = m && cast.byId.get(m.person);
    // A pronoun only as the object itself ("invited him"), not inside a longer phrase ("a speech he gave").
    if (p && (m.kind === 'name' || j === i)) return join(prep, cast.titleName(p));
    if (m && m.kind !== 'name') break;
    const lw = t.text.toLowerCase();
    if (PREPOSITIONS_AFTER_VERB.has(lw) || FUNCTION_WORDS.has(lw) || lw === 'of' || (j > i && verbs.at(j))) break;
  }
  // Otherwise a noun phrase: skip a determiner, take up to a few content words.
  const words: string[] = [];
  let j = i;
  if (j < s.tokenEnd && DETERMINERS.has(tokens[j].text.toLowerCase())) j++;
  for (; j < s.tokenEnd && words.length < MAX_TITLE_OBJECT_WORDS; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || inTime(t.start)) break;
    const lw = t.text.toLowerCase();
    if (PREPOSITIONS_AFTER_VERB.has(lw) || FUNCTION_WORDS.has(lw) || SUBORDINATORS.has(lw) || isCopula(lw) || lw === 'and' || lw === 'or' || lw === 'of' || lw === 'by') break;
    if (words.length > 0 && verbs.at(j)) break;
    words.push(stripPossessive(t.text));
  }
  return words.length ? join(prep, words.join(' ')) : '';
}

/** The first words of the quotation a speech verb introduces: `“They make cocaine in Colombia…”`. */
function quotedGist(quotes: readonly Quote[], verb: Token): string {
  const q = quotes.find((x) => x.cue && x.cue.start <= verb.start && verb.end <= x.cue.end);
  if (!q) return '';
  const words = q.text.replace(/^[“"‘'\s]+|[”"’'\s]+$/g, '').split(/\s+/);
  const gist = words.slice(0, GIST_WORDS).join(' ').replace(/[,.;:!?]+$/, '');
  return `“${gist}${words.length > GIST_WORDS ? '…' : ''}”`;
}

/** A past participle after a form of "be" (adverbs and "not" between allowed). */
function isPassive(tokens: readonly Token[], verbs: TokenVerbs, s: Sentence, verbIndex: number): boolean {
  if (verbs.at(verbIndex)?.form !== 'past') return false;
  for (let i = verbIndex - 1; i >= Math.max(s.tokenStart, verbIndex - 3); i--) {
    const w = tokens[i].text.toLowerCase();
    if (isCopula(w)) return true;
    if (!(w === 'not' || w === 'still' || w === 'also' || w.endsWith('ly'))) return false;
  }
  return false;
}

function join(a: string, b: string): string {
  return b ? (a ? `${a} ${b}` : b) : '';
}

function stripPossessive(w: string): string {
  return w.replace(/['’]s$/u, '');
}

function makeEvent(
  model: TextModel,
  people: PeopleResult,
  cast: Cast,
  verbs: TokenVerbs,
  s: Sentence,
  verb: VerbAt,
  anchor: Anchor | null,
  ctx: { times: readonly TimeExpression[]; quotes: readonly Quote[]; dating?: 'shared' | 'inherited'; object?: string },
  subjectOverride?: Subject | null,
): ArticleEvent {
  const tokens = model.tokens;
  const inTime = (offset: number) => ctx.times.some((t) => t.start <= offset && offset < t.end);
  const subject = subjectOverride ?? subjectOf(tokens, verbs, s, verb.index, people, cast, inTime);
  let object = ctx.object ?? objectOf(tokens, verbs, s, verb.index, people, cast, inTime);
  if (!object && SPEECH_VERBS.has(verb.info.base)) object = quotedGist(ctx.quotes, tokens[verb.index]);
  // "Trump accepts Trump": a reflexive object adds nothing.
  if (subject && object === subject.label) object = '';
  // Passive ("the poll was conducted", "windows were covered"): headline style keeps the participle.
  const verbWord = isPassive(tokens, verbs, s, verb.index) ? tokens[verb.index].text.toLowerCase() : subject?.plural ? verb.info.base : thirdPerson(verb.info.base);
  const title = [subject?.label, verbWord, object].filter(Boolean).join(' ');
  const v = tokens[verb.index];
  const clause = clauseAround(tokens, s, verb.index, anchor?.time ?? null);
  return {
    start: clause.start,
    end: clause.end,
    text: model.text.slice(clause.start, clause.end),
    title: title.charAt(0).toUpperCase() + title.slice(1),
    date: anchor ? anchor.date : null,
    time: anchor ? anchor.clock : null,
    verb: { start: v.start, end: v.end, text: v.text },
    sentence: { start: s.start, end: s.end },
    anchor: anchor ? { start: anchor.time.start, end: anchor.time.end } : null,
    dating: anchor ? (ctx.dating ?? 'own') : null,
  };
}

/** The clause: from the clause break before the verb to the one after it, widened to cover the anchor. */
function clauseAround(tokens: readonly Token[], s: Sentence, verbIndex: number, anchor: TimeExpression | null): { start: number; end: number } {
  let a = verbIndex;
  while (a - 1 >= s.tokenStart && !(tokens[a - 1].kind === 'punct' && (CLAUSE_BREAK.has(tokens[a - 1].text) || tokens[a - 1].text === ','))) a--;
  let b = verbIndex;
  while (b + 1 < s.tokenEnd && !(tokens[b + 1].kind === 'punct' && (CLAUSE_BREAK.has(tokens[b + 1].text) || tokens[b + 1].text === ',' || tokens[b + 1].text === '.'))) b++;
  let start = tokens[a].start;
  let end = tokens[b].end;
  if (anchor) {
    start = Math.min(start, anchor.start);
    end = Math.max(end, anchor.end);
  }
  return { start, end };
}

const AFTER_NOUN = /^(?:after|following|since|before)$/i;

/** "hours after Maduro’s capture": the date of the event whose verb the noun names. */
function inheritedAnchor(tokens: readonly Token[], s: Sentence, datedByVerb: ReadonlyMap<string, readonly ArticleEvent[]>): { anchor: Anchor; afterIndex: number } | null {
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    if (!AFTER_NOUN.test(tokens[i].text) || tokens[i].text.toLowerCase() === 'before') continue;
    // The noun: the word after a possessive ("Maduro’s capture") or after "the" ("the capture").
    for (let j = i + 1; j < Math.min(s.tokenEnd, i + 4); j++) {
      const w = tokens[j];
      if (w.kind !== 'word' || !/^\p{Ll}/u.test(w.text) || DETERMINERS.has(w.text)) continue;
      const stem = w.text.toLowerCase().replace(/(?:ion|ing|ment|e)$/, '');
      if (stem.length < 4) break;
      const source = datedByVerb.get(stem.slice(0, 4))?.find((e) => e.verb.text.toLowerCase().startsWith(stem));
      if (source && source.date) {
        const t: TimeExpression = { start: tokens[i].start, end: w.end, text: '', type: 'DATE', value: source.date, relative: true };
        return { anchor: { time: t, date: source.date, clock: null }, afterIndex: i };
      }
      break;
    }
  }
  return null;
}

/** Chronological; a week or month sorts by its first day; same-day events by time; undated last. */
export function sortEvents(events: ArticleEvent[]): ArticleEvent[] {
  const keyed = events.map((e, i) => ({ e, i, key: e.date ? sortKeyOf(e.date) ?? '9999' : '9999', clock: e.time ?? '' }));
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.clock < y.clock ? -1 : x.clock > y.clock ? 1 : x.i - y.i));
  return keyed.map((k) => k.e);
}

