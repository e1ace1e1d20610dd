// Event titles, headline style: who + verb (present tense, from the lemma) + what. The word-based
// subject and object finders serve the word scan and fill in where the parse gives no subject.
import { NON_PERSON_HEADS } from '../people/lexicon';
import { nameList } from '../shortName';
import { PRONOUN_ENTRIES } from '../lexicon';
import type { ArticleEvent, Mention, Person, Quote, Sentence, TextModel, TimeExpression, Token } from '../types';
import type { PeopleResult } from '../people';
import { Lex, WordClass, wordId } from '../lexicon/vocabulary';
import { TITLE_ABBREVIATIONS } from '../text/segment';
import { HEAD_BREAKERS, PREPOSITIONS_AFTER_VERB, REPORTING_VERBS, particleWords, thirdPerson } from './verbs';
import { type Anchor, type Cast, type EventContext, type TokenVerbs, type VerbAt } from './context';

/** How an event was found, besides its verb and anchor. */
export interface EventOptions {
  /** Set for a date that is not the event's own: a coordinated or aspectual verb's, or an inherited one. */
  dating?: 'shared' | 'inherited';
  /** The title's object when the parse found it (else the word-based finder's). */
  object?: string;
  /** The rule that found the event (`ArticleEvent.rule`). */
  rule: string;
}

const MAX_TITLE_OBJECT_WORDS = 4;
/** Verb particles a title keeps when the object is the subject itself ("picks up"). */
const PARTICLES = new WordClass(particleWords);
/** "himself", "herself" by gender (lexicon/pronouns.json). */
const REFLEXIVES: ReadonlyMap<string, string> = new Map(PRONOUN_ENTRIES.filter((p) => p.case === 'reflexive' && p.number === 'singular' && (p.gender === 'male' || p.gender === 'female')).map((p) => [p.gender as string, p.form]));
const REFLEXIVE_FORMS = new WordClass([...REFLEXIVES.values()]);
const GIST_WORDS = 5;

