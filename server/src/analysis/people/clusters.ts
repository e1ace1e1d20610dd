// People as clusters of name forms: which person a name form joins (same name, a shorter or longer form,
// a surname or first name; bounded look-ups through an index by word), and the clean-ups over clusters
// (a one-word name the tagger rarely read as a person; overlapping mentions).
import type { Gender, Mention } from '../types';
import type { Candidate } from './names';
import { isKnownFirstName, isUnisexFirstName, sameFirstName, sameNameWord, titleGender } from './lexicon';
import { familyNameFirst } from '../shortName';
import { roleHead } from './titles';

export interface Cluster {
  words: string[];
  /** The words of every name form seen, for a quick pre-check in matchCluster. */
  wordSet: Set<string>;
  name: string;
  firstStart: number;
  titles: string[];
  descriptors: string[];
  forms: string[];
  gender: Gender | null;
  /** A lone first name's gender (loneFirstNameGender.ts): rules out the other gender's pronouns; no model feature, not shown. */
  firstNameGender: Gender | null;
  mentions: Mention[];
  /** Set by the model or the rules: this is a person (as opposed to a deferred guess). */
  index: number;
  /** A name with no evidence of a person, kept only if a pronoun resolves to it (see pronouns.ts). */
  tentative: boolean;
  /** How often the first pronoun after one of its names, with no other name between, was "he"/"she" (a gender before pronouns are resolved). */
  pronounsAfter: { male: number; female: number };
  /** The paragraph of the mention added last (beside `mentions`' last start: matchCluster's recency). */
  lastParagraph: number;
  /** The sentence of the mention added last. */
  lastSentence: number;
  /** The syntax word heading the mention added last (-1: none, or no syntax layer). */
  lastHead: number;
  /** How often each one-word form named this person so far (a shared surname's dominant owner). */
  loneUses: Map<string, number>;
}

const KIND_RANK: Record<Mention['kind'], number> = { name: 3, title: 2, description: 2, pronoun: 1 };

/**
 * The invariant hover relies on (it finds mentions by binary search): mentions are sorted, unique
 * and never overlap. Where two would, the better one stays: a name over a title over a pronoun,
 * then the longer one, then the earlier person.
 */
export function removeOverlaps(clusters: Cluster[]): void {
  // Nearly always there is nothing to do: check that first without wrapping the mentions.
  const flat: Mention[] = [];
  for (const cl of clusters) for (const m of cl.mentions) flat.push(m);
  if (flat.length < 2) return;
  flat.sort((a, b) => a.start - b.start);
  let overlap = false;
  for (let i = 1; i < flat.length && !overlap; i++) overlap = flat[i].start < flat[i - 1].end;
  if (!overlap) return;
  const all: Array<{ m: Mention; cl: Cluster }> = [];
  for (const cl of clusters) for (const m of cl.mentions) all.push({ m, cl });
  if (all.length < 2) return;
  all.sort((x, y) => x.m.start - y.m.start || y.m.end - x.m.end || x.cl.index - y.cl.index);
  let dropped: Set<Mention> | null = null;
  let keep = all[0];
  for (let i = 1; i < all.length; i++) {
    const cur = all[i];
    if (cur.m.start >= keep.m.end) {
      keep = cur;
      continue;
    }
    const a = keep.m;
    const b = cur.m;
    const curWins = KIND_RANK[b.kind] > KIND_RANK[a.kind] || (KIND_RANK[b.kind] === KIND_RANK[a.kind] && b.end - b.start > a.end - a.start);
    (dropped ??= new Set()).add(curWins ? a : b);
    if (curWins) keep = cur;
  }
  if (!dropped) return;
  const d = dropped;
  for (const cl of clusters) if (cl.mentions.some((m) => d.has(m))) cl.mentions = cl.mentions.filter((m) => !d.has(m));
}

