// Features of the name tagger, shared by training (train/train.ts) and tagging (tagger.ts).
// Most features depend only on one word and its offset from the tagged position, so the tagger
// caches their summed weights per (word, offset); the rest are the context features below.
import {
  FUNCTION_WORDS, NATIONALITY_WORDS, isFunctionWordUnit, isParticle, NON_PERSON_HEADS, NON_PERSON_WORDS, PLACE_WORDS, TITLE_WORDS, firstNameGenderOf,
} from './lexicon';
import type { UnitSyntax } from './taggerSyntax';
import type { Unit } from './units';
import { WordFilter } from './wordFilter';
import { wordId } from '../lexicon/vocabulary';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const NL = LABELS.length;
/** For each label, the labels allowed right before an I- label (BIO). */
export function allowedAfter(prev: number, label: number): boolean {
  if (label === 0 || (label & 1) === 1) return true; // O and B-X (odd indices) always allowed
  return prev === label || prev === label - 1;
}


/** Text as the features see it: curly quotes and dashes folded to ASCII. */
export function normalizeWord(w: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let r = -1;
    if (c === 0x2019 || c === 0x2018 || c === 0x02bc) r = 39;
    else if (c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) r = 34;
    else if (c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011) r = 45;
    if (r >= 0) {
      if (!changed) {
        out = w.slice(0, i);
        changed = true;
      }
      out += String.fromCharCode(r);
    } else if (changed) out += w[i];
  }
  return changed ? out : w;
}

export function shapeOf(w: string): string {
  let s = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127 && ch !== ch.toLowerCase()) k = 'X';
    else if (c > 127 && ch !== ch.toUpperCase()) k = 'x';
    else k = ch;
    if (k === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    last = k;
    s += k;
  }
  return s;
}

// Features are hashed: each is a (type, value, value) triple mixed into two 32-bit keys, so
// neither training nor tagging builds feature strings.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** A growable list of hashed feature keys (pairs of int32). */
export class Sink {
  k1 = new Int32Array(256);
  k2 = new Int32Array(256);
  n = 0;
  add(type: number, a: number, b = 0): void {
    if (this.n === this.k1.length) {
      const n1 = new Int32Array(this.n * 2);
      n1.set(this.k1);
      this.k1 = n1;
      const n2 = new Int32Array(this.n * 2);
      n2.set(this.k2);
      this.k2 = n2;
    }
    this.k1[this.n] = mix(mix(type, a), b);
    this.k2[this.n] = mix(mix(type ^ 0x5bd1e995, b ^ 0x27d4eb2d), a);
    this.n++;
  }
}

/** Open-addressing index from a key pair to a feature row (key, key, row side by side: one cache line per probe). */
export class KeyIndex {
  private cap: number;
  /** Per slot: k1, k2, row + 1 (0: empty). */
  private slots: Int32Array;
  size = 0;
  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.cap = cap;
    this.slots = new Int32Array(cap * 3);
  }
  get(k1: number, k2: number): number {
    const mask = this.cap - 1;
    const s = this.slots;
    let i = (k1 ^ (k2 >>> 7)) & mask;
    for (;;) {
      const r = s[3 * i + 2];
      if (r === 0) return -1;
      if (s[3 * i] === k1 && s[3 * i + 1] === k2) return r - 1;
      i = (i + 1) & mask;
    }
  }
  /** Row of the key pair, adding it (with the next row number) when absent. */
  add(k1: number, k2: number): number {
    const found = this.get(k1, k2);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.cap) this.grow();
    const row = this.size++;
    this.put(k1, k2, row);
    return row;
  }
  put(k1: number, k2: number, row: number): void {
    const mask = this.cap - 1;
    const s = this.slots;
    let i = (k1 ^ (k2 >>> 7)) & mask;
    while (s[3 * i + 2] !== 0) i = (i + 1) & mask;
    s[3 * i] = k1;
    s[3 * i + 1] = k2;
    s[3 * i + 2] = row + 1;
  }
  private grow(): void {
    const old = this.slots;
    this.cap *= 2;
    this.slots = new Int32Array(this.cap * 3);
    for (let i = 0; i < old.length; i += 3) if (old[i + 2] !== 0) this.put(old[i], old[i + 1], old[i + 2] - 1);
  }
}

