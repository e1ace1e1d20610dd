// Third-person pronouns (he/she/him/her/his/hers/himself/herself) → the person they refer to.
//
// A mention-ranking model: for each pronoun, every person mentioned in reach (up to 8 sentences
// back, or later in the same sentence for cataphora: "Before she left, Mary …") is described by a
// few features (distance, grammatical-role proxies and their parallelism, gender agreement,
// salience, quotation context, apposition, intervening rivals) and scored by a linear model
// trained on GAP development (train/coref.ts, weights in coref.json). The best-scoring person is
// taken when its score clears the model's threshold; otherwise the pronoun stays unresolved. Without
// a model the older gender-and-salience rules answer (resolveByRules).
import type { Gender, Mention } from '../types';
import { PRONOUN_ENTRIES } from '../lexicon';
import { Lex, WordClass } from '../lexicon/vocabulary';
import { isPossessiveClitic, type Unit } from './units';
import corefLexicon from './corefLexicon.json';
import { nameGender } from './lexicon';
import {
  BASE, COUNT_EDGES, C_OTHER, C_POSS, C_PREP, C_SUBJ, GAP_EDGES, G_AGREE, G_CLASH, G_NONE, KIND_INDEX, K_CAP, K_CLITIC, K_COMMA, K_ED, K_EDGE, K_PAREN, K_POSS,
  K_PREP, K_PUNCT, K_QUOTE, K_S, K_WORD, N_C_ROLES, N_KINDS, N_ROLES, N_SD, RANK_EDGES, RIVAL_EDGES, ROLE_INDEX, SD_CATA, SD_EDGES, TAG_INDEX, TD_CATA, TD_EDGES,
  N_SYN, PATH_EDGES,
  bucket, featureName, type CorefModel, type Role, type TagKind,
} from './corefFeatures';
import { GOV_ADVCL, GOV_OWN, GOV_XCOMP, SYN_NONE, SyntaxView, TREE_NONE } from './syntaxRoles';
// The quotes stage's speech verbs (said, told, added…), read to leave attributions to the rules.
import { SPEECH_VERBS } from '../quotes/lexicon';
import { reportedSubject } from './reportedSubject';

/** What the resolver needs of a person: the gender, the mentions so far, and whether it is only a guess. */
export interface Referent {
  gender: Gender | null;
  /**
   * The gender of a person named only by a lone first name (people.lone-first-name-gender): it rules out the
   * other gender's pronouns, as `gender` does, but is no feature of the model (trained with such names ungendered).
   */
  firstNameGender?: Gender | null;
  mentions: Mention[];
  /** A capitalised word the engine did not take as a person on its own; a pronoun resolved to it makes it one. */
  tentative: boolean;
}

/** A name mention, in text order, with what pronoun resolution needs. */
export interface MentionInfo<C extends Referent = Referent> {
  cluster: C;
  unit: number;
  /** Unit index after the name (its last word + 1). */
  after: number;
  /** The name tagger's label kind at the name's first word (per, org, loc, misc, o; none without a tagger). */
  tag?: TagKind;
  /** How far the tagger's chosen label scored above a person reading at the name (0 when it read a person). */
  perGap?: number;
  sentence: number;
  paragraph: number;
  quoted: boolean;
  subject: boolean;
  /** The first name (or resolved pronoun) of its sentence; set by resolvePronouns. */
  lead?: boolean;
  /** A resolved pronoun (the model counts it for salience but measures distance from names). */
  pronoun?: boolean;
}

export type { CorefModel } from './corefFeatures';
export { compileCorefModel, type CorefWeights } from './corefFeatures';

/** For training and inspection: every pronoun's candidates with their features, before the decision. */
export type CorefCollector = (pronoun: Unit, candidates: Array<{ spans: Array<[number, number]>; features: string[]; ruled: boolean; fronted: boolean }>, attribution: boolean) => void;

interface PronounClass {
  gender: Gender;
  role: Role;
}

/** Gendered third-person pronouns with their case; "her" is settled per use (possessive before a noun). */
const PRONOUNS = new Map<string, PronounClass>();
for (const p of PRONOUN_ENTRIES) {
  if (p.gender !== 'male' && p.gender !== 'female') continue;
  const role: Role = p.case === 'nominative' ? 'subject' : p.case === 'accusative' ? 'object' : p.case === 'possessive' ? 'possessive' : p.case === 'reflexive' ? 'reflexive' : 'independent';
  if (!PRONOUNS.has(p.form)) PRONOUNS.set(p.form, { gender: p.gender, role });
}

export function pronounOf(u: Unit): PronounClass | undefined {
  const t = u.text;
  if (u.kind !== 'word' || t.length < 2 || t.length > 7) return undefined;
  const c = t.charCodeAt(0) | 32; // lower-case ASCII
  if (c !== 104 /* h */ && c !== 115 /* s */) return undefined;
  const c1 = t.charCodeAt(1) | 32;
  if (c1 !== 101 /* e */ && c1 !== 105 /* i */ && c1 !== 104 /* h */) return undefined;
  return PRONOUNS.get(u.lower);
}

