// The people engine: who is named in an article, by which names, titles and pronouns.
import type { SyntaxLayer } from '../syntax/layer';
import type { Gender, Mention, Person, Span, TextModel } from '../types';
import { buildUnits, type Unit } from './units';
import { findCandidates, hardReject, headlineNameEnd, isPronounWord, type Candidate, type Piece, type TitlePhrase } from './names';
import { AMBIGUOUS_TITLES, PARTY_INITIALS, ROLE_FAMILIES, ROLE_TITLE_HEADS, SUBJECT_PRECEDERS, TITLES, TITLE_ABBREVIATIONS, nameGender, isCourtesyTitle, isFunctionWord, isKnownFirstName } from './lexicon';
import { personSpans, type NameTagger } from './tagger';
import { spanAt } from '../text/lookup';
import { WordFilter } from './wordFilter';
import { isPreposition, pronounOf, resolvePronouns, type CorefCollector, type CorefModel, type MentionInfo } from './pronouns';
import type { TagKind } from './corefFeatures';
import { SyntaxView } from './syntaxRoles';
import { organisationSpans } from './organisations';

export interface PeopleResult {
  people: Person[];
  /** All mentions, in text order. */
  mentions: Mention[];
  /** The mention whose span contains offset (start <= offset < end). */
  mentionAt(offset: number): Mention | undefined;
  /** Organisation names the tagger found (no person's mention), in text order. */
  organisations: Span[];
}

interface Cluster {
  words: string[];
  /** The words of every name form seen, for a quick pre-check in matchCluster. */
  wordSet: Set<string>;
  name: string;
  firstStart: number;
  titles: string[];
  descriptors: string[];
  forms: string[];
  gender: Gender | null;
  mentions: Mention[];
  /** Set by the model or the rules: this is a person (as opposed to a deferred guess). */
  index: number;
  /** A name with no evidence of a person, kept only if a pronoun resolves to it (see pronouns.ts). */
  tentative: boolean;
}

/** How far below its chosen label the tagger may score a person reading for a pronoun to make that name a person (chosen on GAP validation and PolNeAR dev: 40 gains nothing on GAP and makes people of "Getty", "Harvard", "Immigration" in news). */
const TENTATIVE_PER_GAP = 10;
/**
 * The same for a name the parse makes a subject or a possessor ("Wade worked with …"): GAP validation
 * finds 18 more gold names in reach; beyond 32 (the last bucket of the model's gap feature) the tagger's
 * organisations win in news ("Essex reached 372", "Interfax said": people of CoNLL testa at 40–60).
 */
const TENTATIVE_ARGUMENT_GAP = 32;

/** The tagger's label kinds (B- and I- alike), by label number (features.ts LABELS). */
const TAG_NAMES: readonly TagKind[] = ['o', 'per', 'per', 'org', 'org', 'loc', 'loc', 'misc', 'misc'];

/**
 * The people stage's trained models, read by the host from the data files shipped beside the bundles
 * (model.json → compileNameTagger, coref.json → compileCorefModel). Either may be missing: without
 * the tagger names come from the rules alone, without the pronoun model pronouns from the rules.
 */
export interface PeopleModels {
  /** The name tagger (CoNLL-2003 PER/ORG/LOC/MISC). */
  tagger?: NameTagger | null;
  /** The pronoun model. */
  coref?: CorefModel | null;
}

export interface PeopleOptions extends PeopleModels {
  /** Sees every pronoun's candidates and features (training, inspection). */
  collect?: CorefCollector;
  /** The article's syntax layer (null or absent: the stage reads tokens alone). */
  syntax?: SyntaxLayer | null;
  /**
   * How far below its chosen label the tagger may read a person at a subject or possessor for the
   * name to be a pronoun's candidate (TENTATIVE_ARGUMENT_GAP unless given). The pronoun trainer
   * collects with no limit: the model's gap feature then sees every such name.
   */
  tentativeArgumentGap?: number;
}