// Feature types. The numbers are part of the hashed keys in model.json: never renumber (P1, P2,
// S1 and Len are no longer emitted but keep their places).
const enum F {
  Word = 1, Lower, Shape, P1, P2, P3, S1, S2, S3, S4, Len, Hyphen, HyphenLast, Lex,
  Bias = 40, RunLen, RunAfter, RunBefore, RunLast, RunFirst, BigramLeft, BigramRight,
  Initial, InitialShape, InitialLower, Headline, HeadlineShape, Quoted, DocNonInitialCap, DocLower, DocAfterName, DocRunStart,
  StackType = 70, StackMax, StackLast, StackFirst,
  // Syntax layer (taggerSyntax.ts); absent when the article has no syntax layer.
  SynXpos = 80, SynXposPrev, SynXposNext, SynXposBigram, SynRel, SynRelHead, SynRelHeadPos, SynTopRelHead, SynTopNoun, SynTopCase, SynAppos,
}

const LEX_FIRST_MALE = 1;
const LEX_FIRST_FEMALE = 2;
const LEX_TITLE = 3;
const LEX_PLACE = 4;
const LEX_NATIONALITY = 5;
const LEX_NON_PERSON_HEAD = 6;
const LEX_NON_PERSON_WORD = 7;
const LEX_FUNCTION = 8;

export interface WordInfo {
  word: string;
  lower: string;
  /** Hashes of the word, its lower-case form and its shape. */
  hw: number;
  hl: number;
  hs: number;
  /** Hashes of the 3-letter prefix and the 2-, 3- and 4-letter suffixes of the lower-case form. */
  hp3: number;
  hs2: number;
  hs3: number;
  hs4: number;
  /** Hash of the last part of a hyphenated word, or 0. */
  hyl: number;
  lex: readonly number[];
  /** Row of the word in the tagger's cache (0: none). */
  id: number;
}

const NO_LEX: readonly number[] = [];

