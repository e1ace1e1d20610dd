// The pronoun model's feature space (people/pronouns.ts): every feature is a template (its fixed
// parts) with a few small-valued slots (the pronoun's role, a distance bucket, the word before the
// name…), so each has an integer id, the template's base plus its slots read as a mixed-radix number.
// The runtime adds weights by id from a Float64Array, with no string built per candidate; the
// names (as coref.json and the trainer spell them) are only spelled when a collector asks or when
// a model's weights are compiled (once per model object).
import corefLexicon from './corefLexicon.json';
import { EMBEDS, SYN_ROLES, TREE_RELS } from './syntaxRoles';

/** A value list per slot: a feature's name is built from the values its slots hold. */
type Dim = readonly string[];

export const ROLES = ['subject', 'object', 'possessive', 'reflexive', 'independent'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_INDEX: Readonly<Record<Role, number>> = { subject: 0, object: 1, possessive: 2, reflexive: 3, independent: 4 };
/** Gender agreement of a candidate with the pronoun. */
export const G_NONE = 0;
export const G_AGREE = 1;
export const G_CLASH = 2;
const GENDERS: Dim = ['g.none', 'g.agree', 'g.clash'];
/** The tagger's label kind at a name (none without a tagger). */
export const TAG_KINDS = ['o', 'per', 'org', 'loc', 'misc', 'none'] as const;
export type TagKind = (typeof TAG_KINDS)[number];
/** Candidate roles: a subject, after a preposition, a possessor ("Trump's"), anything else. */
export const C_SUBJ = 0;
export const C_PREP = 1;
export const C_POSS = 2;
export const C_OTHER = 3;
const C_ROLES: Dim = ['c.subj', 'c.prep', 'c.poss', 'c.other'];

/** Bucket edges; a value falls in the first bucket whose edge it does not exceed, else in "last+". */
export const SD_EDGES = [0, 1, 2, 3];
export const TD_EDGES = [1, 3, 6, 12, 25, 50];
export const RANK_EDGES = [0, 1, 2];
export const COUNT_EDGES = [0, 1, 2, 4];
export const RIVAL_EDGES = [0, 1, 2];
export const GAP_EDGES = [0, 1, 2, 4, 8, 16, 32];
/** Arcs between a candidate and the pronoun in one sentence. */
export const PATH_EDGES = [1, 2, 3, 4, 6, 9];

function bucketNames(edges: number[], cata = false): Dim {
  const out = edges.map((e) => `${e}`);
  out.push(`${edges[edges.length - 1]}+`);
  if (cata) out.push('cata');
  return out;
}

/** The bucket index of n (edges.length for "last+"); NaN falls in "last+" as `n <= e` never holds. */
export function bucket(n: number, edges: number[]): number {
  for (let k = 0; k < edges.length; k++) if (n <= edges[k]) return k;
  return edges.length;
}

/** Sentence and token distance buckets end with "cata" for a name later in the pronoun's sentence. */
export const SD_CATA = SD_EDGES.length + 1;
export const TD_CATA = TD_EDGES.length + 1;
const SD: Dim = bucketNames(SD_EDGES, true);
const TD: Dim = bucketNames(TD_EDGES, true);

/**
 * What stands next to a name or pronoun (the role proxies the model reads): a few kinds, plus the
 * function words kept as themselves (corefLexicon.json). Names are unique, so equal kinds are equal ids.
 */
const FIXED_KINDS = ['edge', 'poss', 'clitic', 'quote', 'comma', 'paren', 'punct'];
const KINDS: string[] = [...FIXED_KINDS];
for (const w of [...corefLexicon.contextWords, ...corefLexicon.contextPrepositions, 'prep', 'cap', 'ed', 's', 'word']) if (!KINDS.includes(w)) KINDS.push(w);
/** The kind of each context word (and the fixed kinds) by name. */
export const KIND_INDEX: ReadonlyMap<string, number> = new Map(KINDS.map((k, i) => [k, i]));
const kind = (name: string) => KIND_INDEX.get(name)!;
export const K_EDGE = kind('edge');
export const K_POSS = kind('poss');
export const K_CLITIC = kind('clitic');
export const K_QUOTE = kind('quote');
export const K_COMMA = kind('comma');
export const K_PAREN = kind('paren');
export const K_PUNCT = kind('punct');
export const K_PREP = kind('prep');
export const K_CAP = kind('cap');
export const K_ED = kind('ed');
export const K_S = kind('s');
export const K_WORD = kind('word');

const R: Dim = ROLES.map((r) => `p.${r}`);
const K: Dim = KINDS;
const SYN: Dim = SYN_ROLES;
const EMB: Dim = EMBEDS;
const TREE: Dim = TREE_RELS;

interface Template {
  dims: Dim[];
  name: (v: string[]) => string;
}

const t = (dims: Dim[], name: (v: string[]) => string): Template => ({ dims, name });
const fixed = (name: string): Template => t([], () => name);

/** Every template, in the order the runtime adds them; a template's slots are listed most significant first. */
const TEMPLATES = {
  bias: fixed('bias'),
  g: t([GENDERS], ([g]) => g),
  gP: t([GENDERS, R], ([g, p]) => `${g}|${p}`),
  sd: t([SD], ([s]) => `sd.${s}`),
  td: t([TD], ([d]) => `td.${d}`),
  rank: t([bucketNames(RANK_EDGES)], ([r]) => `rank.${r}`),
  cRole: t([C_ROLES], ([c]) => c),
  pCRole: t([R, C_ROLES], ([p, c]) => `${p}|${c}`),
  pCRoleSd: t([R, C_ROLES, SD], ([p, c, s]) => `${p}|${c}|sd.${s}`),
  count: t([bucketNames(COUNT_EDGES)], ([n]) => `cnt.${n}`),
  pInitialCRole: t([['pinit', 'pmid'], C_ROLES], ([i, c]) => `${i}|${c}`),
  rivals: t([bucketNames(RIVAL_EDGES)], ([r]) => `riv.${r}`),
  quoted: t([['pq', 'pnq'], ['cq', 'cnq']], ([p, c]) => `${p}|${c}`),
  cPrev: t([K], ([k]) => `c.prev.${k}`),
  cNext: t([K], ([k]) => `c.next.${k}`),
  pCPrev: t([R, K], ([p, k]) => `${p}|c.prev.${k}`),
  pCNext: t([R, K], ([p, k]) => `${p}|c.next.${k}`),
  pPrevCPrev: t([K, K], ([a, b]) => `p.prev.${a}|c.prev.${b}`),
  pPrevCNextP: t([K, K, R], ([a, b, p]) => `p.prev.${a}|c.next.${b}|${p}`),
  firstInSent: fixed('c.firstInSent'),
  firstInSentPSd: t([R, SD], ([p, s]) => `c.firstInSent|${p}|sd.${s}`),
  first: fixed('first'),
  firstP: t([R], ([p]) => `first|${p}`),
  recentSubj: fixed('recentSubj'),
  recentSubjP: t([R], ([p]) => `recentSubj|${p}`),
  paren: fixed('c.paren'),
  comma: fixed('c.comma'),
  initial: fixed('c.initial'),
  initialP: t([R], ([p]) => `c.initial|${p}`),
  tentative: fixed('tentative'),
  tentativeG: t([GENDERS], ([g]) => `tentative|${g}`),
  tentativeTag: t([TAG_KINDS], ([x]) => `tentative|tag.${x}`),
  tentativeGap: t([bucketNames(GAP_EDGES)], ([x]) => `tentative|pg.${x}`),
  tag: t([TAG_KINDS], ([x]) => `tag.${x}`),
  clauseSubjP: t([R], ([p]) => `clauseSubj|${p}`),
  otherPara: fixed('otherPara'),
  // From the dependency parse (only with a syntax layer): the pronoun's and the candidate's roles
  // (their parallelism), the candidate's role by distance, the clause each stands in, subjecthood
  // of the main clause, and in one sentence how the two stand in the tree.
  synPC: t([SYN, SYN], ([p, c]) => `syn.p.${p}|c.${c}`),
  synCSd: t([SYN, SD], ([c, s]) => `syn.c.${c}|sd.${s}`),
  synPRole: t([SYN, R], ([x, p]) => `syn.p.${x}|${p}`),
  synCEmbed: t([EMB, SD], ([e, s]) => `syn.cEmb.${e}|sd.${s}`),
  synPEmbed: t([EMB], ([e]) => `syn.pEmb.${e}`),
  synMainSubj: t([SYN, SD], ([p, s]) => `syn.mainSubj|p.${p}|sd.${s}`),
  synTree: t([TREE, SYN], ([x, p]) => `syn.tree.${x}|p.${p}`),
  synPath: t([bucketNames(PATH_EDGES)], ([x]) => `syn.path.${x}`),
  synParallel: t([SD], ([s]) => `syn.parallel|sd.${s}`),
  // A person of no known gender whose mention's first word is a listed first name of one
  // (lexicon.ts nameGender: "Veronica", "Brent" alone): a soft agreement, since a lone word may be a
  // surname ("Mitchell", "Wade"). Last, so the ids above stay as they were.
  listedG: t([GENDERS, R], ([g, p]) => `listed|${g}|${p}`),
};
type TemplateName = keyof typeof TEMPLATES;

const sizeOf = (tp: Template) => tp.dims.reduce((n, d) => n * d.length, 1);
const ORDER = Object.keys(TEMPLATES) as TemplateName[];
/** Each template's first id. */
export const BASE = {} as Record<TemplateName, number>;
const BASES: number[] = [];
let size = 0;
for (const n of ORDER) {
  BASE[n] = size;
  BASES.push(size);
  size += sizeOf(TEMPLATES[n]);
}
/** The number of feature ids. */
export const FEATURE_COUNT = size;
/** Slot sizes the runtime multiplies by. */
export const N_ROLES = ROLES.length;
export const N_KINDS = KINDS.length;
export const N_SD = SD.length;
export const N_C_ROLES = C_ROLES.length;
export const N_TAGS = TAG_KINDS.length;
export const N_SYN = SYN_ROLES.length;
export const TAG_INDEX: Readonly<Record<TagKind, number>> = { o: 0, per: 1, org: 2, loc: 3, misc: 4, none: 5 };

/** A feature's name, as coref.json and the trainer spell it. */
export function featureName(id: number): string {
  let k = BASES.length - 1;
  while (BASES[k] > id) k--;
  const tp = TEMPLATES[ORDER[k]];
  let rest = id - BASES[k];
  const values: string[] = new Array(tp.dims.length);
  for (let d = tp.dims.length - 1; d >= 0; d--) {
    const n = tp.dims[d].length;
    values[d] = tp.dims[d][rest % n];
    rest = Math.floor(rest / n);
  }
  return tp.name(values);
}

/** The pronoun model as coref.json holds it (and the trainer writes it). */
export interface CorefWeights {
  source: string;
  weights: Record<string, number>;
  /** A pronoun is resolved only when the best score exceeds this… */
  threshold: number;
  /** …and the runner-up's by more than this (two people too close to call leave it unresolved). */
  margin?: number;
}

/** The pronoun model ready to score: one weight per feature id (0 for a feature the file lacks). */
export interface CorefModel {
  source: string;
  weights: Float64Array;
  threshold: number;
  margin: number;
}

/**
 * Compiles coref.json's data: null when it holds no weights (the rules then resolve pronouns); an
 * error when it is not a pronoun model at all.
 */
export function compileCorefModel(data: unknown): CorefModel | null {
  const m = data as Partial<CorefWeights> | null;
  if (!m || typeof m !== 'object' || !m.weights || typeof m.weights !== 'object' || typeof m.threshold !== 'number') throw new Error('not a pronoun model (weights and threshold expected)');
  const src = m.weights;
  const names = Object.keys(src);
  if (!names.length) return null;
  for (const n of names) if (typeof src[n] !== 'number') throw new Error(`the weight of ${JSON.stringify(n)} is not a number`);
  const weights = new Float64Array(FEATURE_COUNT);
  for (let id = 0; id < FEATURE_COUNT; id++) {
    const name = featureName(id);
    if (Object.prototype.hasOwnProperty.call(src, name)) weights[id] = src[name];
  }
  return { source: typeof m.source === 'string' ? m.source : '', weights, threshold: m.threshold, margin: m.margin ?? 0 };
}