/** The pronoun's role in this use: "her" before a lower-case word is possessive, otherwise an object. */
function roleOf(units: Unit[], i: number, pc: PronounClass): Role {
  const u = units[i];
  if (u.lower !== 'her') return pc.role;
  const nx = i + 1 < units.length ? units[i + 1] : undefined;
  return nx && nx.kind === 'word' && nx.sentence === u.sentence && !nx.cap ? 'possessive' : 'object';
}

/** A preposition in any case, those the context features keep as themselves ("by", "with", "of") included: read from the unit's token-layer bits and id. */
export function isPreposition(u: Unit): boolean {
  return (u.flags & Lex.PREPOSITION) !== 0 || CONTEXT_PREPOSITIONS.has(u.id);
}

/** Words kept as themselves in the context features (and, who, said, was…). */
const CONTEXT_WORDS = new WordClass(corefLexicon.contextWords);
const CONTEXT_PREPOSITIONS = new WordClass(corefLexicon.contextPrepositions);
/** A comma or a clause-breaking mark (; : — – ( ), `Lex.CLAUSE_BREAK` of lexicon/grammar.json). */
function isClauseBreak(u: Unit): boolean {
  return u.text === ',' || (u.flags & Lex.CLAUSE_BREAK) !== 0;
}
/** "that", "who", "because", "and"…: a clause starts after them ("Tom said that Bill praised him"). */
const CLAUSE_OPENERS = new WordClass(corefLexicon.clauseOpeners);
/** Mentions looked back at per pronoun, and units scanned back for a clause break (keeps hostile input linear). */
const SCAN_LIMIT = 60;
const CLAUSE_SCAN_LIMIT = 200;
const SENTENCE_REACH = 8;

/** The first person named after the last clause break before unit i in its sentence (the clause's subject). */
function clauseSubjectOf<C extends Referent>(units: Unit[], i: number, stream: MentionInfo<C>[]): C | undefined {
  const u = units[i];
  let b = i - 1;
  while (b >= 0 && b > i - CLAUSE_SCAN_LIMIT && units[b].sentence === u.sentence && !isClauseBreak(units[b]) && !CLAUSE_OPENERS.has(units[b].id)) b--;
  let found: C | undefined;
  for (let k = stream.length - 1; k >= 0 && k >= stream.length - SCAN_LIMIT; k--) {
    const m = stream[k];
    if (m.unit <= b) break;
    // (Not an object pronoun resolved before: "called him divisive and accused him", the first "him" is no subject.)
    if (m.unit < i && m.sentence === u.sentence && !m.quoted && !(m.pronoun && !m.subject)) found = m.cluster;
  }
  return found;
}

function addPronoun<C extends Referent>(text: string, u: Unit, i: number, cl: C, stream: MentionInfo<C>[], role: Role, gender: Gender): void {
  cl.mentions.push({ start: u.start, end: u.end, text: text.slice(u.start, u.end), kind: 'pronoun', person: '' });
  // A name only the pronoun made a person takes the pronoun's gender: the next pronouns of the other
  // gender, and the speaker rules, no longer see it as a person of either ("Oz … he … ,” she said").
  if (cl.tentative && cl.gender === null) cl.gender = gender;
  cl.tentative = false;
  const lead = !stream.length || stream[stream.length - 1].sentence !== u.sentence;
  stream.push({ cluster: cl, unit: i, after: i + 1, sentence: u.sentence, paragraph: u.paragraph, quoted: u.quoted, subject: role === 'subject', lead, pronoun: true });
}

/**
 * Resolves the gendered pronouns of the article in text order (a resolved pronoun is a mention the
 * next pronoun can see). `infos` are the name mentions in text order, tentative ones included.
 */