export function findPeople(model: TextModel, options: PeopleOptions = {}): PeopleResult {
  const text = model.text;
  const units = buildUnits(model);
  const titleCase = titleCaseSentences(units);
  const { candidates, titlePhrases } = findCandidates(units, titleCase);
  const { all, accepted, nonPerson, labels, perGap } = mergeWithTagger(units, candidates, titleCase, options.tagger ?? null, options.syntax ?? null);
  const clusters: Cluster[] = [];
  const infos: MentionInfo<Cluster>[] = [];
  const slice = (p: Piece) => text.slice(p.start, p.end);

  const index: ClusterIndex = { byWord: new Map(), byUpper: null, log: [], roleHeads: new Map() };
  const addMention = (cl: Cluster, c: Candidate) => {
    const m: Mention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: 'name', person: '' };
    cl.mentions.push(m);
    for (const w of c.words) {
      if (cl.wordSet.has(w)) continue;
      cl.wordSet.add(w);
      indexWord(index.byWord, w, cl);
      if (index.byUpper) indexWord(index.byUpper, w.toUpperCase(), cl);
      else index.log.push(w, cl);
    }
    // A Title Case headline does not name people ("Derelict Obama").
    const nameable = !titleCase.has(c.sentence) || !cl.name;
    if (nameable && (c.words.length > cl.words.length || (c.words.length === cl.words.length && m.text.length > cl.name.length))) {
      if (cl.name && !cl.forms.includes(cl.name)) cl.forms.push(cl.name);
      cl.words = c.words;
      cl.name = m.text;
    } else if (m.text !== cl.name && cl.forms.length < LIST_LIMIT && !cl.forms.includes(m.text)) cl.forms.push(m.text);
    for (const t of c.titles) pushUnique(cl.titles, slice(t));
    for (const d of c.descriptors) pushUnique(cl.descriptors, slice(d));
    if (!cl.gender && c.gender) cl.gender = c.gender;
    if (c.start < cl.firstStart) cl.firstStart = c.start;
  };
  const newCluster = (c: Candidate): Cluster => {
    const cl: Cluster = { words: [], wordSet: new Set(), name: '', firstStart: c.start, titles: [], descriptors: [], forms: [], gender: null, mentions: [], index: clusters.length, tentative: false };
    clusters.push(cl);
    return cl;
  };

  const commonNouns = commonNounEvidence(units, all, accepted);
  // Pass 1: names with evidence make people; other names join them or wait.
  const assigned = new Map<Candidate, Cluster>();
  const deferred: Candidate[] = [];
  /** Rejected by the rules or the tagger, but a surname of someone named in full may still join them. */
  const linkOnly: Candidate[] = [];
  for (const c of all) {
    if ((c.reject && !accepted.has(c)) || nonPerson.has(c)) {
      linkOnly.push(c);
      continue;
    }
    const cl = matchCluster(index, c);
    if (cl) {
      addMention(cl, c);
      assigned.set(c, cl);
    } else if (c.strong || (accepted.has(c) && !commonNouns.has(c) && !guessOnly(c, titleCase))) {
      const n = newCluster(c);
      addMention(n, c);
      assigned.set(c, n);
    } else deferred.push(c);
  }
  // Pass 2: surnames used before the full name ("Petro … Gustavo Petro").
  for (const c of deferred) {
    const cl = matchCluster(index, c);
    if (cl) {
      addMention(cl, c);
      assigned.set(c, cl);
    }
  }
  // Pass 3: a single word the rules or the tagger rejected is still the surname of someone named in
  // full ("Washington" for MaliVai Washington, "PARNEVIK" in a headline), unless the tagger reads a place there.
  // So is a name of several words written exactly as a person named elsewhere in the article: one
  // form, one reading ("President Executive Order … Executive Order said").
  for (const c of linkOnly) {
    const l = labels ? labels[c.first] : 0;
    if (l === 5 || l === 6) continue;
    if (c.words.length > 1) {
      // Only a person named with a title: a name the tagger alone made a person once is no such
      // evidence ("El Al", "Der Spiegel" tagged a person in one place and an organisation elsewhere).
      const same = c.reject ? undefined : sameName(index, c.words);
      const cl = same && same.titles.length ? same : undefined;
      if (cl) {
        addMention(cl, c);
        assigned.set(c, cl);
      }
      continue;
    }
    const caps = isUpperCaseWord(c.words[0]);
    const cl = matchSurname(index, c.words[0], caps);
    if (cl) {
      addMention(cl, c);
      assigned.set(c, cl);
    }
  }
  // The tagger's organisation/place/other guesses on a name the rules did not reject ("Rivera sang",
  // "Kelsey studied": lone names it reads as places) may still be people a pronoun refers to.
  for (const c of linkOnly) if (!assigned.has(c) && !c.reject && !c.hard) deferred.push(c);
  deferred.sort((x, y) => x.start - y.start);
  if (labels) dropOutvoted(clusters, assigned, labels);
  const coref = options.coref ?? null;
  const view = options.syntax ? new SyntaxView(options.syntax, units) : null;
  // Names without evidence: the pronoun model may still take one as a person ("MacKenzie studied … He").
  const tentative: Cluster[] = [];
  const argumentGap = options.tentativeArgumentGap ?? TENTATIVE_ARGUMENT_GAP;
  if (coref) {
    const byKey = new Map<string, Cluster>();
    // A name that qualifies at one of its occurrences is a candidate at each of them ("Magee" opening a
    // sentence after "During the 1960s Magee …"): one name, one guess.
    const plausible = (c: Candidate): boolean => {
      if (assigned.has(c) || titleCase.has(c.sentence) || c.hard) return false;
      // Nor a code or a headline word ("T3", "HONG KONG"), nor a short abbreviation ("Baltimore, Md.").
      if (!c.words.every(isMixedCaseWord)) return false;
      // Nor a name the parse reads as modifying a common noun ("Deportivo chairman", "Tulsa police").
      if (view && view.modifiesNoun(c.first, c.last)) return false;
      const after = c.last < units.length ? units[c.last] : undefined;
      return !(c.words.length === 1 && c.words[0].length <= 4 && after && after.text === '.' && after.start === c.end);
    };
    const qualifies = (c: Candidate): boolean => {
      // A lone capitalised word opening a sentence is too often a common noun ("Lawmakers met …"),
      // unless the tagger reads a person there or the parse a proper noun ("MacKenzie studied …").
      if (c.initial && c.words.length === 1 && !(labels && TAG_NAMES[labels[c.first]] === 'per') && !(view && view.properNoun(c.first, c.last))) return false;
      // Only where the tagger reads a person: its organisation, place and other readings are mostly right
      // in news ("Deportivo chairman …", "Tulsa police", "Climate change", "a former Patriot mine").
      // A weaker person reading is enough ("Rivera sang", "Kelsey studied": lone names it takes for
      // places); how much weaker is one of the model's features (tentative|pg).
      // A proper noun the parse makes the subject or the possessor of a clause ("Wade worked with …",
      // "Sheridan was absent") stands where people stand: a weaker person reading is enough there
      // (not a common noun, "(WARNING: Video contains graphic images.)").
      if (!labels || !perGap) return false;
      const gap = perGap[c.first];
      // Not a lone word opening its sentence: there the parse's subject is as often a capitalised common noun ("Immigration, his signature issue, never came up").
      const argument = gap <= argumentGap && !(c.initial && c.words.length === 1) && !!view && view.properNoun(c.first, c.last) && view.argumentOfClause(c.first, c.last);
      if (TAG_NAMES[labels[c.first]] !== 'per' && gap > TENTATIVE_PER_GAP && !argument) return false;
      // Nor the object of a preposition ("Police in Hangzhou", "Prize for Excellence", "partner at Lenox").
      const before = c.first > 0 ? units[c.first - 1] : undefined;
      return !(before && before.sentence === c.sentence && isPreposition(before));
    };
    const keys = new Set<string>();
    const pool = deferred.filter(plausible);
    for (const c of pool) if (qualifies(c)) keys.add(c.words.join(' '));
    for (const c of pool) {
      const key = c.words.join(' ');
      if (!keys.has(key)) continue;
      let cl = byKey.get(key);
      if (!cl) {
        cl = newCluster(c);
        cl.tentative = true;
        byKey.set(key, cl);
        tentative.push(cl);
      }
      addMention(cl, c);
      assigned.set(c, cl);
    }
  }
  for (const cl of clusters) cl.mentions.sort((a, b) => a.start - b.start);
  for (const [c, cl] of assigned) {
    infos.push({ cluster: cl, unit: c.first, after: c.last, tag: labels ? TAG_NAMES[labels[c.first]] : 'none', perGap: perGap ? perGap[c.first] : 0, sentence: c.sentence, paragraph: c.paragraph, quoted: c.quoted, subject: isSubjectish(units, c) });
  }
  infos.sort((a, b) => a.unit - b.unit);

  inferGenderFromPronouns(units, coref ? infos.filter((m) => !m.cluster.tentative) : infos, clusters);
  resolvePronouns(text, units, infos, coref, options.collect, view);
  for (const cl of tentative) if (cl.tentative) cl.mentions = [];
  resolveTitles(text, units, titlePhrases, all, assigned, clusters, index.roleHeads);

  removeOverlaps(clusters);

  // Order people by first mention, give ids.
  const ordered = clusters.filter((c) => c.mentions.length > 0);
  for (const cl of ordered) cl.mentions.sort((a, b) => a.start - b.start);
  ordered.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const people: Person[] = [];
  const mentions: Mention[] = [];
  ordered.forEach((cl, k) => {
    const id = `p${k + 1}`;
    for (const m of cl.mentions) {
      m.person = id;
      mentions.push(m);
    }
    people.push({
      id,
      name: cl.name,
      // Courtesy forms still help match names (above) but are no title to show.
      titles: cl.titles.filter((t) => !isCourtesyTitle(t)),
      descriptors: cl.descriptors,
      aliases: cl.forms.filter((f) => f !== cl.name),
      gender: cl.gender,
      mentions: cl.mentions,
    });
  });
  mentions.sort((a, b) => a.start - b.start);
  const organisations = labels ? organisationSpans(units, labels, titleCase, (o) => spanAt(mentions, o) !== undefined) : [];
  return { people, mentions, mentionAt: (offset: number) => spanAt(mentions, offset), organisations };
}