/** hashString(s.slice(from, to)) without the slice. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from < 0 ? 0 : from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** hashString(shapeOf(w)) without building the shape. */
function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: number;
    if (c >= 65 && c <= 90) k = 88; // X
    else if (c >= 97 && c <= 122) k = 120; // x
    else if (c >= 48 && c <= 57) k = 100; // d
    else if (c > 127) {
      const ch = w[i];
      k = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : c;
    } else k = c;
    if (k === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    last = k;
    h ^= k;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export function wordInfo(raw: string): WordInfo {
  const word = normalizeWord(raw);
  const lower = word.toLowerCase();
  const n = lower.length;
  let lex: number[] | null = null;
  const flag = (x: number) => (lex ??= []).push(x);
  // A normalised word, not one token of the text (the model's word cache is keyed by it, and "President–elect"
  // is read as "President-elect"): its vocabulary id is looked up once here, and the lists test that id.
  const id = wordId(lower);
  const g = firstNameGenderOf({ id, text: word });
  if (g) flag(g === 'male' ? LEX_FIRST_MALE : LEX_FIRST_FEMALE);
  if (TITLE_WORDS.has(id, word)) flag(LEX_TITLE);
  if (PLACE_WORDS.has(id, word)) flag(LEX_PLACE);
  if (NATIONALITY_WORDS.has(id, word)) flag(LEX_NATIONALITY);
  if (NON_PERSON_HEADS.has(id, word)) flag(LEX_NON_PERSON_HEAD);
  if (NON_PERSON_WORDS.has(id, word)) flag(LEX_NON_PERSON_WORD);
  if (FUNCTION_WORDS.has(id)) flag(LEX_FUNCTION);
  const h = word.indexOf('-');
  return {
    word,
    lower,
    hw: hashString(word),
    hl: hashString(lower),
    hs: shapeHash(word),
    hp3: hashRange(lower, 0, n < 3 ? n : 3),
    hs2: hashRange(lower, n - 2, n),
    hs3: hashRange(lower, n - 3, n),
    hs4: hashRange(lower, n - 4, n),
    hyl: h > 0 && h < word.length - 1 ? hashRange(lower, lower.lastIndexOf('-') + 1, n) : 0,
    lex: lex ?? NO_LEX,
    id: 0,
  };
}

export const BOUNDARY_INFO: WordInfo = wordInfo('<s>');

/** The word's own features at an offset from the tagged position. */
export function wordFeatures(info: WordInfo, off: number, out: Sink): void {
  if (off === 0) {
    out.add(F.Word, 0, info.hw);
    out.add(F.Lower, 0, info.hl);
    out.add(F.Shape, 0, info.hs);
    out.add(F.P3, 0, info.hp3);
    out.add(F.S2, 0, info.hs2);
    out.add(F.S3, 0, info.hs3);
    out.add(F.S4, 0, info.hs4);
    if (info.hyl) {
      out.add(F.Hyphen, 0);
      out.add(F.HyphenLast, 0, info.hyl);
    }
    for (const x of info.lex) out.add(F.Lex, 0, x);
  } else if (off === 1 || off === -1) {
    out.add(F.Lower, off, info.hl);
    out.add(F.Shape, off, info.hs);
    for (const x of info.lex) out.add(F.Lex, off, x);
  } else {
    out.add(F.Lower, off, info.hl);
  }
}

/** Whether the tagger scores a unit at all; every other unit is O. */
export function isScored(u: Unit): boolean {
  if (u.kind !== 'word') return false;
  if (u.cap) {
    // Sentence-initial "The", "He", "In": never part of a name (all-caps headlines excepted).
    if (u.initial && u.text.length > 1 && isFunctionWordUnit(u) && u.text !== u.text.toUpperCase() && !firstNameGenderOf(u)) return false;
    return true;
  }
  // A lower-case word only when it is a name particle (de, da, van, von, bin, al, la, ibn…): one read of the token layer's id.
  return isParticle(u);
}

/** Document-level facts about each capitalised unit (no labels involved), as bit flags. */
export const DOC_NON_INITIAL_CAP = 1; // the word is also seen capitalised away from a sentence start
export const DOC_LOWER_SEEN = 2; // its lower-case form is seen too
export const DOC_AFTER_NAME = 4; // it is seen right after a known first name or a title word
export const DOC_RUN_START = 8; // it is seen right before another capitalised word

function isUpperWord(t: string): boolean {
  if (t.length < 2) return false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c > 127 && t[k] !== t[k].toUpperCase())) return false;
  }
  return true;
}

export function docFlags(units: Unit[]): Uint8Array {
  const n = units.length;
  // Each capitalised word gets an id (its flags are per word); sentence-initial and all-capital
  // words also get the id of their lower-case form, the only ones that read DOC_LOWER_SEEN.
  const ids = new Map<string, number>();
  const flags: number[] = [];
  const wordOf = new Int32Array(n);
  const lowerOf = new Int32Array(n).fill(-1);
  const lowerIds = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const u = units[i];
    if (u.kind !== 'word' || !u.cap) continue;
    let id = ids.get(u.text);
    if (id === undefined) {
      id = flags.length;
      flags.push(0);
      ids.set(u.text, id);
    }
    wordOf[i] = id;
    let f = 0;
    if (!u.initial) f |= DOC_NON_INITIAL_CAP;
    const prev = i > 0 ? units[i - 1] : undefined;
    if (prev && prev.sentence === u.sentence && prev.kind === 'word' && prev.cap && (firstNameGenderOf(prev) || TITLE_WORDS.has(prev.id, prev.text))) f |= DOC_AFTER_NAME;
    const next = i + 1 < n ? units[i + 1] : undefined;
    if (next && next.sentence === u.sentence && next.kind === 'word' && next.cap) f |= DOC_RUN_START;
    flags[id] |= f;
    if (u.initial || isUpperWord(u.text)) {
      const lw = u.lower;
      let lid = lowerIds.get(lw);
      if (lid === undefined) lowerIds.set(lw, (lid = lowerIds.size));
      lowerOf[i] = lid;
    }
  }
  let seen: Uint8Array | null = null;
  if (lowerIds.size) {
    seen = new Uint8Array(lowerIds.size);
    // Prefilter by length and first and last letters before hashing the string.
    const filter = new WordFilter(lowerIds.keys());
    for (const u of units) {
      if (u.kind !== 'word' || u.cap) continue;
      const t = u.text;
      if (!filter.mayHave(t)) continue;
      const lid = lowerIds.get(t);
      if (lid !== undefined) seen[lid] = 1;
    }
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const u = units[i];
    if (u.kind !== 'word' || !u.cap) continue;
    let f = flags[wordOf[i]];
    const lid = lowerOf[i];
    if (lid >= 0 && seen !== null && seen[lid]) f |= DOC_LOWER_SEEN;
    out[i] = f;
  }
  return out;
}