export function resolvePronouns<C extends Referent>(text: string, units: Unit[], infos: MentionInfo<C>[], model: CorefModel | null, collect?: CorefCollector, syntax?: SyntaxView | null): void {
  if (!model) return resolveByRules(text, units, infos.filter((m) => !m.cluster.tentative));
  for (let k = 0; k < infos.length; k++) infos[k].lead = k === 0 || infos[k - 1].sentence !== infos[k].sentence;
  const stream: MentionInfo<C>[] = [];
  const ctx = new UnitContext(units, syntax ?? null);
  const scorer = new Scorer(model.weights, !!collect);
  eachPronoun(units, infos, stream, (i, u, pc, role, unitClauseSubject, mi) => {
    // Binding by the parse where it gives the verb's subject (rule people.object-binding): "him" is not the
    // subject of the verb it is the object of ("Mr. Emanuel said Mr. Bush had not yet won him over": the clause
    // by commas and openers made Emanuel the subject, so "him" went to Bush).
    const clauseSubject = role === 'object' && ctx.syntax ? boundSubject(ctx.syntax, i, u.sentence, stream, unitClauseSubject) : unitClauseSubject;
    const cands = candidatesFor(ctx, scorer, i, pc, role, clauseSubject, stream, infos, mi);
    // A pronoun crediting a quotation ("…,” he said) is left to the rules, answered or not: GAP (the
    // model's training data) has next to no attributions, and the quotes stage settles the speakers
    // the rules leave open better than the model does (PolNeAR dev speakers).
    const attribution = afterQuotation(units, i);
    const ruled = ruleChoice(units, i, pc, role, stream, clauseSubject, attribution && speechVerbAfter(units, i, role) ? namedInQuotationBefore(stream, ctx.syntax) : null);
    // A pronoun opening its sentence before the subject is that subject's, by the parse (frontedSubject);
    // a possessive under a resolved subject pronoun of its clause is that pronoun's (pronounSubject).
    // The subject word of a possessive's own clause, read once for both possessive rules (-1: none).
    const governor = attribution || !ctx.syntax ? null : possessiveGovernor(ctx.syntax, i);
    const owner = possessiveClauseSubject(governor);
    const fronted = attribution || !ctx.syntax ? undefined : frontedSubject(ctx.syntax, units, i, u.sentence, role, pc.gender, infos, mi, clauseSubject) ?? pronounSubject(ctx.syntax, owner, u.sentence, pc.gender, stream) ?? relativeSubject(ctx.syntax, governor, u.sentence, pc.gender, stream);
    // The spans are read only when collecting (a person's mentions can be many: keep the run linear).
    if (collect) collect(u, cands.map((c) => ({ spans: spansOf(c.cluster), features: c.features!, ruled: c.cluster === ruled, fronted: c.cluster === fronted })), attribution);
    // Where the model abstains, a subject pronoun of a reported clause is the speech verb's named subject
    // (rule people.reported-subject: not before the model, which weighs the others named near); then the
    // rules may answer (a single person of the pronoun's gender in reach). Last, a possessive the model and
    // rules leave open belongs to the named subject of its own clause ("Jack Kerouac mentions the book in
    // his 1958 novella").
    const pick = attribution
      ? ruled
      : fronted ??
        decide(cands, scoreOf, model.threshold, model.margin)?.cluster ??
        (ctx.syntax && role === 'subject' ? reportedSubject(ctx.syntax, units, i, pc.gender, stream) : undefined) ??
        ruled ??
        (ctx.syntax ? namedSubject(ctx.syntax, owner, u.sentence, pc.gender, stream) : undefined);
    if (pick) addPronoun(text, u, i, pick, stream, role, pc.gender);
  });
}

/**
 * The subject an object pronoun at unit i is bound against: the person named or resolved at the subject of
 * its verb by the parse (SyntaxView.objectSubject), else `unitSubject` (the clause's first person by commas
 * and openers). A subject the verb shares with a conjunct only stands in where the units found none.
 */
function boundSubject<C extends Referent>(view: SyntaxView, i: number, sentence: number, stream: MentionInfo<C>[], unitSubject: C | undefined): C | undefined {
  const s = view.objectSubject(view.headOf(i, i + 1));
  if (!s || (s.shared && unitSubject)) return unitSubject;
  for (let k = stream.length - 1; k >= 0 && k >= stream.length - SCAN_LIMIT; k--) {
    const m = stream[k];
    if (m.sentence !== sentence) break;
    if (view.namesWord(view.headOf(m.unit, m.after), s.subject)) return m.cluster;
  }
  return unitSubject;
}

/**
 * Cataphora before the main clause's subject: a pronoun in a phrase or clause that opens the sentence
 * refers to the subject named after it ("In his speech earlier Wednesday, Trump proclaimed …",
 * "Casting himself as her prosecutor, Mr. Christie roused …", "During her original stint, Halfpenny
 * revealed …"): the subject the pronoun's words stand under (SyntaxView.governingSubject), named
 * after the pronoun in its sentence, of a compatible gender.
 */
function frontedSubject<C extends Referent>(view: SyntaxView, units: Unit[], i: number, sentence: number, role: Role, gender: Gender, infos: MentionInfo<C>[], next: number, clauseSubject: C | undefined): C | undefined {
  const word = view.headOf(i, i + 1);
  const g = view.governingSubject(word);
  // Not through a relative clause ("the staff member who succeeded him …, Paul Manafort").
  if (!g || g.relative || (g.kind !== GOV_OWN && g.kind !== GOV_ADVCL)) return undefined;
  for (let k = next; k < infos.length && k < next + SCAN_LIMIT && infos[k].sentence === sentence; k++) {
    const m = infos[k];
    if (m.quoted || !view.sameNominal(view.headOf(m.unit, m.after), g.subject)) continue;
    // The opening phrase ends with a comma before the subject (a title may stand between): without one
    // the parse has often split one noun phrase in two ("His associate Matthew Henson was played …").
    if (!commaBefore(units, i, m.unit)) return undefined;
    // Nor a closing attribution ("… with her approach, Ms. Gedrich said."): the pronoun is then in the
    // reported words, whose referent the syntax does not give ("In his response, Mr. Coll said he …" stays).
    if (closingAttribution(units, m.after)) return undefined;
    // A name no evidence made a person yet is taken too ("For his part in the campaign, Rowell was …"):
    // the pronoun makes it one, as the model's answer does.
    const cl = m.cluster;
    if (otherGenderThan(cl, gender)) return undefined;
    if (role === 'object' && cl === clauseSubject) return undefined;
    return cl;
  }
  return undefined;
}