/**
 * The result with `added` mentions, which the passes after the quotes stage (first- and third-person
 * pronouns in quotations, group pronouns) have already pushed to their people's lists: each person's
 * list and the article's kept in text order.
 */
export function withAddedMentions(people: PeopleResult, added: readonly Mention[]): PeopleResult {
  if (!added.length) return people;
  for (const p of people.people) p.mentions.sort((a, b) => a.start - b.start);
  const mentions = [...people.mentions, ...added].sort((a, b) => a.start - b.start);
  return { people: people.people, mentions, mentionAt: (offset) => spanAt(mentions, offset), organisations: people.organisations };
}

const KIND_RANK: Record<Mention['kind'], number> = { name: 3, title: 2, pronoun: 1 };

/**
 * The invariant hover relies on (it finds mentions by binary search): mentions are sorted, unique
 * and never overlap. Where two would, the better one stays: a name over a title over a pronoun,
 * then the longer one, then the earlier person.
 */
function removeOverlaps(clusters: Cluster[]): void {
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

/**
 * Combines the rule candidates with the tagger's PER spans: the tagger decides which capitalised
 * spans are people and where they start and end; a rule candidate with a title, honorific or
 * known first name keeps its own boundaries (titles stripped); a candidate the tagger calls an
 * organisation, place or other name is kept out of the surname matching.
 */
interface Merged {
  all: Candidate[];
  accepted: Set<Candidate>;
  nonPerson: Set<Candidate>;
  /** Tagger labels per unit, or null when the tagger is off. */
  labels: Uint8Array | null;
  /** Per unit: how far the tagger's chosen label scored above its best person label (0 for a person). */
  perGap: Float32Array | null;
}

function mergeWithTagger(units: Unit[], candidates: Candidate[], titleCase: ReadonlySet<number>, tagger: NameTagger | null, syntax: SyntaxLayer | null): Merged {
  const accepted = new Set<Candidate>();
  const nonPerson = new Set<Candidate>();
  const tagged = tagger ? tagger.tag(units, syntax) : null;
  if (!tagged) return { all: candidates, accepted, nonPerson, labels: null, perGap: null };
  const byUnit = new Map<number, Candidate>();
  for (const c of candidates) for (let k = c.first; k < c.last; k++) byUnit.set(k, c);
  const replaced = new Set<Candidate>();
  const extra: Candidate[] = [];
  for (const [a0, b0] of nameSpans(units, personSpans(tagged.labels), titleCase)) {
    let a = a0;
    let b = b0;
    // Never "The Dole" or "Family-controlled Douglas": trim function words and modifiers at the edges.
    while (b - a > 1 && isEdgeJunk(units[a])) a++;
    while (b - a > 1 && isEdgeJunk(units[b - 1])) b--;
    if (b - a === 1 && isEdgeJunk(units[a])) continue;
    const c = byUnit.get(a) ?? byUnit.get(b - 1);
    if (c) {
      if (c.hard && (c.first === a && c.last === b)) continue;
      // The rules took an ambiguous title ("Dean Jones", "Earl Ray") that the tagger reads as a first name.
      const titleAsName = c.strong && a < c.first && b >= c.last && allAmbiguousTitles(units, a, c.first);
      if (!c.hard && !titleAsName && (c.strong || (c.first === a && c.last === b) || accepted.has(c))) {
        accepted.add(c);
        continue;
      }
      replaced.add(c);
    }
    const nc = spanCandidate(units, a, b, c);
    if (hardReject(nc.words)) continue;
    extra.push(nc);
    accepted.add(nc);
  }
  for (const c of candidates) {
    if (accepted.has(c) || replaced.has(c)) continue;
    const l = tagged.labels[c.first];
    // A title, role noun or appositive outweighs an ORG/LOC guess; a first name does not. An entity
    // the tagger starts further left ("Democrat Hillary Clinton" as one ORG) is a boundary disagreement, not a verdict.
    if (l >= 3 && (l & 1) === 1 && !c.context) {
      nonPerson.add(c);
      c.strong = false;
    }
  }
  if (!extra.length && !replaced.size) return { all: candidates, accepted, nonPerson, labels: tagged.labels, perGap: tagged.perGap };
  const all = candidates.filter((c) => !replaced.has(c)).concat(extra);
  all.sort((x, y) => x.start - y.start);
  return { all, accepted, nonPerson, labels: tagged.labels, perGap: tagged.perGap };
}

/**
 * The tagger's PER spans cut where a name cannot go on: at a pronoun ("Gustavo Petro He said"), at
 * the verb of a Title Case headline; a span that is only a title ("Mayor" glued to a closing quote)
 * is a title mention, not a name.
 */
function nameSpans(units: Unit[], spans: Array<[number, number]>, titleCase: ReadonlySet<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a0, b0] of spans) {
    let a = a0;
    while (a < b0) {
      if (isPronounWord(units[a].text)) {
        a++;
        continue;
      }
      let b = a;
      while (b < b0 && !isPronounWord(units[b].text)) b++;
      const e = titleCase.has(units[a].sentence) ? headlineNameEnd(units, a, b) : b;
      if (!isTitleOnly(units, a, e)) out.push([a, e]);
      a = b;
    }
  }
  return out;
}