export interface Subject {
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

/** Who did it: the nearest person, name or noun phrase before the verb in its clause. */
export function subjectOf(model: TextModel, verbs: TokenVerbs, s: Sentence, verbIndex: number, people: PeopleResult, cast: Cast, inTime: (offset: number) => boolean = NO_TIME): Subject | null {
  const { tokens, lex } = model;
  let i = verbIndex - 1;
  while (i >= s.tokenStart && tokens[i].kind === 'word' && (lex.flags[i] & Lex.AUXILIARY || lex.lower[i].endsWith('ly'))) i--;
  if (i < s.tokenStart) return subjectAfterSubordinate(tokens, s, verbIndex, people, cast);
  const t = tokens[i];
  // "who shot and killed Terence Crutcher": the second verb's subject is the first's.
  if (t.kind === 'word' && lex.flags[i] & Lex.COORDINATOR && i - 1 >= s.tokenStart && verbs.at(i - 1)) return subjectOf(model, verbs, s, i - 1, people, cast, inTime);
  if (t.kind === 'word' && lex.flags[i] & Lex.SUBORDINATOR) return subjectAfterSubordinate(tokens, s, verbIndex, people, cast);
  if (t.kind === 'punct' && t.text === ',') {
    // "Jimmy Tompkins, 31, tossed …": step back over a short appositive to the name before it.
    // ("Sarah and Timothy Rogers, 27 and 29 years old, respectively, rode": the appositive may hold commas.)
    for (let j = i - 1; j >= Math.max(s.tokenStart, i - MAX_APPOSITIVE); j--) {
      if (tokens[j].kind !== 'punct' || tokens[j].text !== ',' || j - 1 < s.tokenStart) continue;
      const before = subjectAt(model, s, j - 1, people, cast, inTime);
      if (before && (before.person || /^\p{Lu}/u.test(before.label))) return before;
    }
    // "Christie, who has campaigned … since he suspended …, blasted Clinton": a relative clause longer than
    // an appositive, after the name that opens the sentence.
    const opener = nameBeforeRelative(model, s, i, people, cast, inTime);
    if (opener) return opener;
    // An opening subordinate clause: look for the main clause's subject.
    return subjectAfterSubordinate(tokens, s, verbIndex, people, cast);
  }
  if (t.kind === 'punct' && t.text === ')') {
    // "Sen. Bernie Moreno (R-OH) said": step over the parenthesis.
    let j = i;
    while (j > s.tokenStart && tokens[j].text !== '(') j--;
    return j > s.tokenStart ? subjectAt(model, s, j - 1, people, cast, inTime) : null;
  }
  // Rule events.subject-not-verb: "for failing to enforce a court order", "before having to flee": the verb
  // an infinitive completes stands right before it, and says nothing of who acted (titles were "Failing
  // enforces court order", "Having flees Cambodian capital").
  // (Not a name, which the parser may read as a verb: "Cook declined", "Trump nearly quintupled".)
  if (t.kind === 'word' && (model.lex.flags[i] & Lex.LOWER_INITIAL || i === s.tokenStart) && !people.mentionAt(t.start) && verbs.parsedVerb(i)) return null;
  const head = phraseHead(model, verbs, s, i);
  const subject = subjectAt(model, s, head, people, cast, inTime);
  // Rule events.subject-plural-name: a capitalised word the parse tags a plural takes a plural verb ("super PACs
  // raised" was "PACs raises"); not a paper's or a body's name that only looks plural ("The Times").
  if (subject && !subject.person && subject.plural === undefined && !subject.label.includes(' ') && verbs.pluralNoun(head) && !NON_PERSON_HEADS.hasWord(subject.label)) subject.plural = true;
  return subject;
}

/**
 * The head of the noun phrase that ends at token i: "the windows of the CVS at the popular Epicentre in
 * Uptown [were covered]" → "windows". Only when the phrase opens with a determiner at its clause start and a
 * preposition follows the head; otherwise token i itself.
 */
function phraseHead(model: TextModel, verbs: TokenVerbs, s: Sentence, i: number): number {
  const { tokens, lex } = model;
  let start = i;
  while (start - 1 >= s.tokenStart && start > i - MAX_SUBJECT_PHRASE) {
    const t = tokens[start - 1];
    if ((t.kind !== 'word' && t.kind !== 'number') || lex.flags[start - 1] & Lex.SUBORDINATOR || verbs.at(start - 1)) break;
    start--;
  }
  // ("that" may be a conjunction: "found that 1 in 4 residents lived".)
  if (!(lex.flags[start] & Lex.ARTICLE)) return i;
  for (let j = start + 1; j < i; j++) {
    if (HEAD_BREAKERS.has(lex.id[j])) return j - 1 > start && tokens[j - 1].kind === 'word' ? j - 1 : i;
  }
  return i;
}

export function subjectAt(model: TextModel, s: Sentence, i: number, people: PeopleResult, cast: Cast, inTime: (offset: number) => boolean): Subject | null {
  const { tokens, lex } = model;
  const t = tokens[i];
  if (t.kind !== 'word' || inTime(t.start)) return null;
  const mention: Mention | undefined = people.mentionAt(t.start) ?? people.mentionAt(t.end - 1);
  if (mention) {
    const p = cast.byId.get(mention.person);
    // "They" for a group of named people: "Sanders and Warren meet".
    const group = mention.group?.map((id) => cast.byId.get(id)).filter((x): x is Person => !!x) ?? [];
    if (group.length > 1) return { label: nameList(group.map((x) => cast.titleName(x))), person: p ?? null, plural: true };
    if (p) return { label: cast.titleName(p), person: p };
  }
  const lower = lex.lower[i];
  const flags = lex.flags;
  // "Derek Mitchell, who served": a relative pronoun stands for the name before its comma.
  if (flags[i] & Lex.RELATIVE) {
    const comma = tokens[i - 1];
    return i - 2 >= s.tokenStart && comma.kind === 'punct' && comma.text === ',' ? subjectAt(model, s, i - 2, people, cast, inTime) : null;
  }
  // A conjunction or a preposition says nothing of who acted ("And kills …").
  if (flags[i] & (Lex.COORDINATOR | Lex.PREPOSITION | Lex.SUBORDINATOR)) return null;
  // An unresolved pronoun still says who acted, as the article says it.
  if (flags[i] & Lex.SUBJECT_PRONOUN) return { label: lower === 'i' ? 'I' : t.text.charAt(0).toUpperCase() + lower.slice(1), person: null, plural: (flags[i] & Lex.PLURAL_VERB_PRONOUN) !== 0 };
  // A capitalised name that is not a person ("the United States", "Breitbart News").
  if (flags[i] & Lex.CAPITALISED) {
    let j = i;
    for (;;) {
      while (j - 1 >= s.tokenStart && tokens[j - 1].kind === 'word' && flags[j - 1] & Lex.CAPITALISED && j - 1 !== s.tokenStart) j--;
      // "the Party of Regions", "the Bank of America": a name's "of" between capitalised words is inside it.
      if (j - 2 >= s.tokenStart && lex.lower[j - 1] === 'of' && tokens[j - 2].kind === 'word' && flags[j - 2] & Lex.CAPITALISED && !people.mentionAt(tokens[j - 2].start)) j -= 2;
      else break;
    }
    if (j - 1 === s.tokenStart && tokens[j - 1].kind === 'word' && flags[j - 1] & Lex.CAPITALISED && !(flags[j - 1] & Lex.DETERMINER)) j--;
    return { label: tokens.slice(j, i + 1).map((x) => stripPossessive(x.text)).join(' '), person: null };
  }
  // A common noun phrase: "the meeting", "the U.S. press pool" (head noun only).
  if (flags[i] & Lex.LOWER_INITIAL && !(flags[i] & Lex.DETERMINER) && t.text.length > 2) {
    return { label: t.text, person: null, plural: /[^s]s$/.test(t.text) };
  }
  return null;
}

/**
 * The person a relative clause of the sentence follows (", who", ", which"), when that clause ends at the comma
 * `comma` before the main verb: "Christie, who has campaigned …, blasted", "On Thursday, Officer Betty
 * Shelby, who shot …, was charged".
 */
function nameBeforeRelative(model: TextModel, s: Sentence, comma: number, people: PeopleResult, cast: Cast, inTime: (offset: number) => boolean): Subject | null {
  const { tokens, lex } = model;
  for (let k = s.tokenStart + 1; k + 1 < comma; k++) {
    if (tokens[k].kind !== 'punct' || tokens[k].text !== ',' || !(lex.flags[k + 1] & Lex.RELATIVE)) continue;
    const subject = subjectAt(model, s, k - 1, people, cast, inTime);
    return subject?.person ? subject : null;
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
function objectOf(model: TextModel, verbs: TokenVerbs, s: Sentence, verbIndex: number, people: PeopleResult, cast: Cast, inTime: (offset: number) => boolean): string {
  const { tokens, lex } = model;
  let i = verbIndex + 1;
  let prep = '';
  if (i < s.tokenEnd && PREPOSITIONS_AFTER_VERB.has(lex.id[i]) && !inTime(tokens[i + 1]?.start ?? -1)) {
    prep = lex.lower[i];
    i++;
  }
  // A person within the object's noun phrase ("captured former Venezuelan dictator Nicolás Maduro", "spoke with him").
  for (let j = i; j < Math.min(s.tokenEnd, i + 6); j++) {
    const t = tokens[j];
    // "called Mr. Yanukovych …": an honorific and its period opening the object stand before the name (was "calls Mr").
    if (j === i && t.kind === 'word' && TITLE_ABBREVIATIONS.has(lex.id[j], t.text) && j + 1 < s.tokenEnd && tokens[j + 1].text === '.' && tokens[j + 1].start === t.end) {
      j++;
      continue;
    }
    if (t.kind !== 'word' || inTime(t.start)) break;
    const m = people.mentionAt(t.start);
    const p = m && cast.byId.get(m.person);
    // A pronoun only as the object itself ("invited him"), not inside a longer phrase ("a speech he gave").
    if (p && (m.kind === 'name' || j === i)) return join(prep, cast.titleName(p));
    if (m && m.kind !== 'name') break;
    const lw = lex.lower[j];
    if (PREPOSITIONS_AFTER_VERB.has(lex.id[j]) || lex.flags[j] & Lex.FUNCTION_WORD || lw === 'of' || (j > i && verbs.at(j))) break;
  }
  // Otherwise a noun phrase: skip a determiner, take up to a few content words.
  const words: string[] = [];
  let kept = 0;
  let j = i;
  if (j < s.tokenEnd && lex.flags[j] & Lex.DETERMINER) j++;
  for (; j < s.tokenEnd && words.length < MAX_TITLE_OBJECT_WORDS; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || inTime(t.start)) break;
    const lw = lex.lower[j];
    if (PREPOSITIONS_AFTER_VERB.has(lex.id[j]) || lex.flags[j] & (Lex.FUNCTION_WORD | Lex.SUBORDINATOR | Lex.COPULA | Lex.COORDINATOR) || (lex.flags[j] & Lex.PREPOSITION && j > verbIndex + 1) || lw === 'of' || lw === 'by') break;
    if (words.length > 0 && verbs.at(j)) break;
    words.push(stripPossessive(t.text));
    if (!(lex.flags[j] & Lex.DETERMINER)) kept = words.length;
  }
  // A preposition ends the phrase ("scrutinized reports like the …"), except right after the verb, where it
  // is the verb's particle ("started off", "booed off the stage").
  // "called Burma a “good news story”": a determiner whose noun the phrase did not reach is dropped.
  words.length = kept;
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

/** The verb's next word is a reflexive pronoun ("shot himself"), a particle aside ("picked herself up" is "picks up"). */
function isReflexiveAfter(model: TextModel, s: Sentence, verbIndex: number): boolean {
  const j = verbIndex + 1;
  return j < s.tokenEnd && REFLEXIVE_FORMS.has(model.lex.id[j]) && !(j + 1 < s.tokenEnd && PARTICLES.has(model.lex.id[j + 1]));
}

/** A past participle after a form of "be" (adverbs and "not" between allowed), modifying a noun, or passive by the parse. */
function isPassive(model: TextModel, verbs: TokenVerbs, s: Sentence, verbIndex: number): boolean {
  if (verbs.at(verbIndex)?.form !== 'past') return false;
  if (verbs.reducedRelative(verbIndex) || verbs.passiveInParse(verbIndex) || verbs.passiveAuxiliary(verbIndex)) return true;
  for (let i = verbIndex - 1; i >= Math.max(s.tokenStart, verbIndex - 3); i--) {
    const w = model.lex.lower[i];
    if (model.lex.flags[i] & Lex.COPULA) return true;
    // Adverbs an auxiliary may take before its verb ("was not / still / first covered", "were quickly covered",
    // "is perhaps best known").
    if (!(model.lex.flags[i] & Lex.AUXILIARY || w.endsWith('ly') || verbs.adverb(i))) return false;
  }
  return false;
}

function join(a: string, b: string): string {
  return b ? (a ? `${a} ${b}` : b) : '';
}

function stripPossessive(w: string): string {
  return w.replace(/['’]s$/u, '');
}

export function makeEvent(ec: EventContext, s: Sentence, verb: VerbAt, anchor: Anchor | null, opts: EventOptions, subjectOverride?: Subject | null): ArticleEvent {
  const { model, people, cast, verbs } = ec;
  const ctx = { times: ec.timesBySentence.get(s.index) ?? [], quotes: ec.quotes, ...opts };
  const tokens = model.tokens;
  const inTime = (offset: number) => ctx.times.some((t) => t.start <= offset && offset < t.end);
  const subject = subjectOverride ?? subjectOf(model, verbs, s, verb.index, people, cast, inTime);
  let object = ctx.object ?? objectOf(model, verbs, s, verb.index, people, cast, inTime);
  if (!object && REPORTING_VERBS.hasWord(verb.info.base)) object = quotedGist(ctx.quotes, tokens[verb.index]);
  // "Trump accepts Trump": a person as their own object adds nothing; a particle stays ("picked herself up":
  // "Clinton picks up"), a verb phrase takes the reflexive ("seeks to portray herself"), a bare preposition goes.
  // "Kaisen shot himself": the reflexive object is what happened ("Kaisen shoots himself").
  if (subject && object === subject.label) object = isReflexiveAfter(model, s, verb.index) ? REFLEXIVES.get(subject.person?.gender ?? '') ?? '' : '';
  else if (subject?.person && object.endsWith(' ' + subject.label)) {
    const rest = object.slice(0, -subject.label.length - 1);
    const self = REFLEXIVES.get(subject.person.gender ?? '');
    object = !rest.includes(' ') ? (PARTICLES.has(wordId(rest)) ? rest : '') : self ? `${rest} ${self}` : '';
  }
  // Passive ("the poll was conducted", "windows were covered"): headline style keeps the participle.
  // Negated, the title says so ("Obama not born on American soil", "Trump does not attend dinner", "Trump
  // never pays taxes"): a title that drops the "not" states the opposite of the article.
  const negation = verbs.negation(verb.index);
  const base = verb.info.base;
  const plural = !!subject?.plural;
  let verbWord: string;
  // An adjective is said as written, as a headline says a state ("Cities most dangerous in world"; was "dangerouses").
  if (isPassive(model, verbs, s, verb.index) || verbs.adjective(verb.index)) verbWord = negation ? `${negation} ${model.lex.lower[verb.index]}` : model.lex.lower[verb.index];
  else if (negation === 'not') verbWord = base === 'be' ? `${plural ? 'are' : 'is'} not` : `${plural ? 'do' : thirdPerson('do')} not ${base}`;
  else verbWord = (negation ? `${negation} ` : '') + (plural ? base : thirdPerson(base));
  const title = [subject?.label, verbWord, object].filter(Boolean).join(' ');
  const v = tokens[verb.index];
  const clause = clauseAround(model, s, verb.index, anchor?.time ?? null);
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
    rule: opts.rule,
  };
}

/** The clause: from the clause break before the verb to the one after it, widened to cover the anchor. */
function clauseAround(model: TextModel, s: Sentence, verbIndex: number, anchor: TimeExpression | null): { start: number; end: number } {
  const { tokens, lex } = model;
  let a = verbIndex;
  while (a - 1 >= s.tokenStart && !(lex.flags[a - 1] & Lex.CLAUSE_BREAK || (tokens[a - 1].kind === 'punct' && tokens[a - 1].text === ','))) a--;
  let b = verbIndex;
  while (b + 1 < s.tokenEnd && !(lex.flags[b + 1] & Lex.CLAUSE_BREAK || (tokens[b + 1].kind === 'punct' && (tokens[b + 1].text === ',' || tokens[b + 1].text === '.')))) b++;
  let start = tokens[a].start;
  let end = tokens[b].end;
  if (anchor) {
    start = Math.min(start, anchor.start);
    end = Math.max(end, anchor.end);
  }
  return { start, end };
}