/**
 * A possessive in the clause of a subject pronoun resolved before it is that pronoun's person ("He
 * began his career in Republican politics …", "he is very proud of his actions"): the model measures
 * distances from names only, so it cannot see that "he" and "his" share a clause. Only a resolved
 * pronoun: a named subject is left to the model ("Obama thanked Biden for his service"), as are
 * the possessives of a clause below the subject's (GAP development: as many rows lost as won).
 */
function pronounSubject<C extends Referent>(view: SyntaxView, subject: number, sentence: number, gender: Gender, stream: MentionInfo<C>[]): C | undefined {
  if (subject < 0) return undefined;
  for (let k = stream.length - 1; k >= 0 && k >= stream.length - SCAN_LIMIT && stream[k].sentence === sentence; k--) {
    const m = stream[k];
    if (m.quoted || view.headOf(m.unit, m.after) !== subject) continue;
    return m.pronoun ? ofGender(m.cluster, gender) : undefined;
  }
  return undefined;
}

/** A possessive pronoun's word in the parse and the subject it stands under (SyntaxView.governingSubject). */
interface PossessiveGovernor {
  word: number;
  g: { subject: number; kind: number; relative: boolean };
}

/**
 * For a possessive pronoun at unit i (by the parse: "her" before "and" or "out" is an object, "pinching her
 * and …"), its word and governing subject, read once for the possessive rules below; null otherwise.
 */
function possessiveGovernor(view: SyntaxView, i: number): PossessiveGovernor | null {
  const word = view.headOf(i, i + 1);
  if (word < 0 || view.layer.words[word].deprel !== 'nmod:poss') return null;
  const g = view.governingSubject(word);
  return g ? { word, g } : null;
}

/**
 * The subject word of a possessive's own clause when that subject comes before it, not through a relative
 * clause; -1 otherwise. pronounSubject and namedSubject read the possessive's person from it.
 */
function possessiveClauseSubject(p: PossessiveGovernor | null): number {
  return !p || p.g.relative || p.g.kind !== GOV_OWN || p.g.subject > p.word ? -1 : p.g.subject;
}

/**
 * Rule people.relative-subject: a possessive in a relative clause whose subject is the relative pronoun (its own
 * clause or one it controls: "Jake Burns, who was trying to promote his band") is the person the clause
 * modifies, when that noun is the last name before it.
 */
function relativeSubject<C extends Referent>(view: SyntaxView, p: PossessiveGovernor | null, sentence: number, gender: Gender, stream: MentionInfo<C>[]): C | undefined {
  if (!p || !p.g.relative || (p.g.kind !== GOV_OWN && p.g.kind !== GOV_XCOMP) || p.g.subject > p.word) return undefined;
  return namedSubject(view, p.g.subject, sentence, gender, stream);
}

/** The person is known as the gender other than `gender` (by its names, or by a lone first name). */
export function otherGenderThan(cl: Referent, gender: Gender): boolean {
  const g = cl.gender ?? cl.firstNameGender ?? null;
  return g !== null && g !== gender;
}

/** The person, unless known as the other gender. */
function ofGender<C extends Referent>(cl: C, gender: Gender): C | undefined {
  return otherGenderThan(cl, gender) ? undefined : cl;
}

/**
 * A possessive under the named subject of its own clause, when the model abstains and no rule answers
 * ("Jack Kerouac mentions the book in his 1958 novella", "Felicia Hemans, author of nineteen books during
 * her lifetime"). Not before the model: where it answers, it weighs the object too ("Obama thanked Biden
 * for his service").
 */
function namedSubject<C extends Referent>(view: SyntaxView, subject: number, sentence: number, gender: Gender, stream: MentionInfo<C>[]): C | undefined {
  if (subject < 0) return undefined;
  const m = stream.length ? stream[stream.length - 1] : undefined;
  // The subject is the last mention before the possessive: someone else named between them may be whose
  // it is ("Cruz blasted Rubio for his support").
  if (!m || m.sentence !== sentence || m.quoted || view.headOf(m.unit, m.after) !== subject) return undefined;
  return ofGender(m.cluster, gender);
}

/** Unit k is a speech verb that ends its sentence ("…, Mr. Turry said."). */
function closingAttribution(units: Unit[], k: number): boolean {
  if (k >= units.length || !SPEECH_VERBS.has(units[k].id)) return false;
  const nx = k + 1 < units.length ? units[k + 1] : undefined;
  return !nx || nx.sentence !== units[k].sentence || nx.text === '.';
}

