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
import { PREPOSITIONS, PRONOUN_ENTRIES } from '../lexicon';
import type { Unit } from './units';
import corefLexicon from './corefLexicon.json';
// The quotes stage's speech verbs (said, told, added…), read to leave attributions to the rules.
import { SPEECH_VERBS } from '../quotes/lexicon';

/** What the resolver needs of a person: the gender, the mentions so far, and whether it is only a guess. */
export interface Referent {
  gender: Gender | null;
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
  tag?: string;
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

export interface CorefModel {
  source: string;
  weights: Record<string, number>;
  /** A pronoun is resolved only when the best score exceeds this… */
  threshold: number;
  /** …and the runner-up's by more than this (two people too close to call leave it unresolved). */
  margin?: number;
}

/** For training and inspection: every pronoun's candidates with their features, before the decision. */
export type CorefCollector = (pronoun: Unit, candidates: Array<{ spans: Array<[number, number]>; features: string[]; ruled: boolean }>, attribution: boolean) => void;

type Role = 'subject' | 'object' | 'possessive' | 'reflexive' | 'independent';
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
  return PRONOUNS.get(t.toLowerCase());
}

/** The pronoun's role in this use: "her" before a lower-case word is possessive, otherwise an object. */
function roleOf(units: Unit[], i: number, pc: PronounClass): Role {
  const u = units[i];
  if (u.text.toLowerCase() !== 'her') return pc.role;
  const nx = i + 1 < units.length ? units[i + 1] : undefined;
  return nx && nx.kind === 'word' && nx.sentence === u.sentence && !nx.cap ? 'possessive' : 'object';
}

/** A lower-case preposition, those the context features keep as themselves ("by", "with", "of") included. */
export function isPreposition(w: string): boolean {
  return PREPOSITIONS.has(w) || CONTEXT_PREPOSITIONS.has(w);
}

/** Words kept as themselves in the context features (and, who, said, was…). */
const CONTEXT_WORDS: ReadonlySet<string> = new Set(corefLexicon.contextWords);
const CONTEXT_PREPOSITIONS: ReadonlySet<string> = new Set(corefLexicon.contextPrepositions);
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')']);
/** "that", "who", "because", "and"…: a clause starts after them ("Tom said that Bill praised him"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(corefLexicon.clauseOpeners);
/** Mentions looked back at per pronoun, and units scanned back for a clause break (keeps hostile input linear). */
const SCAN_LIMIT = 60;
const CLAUSE_SCAN_LIMIT = 200;
const SENTENCE_REACH = 8;

/** The first person named after the last clause break before unit i in its sentence (the clause's subject). */
function clauseSubjectOf<C extends Referent>(units: Unit[], i: number, stream: MentionInfo<C>[]): C | undefined {
  const u = units[i];
  let b = i - 1;
  while (b >= 0 && b > i - CLAUSE_SCAN_LIMIT && units[b].sentence === u.sentence && !CLAUSE_BREAKS.has(units[b].text) && !CLAUSE_OPENERS.has(units[b].text.toLowerCase())) b--;
  let found: C | undefined;
  for (let k = stream.length - 1; k >= 0 && k >= stream.length - SCAN_LIMIT; k--) {
    const m = stream[k];
    if (m.unit <= b) break;
    if (m.unit < i && m.sentence === u.sentence && !m.quoted) found = m.cluster;
  }
  return found;
}

function addPronoun<C extends Referent>(text: string, u: Unit, i: number, cl: C, stream: MentionInfo<C>[], role: Role): void {
  cl.mentions.push({ start: u.start, end: u.end, text: text.slice(u.start, u.end), kind: 'pronoun', person: '' });
  cl.tentative = false;
  const lead = !stream.length || stream[stream.length - 1].sentence !== u.sentence;
  stream.push({ cluster: cl, unit: i, after: i + 1, sentence: u.sentence, paragraph: u.paragraph, quoted: u.quoted, subject: role === 'subject', lead, pronoun: true });
}

/**
 * Resolves the gendered pronouns of the article in text order (a resolved pronoun is a mention the
 * next pronoun can see). `infos` are the name mentions in text order, tentative ones included.
 */