/** Two or more characters, letters all capitals ("PARNEVIK", "U.S."). */
export function isUpperCaseWord(w: string): boolean {
  if (w.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = w[i];
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters > 0;
}

/**
 * The one person among the most recent LOOKUP_LIMIT of `list` (an index entry) that `test` accepts; undefined
 * when none or several (two people share the name).
 */
function onlyPerson(list: readonly Cluster[] | undefined, test: (cl: Cluster) => boolean): Cluster | undefined {
  if (!list) return undefined;
  let found: Cluster | undefined;
  for (let k = list.length - 1; k >= 0 && k >= list.length - LOOKUP_LIMIT; k--) {
    const cl = list[k];
    if (!test(cl)) continue;
    if (found && found !== cl) return undefined;
    found = cl;
  }
  return found;
}

/** A person named with two or more words whose last word is `w` (compared in capitals for a headline word). */
export function matchSurname(index: ClusterIndex, w: string, caps: boolean): Cluster | undefined {
  return onlyPerson((caps ? upperIndex(index) : index.byWord).get(w), (cl) => {
    if (cl.words.length < 2) return false;
    const sw = stripSuffix(cl.words);
    const last = sw[sw.length - 1];
    return last === w || (caps && last.toUpperCase() === w);
  });
}

/**
 * Rule people.first-word: the one person named in two words whose first word is this one, which no first-name
 * list holds (a listed first name joins by the other rules), and who is shown to be a person — a title, a
 * descriptor or a gender: a given name the lists lack ("Sheldon and I have been friends" after "Top Republican
 * Party donor Sheldon Adelson"; "Meles" of Prime Minister Meles Zenawi) or a family name written first ("Wang"
 * of "veteran dissident Wang Donghai" in CoNLL testa, "Ban" of Ban Ki-moon). Not a company the rules took for a
 * person ("Pirelli" of a headline's "Pirelli Cables": CoNLL testa's 8 false people without that test). Undefined
 * when none or several.
 */
export function matchFirstWord(index: ClusterIndex, w: string): Cluster | undefined {
  if (isKnownFirstName(w)) return undefined;
  const found = onlyPerson(index.byWord.get(w), (cl) => cl.words.length === 2 && cl.words[0] === w);
  return found && (found.titles.length || found.descriptors.length || found.gender) ? found : undefined;
}

/** The one person whose name is exactly these words (undefined when none or several). */
export function sameName(index: ClusterIndex, words: string[]): Cluster | undefined {
  return onlyPerson(index.byWord.get(words[words.length - 1]), (cl) => cl.words.length === words.length && cl.words.every((w, i) => sameNameWord(w, words[i])));
}

/** The one person named by this word alone (rule people.lone-name): not a tentative one, with no evidence of its own, nor one the tagger outvoted. */
export function namedAlone(index: ClusterIndex, word: string): Cluster | undefined {
  const same = sameName(index, [word]);
  return same && same.words.length === 1 && !same.tentative && same.mentions.length > 0 ? same : undefined;
}

/**
 * A one-word name the tagger called a person only here and there ("Pirelli", "Magna") is dropped
 * when most of its mentions were not tagged PER and nothing else (title, role, appositive) says person.
 * `otherUses`: per one-word name, its occurrences outside any person that also vote against it
 * (loneWordVote.ts). Returns the candidates taken from the people dropped.
 */
export function dropOutvoted(clusters: Cluster[], assigned: Map<Candidate, Cluster>, labels: Uint8Array, otherUses: ReadonlyMap<string, number> = new Map()): Array<[Candidate, Cluster]> {
  const votes = new Map<Cluster, { per: number; other: number; context: boolean }>();
  for (const [c, cl] of assigned) {
    let v = votes.get(cl);
    if (!v) votes.set(cl, (v = { per: 0, other: cl.words.length === 1 ? otherUses.get(cl.words[0]) ?? 0 : 0, context: false }));
    if (c.context || c.titles.length) v.context = true;
    const l = labels[c.first];
    if (l === 1 || l === 2) v.per++;
    else v.other++;
  }
  const dropped = new Set<Cluster>();
  for (const [cl, v] of votes) {
    if (v.context || cl.words.length > 1 || v.per >= v.other) continue;
    cl.mentions = [];
    dropped.add(cl);
  }
  const removed: Array<[Candidate, Cluster]> = [];
  if (dropped.size) for (const [c, x] of assigned) if (dropped.has(x)) removed.push([c, x]);
  for (const [c] of removed) assigned.delete(c);
  return removed;
}

export function pushUnique(list: string[], s: string): void {
  // Case aside: "Rival" opening a sentence and "rival" later are one descriptor in a hover.
  if (!s || list.length >= LIST_LIMIT) return;
  const lower = s.toLowerCase();
  if (!list.some((x) => x.toLowerCase() === lower)) list.push(s);
}

function stripSuffix(words: string[]): string[] {
  const last = words[words.length - 1];
  if (words.length > 1 && (last === 'Jr.' || last === 'Sr.' || last === 'II' || last === 'III' || last === 'Jr' || last === 'Sr')) return words.slice(0, -1);
  return words;
}

/** The cluster a name form belongs to: same name, a shorter/longer form of it, or its surname/first name. */
export interface ClusterIndex {
  /** People by each word of their name forms (and in capitals, for headlines); most recent last. */
  byWord: Map<string, Cluster[]>;
  byUpper: Map<string, Cluster[]> | null;
  /** Until byUpper is needed (headline surnames only): the words indexed so far and their people, in order. */
  log: Array<string | Cluster>;
  /** Role heads by title as written, for this analysis (titles repeat: "President", "Sen."). */
  roleHeads: Map<string, string>;
  /** Syntax word a is an ancestor of word b (both ≥ 0); absent without a syntax layer. */
  dominates?: (a: number, b: number) => boolean;
}

/** Lists kept per person (name forms, titles, descriptors) and people compared per lookup stay bounded. */
export const LIST_LIMIT = 24;
const LOOKUP_LIMIT = 40;

/** byUpper, built from the log on first use and kept up to date from then on. */
function upperIndex(index: ClusterIndex): Map<string, Cluster[]> {
  if (index.byUpper) return index.byUpper;
  const map = new Map<string, Cluster[]>();
  const log = index.log;
  for (let k = 0; k < log.length; k += 2) indexWord(map, (log[k] as string).toUpperCase(), log[k + 1] as Cluster);
  index.log = [];
  index.byUpper = map;
  return map;
}

export function indexWord(map: Map<string, Cluster[]>, w: string, cl: Cluster): void {
  const list = map.get(w);
  if (list) list.push(cl);
  else map.set(w, [cl]);
}

/**
 * Every way a name form can match a person (same name, first name, surname, a longer or shorter
 * form ending the same way) shares the form's last word with the person's name, so only the people
 * indexed under that word are compared: a bounded number per name, however many people the article has.
 */
export function matchCluster(index: ClusterIndex, c: Candidate): Cluster | undefined {
  const w = stripSuffix(c.words);
  let best: Cluster | undefined;
  let bestStart = -1;
  const lastW = w[w.length - 1];
  const list = index.byWord.get(lastW);
  if (!list) return undefined;
  // A surname alone with a title: when several people share the surname, the one holding that
  // role ("President Clinton" for Bill, not Hillary Clinton); a gendered title or honorific never
  // joins someone of the other gender ("Mrs. Clinton").
  const lone = w.length === 1;
  let heads: string[] | null = null;
  let role: Cluster | undefined;
  let roleStart = -1;
  // A surname alone that the article already uses for one of them stays theirs ("former President Bill
  // Clinton … Clinton was trying …", then "Hillary Clinton knew", then "Clinton raped her": Bill).
  let owner: Cluster | undefined;
  let ownerStart = -1;
  // Rule people.surname-owner: when several own it, the most recent one only while the text is still about
  // them (this paragraph or the one before); further on, the one the article calls so most often (a section
  // on "President Bill Clinton" does not take Hillary Clinton's "Clinton" three paragraphs after it ends).
  let dominant: Cluster | undefined;
  let owners = 0;
  for (let k = list.length - 1; k >= 0 && k >= list.length - LOOKUP_LIMIT; k--) {
    const cl = list[k];
    if (!cl.words.length) continue;
    if (lone && c.gender && cl.gender && c.gender !== cl.gender && !guessedGender(cl)) continue;
    const cw = stripSuffix(cl.words);
    let ok = false;
    if (lone) {
      const x = w[0];
      ok = cw[cw.length - 1] === x || (cw.length > 1 && cw[0] === x && (isKnownFirstName(x) || familyNameFirst(cw))) || (cw.length === 1 && cw[0] === x);
      // Hyphenated or compound surnames: "García-Peña" for "Daniel García-Peña Jaramillo".
      if (!ok && cw.length > 2) ok = cw.indexOf(x, 1) > 0;
    } else if (w[w.length - 1] === cw[cw.length - 1]) {
      // Same name, or the same surname with the same first name, an initial or a short form of it (or one side a lone surname:
      // not of the other gender, "President Obama … he" is not "Michelle Obama").
      ok = (cw.length === 1 && !otherGender(cl, c.gender)) || sameFirstName(w[0], cw[0]);
      // "Sánchez Suárez" for "Pedro Arnulfo Sánchez Suárez", and the other way round.
      if (!ok) ok = (cw.length > 2 && endsWithWords(cw, w)) || (w.length > 2 && cw.length >= 2 && endsWithWords(w, cw));
    }
    if (!ok) continue;
    const last = cl.mentions.length ? cl.mentions[cl.mentions.length - 1].start : cl.firstStart;
    // Rule people.surname-sentence: a surname alone goes to the person named last, but not to one named inside
    // the phrase of the other's name, as the parse has it ("Dorothy Woods, whose husband, Navy SEAL Ty Woods, was
    // …", then "Woods said she …"; "Patricia Smith, mother of … Sean Smith"; not "Hillary Clinton met Bill Clinton").
    const later = last > bestStart;
    const nested = lone && best && cl.lastSentence === best.lastSentence && index.dominates ? (later ? index.dominates(best.lastHead, cl.lastHead) : index.dominates(cl.lastHead, best.lastHead)) : false;
    if (nested ? !later : later) {
      best = cl;
      bestStart = last;
    }
    if (lone && cw.length > 1 && cl.forms.includes(w[0])) {
      owners++;
      if (last > ownerStart) {
        owner = cl;
        ownerStart = last;
      }
      const uses = cl.loneUses.get(w[0]) ?? 0;
      if (!dominant || uses > (dominant.loneUses.get(w[0]) ?? 0)) dominant = cl;
    }
    if (lone && c.titles.length && cl.titles.length && last > roleStart) {
      heads ??= c.titles.map((t) => roleHead(index.roleHeads, t.text));
      if (cl.titles.some((t) => heads!.includes(roleHead(index.roleHeads, t)))) {
        role = cl;
        roleStart = last;
      }
    }
  }
  if (owner && dominant && owners > 1 && owner.lastParagraph < c.paragraph - 1 && (dominant.loneUses.get(w[0]) ?? 0) > (owner.loneUses.get(w[0]) ?? 0)) owner = dominant;
  return role ?? owner ?? best;
}

/**
 * The person's gender is only the guess of a first name given to men and to women ("Lee Epstein"): no
 * gendered title, and no pronoun of that gender right after a name of theirs.
 */
export function guessedGender(cl: Cluster): boolean {
  return !!cl.gender && cl.words.length > 1 && isUnisexFirstName(cl.words[0]) && !cl.titles.some((t) => titleGender(t)) && cl.pronounsAfter[cl.gender] === 0;
}

/** The person is known as, or referred to by pronouns as, the gender other than `g`. */
function otherGender(cl: Cluster, g: Gender | null): boolean {
  if (!g) return false;
  if (cl.gender) return cl.gender !== g;
  const other = g === 'male' ? cl.pronounsAfter.female : cl.pronounsAfter.male;
  return other > cl.pronounsAfter[g];
}

/** The words of `long` end with all the words of `short`. */
function endsWithWords(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false;
  const d = long.length - short.length;
  for (let k = 0; k < short.length; k++) if (!sameNameWord(long[d + k], short[k])) return false;
  return true;
}

/**
 * A person named by one word before anyone is named in full with it as the first word ("her husband,
 * Bill, in Little Rock", then "President Bill Clinton"; "Xi" in a headline, then "Xi Jinping"): the name
 * in full comes later, so matching at that word found no one. When exactly one person's full name
 * starts with that word, and their genders agree, the lone name is theirs: its mentions, titles and
 * descriptors move over (findPeople sorts every person's mentions afterwards); the lone name's cluster is
 * left empty, so it makes no person.
 */
export function mergeEarlyFirstNames(clusters: readonly Cluster[], assigned: Map<Candidate, Cluster>): void {
  const byFirst = new Map<string, Cluster[]>();
  for (const cl of clusters) if (cl.words.length > 1 && !cl.tentative) indexWord(byFirst, cl.words[0], cl);
  const merged = new Map<Cluster, Cluster>();
  for (const cl of clusters) {
    if (cl.words.length !== 1 || cl.tentative || !cl.mentions.length) continue;
    const full = byFirst.get(cl.words[0]);
    if (!full || full.length !== 1) continue;
    const to = full[0];
    if (cl.gender && to.gender && cl.gender !== to.gender) continue;
    merged.set(cl, to);
    absorb(to, cl);
    cl.words = [];
  }
  if (merged.size) for (const [c, cl] of assigned) if (merged.has(cl)) assigned.set(c, merged.get(cl)!);
}

/**
 * One person found to be another: `from`'s mentions, titles, descriptors, name form and counts move to `to`
 * (unsorted: findPeople sorts every person's mentions), and `from` is left without mentions.
 */
export function absorb(to: Cluster, from: Cluster): void {
  for (const m of from.mentions) to.mentions.push(m);
  for (const t of from.titles) pushUnique(to.titles, t);
  for (const d of from.descriptors) pushUnique(to.descriptors, d);
  pushUnique(to.forms, from.name);
  to.gender ??= from.gender;
  to.pronounsAfter.male += from.pronounsAfter.male;
  to.pronounsAfter.female += from.pronounsAfter.female;
  if (from.firstStart < to.firstStart) to.firstStart = from.firstStart;
  if (from.mentions.length) to.lastParagraph = Math.max(to.lastParagraph, from.lastParagraph);
  if (from.mentions.length && from.lastSentence > to.lastSentence) {
    to.lastSentence = from.lastSentence;
    to.lastHead = from.lastHead;
  }
  for (const [w, n] of from.loneUses) to.loneUses.set(w, (to.loneUses.get(w) ?? 0) + n);
  from.mentions = [];
}