/** A comma stands between unit i and the name at unit n, followed only by capitalised words (a title: ", Sen. Kelly Ayotte"). */
function commaBefore(units: Unit[], i: number, n: number): boolean {
  for (let k = n - 1; k > i && k >= n - 4; k--) {
    const x = units[k];
    if (x.text === ',') return true;
    if (!(x.kind === 'word' && x.cap) && x.text !== '.') return false;
  }
  return false;
}

/**
 * Walks the units in text order and calls `visit` for each gendered pronoun outside quotations, with
 * its role and, for an object or reflexive, its clause's subject (for binding). `stream` receives every
 * name mention before the pronoun (`seen` of `infos`); the visitor adds the pronouns it resolves, so
 * the next pronoun can see them. Inside a quotation "he" is seldom its speaker (and GAP, the model's
 * training data, has few quotations): those are left to the speaker-aware passes.
 */
function eachPronoun<C extends Referent>(
  units: Unit[],
  infos: MentionInfo<C>[],
  stream: MentionInfo<C>[],
  visit: (i: number, u: Unit, pc: PronounClass, role: Role, clauseSubject: C | undefined, seen: number) => void,
): void {
  let mi = 0;
  for (let i = 0; i < units.length; i++) {
    while (mi < infos.length && infos[mi].unit <= i) stream.push(infos[mi++]);
    const u = units[i];
    const pc = pronounOf(u);
    if (!pc || u.quoted) continue;
    const role = roleOf(units, i, pc);
    const clauseSubject = role === 'object' || role === 'reflexive' ? clauseSubjectOf(units, i, stream) : undefined;
    visit(i, u, pc, role, clauseSubject, mi);
  }
}

/**
 * The pronoun credits a quotation: it stands right after a closing mark ("…,” he said) or is the
 * subject of a speech verb ("he said Wednesday that …").
 */
function afterQuotation(units: Unit[], i: number): boolean {
  const nx = i + 1 < units.length ? units[i + 1] : undefined;
  if (nx && nx.kind === 'word' && nx.sentence === units[i].sentence && SPEECH_VERBS.has(nx.id)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const x = units[k];
    if (x.kind === 'quote') return true;
    if (x.kind === 'word' || x.kind === 'clitic') return false;
  }
  return false;
}

/**
 * The pronoun at unit i is a subject with a speech verb right after it: after a quotation (afterQuotation),
 * one that credits it ("…,” he said"; not "“…” him").
 */
function speechVerbAfter(units: Unit[], i: number, role: Role): boolean {
  const nx = i + 1 < units.length ? units[i + 1] : undefined;
  return role === 'subject' && !!nx && nx.kind === 'word' && SPEECH_VERBS.has(nx.id);
}

/**
 * The best candidate when its score clears the threshold and leads the runner-up's by more than the
 * margin. One decision for the runtime and the trainer (which scores its own weights).
 */
export function decide<T>(cands: readonly T[], score: (c: T) => number, threshold: number, margin: number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (const c of cands) {
    const s = score(c);
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = c;
    } else if (s > second) second = s;
  }
  if (!best || bestScore <= threshold || bestScore - second <= margin) return undefined;
  return best;
}

interface Candidate<C> {
  cluster: C;
  score: number;
  /** The features' names, only when a collector asks. */
  features: string[] | null;
}

const scoreOf = (c: Candidate<unknown>) => c.score;

/** Adds feature weights by id, in the order the features are listed (the sum is the same float as the trainer's). */
class Scorer {
  score = 0;
  names: string[] | null = null;
  constructor(
    private readonly w: Float64Array,
    private readonly naming: boolean,
  ) {}
  start(): void {
    this.score = 0;
    this.names = this.naming ? [] : null;
  }
  add(id: number): void {
    this.score += this.w[id];
    if (this.names) this.names.push(featureName(id));
  }
}

/**
 * Per document, what the features read of a unit: its context kind (as if inside its sentence),
 * computed on first use, and whether it is a preposition.
 */
class UnitContext {
  /** Context kind per unit, -1 until computed. */
  private readonly kinds: Int16Array;
  constructor(
    readonly units: Unit[],
    /** The parse, when the host built one: the syntactic features are read from it. */
    readonly syntax: SyntaxView | null,
  ) {
    this.kinds = new Int16Array(units.length).fill(-1);
  }
  /** The kind of unit k beside a name or pronoun of `sentence` (edge outside it). */
  kindAt(k: number, sentence: number): number {
    if (k < 0 || k >= this.units.length || this.units[k].sentence !== sentence) return K_EDGE;
    return this.kindOf(k);
  }
  kindOf(k: number): number {
    const known = this.kinds[k];
    if (known >= 0) return known;
    const kd = contextKind(this.units[k]);
    this.kinds[k] = kd;
    return kd;
  }
  isPreposition(k: number): boolean {
    return isPreposition(this.units[k]);
  }
}