export function resolvePronouns<C extends Referent>(text: string, units: Unit[], infos: MentionInfo<C>[], model: CorefModel | null, collect?: CorefCollector): void {
  if (!model) return resolveByRules(text, units, infos.filter((m) => !m.cluster.tentative));
  for (let k = 0; k < infos.length; k++) infos[k].lead = k === 0 || infos[k - 1].sentence !== infos[k].sentence;
  const stream: MentionInfo<C>[] = [];
  let mi = 0;
  for (let i = 0; i < units.length; i++) {
    while (mi < infos.length && infos[mi].unit <= i) stream.push(infos[mi++]);
    const u = units[i];
    const pc = pronounOf(u);
    if (!pc) continue;
    // Inside a quotation "he" is seldom its speaker and GAP (the training data) has few quotations to
    // learn the difference from: left to the speaker-aware passes, as the rules do.
    if (u.quoted) continue;
    const role = roleOf(units, i, pc);
    const cands = candidatesFor(units, i, pc, role, stream, infos, mi);
    // A pronoun crediting a quotation ("…,” he said) is left to the rules, answered or not: GAP (the
    // model's training data) has next to no attributions, and the quotes stage settles the speakers
    // the rules leave open better than the model does (PolNeAR dev speakers).
    const attribution = afterQuotation(units, i);
    const ruled = ruleChoice(units, i, pc, role, stream);
    // The spans are read only when collecting (a person's mentions can be many: keep the run linear).
    if (collect) collect(u, cands.map((c) => ({ spans: spansOf(c.cluster), features: c.features, ruled: c.cluster === ruled })), attribution);
    // Where the model abstains the rules may still answer (a single person of the pronoun's gender in reach).
    const pick = attribution ? ruled : choose(model, cands)?.cluster ?? ruled;
    if (pick) addPronoun(text, u, i, pick, stream, role);
  }
}

/**
 * The pronoun credits a quotation: it stands right after a closing mark ("…,” he said) or is the
 * subject of a speech verb ("he said Wednesday that …").
 */
function afterQuotation(units: Unit[], i: number): boolean {
  const nx = i + 1 < units.length ? units[i + 1] : undefined;
  if (nx && nx.kind === 'word' && nx.sentence === units[i].sentence && SPEECH_VERBS.has(nx.text.toLowerCase())) return true;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const x = units[k];
    if (x.kind === 'quote') return true;
    if (x.kind === 'word' || x.kind === 'clitic') return false;
  }
  return false;
}

/** The best candidate when it clears the threshold and leads the runner-up by the margin. */
export function choose<T extends { features: string[] }>(model: CorefModel, cands: T[]): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (const c of cands) {
    let s = 0;
    for (const f of c.features) s += model.weights[f] ?? 0;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = c;
    } else if (s > second) second = s;
  }
  if (!best || bestScore <= model.threshold || bestScore - second <= (model.margin ?? 0)) return undefined;
  return best;
}

interface Candidate<C> {
  cluster: C;
  features: string[];
}

function bucket(n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return `${e}`;
  return `${edges[edges.length - 1]}+`;
}