function isTitleOnly(units: Unit[], a: number, b: number): boolean {
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const w = units[k].text;
    // "King", "Dean": a title that is also a surname or first name may still be a name.
    if (AMBIGUOUS_TITLES.has(w) || isKnownFirstName(w)) return false;
    words.push(w);
  }
  return TITLES.match(words, 0) === words.length;
}

function isEdgeJunk(u: Unit): boolean {
  const t = u.text;
  if (isFunctionWord(t)) return true;
  // "Family-controlled", "Ontario-based": a hyphenated modifier with a lower-case tail.
  const h = t.indexOf('-');
  return h > 0 && h < t.length - 1 && t.charCodeAt(h + 1) >= 97 && t.charCodeAt(h + 1) <= 122;
}

function allAmbiguousTitles(units: Unit[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!AMBIGUOUS_TITLES.has(units[k].text) && !isKnownFirstName(units[k].text)) return false;
  return true;
}

function spanCandidate(units: Unit[], a: number, b: number, base: Candidate | undefined): Candidate {
  const words: string[] = [];
  for (let k = a; k < b; k++) words.push(units[k].text);
  const inherit = base && a <= base.first;
  const s = units[a];
  return {
    first: a,
    last: b,
    start: s.start,
    end: units[b - 1].end,
    text: '',
    words,
    titles: inherit ? base.titles.filter((t) => t.end <= s.start) : [],
    descriptors: inherit ? base.descriptors : [],
    strong: false,
    context: false,
    reject: false,
    hard: false,
    gender: words.length > 1 ? nameGender(words[0]) ?? (inherit ? base.gender : null) : inherit ? base.gender : null,
    sentence: s.sentence,
    paragraph: s.paragraph,
    quoted: s.quoted,
    initial: s.initial,
  };
}