/** What stands next to a name or pronoun, in a few kinds: the role proxies the model reads. */
function contextKind(x: Unit): number {
  if (x.kind === 'clitic') return isPossessiveClitic(x) ? K_POSS : K_CLITIC;
  if (x.kind === 'quote') return K_QUOTE;
  if (x.kind !== 'word') return x.text === ',' ? K_COMMA : x.text === '(' || x.text === ')' ? K_PAREN : K_PUNCT;
  const t = x.lower;
  if (CONTEXT_WORDS.has(x.id) || CONTEXT_PREPOSITIONS.has(x.id)) return KIND_INDEX.get(t)!;
  if (x.flags & Lex.PREPOSITION) return K_PREP;
  if (x.cap) return K_CAP;
  return t.endsWith('ed') ? K_ED : t.endsWith('s') ? K_S : K_WORD;
}

/** Every person in reach of the pronoun at unit i, scored by the model. */
function candidatesFor<C extends Referent>(
  ctx: UnitContext,
  sc: Scorer,
  i: number,
  pc: PronounClass,
  role: Role,
  clauseSubject: C | undefined,
  stream: MentionInfo<C>[],
  infos: MentionInfo<C>[],
  next: number,
): Candidate<C>[] {
  const units = ctx.units;
  const u = units[i];
  // Nearest mention of each person before the pronoun, most recent first; then same-sentence ones after it.
  const nearest: MentionInfo<C>[] = [];
  const count = new Map<C, number>();
  const seen = new Set<C>();
  let recentSubject: C | undefined;
  for (let k = stream.length - 1; k >= 0 && k >= stream.length - SCAN_LIMIT; k--) {
    const m = stream[k];
    if (u.sentence - m.sentence > SENTENCE_REACH) break;
    // A name inside a quotation is the speaker's reference, not the narrator's: as the rules do, skip it.
    if (m.quoted) continue;
    count.set(m.cluster, (count.get(m.cluster) ?? 0) + 1);
    if (!recentSubject && m.subject && !m.quoted) recentSubject = m.cluster;
    if (m.pronoun || seen.has(m.cluster)) continue;
    seen.add(m.cluster);
    nearest.push(m);
  }
  const cataphora: MentionInfo<C>[] = [];
  for (let k = next; k < infos.length && k < next + SCAN_LIMIT; k++) {
    const m = infos[k];
    if (m.sentence !== u.sentence) break;
    if (m.quoted || seen.has(m.cluster)) continue;
    seen.add(m.cluster);
    cataphora.push(m);
  }
  const out: Candidate<C>[] = [];
  if (!nearest.length && !cataphora.length) return out;
  const word = ctx.syntax ? ctx.syntax.headOf(i, i + 1) : -1;
  const p: PronounFeatures<C> = {
    word,
    synRole: ctx.syntax ? ctx.syntax.role(word) : SYN_NONE,
    role: ROLE_INDEX[role],
    gender: pc.gender,
    quoted: u.quoted,
    initial: u.initial,
    prev: ctx.kindAt(i - 1, u.sentence),
    i,
    sentence: u.sentence,
    paragraph: u.paragraph,
    clauseSubject,
    reflexive: role === 'reflexive',
    object: role === 'object',
    first: infos[0].cluster,
    recentSubject,
    count,
  };
  let rivals = 0;
  for (let r = 0; r < nearest.length; r++) if (consider(ctx, sc, p, nearest[r], r, rivals, false, out)) rivals++;
  rivals = 0;
  for (let r = 0; r < cataphora.length; r++) if (consider(ctx, sc, p, cataphora[r], r, rivals, true, out)) rivals++;
  return out;
}

/** What every candidate of one pronoun shares. */
interface PronounFeatures<C> {
  /** The pronoun's word in the parse (-1 without one) and its coarse role there. */
  word: number;
  synRole: number;
  role: number;
  gender: Gender;
  quoted: boolean;
  initial: boolean;
  /** Context kind of the unit before the pronoun. */
  prev: number;
  i: number;
  sentence: number;
  paragraph: number;
  clauseSubject: C | undefined;
  reflexive: boolean;
  object: boolean;
  first: C;
  recentSubject: C | undefined;
  /** Mentions of each person in reach, not quoted. */
  count: Map<C, number>;
}

/**
 * Scores mention m as the pronoun's referent and adds it to `out`, unless a constraint rules it
 * out; true when it counts as a rival for the next candidates (a person of a compatible gender).
 */