/** Sentences written in capitals (headlines): most words have no lower-case letter. */
export function headlineSentences(units: Unit[]): Set<number> {
  const out = new Set<number>();
  let s = -1;
  let words = 0;
  let caps = 0;
  const close = () => {
    if (words >= 2 && caps / words > 0.7) out.add(s);
  };
  for (const u of units) {
    if (u.sentence !== s) {
      close();
      s = u.sentence;
      words = 0;
      caps = 0;
    }
    if (u.kind !== 'word' || !u.cap) {
      if (u.kind === 'word') words++;
      continue;
    }
    words++;
    const t = u.text;
    if (t.length < 2) continue;
    let lower = false;
    for (let k = 1; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if ((c >= 97 && c <= 122) || (c > 127 && t[k] !== t[k].toUpperCase())) {
        lower = true;
        break;
      }
    }
    if (!lower) caps++;
  }
  close();
  return out;
}

// Slots: groups of features that depend on one word only, so the tagger can cache their summed
// weights on the word. 0..4 are the word's own features at offsets -2..2.
/** Neighbour words read on each side (±2 cost 20% more time for +0.3 F1 on held-out train documents). */
export const OFF = 1;
export const SLOT_INITIAL = 5;
export const SLOT_HEADLINE = 6;
export const SLOT_RUN_AFTER = 7;
export const SLOT_RUN_BEFORE = 8;
export const SLOT_RUN_LAST = 9;
export const SLOT_RUN_FIRST = 10;
export const SLOT_COUNT = 11;

export function slotFeatures(info: WordInfo, slot: number, out: Sink): void {
  if (slot < 5) wordFeatures(info, slot - 2, out);
  else if (slot === SLOT_INITIAL) {
    out.add(F.Initial, 0);
    out.add(F.InitialShape, 0, info.hs);
    out.add(F.InitialLower, 0, info.hl);
  } else if (slot === SLOT_HEADLINE) {
    out.add(F.Headline, 0);
    out.add(F.HeadlineShape, 0, info.hs);
  } else if (slot === SLOT_RUN_AFTER) out.add(F.RunAfter, 0, info.hl);
  else if (slot === SLOT_RUN_BEFORE) out.add(F.RunBefore, 0, info.hl);
  else if (slot === SLOT_RUN_LAST) out.add(F.RunLast, 0, info.hl);
  else if (slot === SLOT_RUN_FIRST) out.add(F.RunFirst, 0, info.hl);
}

/** Receives a token's features: word slots, small-integer features and word-pair features. */
export interface FeatureVisitor {
  slot(slot: number, info: WordInfo): void;
  small(type: number, a: number): void;
  pair(type: number, a: number, b: number): void;
}

/** Expands features into hashed keys (training). */
export class SinkVisitor implements FeatureVisitor {
  constructor(public sink: Sink) {}
  slot(slot: number, info: WordInfo): void {
    slotFeatures(info, slot, this.sink);
  }
  small(type: number, a: number): void {
    this.sink.add(type, a, 0);
  }
  pair(type: number, a: number, b: number): void {
    this.sink.add(type, a, b);
  }
}