/**
 * A tagger-only name that may join a person named elsewhere but not introduce one: in a Title Case
 * headline ("Obama Sees …", "Sanders Vows …"), or a lone word opening a sentence ("Video", "Nearly").
 */
function guessOnly(c: Candidate, titleCase: Set<number>): boolean {
  if (c.context) return false;
  if (titleCase.has(c.sentence)) return true;
  return c.initial && c.words.length === 1;
}

/**
 * Sentences in Title Case: three or more words, nearly all capitalised (not all-capital), with a
 * function word capitalised away from the start ("Clinton And Trump Face …", "Obama Sees The …").
 */
function titleCaseSentences(units: Unit[]): Set<number> {
  const out = new Set<number>();
  let s = -1;
  let words = 0;
  let caps = 0;
  let upper = 0;
  let capFunction = false;
  const close = () => {
    if (capFunction && words >= 3 && caps >= words * 0.8 && upper < caps) out.add(s);
  };
  let prev = '';
  for (const u of units) {
    if (u.sentence !== s) {
      close();
      s = u.sentence;
      words = caps = upper = 0;
      capFunction = false;
      prev = '';
    }
    const after = prev;
    prev = u.text;
    if (u.kind !== 'word') continue;
    words++;
    if (u.cap) {
      caps++;
      if (isUpperCaseWord(u.text)) upper++;
      // A bracket opens a phrase of its own: "London ( The Oval ) : … ( C. Lewis 80 …": not Title Case.
      else if (!u.initial && after !== '(' && u.text.length <= 5 && isFunctionWord(u.text)) capFunction = true;
    }
  }
  close();
  return out;
}

/**
 * Tagger-only names whose last word the article also writes in lower case ("Future", "Community
 * Survey", "Round"): common nouns capitalised by position or as part of a title, not people.
 */