function consider<C extends Referent>(ctx: UnitContext, sc: Scorer, p: PronounFeatures<C>, m: MentionInfo<C>, rank: number, rivals: number, after: boolean, out: Candidate<C>[]): boolean {
  const cl = m.cluster;
  // Binding: "him" is never the subject of its own clause ("Trump spoke with him"); "himself" is.
  if (p.object && cl === p.clauseSubject) return false;
  if (p.reflexive && p.clauseSubject && cl !== p.clauseSubject) return false;
  // A person known to be of the other gender is never the referent (GAP, where both names share
  // the pronoun's gender, cannot teach the model this).
  if (otherGenderThan(cl, p.gender)) return false;
  const units = ctx.units;
  const r = p.role;
  const g = cl.gender === null ? G_NONE : cl.gender === p.gender ? G_AGREE : G_CLASH;
  const sd = after ? SD_CATA : bucket(p.sentence - m.sentence, SD_EDGES);
  const td = after ? TD_CATA : bucket(p.i - m.after, TD_EDGES);
  const mSentence = units[m.unit].sentence;
  const prev = m.unit > 0 ? units[m.unit - 1] : undefined;
  const prep = !!prev && prev.sentence === mSentence && ctx.isPreposition(m.unit - 1);
  const paren = !!prev && prev.text === '(';
  const comma = !!prev && prev.text === ',' && prev.sentence === mSentence;
  const poss = m.after < units.length && ctx.kindOf(m.after) === K_POSS;
  const cr = m.subject ? C_SUBJ : prep ? C_PREP : poss ? C_POSS : C_OTHER;
  const cPrev = ctx.kindAt(m.unit - 1, mSentence);
  const cNext = ctx.kindAt(m.after, mSentence);
  const tag = TAG_INDEX[m.tag ?? 'none'];
  sc.start();
  sc.add(BASE.bias);
  sc.add(BASE.g + g);
  sc.add(BASE.gP + g * N_ROLES + r);
  sc.add(BASE.sd + sd);
  sc.add(BASE.td + td);
  sc.add(BASE.rank + bucket(rank, RANK_EDGES));
  sc.add(BASE.cRole + cr);
  sc.add(BASE.pCRole + r * N_C_ROLES + cr);
  sc.add(BASE.pCRoleSd + (r * N_C_ROLES + cr) * N_SD + sd);
  sc.add(BASE.count + bucket(p.count.get(cl) ?? 0, COUNT_EDGES));
  sc.add(BASE.pInitialCRole + (p.initial ? 0 : 1) * N_C_ROLES + cr);
  sc.add(BASE.rivals + bucket(rivals, RIVAL_EDGES));
  sc.add(BASE.quoted + (p.quoted ? 0 : 2) + (m.quoted ? 0 : 1));
  sc.add(BASE.cPrev + cPrev);
  sc.add(BASE.cNext + cNext);
  sc.add(BASE.pCPrev + r * N_KINDS + cPrev);
  sc.add(BASE.pCNext + r * N_KINDS + cNext);
  sc.add(BASE.pPrevCPrev + p.prev * N_KINDS + cPrev);
  sc.add(BASE.pPrevCNextP + (p.prev * N_KINDS + cNext) * N_ROLES + r);
  if (m.lead) {
    sc.add(BASE.firstInSent);
    sc.add(BASE.firstInSentPSd + r * N_SD + sd);
  }
  if (cl === p.first) {
    sc.add(BASE.first);
    sc.add(BASE.firstP + r);
  }
  if (cl === p.recentSubject) {
    sc.add(BASE.recentSubj);
    sc.add(BASE.recentSubjP + r);
  }
  if (paren) sc.add(BASE.paren);
  if (comma) sc.add(BASE.comma);
  if (units[m.unit].initial) {
    sc.add(BASE.initial);
    sc.add(BASE.initialP + r);
  }
  if (cl.tentative) {
    sc.add(BASE.tentative);
    sc.add(BASE.tentativeG + g);
    sc.add(BASE.tentativeTag + tag);
    sc.add(BASE.tentativeGap + bucket(Math.ceil(m.perGap ?? 0), GAP_EDGES));
  } else sc.add(BASE.tag + tag);
  if (cl.gender === null) {
    const lg = nameGender(units[m.unit].text);
    sc.add(BASE.listedG + (lg === undefined ? G_NONE : lg === p.gender ? G_AGREE : G_CLASH) * N_ROLES + r);
  }
  if (p.clauseSubject === cl) sc.add(BASE.clauseSubjP + r);
  if (m.paragraph !== p.paragraph) sc.add(BASE.otherPara);
  if (ctx.syntax) addSyntactic(ctx.syntax, sc, p, m, sd);
  out.push({ cluster: cl, score: sc.score, features: sc.names });
  return cl.gender === null || cl.gender === p.gender;
}

/** The features read from the parse: roles and their parallelism, clauses, and the tree between the two in one sentence. */
function addSyntactic<C extends Referent>(view: SyntaxView, sc: Scorer, p: PronounFeatures<C>, m: MentionInfo<C>, sd: number): void {
  const cw = view.headOf(m.unit, m.after);
  const cr = view.role(cw);
  const pr = p.synRole;
  sc.add(BASE.synPC + pr * N_SYN + cr);
  sc.add(BASE.synCSd + cr * N_SD + sd);
  sc.add(BASE.synPRole + pr * N_ROLES + p.role);
  sc.add(BASE.synCEmbed + view.embedding(cw) * N_SD + sd);
  sc.add(BASE.synPEmbed + view.embedding(p.word));
  if (view.mainSubject(cw)) sc.add(BASE.synMainSubj + pr * N_SD + sd);
  if (cr === pr && cr !== SYN_NONE) sc.add(BASE.synParallel + sd);
  if (m.sentence === p.sentence && cw >= 0 && p.word >= 0) {
    sc.add(BASE.synTree + view.relation(cw, p.word) * N_SYN + pr);
    sc.add(BASE.synPath + bucket(view.pathLength(cw, p.word), PATH_EDGES));
  } else sc.add(BASE.synTree + TREE_NONE * N_SYN + pr);
}