/** Everything about a document the features need. */
export interface DocContext {
  units: Unit[];
  infos: WordInfo[];
  scored: Uint8Array;
  /** docFlags() per unit. */
  flags: Uint8Array;
  headlines: Set<number>;
  /** Capitalised run around each scored unit: [runStart[i], runEnd[i]). */
  runStart: Int32Array;
  runEnd: Int32Array;
  /** What the syntax layer says of each unit (null: no syntax layer; the syntax features are absent). */
  syn: UnitSyntax | null;
}

export function docContext(units: Unit[], infos: WordInfo[], scoredIn?: Uint8Array, syntax?: (scored: Uint8Array) => UnitSyntax | null): DocContext {
  const n = units.length;
  let scored = scoredIn;
  if (!scored) {
    scored = new Uint8Array(n);
    for (let i = 0; i < n; i++) scored[i] = isScored(units[i]) ? 1 : 0;
  }
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  for (let i = 0; i < n; ) {
    if (!scored[i]) {
      i++;
      continue;
    }
    const s = units[i].sentence;
    let j = i + 1;
    while (j < n && scored[j] && units[j].sentence === s) j++;
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j;
  }
  return { units, infos, scored, flags: docFlags(units), headlines: headlineSentences(units), runStart, runEnd, syn: syntax ? syntax(scored) : null };
}

function infoIn(c: DocContext, j: number, sentence: number): WordInfo {
  if (j < 0 || j >= c.units.length || c.units[j].sentence !== sentence) return BOUNDARY_INFO;
  return c.infos[j];
}

/** Features of scored unit i that do not depend on labels. */
export function staticFeatures(c: DocContext, i: number, v: FeatureVisitor): void {
  const u = c.units[i];
  const info = c.infos[i];
  const s = u.sentence;
  for (let off = -OFF; off <= OFF; off++) v.slot(off + 2, infoIn(c, i + off, s));
  v.small(F.Bias, 0);
  const a = c.runStart[i];
  const b = c.runEnd[i];
  const len = b - a;
  v.small(F.RunLen, (len > 4 ? 4 : len) * 8 + (i - a > 3 ? 3 : i - a));
  v.slot(SLOT_RUN_AFTER, infoIn(c, b, s));
  v.slot(SLOT_RUN_BEFORE, infoIn(c, a - 1, s));
  if (len > 1) {
    v.slot(SLOT_RUN_LAST, c.infos[b - 1]);
    v.slot(SLOT_RUN_FIRST, c.infos[a]);
  }
  v.pair(F.BigramLeft, infoIn(c, i - 1, s).hl, info.hl);
  v.pair(F.BigramRight, info.hl, infoIn(c, i + 1, s).hl);
  const headline = c.headlines.has(s);
  if (u.initial) v.slot(SLOT_INITIAL, info);
  if (headline) v.slot(SLOT_HEADLINE, info);
  if (u.quoted) v.small(F.Quoted, 0);
  const d = c.flags[i];
  if (u.initial || headline) {
    if (d & DOC_NON_INITIAL_CAP) v.small(F.DocNonInitialCap, 0);
    if (d & DOC_LOWER_SEEN) v.small(F.DocLower, 0);
  }
  if (d & DOC_AFTER_NAME) v.small(F.DocAfterName, 0);
  if (d & DOC_RUN_START) v.small(F.DocRunStart, 0);
  if (c.syn) syntaxFeatures(c, c.syn, i, v);
}