function commonNounEvidence(units: Unit[], all: Candidate[], accepted: Set<Candidate>): Set<Candidate> {
  const out = new Set<Candidate>();
  const byWord = new Map<string, Candidate[]>();
  for (const c of all) {
    if (!accepted.has(c) || c.strong || c.context || isKnownFirstName(c.words[0])) continue;
    const w = c.words[c.words.length - 1].toLowerCase();
    if (w === c.words[c.words.length - 1]) continue;
    const list = byWord.get(w);
    if (list) list.push(c);
    else byWord.set(w, [c]);
  }
  if (!byWord.size) return out;
  const filter = new WordFilter(byWord.keys());
  for (const u of units) {
    if (u.kind !== 'word' || u.cap) continue;
    const t = u.text;
    if (!filter.mayHave(t)) continue;
    const list = byWord.get(t);
    if (list) for (const c of list) out.add(c);
  }
  return out;
}

/** Letters only (hyphens and apostrophes inside), a capital and then some lower case: "Hangzhou", not "T3" or "KONG". */
function isMixedCaseWord(w: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u.test(w);
}

/** Two or more characters, letters all capitals ("PARNEVIK", "U.S."). */
function isUpperCaseWord(w: string): boolean {
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

/** A person named with two or more words whose last word is `w` (compared in capitals for a headline word). */
function matchSurname(index: ClusterIndex, w: string, caps: boolean): Cluster | undefined {
  let found: Cluster | undefined;
  const list = (caps ? upperIndex(index) : index.byWord).get(w);
  if (!list) return undefined;
  for (let k = list.length - 1; k >= 0 && k >= list.length - LOOKUP_LIMIT; k--) {
    const cl = list[k];
    if (cl.words.length < 2) continue;
    const sw = stripSuffix(cl.words);
    const last = sw[sw.length - 1];
    if (last === w || (caps && last.toUpperCase() === w)) {
      if (found && found !== cl) return undefined; // two people share it
      found = cl;
    }
  }
  return found;
}

/** The one person whose name is exactly these words (undefined when none or several). */
function sameName(index: ClusterIndex, words: string[]): Cluster | undefined {
  const list = index.byWord.get(words[words.length - 1]);
  if (!list) return undefined;
  let found: Cluster | undefined;
  for (let k = list.length - 1; k >= 0 && k >= list.length - LOOKUP_LIMIT; k--) {
    const cl = list[k];
    if (cl.words.length !== words.length || !cl.words.every((w, i) => w === words[i])) continue;
    if (found && found !== cl) return undefined;
    found = cl;
  }
  return found;
}

/**
 * A one-word name the tagger called a person only here and there ("Pirelli", "Magna") is dropped
 * when most of its mentions were not tagged PER and nothing else (title, role, appositive) says person.
 */
function dropOutvoted(clusters: Cluster[], assigned: Map<Candidate, Cluster>, labels: Uint8Array): void {
  const votes = new Map<Cluster, { per: number; other: number; context: boolean }>();
  for (const [c, cl] of assigned) {
    let v = votes.get(cl);
    if (!v) votes.set(cl, (v = { per: 0, other: 0, context: false }));
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
  if (dropped.size) for (const [c, x] of assigned) if (dropped.has(x)) assigned.delete(c);
}

function pushUnique(list: string[], s: string): void {
  if (s && list.length < LIST_LIMIT && !list.includes(s)) list.push(s);
}

function stripSuffix(words: string[]): string[] {
  const last = words[words.length - 1];
  if (words.length > 1 && (last === 'Jr.' || last === 'Sr.' || last === 'II' || last === 'III' || last === 'Jr' || last === 'Sr')) return words.slice(0, -1);
  return words;
}

/** The cluster a name form belongs to: same name, a shorter/longer form of it, or its surname/first name. */
interface ClusterIndex {
  /** People by each word of their name forms (and in capitals, for headlines); most recent last. */
  byWord: Map<string, Cluster[]>;
  byUpper: Map<string, Cluster[]> | null;
  /** Until byUpper is needed (headline surnames only): the words indexed so far and their people, in order. */
  log: Array<string | Cluster>;
  /** Role heads by title as written, for this analysis (titles repeat: "President", "Sen."). */
  roleHeads: Map<string, string>;
}

/** Lists kept per person (name forms, titles, descriptors) and people compared per lookup stay bounded. */
const LIST_LIMIT = 24;
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

function indexWord(map: Map<string, Cluster[]>, w: string, cl: Cluster): void {
  const list = map.get(w);
  if (list) list.push(cl);
  else map.set(w, [cl]);
}

/**
 * Every way a name form can match a person (same name, first name, surname, a longer or shorter
 * form ending the same way) shares the form's last word with the person's name, so only the people
 * indexed under that word are compared: a bounded number per name, however many people the article has.
 */
function matchCluster(index: ClusterIndex, c: Candidate): Cluster | undefined {
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
  for (let k = list.length - 1; k >= 0 && k >= list.length - LOOKUP_LIMIT; k--) {
    const cl = list[k];
    if (!cl.words.length) continue;
    if (lone && c.gender && cl.gender && c.gender !== cl.gender) continue;
    const cw = stripSuffix(cl.words);
    let ok = false;
    if (lone) {
      const x = w[0];
      ok = cw[cw.length - 1] === x || (cw.length > 1 && cw[0] === x && isKnownFirstName(x)) || (cw.length === 1 && cw[0] === x);
      // Hyphenated or compound surnames: "García-Peña" for "Daniel García-Peña Jaramillo".
      if (!ok && cw.length > 2) ok = cw.indexOf(x, 1) > 0;
    } else if (w[w.length - 1] === cw[cw.length - 1]) {
      // Same name, or the same surname with the same first name or initial (or one side a lone surname).
      ok = cw.length === 1 || w[0] === cw[0] || w[0][0] === cw[0][0];
      // "Sánchez Suárez" for "Pedro Arnulfo Sánchez Suárez", and the other way round.
      if (!ok) ok = (cw.length > 2 && endsWithWords(cw, w)) || (w.length > 2 && cw.length >= 2 && endsWithWords(w, cw));
    }
    if (!ok) continue;
    const last = cl.mentions.length ? cl.mentions[cl.mentions.length - 1].start : cl.firstStart;
    if (last > bestStart) {
      best = cl;
      bestStart = last;
    }
    if (lone && last > ownerStart && cw.length > 1 && cl.forms.includes(w[0])) {
      owner = cl;
      ownerStart = last;
    }
    if (lone && c.titles.length && cl.titles.length && last > roleStart) {
      heads ??= c.titles.map((t) => roleHead(index.roleHeads, t.text));
      if (cl.titles.some((t) => heads!.includes(roleHead(index.roleHeads, t)))) {
        role = cl;
        roleStart = last;
      }
    }
  }
  return role ?? owner ?? best;
}

/** The words of `long` end with all the words of `short`. */
function endsWithWords(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false;
  const d = long.length - short.length;
  for (let k = 0; k < short.length; k++) if (long[d + k] !== short[k]) return false;
  return true;
}

function isSubjectish(units: Unit[], c: Candidate): boolean {
  // Walk back over the titles/descriptors written before the name.
  let k = c.first - 1;
  const startOf = c.titles.length ? c.titles[0].start : c.start;
  const d0 = c.descriptors.length ? Math.min(startOf, c.descriptors[0].start) : startOf;
  while (k >= 0 && units[k].start >= d0) k--;
  const p = k >= 0 ? units[k] : undefined;
  if (!p || p.sentence !== units[c.first].sentence) return true;
  if (p.kind === 'quote' || p.kind === 'punct') return p.text !== '(';
  if (p.kind !== 'word') return false;
  return SUBJECT_PRECEDERS.has(p.id);
}

/** Mentions looked back at per pronoun when inferring a gender (keeps hostile input linear). */
const GENDER_SCAN_LIMIT = 60;

/** A person with no gender evidence takes the gender of the pronouns that follow them when they are alone in context. */
function inferGenderFromPronouns(units: Unit[], infos: MentionInfo<Cluster>[], clusters: Cluster[]): void {
  if (clusters.every((c) => c.gender)) return;
  const votes = new Map<Cluster, { male: number; female: number }>();
  let mi = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const pc = pronounOf(u);
    if (!pc || u.quoted) continue;
    while (mi < infos.length && infos[mi].unit < i) mi++;
    const seen = new Set<Cluster>();
    for (let k = mi - 1; k >= 0 && k >= mi - GENDER_SCAN_LIMIT; k--) {
      const m = infos[k];
      if (u.sentence - m.sentence > 1) break;
      if (!m.quoted) seen.add(m.cluster);
    }
    if (seen.size !== 1) continue;
    const [cl] = seen;
    if (cl.gender) continue;
    const v = votes.get(cl) ?? { male: 0, female: 0 };
    v[pc.gender]++;
    votes.set(cl, v);
  }
  for (const [cl, v] of votes) {
    if (v.male > 0 && v.female === 0) cl.gender = 'male';
    else if (v.female > 0 && v.male === 0) cl.gender = 'female';
  }
}


function resolveTitles(text: string, units: Unit[], phrases: TitlePhrase[], candidates: Candidate[], assigned: Map<Candidate, Cluster>, clusters: Cluster[], roleHeads: Map<string, string>): void {
  const byFirst = new Map<number, Candidate>();
  for (const c of candidates) byFirst.set(c.first, c);
  // People holding each role head, by first mention (computed once per head).
  const holdersOf = new Map<string, Array<{ start: number; cl: Cluster }>>();
  const holders = (head: string) => {
    let list = holdersOf.get(head);
    if (!list) {
      list = [];
      for (const cl of clusters) {
        if (!cl.mentions.length) continue;
        // "the lawmaker" covers every legislative role head (people/lexicon.json roleFamilies).
        const family = ROLE_FAMILIES.get(head);
        const holds = (x: string) => {
          const h = roleHead(roleHeads, x);
          return h === head || (!!family && family.has(h));
        };
        if (!cl.titles.some(holds) && !cl.descriptors.some(holds)) continue;
        let first = cl.mentions[0].start;
        for (const m of cl.mentions) if (m.start < first) first = m.start;
        list.push({ start: first, cl });
      }
      list.sort((a, b) => a.start - b.start);
      holdersOf.set(head, list);
    }
    return list;
  };
  for (const t of phrases) {
    // Appositive: "the President of Colombia, Gustavo Petro".
    let start = t.start;
    const before = t.first;
    if (before > 0 && units[before - 1].lower === 'the' && units[before - 1].sentence === t.sentence) start = units[before - 1].start;
    const comma = t.after < units.length ? units[t.after] : undefined;
    const ttext = text.slice(t.start, t.end);
    const head = t.cap ? roleHead(roleHeads, ttext) : t.head;
    if (comma && comma.text === ',' && t.cap) {
      const c = byFirst.get(t.after + 1);
      const cl = c && assigned.get(c);
      if (cl) {
        pushUnique(cl.titles, ttext);
        cl.mentions.push({ start, end: t.end, text: text.slice(start, t.end), kind: 'title', person: '' });
        continue;
      }
    }
    // "the senator": only when exactly one person holds that role.
    // The head is a phrase's last word, or two words ("prime minister"): looked up by form.
    if (!ROLE_TITLE_HEADS.hasWord(head) && !ROLE_FAMILIES.has(head)) continue;
    // "The Florida senator", "The Turkish president": only a holder the article describes so (a title or
    // descriptor with the word: "Sen.|Florida", "Republican presidential nominee").
    const list = t.qualifiers?.length ? holders(head).filter((x) => t.qualifiers!.every((q) => describedAs(x.cl, q))) : holders(head);
    if (!list.length || list[0].start >= t.start || (list.length > 1 && list[1].start < t.start)) continue;
    list[0].cl.mentions.push({ start, end: t.end, text: text.slice(start, t.end), kind: 'title', person: '' });
  }
}

/**
 * A word of one of the person's titles or descriptors ("U.S." and "US" alike), or its abbreviation in a
 * descriptor ("R-Fla." for "Republican" and "Florida", "I-Vt." for "Vermont": the letters in order, the
 * first one first).
 */
function describedAs(cl: Cluster, word: string): boolean {
  const w = word.replace(/\./g, '').toLowerCase();
  const inTitle = (phrase: string) => phrase.replace(/\./g, '').toLowerCase().split(/[\s,;()-]+/).includes(w);
  // (Abbreviations only in descriptors: a title's "Rep." is no "Republican".)
  const has = (phrase: string) =>
    phrase
      .toLowerCase()
      .split(/[\s,;()]+/)
      .some((token) => {
        // "R-Fla.": a party's initial and a state's abbreviation ("Republican", "Florida").
        const party = /^([a-z])-([a-z]+\.)$/.exec(token);
        if (party) return !!PARTY_INITIALS.get(party[1])?.has(w) || abbreviates(party[2].slice(0, -1), w);
        // (Only a word written with its period is an abbreviation: "for" abbreviates nothing.)
        return token.split('-').some((x) => x.replace(/\./g, '') === w || (x.endsWith('.') && abbreviates(x.replace(/\./g, ''), w)));
      });
  return cl.titles.some(inTitle) || cl.descriptors.some(has);
}

function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let k = 1;
  for (let i = 1; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

/** A title's role head, memoised in the analysis's own map (one entry per distinct title of the article). */
function roleHead(memo: Map<string, string>, title: string): string {
  let h = memo.get(title);
  if (h === undefined) {
    h = computeRoleHead(title);
    memo.set(title, h);
  }
  return h;
}

function computeRoleHead(title: string): string {
  const words = title.toLowerCase().replace(/\./g, '').split(/\s+/);
  // "Secretary of State" → "secretary"; "Vice President" → "president".
  const of = words.indexOf('of');
  const to = words.indexOf('to');
  const cut = of > 0 ? of : to > 0 ? to : words.length;
  const h = words[cut - 1];
  return TITLE_ABBREVIATIONS.get(h) ?? h;
}