/** Every person in reach of the pronoun at unit i, with the features the model scores. */
function candidatesFor<C extends Referent>(units: Unit[], i: number, pc: PronounClass, role: Role, stream: MentionInfo<C>[], infos: MentionInfo<C>[], next: number): Candidate<C>[] {
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
  if (!nearest.length && !cataphora.length) return [];
  const clauseSubject = role === 'object' || role === 'reflexive' ? clauseSubjectOf(units, i, stream) : undefined;
  const first = infos[0].cluster;
  const p = `p.${role}`;
  const pQuoted = u.quoted ? 'pq' : 'pnq';
  const pInitial = u.initial ? 'pinit' : 'pmid';
  const pPrev = `p.prev.${contextKind(units, i - 1, u.sentence)}`;
  const out: Candidate<C>[] = [];
  let rivals = 0;
  const consider = (m: MentionInfo<C>, rank: number, after: boolean) => {
    const cl = m.cluster;
    // Binding: "him" is never the subject of its own clause ("Trump spoke with him"); "himself" is.
    if (role === 'object' && cl === clauseSubject) return;
    if (role === 'reflexive' && clauseSubject && cl !== clauseSubject) return;
    // A person known to be of the other gender is never the referent (GAP, where both names share
    // the pronoun's gender, cannot teach the model this).
    if (cl.gender !== null && cl.gender !== pc.gender) return;
    const g = cl.gender === null ? 'g.none' : cl.gender === pc.gender ? 'g.agree' : 'g.clash';
    const sd = after ? 'cata' : bucket(u.sentence - m.sentence, [0, 1, 2, 3]);
    const td = after ? 'cata' : bucket(i - m.after, [1, 3, 6, 12, 25, 50]);
    const prev = m.unit > 0 ? units[m.unit - 1] : undefined;
    const nextU = m.after < units.length ? units[m.after] : undefined;
    const prep = !!prev && prev.sentence === units[m.unit].sentence && isPreposition(prev.text.toLowerCase());
    const paren = !!prev && prev.text === '(';
    const comma = !!prev && prev.text === ',' && prev.sentence === units[m.unit].sentence;
    const poss = !!nextU && nextU.kind === 'clitic' && /^['’][sS]$/.test(nextU.text);
    const cRole = m.subject ? 'c.subj' : prep ? 'c.prep' : poss ? 'c.poss' : 'c.other';
    const cPrev = `c.prev.${contextKind(units, m.unit - 1, units[m.unit].sentence)}`;
    const cNext = `c.next.${contextKind(units, m.after, units[m.unit].sentence)}`;
    const n = count.get(cl) ?? 0;
    const f: string[] = [
      'bias',
      g,
      `${g}|${p}`,
      `sd.${sd}`,
      `td.${td}`,
      `rank.${bucket(rank, [0, 1, 2])}`,
      cRole,
      `${p}|${cRole}`,
      `${p}|${cRole}|sd.${sd}`,
      `cnt.${bucket(n, [0, 1, 2, 4])}`,
      `${pInitial}|${cRole}`,
      `riv.${bucket(rivals, [0, 1, 2])}`,
      `${pQuoted}|${m.quoted ? 'cq' : 'cnq'}`,
    ];
    f.push(cPrev, cNext, `${p}|${cPrev}`, `${p}|${cNext}`, `${pPrev}|${cPrev}`, `${pPrev}|${cNext}|${p}`);
    if (m.lead) f.push('c.firstInSent', `c.firstInSent|${p}|sd.${sd}`);
    if (cl === first) f.push('first', `first|${p}`);
    if (cl === recentSubject) f.push('recentSubj', `recentSubj|${p}`);
    if (paren) f.push('c.paren');
    if (comma) f.push('c.comma');
    if (units[m.unit].initial) f.push('c.initial', `c.initial|${p}`);
    if (cl.tentative) f.push('tentative', `tentative|${g}`, `tentative|tag.${m.tag ?? 'none'}`, `tentative|pg.${bucket(Math.ceil(m.perGap ?? 0), [0, 1, 2, 4, 8])}`);
    else f.push(`tag.${m.tag ?? 'none'}`);
    if (clauseSubject === cl) f.push(`clauseSubj|${p}`);
    if (m.paragraph !== u.paragraph) f.push('otherPara');
    out.push({ cluster: cl, features: f });
    if (cl.gender === null || cl.gender === pc.gender) rivals++;
  };
  nearest.forEach((m, r) => consider(m, r, false));
  rivals = 0;
  cataphora.forEach((m, r) => consider(m, r, true));
  return out;
}

/** What stands next to a name or pronoun, in a few kinds: the role proxies the model reads. */
function contextKind(units: Unit[], k: number, sentence: number): string {
  const x = k >= 0 && k < units.length ? units[k] : undefined;
  if (!x || x.sentence !== sentence) return 'edge';
  if (x.kind === 'clitic') return /^['’][sS]$/.test(x.text) ? 'poss' : 'clitic';
  if (x.kind === 'quote') return 'quote';
  if (x.kind !== 'word') return x.text === ',' ? 'comma' : x.text === '(' || x.text === ')' ? 'paren' : 'punct';
  const t = x.text.toLowerCase();
  if (CONTEXT_WORDS.has(t) || CONTEXT_PREPOSITIONS.has(t)) return t;
  if (PREPOSITIONS.has(t)) return 'prep';
  if (x.cap) return 'cap';
  return t.endsWith('ed') ? 'ed' : t.endsWith('s') ? 's' : 'word';
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
  let mi = 0;
  for (let i = 0; i < units.length; i++) {
    while (mi < infos.length && infos[mi].unit <= i) stream.push(infos[mi++]);
    const u = units[i];
    const pc = pronounOf(u);
    if (!pc) continue;
    if (u.quoted) continue; // Inside quotations the speaker's "he" is too often someone else: leave it.
    const cl = ruleChoice(units, i, pc, roleOf(units, i, pc), stream);
    if (cl) addRulePronoun(text, u, i, cl, stream);
  }
}

/**
 * The rules' answer for the pronoun at unit i: a reflexive is its clause's subject; otherwise the
 * gender-compatible person with the most recent, subject-weighted mentions, when clearly ahead;
 * nothing when two people are named in the pronoun's sentence. Tentative names are not seen.
 */
function ruleChoice<C extends Referent>(units: Unit[], i: number, pc: PronounClass, role: Role, stream: MentionInfo<C>[]): C | undefined {
  const u = units[i];
  const object = role === 'object';
  const reflexive = role === 'reflexive';
  const clauseSubject = object || reflexive ? clauseSubjectOf(units, i, stream) : undefined;
  if (reflexive && clauseSubject) return clauseSubject.gender === pc.gender ? clauseSubject : undefined;
  const scores = new Map<C, number>();
  const inSentence = new Set<C>();
  for (let k = stream.length - 1; k >= 0 && k >= stream.length - SCAN_LIMIT; k--) {
    const m = stream[k];
    const dist = u.sentence - m.sentence;
    if (dist > SENTENCE_REACH) break;
    if (m.quoted) continue;
    const cl = m.cluster;
    if (cl.tentative) continue;
    if (cl.gender !== pc.gender && cl.gender !== null) continue;
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

/** The rules' stream entry: quoted false, and "his"/"him"/"her" not a subject (as before the model). */
function addRulePronoun<C extends Referent>(text: string, u: Unit, i: number, cl: C, stream: MentionInfo<C>[]): void {
  cl.mentions.push({ start: u.start, end: u.end, text: text.slice(u.start, u.end), kind: 'pronoun', person: '' });
  const t = u.text.toLowerCase();
  stream.push({ cluster: cl, unit: i, after: i + 1, sentence: u.sentence, paragraph: u.paragraph, quoted: false, subject: !t.startsWith('h') || t === 'he' || t === 'she' });
}