/** The syntax layer's features of scored unit i (taggerSyntax.ts): tags, relation, head lemma, phrase top. */
function syntaxFeatures(c: DocContext, y: UnitSyntax, i: number, v: FeatureVisitor): void {
  const s = c.units[i].sentence;
  const prev = i > 0 && c.units[i - 1].sentence === s ? y.xpos[i - 1] : 1;
  const next = i + 1 < c.units.length && c.units[i + 1].sentence === s ? y.xpos[i + 1] : 1;
  const x = y.xpos[i];
  v.pair(F.SynXpos, x, 0);
  v.pair(F.SynXposPrev, prev, 0);
  v.pair(F.SynXposNext, next, 0);
  v.pair(F.SynXposBigram, prev, x);
  if (y.rel[i]) {
    v.pair(F.SynRel, y.rel[i], 0);
    v.pair(F.SynRelHead, y.relHead[i], 0);
    v.pair(F.SynRelHeadPos, y.relHeadPos[i], 0);
  }
  if (y.topRelHead[i]) v.pair(F.SynTopRelHead, y.topRelHead[i], 0);
  if (y.topNoun[i]) v.pair(F.SynTopNoun, y.topNoun[i], 0);
  if (y.topCase[i]) v.pair(F.SynTopCase, y.topCase[i], 0);
  if (y.appos[i]) v.pair(F.SynAppos, y.appos[i], 0);
}

/** First-pass results the second pass reads. */
export interface StackInfo {
  firstPass: Uint8Array;
  /** Per scored unit, the row of its word in `counts` (7 counters per row); -1 when unscored. */
  row: Int32Array;
  counts: Int32Array;
}

/** Features of scored unit i that depend on the labels so far (and on the first pass). */
/**
 * Features of scored unit i from the first pass (second pass only). Neither pass reads the labels
 * already given in the sentence: on held-out train documents, label history cost 1 point of PER F1
 * (greedy errors propagate); the BIO constraint alone keeps spans well-formed.
 */
export function dynamicFeatures(c: DocContext, i: number, stack: StackInfo, v: FeatureVisitor): void {
  stackFeatures(c, i, stack, v);
}

/** Entity type of a label index: 0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
export function typeOf(label: number): number {
  return label === 0 ? 0 : (label + 1) >> 1;
}

/** How the other occurrences of the same word (case-insensitive) in the document were tagged by the first pass. */
function stackFeatures(c: DocContext, i: number, st: StackInfo, v: FeatureVisitor): void {
  const r = st.row[i];
  if (r < 0) return;
  const cnt = st.counts;
  const b = r * 7;
  const l = st.firstPass[i];
  const own = typeOf(l);
  let best = -1;
  let bestN = 0;
  let others = 0;
  for (let t = 0; t < 5; t++) {
    const n = cnt[b + t] - (t === own ? 1 : 0);
    others += n;
    if (n > 0 && t > 0) v.small(F.StackType, t);
    if (n > bestN) {
      bestN = n;
      best = t;
    }
  }
  if (others > 0) v.small(F.StackMax, best);
  const nx = i + 1 < st.firstPass.length ? st.firstPass[i + 1] : 0;
  if (cnt[b + 5] - (l === 2 && nx !== 2 ? 1 : 0) > 0) v.small(F.StackLast, 0);
  if (cnt[b + 6] - (l === 1 && nx === 2 ? 1 : 0) > 0) v.small(F.StackFirst, 0);
}

/** Per lower-case word: how often the first pass gave each type, and PER last/first-word counts. */
export function stackInfo(c: DocContext, firstPass: Uint8Array): StackInfo {
  const n = c.units.length;
  const rowOf = new Map<number, number>();
  const row = new Int32Array(n).fill(-1);
  let rows = 0;
  for (let i = 0; i < n; i++) {
    if (!c.scored[i]) continue;
    const key = c.infos[i].hl;
    let r = rowOf.get(key);
    if (r === undefined) rowOf.set(key, (r = rows++));
    row[i] = r;
  }
  const counts = new Int32Array(rows * 7);
  for (let i = 0; i < n; i++) {
    const r = row[i];
    if (r < 0) continue;
    const l = firstPass[i];
    counts[r * 7 + typeOf(l)]++;
    const nx = i + 1 < n ? firstPass[i + 1] : 0;
    if (l === 2 && nx !== 2) counts[r * 7 + 5]++;
    if (l === 1 && nx === 2) counts[r * 7 + 6]++;
  }
  return { firstPass, row, counts };
}