/** The name spans of a candidate (for training: matched against the gold names). */
function spansOf(cl: Referent): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const x of cl.mentions) if (x.kind === 'name') out.push([x.start, x.end]);
  return out;
}

/** The rule resolver used when no model is loaded: gender, recency, subjecthood; unresolved when two people are close. */
export function resolveByRules<C extends Referent>(text: string, units: Unit[], infos: MentionInfo<C>[]): void {
  // Resolved pronouns join the mention stream, so walk the units in order.
  const stream: MentionInfo<C>[] = [];
  eachPronoun(units, infos, stream, (i, u, pc, role, clauseSubject) => {
    const cl = ruleChoice(units, i, pc, role, stream, clauseSubject, speechVerbAfter(units, i, role) && afterQuotation(units, i) ? namedInQuotationBefore(stream, null) : null);
    if (cl) addRulePronoun(text, u, i, cl, stream);
  });
}

/**
 * The rules' answer for the pronoun at unit i: a reflexive is its clause's subject; otherwise the
 * gender-compatible person with the most recent, subject-weighted mentions, when clearly ahead;
 * nothing when two people are named in the pronoun's sentence. Tentative names are not seen.
 */
function ruleChoice<C extends Referent>(units: Unit[], i: number, pc: PronounClass, role: Role, stream: MentionInfo<C>[], clauseSubject: C | undefined, spoken: ReadonlySet<C> | null = null): C | undefined {
  const u = units[i];
  const object = role === 'object';
  const reflexive = role === 'reflexive';
  if (reflexive && clauseSubject) return clauseSubject.gender === pc.gender ? clauseSubject : undefined;
  // Rule people.not-named-inside: who credits a quotation with "he said" is not a person it names (`spoken`:
  // "“He’s doing it the Bernie Sanders way,” he said", "“I know Bernie, and I can promise you …”"): a speaker says "I".
  const scores = new Map<C, number>();
  const inSentence = new Set<C>();
  for (let k = stream.length - 1; k >= 0 && k >= stream.length - SCAN_LIMIT; k--) {
    const m = stream[k];
    const dist = u.sentence - m.sentence;
    if (dist > SENTENCE_REACH) break;
    if (m.quoted) continue;
    const cl = m.cluster;
    if (cl.tentative || spoken?.has(cl)) continue;
    if (otherGenderThan(cl, pc.gender)) continue;
    if (object && cl === clauseSubject) continue;
    let w = (dist === 0 ? 3 : Math.pow(0.5, dist)) * (m.subject ? 2 : 1);
    if (cl.gender === null) w *= 0.3;
    if (dist === 0) inSentence.add(cl);
    scores.set(cl, (scores.get(cl) ?? 0) + w);
  }
  if (inSentence.size > 1) return undefined; // two people in the same sentence: too close to call
  let best: C | undefined;
  let bestScore = 0;
  let second = 0;
  for (const [cl, s] of scores) {
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = cl;
    } else if (s > second) second = s;
  }
  if (!best || bestScore < 0.1) return undefined;
  if (inSentence.size === 1 && inSentence.has(best)) {
    if (second > bestScore * 0.8) return undefined;
  } else if (second > bestScore / 1.6) return undefined;
  return best;
}

/**
 * The people named (not by a pronoun) in the quotation right before the end of the stream: its run of quoted
 * mentions. Not a name that modifies the noun after it ("the peaceful Trump supporters" in Trump's own tweet).
 */
function namedInQuotationBefore<C extends Referent>(stream: readonly MentionInfo<C>[], syntax: SyntaxView | null): Set<C> {
  const out = new Set<C>();
  for (let k = stream.length - 1; k >= 0 && k >= stream.length - SCAN_LIMIT && stream[k].quoted; k--) {
    const m = stream[k];
    if (!m.pronoun && !syntax?.premodifiesNoun(m.unit, m.after)) out.add(m.cluster);
  }
  return out;
}

/** The rules' stream entry: quoted false, and "his"/"him"/"her" not a subject (as before the model). */
function addRulePronoun<C extends Referent>(text: string, u: Unit, i: number, cl: C, stream: MentionInfo<C>[]): void {
  cl.mentions.push({ start: u.start, end: u.end, text: text.slice(u.start, u.end), kind: 'pronoun', person: '' });
  const t = u.lower;
  stream.push({ cluster: cl, unit: i, after: i + 1, sentence: u.sentence, paragraph: u.paragraph, quoted: false, subject: !t.startsWith('h') || t === 'he' || t === 'she' });
}
