// What the pronoun model reads of the dependency parse (syntax/layer.ts): for a unit span (a name or
// a pronoun), its head word, its grammatical role (UD relation, coarsened), the clause it stands in,
// and how two words of one sentence relate in the tree (co-arguments, c-command, path length).
// Units (people/units.ts) and syntactic words are both cut from the segmenter's tokens, so a unit's
// words are found by offsets; a unit with no word of its own (never in practice) has none (-1).
import type { SyntaxLayer, SyntaxWord } from '../syntax/layer';
import { NOMINAL_UPOS, OBJECT_RELATIONS, SUBJECT_RELATIONS, isAncestor, isRelativePronoun } from '../syntax/tree';

/** Coarse grammatical roles: the UD relations that matter for salience and parallelism. */
export const SYN_ROLES = ['subj', 'subjpass', 'obj', 'iobj', 'poss', 'obl', 'nmod', 'appos', 'conj', 'compound', 'root', 'other', 'none'] as const;
export type SynRole = (typeof SYN_ROLES)[number];
export const SYN_NONE = SYN_ROLES.indexOf('none');
const ROLE_SUBJ = SYN_ROLES.indexOf('subj');
const ROLE_SUBJPASS = SYN_ROLES.indexOf('subjpass');
const ROLE_POSS = SYN_ROLES.indexOf('poss');
const ROLE_OF: ReadonlyMap<string, number> = new Map([
  ['nsubj', 0],
  ['csubj', 0],
  ['nsubj:pass', 1],
  ['csubj:pass', 1],
  ['obj', 2],
  ['iobj', 3],
  ['nmod:poss', 4],
  ['obl', 5],
  ['obl:agent', 5],
  ['obl:tmod', 5],
  ['obl:npmod', 5],
  ['nmod', 6],
  ['nmod:tmod', 6],
  ['nmod:npmod', 6],
  ['appos', 7],
  ['conj', 8],
  ['compound', 9],
  ['root', 10],
]);

/** Relations that open a clause: a word under one of them stands in a subordinate clause. */
const CLAUSAL: ReadonlySet<string> = new Set(['ccomp', 'xcomp', 'advcl', 'acl', 'acl:relcl', 'parataxis', 'csubj', 'csubj:pass', 'root']);
/** Clauses a mention in them is less salient in: relative and adnominal clauses, adverbial clauses. */
export const EMBEDS = ['main', 'relcl', 'advcl', 'comp', 'other'] as const;
const EMBED_OF: ReadonlyMap<string, number> = new Map([
  ['root', 0],
  ['acl:relcl', 1],
  ['acl', 1],
  ['advcl', 2],
  ['ccomp', 3],
  ['xcomp', 3],
]);
/** What may premodify a noun inside its phrase (premodifierStart). */
const PREMODIFIER_UPOS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words an apposition cut short must not end with (appositionAfter). */
const DANGLING_UPOS: ReadonlySet<string> = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'PUNCT']);
/** What opens a list's next item after a comma (appositionAfter): a noun phrase, not a verb or a relative clause. */
const LIST_ITEM_UPOS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'DET', 'NUM']);
/** Walks up the tree stop here (a malformed head chain can never loop a walk). */
const MAX_DEPTH = 64;
/** How many coordinated verbs back a verb's shared subject is looked for. */
const MAX_CONJ_UP = 3;

export class SyntaxView {
  /** Per unit, its first word (-1 when none starts inside it). */
  private readonly unitWord: Int32Array;
  constructor(
    readonly layer: SyntaxLayer,
    private readonly units: ReadonlyArray<{ start: number; end: number }>,
  ) {
    this.unitWord = new Int32Array(units.length).fill(-1);
    const words = layer.words;
    let w = 0;
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      while (w < words.length && words[w].end <= u.start) w++;
      if (w < words.length && words[w].start < u.end) this.unitWord[i] = w;
    }
  }

  /** The head word of units [a, b): the first of its words whose head lies outside them (-1 when none). */
  headOf(a: number, b: number): number {
    const first = this.unitWord[a];
    if (first < 0) return -1;
    const end = this.units[b - 1].end;
    const words = this.layer.words;
    let last = first;
    while (last + 1 < words.length && words[last + 1].start < end) last++;
    for (let k = first; k <= last; k++) {
      const h = words[k].head;
      if (h < first || h > last) return k;
    }
    return first;
  }

  /** The head word of units [a, b) is a proper noun. */
  properNoun(a: number, b: number): boolean {
    const w = this.headOf(a, b);
    return w >= 0 && this.layer.words[w].upos === 'PROPN';
  }

  /** The head word of units [a, b) is read as an adjective, a verb or an adverb ("Make America Great Again", "So, That Happened"). */
  notNominal(a: number, b: number): boolean {
    const w = this.headOf(a, b);
    if (w < 0) return false;
    const u = this.layer.words[w].upos;
    return u === 'ADJ' || u === 'VERB' || u === 'ADV';
  }

  /** The head word of units [a, b) is a subject (active or passive) or a possessor ("Wade worked …", "Ilves' victory"). */
  argumentOfClause(a: number, b: number): boolean {
    const r = this.role(this.headOf(a, b));
    return r === ROLE_SUBJ || r === ROLE_SUBJPASS || r === ROLE_POSS;
  }

  /** The head word of units [a, b) is a compound modifier of a common noun ("Deportivo chairman"). */
  modifiesNoun(a: number, b: number): boolean {
    const w = this.headOf(a, b);
    if (w < 0) return false;
    const words = this.layer.words;
    const h = words[w].head;
    return words[w].deprel === 'compound' && h >= 0 && words[h].upos === 'NOUN';
  }

  /** The head word of units [a, b) modifies a word after it, as a compound or an adjective ("Trump supporters", "the Census Bureau"). */
  premodifies(a: number, b: number): boolean {
    const w = this.headOf(a, b);
    if (w < 0) return false;
    const words = this.layer.words;
    return (words[w].deprel === 'compound' || words[w].deprel === 'amod') && words[w].head > w;
  }

  /** The head word of units [a, b) stands before a common noun it modifies, as a compound or read as an adjective ("the peaceful Trump supporters"). */
  premodifiesNoun(a: number, b: number): boolean {
    const w = this.headOf(a, b);
    if (w < 0) return false;
    const words = this.layer.words;
    const h = words[w].head;
    return (words[w].deprel === 'compound' || words[w].deprel === 'amod') && h > w && words[h].upos === 'NOUN';
  }

  /**
   * Where the noun phrase's premodifiers that the parse hangs to the right begin, left of unit u and at most
   * `max` words further: nouns, proper nouns, adjectives and numbers, each headed by a word after it and no
   * later than unit b − 1 ("White House press secretary Josh Earnest", from "secretary": "White"); a word
   * joined by hyphens counts whole ("1970s-era catcher"). A determiner, a possessive, a verb, a preposition or
   * punctuation ends it; so does a word after infinitival "to", which is a verb whatever the tagger says
   * ("decision to fire campaign manager Corey Lewandowski"). Never from inside a name: nothing when the word
   * before the phrase is a proper noun ("The Wall Street Journal's deputy editorial page editor"). The start
   * offset (unit u's own when nothing precedes it).
   */
  premodifierStart(u: number, b: number, max: number): number {
    const first = this.unitWord[u];
    if (first < 0) return this.units[u].start;
    const words = this.layer.words;
    const end = this.units[b - 1].end;
    let last = first;
    while (last + 1 < words.length && words[last + 1].start < end) last++;
    const inside = (j: number) => words[j].head > j && words[j].head <= last;
    let start = first;
    for (let j = first - 1, n = 0; j >= 0 && n < max; n++) {
      // "1970s-era": the hyphen and the part before it, glued on both sides, go with the part after it.
      if (words[j].xpos === 'HYPH' && j > 0 && words[j].end === words[j + 1].start && words[j - 1].end === words[j].start) {
        if (!PREMODIFIER_UPOS.has(words[j - 1].upos)) break;
        start = j - 1;
        j -= 2;
        continue;
      }
      if (!PREMODIFIER_UPOS.has(words[j].upos) || !inside(j)) break;
      start = j;
      j--;
    }
    while (start < first && start > 0 && words[start - 1].xpos === 'TO') start++;
    // (A hyphenated word cut at its first part: "26-year-old" read as a number and an adjective.)
    while (start < first && start > 0 && words[start - 1].end === words[start].start) start++;
    if (start < first && start > 0 && words[start - 1].upos === 'PROPN' && words[start - 1].head >= start) return this.units[u].start;
    return words[start].start;
  }

  /**
   * The apposition the parse hangs on the name of units [a, b) right after its comma: the offsets from the
   * comma's next word to the appositive's head and what follows it in its subtree, up to a comma, a relative
   * pronoun or a dash ("said Tim Hess, a real estate developer in Virginia, who introduced …" → "a real estate
   * developer in Virginia"); null when there is none, when it has more than `max` words, or when its head is a
   * role right before another name (", the baseball player Willie Mays and …", a list).
   */
  appositionAfter(a: number, b: number, max: number): { start: number; end: number } | null {
    const name = this.headOf(a, b);
    if (name < 0 || b >= this.units.length) return null;
    const words = this.layer.words;
    const comma = this.unitWord[b];
    if (comma < 0 || words[comma].xpos !== ',' || comma + 1 >= words.length) return null;
    let head = -1;
    for (let k = comma + 1; k < words.length && k - comma <= max; k++) {
      if (words[k].head === name && words[k].deprel === 'appos') {
        head = k;
        break;
      }
    }
    // A proper noun heads one only after "a"/"an" ("a Michigan Democrat"; ", the North Carolina Department of
    // Public Safety and …" is a list).
    if (head < 0 || (words[head].upos !== 'NOUN' && !(words[head].upos === 'PROPN' && words[comma + 1].lemma === 'a'))) return null;
    // (The words before the head must be its own: "a real estate developer", not a clause's subject.)
    for (let k = comma + 1; k < head; k++) if (!isAncestor(words, head, k, MAX_DEPTH)) return null;
    if (head + 1 < words.length && words[head + 1].upos === 'PROPN' && words[head].upos === 'NOUN') return null;
    let end = head;
    for (let k = head + 1; k < words.length && isAncestor(words, head, k, MAX_DEPTH); k++) {
      const w = words[k];
      // An abbreviation's period and a hyphen inside a word go on ("Mr.", "center-left").
      const glued = w.start === words[k - 1].end && k + 1 < words.length && (w.xpos === '.' || (w.xpos === 'HYPH' && words[k + 1].start === w.end));
      if ((w.upos === 'PUNCT' && !glued) || w.xpos === 'WDT' || w.xpos === 'WP' || w.xpos === 'WP$') break;
      end = k;
    }
    // Nothing left dangling where the phrase was cut ("the anchor of “NBC Nightly News”" → "the anchor").
    while (end > head && DANGLING_UPOS.has(words[end].upos)) end--;
    if (end - comma > max) return null;
    // A place's state after a place ends it: "a city council member in Somerton, Ariz., who …", "a salesman
    // from Sumter, South Carolina, says …" (one or two proper nouns between commas).
    const sentenceEnd = this.sentenceEndOf(head);
    for (let n = 1; n <= 2 && words[end].upos === 'PROPN' && end + 1 + n < sentenceEnd && words[end + 1].xpos === ','; n++) {
      let proper = true;
      for (let k = end + 2; k <= end + 1 + n; k++) proper = proper && (words[k].upos === 'PROPN' || (words[k].xpos === '.' && words[k].start === words[k - 1].end));
      const after = end + 2 + n < sentenceEnd ? words[end + 2 + n] : undefined;
      if (proper && (!after || after.xpos === ',' || after.upos === 'PUNCT')) {
        end = end + 1 + n;
        // ("Calif." read as "Calif" and its period.)
        if (after && after.xpos === '.' && after.start === words[end].end && end + 2 < sentenceEnd) end++;
        break;
      }
    }
    // A list goes on after its comma with another noun phrase ("Trump, the RNC, Cruz, the Never Trumpers – are …").
    if (end + 2 < sentenceEnd && words[end + 1].xpos === ',' && LIST_ITEM_UPOS.has(words[end + 2].upos)) return null;
    return { start: words[comma + 1].start, end: words[end].end };
  }

  /** One past the last word of word w's sentence (a binary search: sentences are in text order). */
  private sentenceEndOf(w: number): number {
    const list = this.layer.sentenceWords;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= w) lo = mid + 1;
      else if (list[mid].start > w) hi = mid - 1;
      else return list[mid].end;
    }
    return this.layer.words.length;
  }

  /** The head word of units [a, b) is a subject, active or passive ("Beloved by her husband, Nancy Reagan was …"). */
  subjectOfClause(a: number, b: number): boolean {
    const r = this.role(this.headOf(a, b));
    return r === ROLE_SUBJ || r === ROLE_SUBJPASS;
  }

  /** Unit r's word and the name of units [a, b) are in apposition, one the other's `appos` ("his wife, Ana"). */
  apposed(r: number, a: number, b: number): boolean {
    const w = this.unitWord[r];
    const name = this.headOf(a, b);
    if (w < 0 || name < 0) return false;
    const words = this.layer.words;
    return (words[name].head === w && words[name].deprel === 'appos') || (words[w].head === name && words[w].deprel === 'appos');
  }

  /** The head word of units [a, b) is a plural proper noun ("The Clintons"): a family, not a thing. */
  pluralProperNoun(a: number, b: number): boolean {
    const w = this.headOf(a, b);
    return w >= 0 && this.layer.words[w].xpos === 'NNPS';
  }

  /**
   * Unit u's first word is read as a singular common noun, an adjective, an adverb or a verb: a word, not a name
   * ("Housekeeping", "Too"). Not a plural: a capitalised word the parse reads as one is as often a family name
   * ending in -s ("mentored Stiles with his technique", GAP).
   */
  commonWordAt(u: number): boolean {
    const t = this.firstWordOf(u)?.xpos;
    return t === 'NN' || t === 'JJ' || t === 'RB' || (t !== undefined && t.startsWith('VB'));
  }

  /** Unit u's first word is read as a preposition, a subordinating or coordinating conjunction or an interjection ("Whereas", "On"). */
  particleAt(u: number): boolean {
    const t = this.firstWordOf(u)?.upos;
    return t === 'ADP' || t === 'SCONJ' || t === 'CCONJ' || t === 'INTJ';
  }

  /**
   * Unit u's first word is read as a verb of any tensed or participle form or as an adverb: in a Title Case headline a
   * name ends there ("Hillary Asking Moderator …", "Tim Kaine Fully Embraced …", "Anthony Weiner Reportedly Caught …").
   */
  headlineBreakAt(u: number): boolean {
    const t = this.firstWordOf(u)?.xpos;
    return t === 'VBG' || t === 'VBZ' || t === 'VBD' || t === 'VBN' || t === 'VBP' || t === 'RB';
  }

  /** Unit u's first word is read as a noun, a proper noun, an adjective or a number: a noun phrase may go on there. */
  nominalAt(u: number): boolean {
    const t = this.firstWordOf(u)?.upos;
    return t === 'NOUN' || t === 'PROPN' || t === 'ADJ' || t === 'NUM';
  }

  /** The first syntactic word of unit u (undefined when none starts inside it). */
  private firstWordOf(u: number): SyntaxWord | undefined {
    const w = u < this.unitWord.length ? this.unitWord[u] : -1;
    return w < 0 ? undefined : this.layer.words[w];
  }

  /** The coarse role of word w; a conjunct takes its first conjunct's role ("Tom and Ann left": both subjects). */
  role(w: number): number {
    if (w < 0) return SYN_NONE;
    const words = this.layer.words;
    let x = w;
    for (let d = 0; d < MAX_DEPTH && words[x].deprel === 'conj' && words[x].head >= 0; d++) x = words[x].head;
    const r = ROLE_OF.get(words[x].deprel) ?? ROLE_OF.get(words[x].deprel.split(':')[0]);
    return r ?? SYN_ROLES.indexOf('other');
  }

  /** The head of the clause word w stands in: the nearest ancestor (w excluded) under a clausal relation, or the root. */
  clauseOf(w: number): number {
    const words = this.layer.words;
    let x = words[w].head;
    for (let d = 0; d < MAX_DEPTH && x >= 0; d++) {
      if (CLAUSAL.has(words[x].deprel) || words[x].head < 0) return x;
      x = words[x].head;
    }
    return x;
  }

  /** The kind of clause word w stands in (main, relative, adverbial, complement, other). */
  embedding(w: number): number {
    if (w < 0) return EMBEDS.length - 1;
    const c = this.clauseOf(w);
    if (c < 0) return 0;
    return EMBED_OF.get(this.layer.words[c].deprel) ?? EMBEDS.length - 1;
  }

  /** Word w is a subject (active or passive) of its sentence's root. */
  mainSubject(w: number): boolean {
    if (w < 0) return false;
    const words = this.layer.words;
    const r = this.role(w);
    if (r !== 0 && r !== 1) return false;
    let x = w;
    for (let d = 0; d < MAX_DEPTH && words[x].deprel === 'conj' && words[x].head >= 0; d++) x = words[x].head;
    const h = words[x].head;
    return h >= 0 && words[h].head < 0;
  }

  /** a is an ancestor of b (a !== b). */
  dominates(a: number, b: number): boolean {
    return isAncestor(this.layer.words, a, b, MAX_DEPTH);
  }

  /** The number of arcs between two words of one sentence (MAX_DEPTH when no common ancestor is found). */
  pathLength(a: number, b: number): number {
    const words = this.layer.words;
    const up = new Map<number, number>();
    let x = a;
    for (let d = 0; d < MAX_DEPTH && x >= 0; d++) {
      up.set(x, d);
      x = words[x].head;
    }
    let y = b;
    for (let d = 0; d < MAX_DEPTH && y >= 0; d++) {
      const da = up.get(y);
      if (da !== undefined) return da + d;
      y = words[y].head;
    }
    return MAX_DEPTH;
  }

  /**
   * The subject the pronoun at word w is read under: walking up from w, the first subject of an
   * ancestor that does not hold w ("Reshammiya had composed the song … but later decided to use it for
   * his own movie": Reshammiya, through "use" and the conjunct "decided"; "In her debut appearance,
   * Amelia visited …": Amelia, after her). A relative pronoun stands for the noun its clause modifies
   * ("Elena, a changeling child who had been implanted … when she was an infant": child, Elena's
   * apposition; `relative` says so). `kind` is the first clause boundary crossed on the way (GOV_KINDS;
   * own when none).
   * Null when no ancestor has a subject.
   */
  governingSubject(w: number): { subject: number; kind: number; relative: boolean } | null {
    if (w < 0) return null;
    const words = this.layer.words;
    const subjects = this.subjectsByHead();
    let kind = 0;
    let x = w;
    for (let d = 0; d < MAX_DEPTH; d++) {
      const h = words[x].head;
      if (h < 0) return null;
      if (x !== w && kind === 0) {
        const k = GOV_KIND_OF.get(words[x].deprel) ?? GOV_KIND_OF.get(words[x].deprel.split(':')[0]);
        if (k !== undefined) kind = k;
      }
      // A head's first subject dependent other than x (a parse may give one head two).
      const c = subjects[2 * h] !== x ? subjects[2 * h] : subjects[2 * h + 1];
      if (c >= 0) {
        const cw = words[c];
        // "Fanning, who was his chief of staff": the possessor in a nominal predicate is someone else.
        if (NOMINAL_UPOS.has(words[h].upos)) return { subject: c, kind: GOV_PRED, relative: false };
        // "the child who …": the relative clause's noun.
        if (isRelativePronoun(cw) && words[h].deprel === 'acl:relcl' && words[h].head >= 0) return { subject: words[h].head, kind, relative: true };
        return { subject: c, kind, relative: false };
      }
      x = h;
    }
    return null;
  }

  /**
   * For a subject word w of a clausal complement ("Jim Poolman said he was …"): the verb the clause
   * complements, before w, and that verb's subject; null when w is no such subject, or when the verb has
   * an object ("told Obama that he …": then either may be meant), or when a marker other than "that" opens the
   * clause ("loves as if she were …").
   */
  complementedSubject(w: number): { verb: number; subject: number } | null {
    const words = this.layer.words;
    if (w < 0 || !SUBJECT_RELATIONS.has(words[w].deprel)) return null;
    const clause = words[w].head;
    if (clause < 0 || words[clause].deprel !== 'ccomp') return null;
    const verb = words[clause].head;
    if (verb < 0 || verb > w) return null;
    const subject = this.subjectsByHead()[2 * verb];
    if (subject < 0 || subject > verb) return null;
    for (let k = verb + 1; k < clause; k++) {
      if (words[k].head === verb && OBJECT_RELATIONS.has(words[k].deprel)) return null;
      // A clause opened by "as if", "whether", "if" is no report of the subject's words.
      if (words[k].head === clause && words[k].deprel === 'mark' && words[k].lemma !== 'that') return null;
    }
    return { verb, subject };
  }

  /**
   * For an object pronoun at word w ("Sanders called him divisive", "Bush had not yet won him over"): the subject
   * word of the verb it is the object of, which binding says it is not (the noun a relative pronoun subject stands
   * for, "the man who hired him"); null when w is no object of a verb with a subject.
   */
  objectSubject(w: number): { subject: number; shared: boolean } | null {
    const words = this.layer.words;
    if (w < 0 || !OBJECT_RELATIONS.has(words[w].deprel)) return null;
    let verb = words[w].head;
    if (verb < 0 || words[verb].upos !== 'VERB') return null;
    let c = this.subjectsByHead()[2 * verb];
    // A coordinated verb shares its first conjunct's subject ("called him divisive and accused him of …"):
    // `shared` says so (the parse more often misses a conjunct's own subject than its own object).
    const shared = c < 0;
    for (let d = 0; c < 0 && d < MAX_CONJ_UP && words[verb].deprel === 'conj' && words[verb].head >= 0 && words[words[verb].head].upos === 'VERB'; d++) {
      verb = words[verb].head;
      c = this.subjectsByHead()[2 * verb];
    }
    if (c < 0) return null;
    if (!isRelativePronoun(words[c])) return { subject: c, shared };
    return words[verb].deprel === 'acl:relcl' ? { subject: words[verb].head, shared } : null;
  }

  /** Per word w, its first two subject dependents at 2w and 2w + 1 (-1 when none), built on first use in one pass. */
  private subjectOf: Int32Array | null = null;
  private subjectsByHead(): Int32Array {
    if (this.subjectOf) return this.subjectOf;
    const words = this.layer.words;
    const out = new Int32Array(2 * words.length).fill(-1);
    for (let c = 0; c < words.length; c++) {
      const h = words[c].head;
      if (h < 0 || !SUBJECT_RELATIONS.has(words[c].deprel)) continue;
      if (out[2 * h] < 0) out[2 * h] = c;
      else if (out[2 * h + 1] < 0) out[2 * h + 1] = c;
    }
    return (this.subjectOf = out);
  }

  /**
   * A name whose head is word a stands for word b: sameNominal, or a is a part of the proper name b heads (the
   * parse heads "Sen. Bernie Sanders" with the title: the name's words hang on it as flat or compound).
   */
  namesWord(a: number, b: number): boolean {
    if (this.sameNominal(a, b)) return true;
    const words = this.layer.words;
    return a >= 0 && b >= 0 && words[a].head === b && words[b].upos === 'PROPN' && (words[a].deprel === 'flat' || words[a].deprel === 'compound');
  }

  /** Words a and b stand for one nominal: the same word, or one an apposition of the other. */
  sameNominal(a: number, b: number): boolean {
    if (a < 0 || b < 0) return false;
    if (a === b) return true;
    const words = this.layer.words;
    return (words[a].deprel === 'appos' && words[a].head === b) || (words[b].deprel === 'appos' && words[b].head === a);
  }

  /** The relation of a (a candidate) to b (the pronoun), both in one sentence: see TREE_RELS. */
  relation(a: number, b: number): number {
    if (a < 0 || b < 0) return TREE_NONE;
    const words = this.layer.words;
    const ha = words[a].head;
    if (ha >= 0 && ha === words[b].head) return 0; // co-arguments of one head ("Tom told him")
    if (ha >= 0 && this.dominates(ha, b)) return this.clauseOf(a) === this.clauseOf(b) ? 1 : 2; // a c-commands b (its clause or below)
    if (this.dominates(words[b].head, a) && words[b].head >= 0) return 3; // b c-commands a
    return 4;
  }
}

/** The first clause boundary between a pronoun and its governing subject (own: none). */
export const GOV_KINDS = ['own', 'xcomp', 'conj', 'advcl', 'ccomp', 'relcl', 'acl', 'other', 'pred'] as const;
/** No clause boundary: the pronoun's own clause. */
export const GOV_OWN = GOV_KINDS.indexOf('own');
export const GOV_ADVCL = GOV_KINDS.indexOf('advcl');
export const GOV_XCOMP = GOV_KINDS.indexOf('xcomp');
/** The subject of a nominal predicate ("X was his chief of staff"). */
const GOV_PRED = GOV_KINDS.indexOf('pred');
/** The boundary kind (a GOV_KINDS index) each clause relation marks. */
const GOV_KIND_OF: ReadonlyMap<string, number> = new Map(
  (
    [
      ['xcomp', 'xcomp'],
      ['conj', 'conj'],
      ['advcl', 'advcl'],
      ['ccomp', 'ccomp'],
      ['acl:relcl', 'relcl'],
      ['acl', 'acl'],
      ['parataxis', 'other'],
      ['csubj', 'other'],
    ] as const
  ).map(([rel, kind]) => [rel, GOV_KINDS.indexOf(kind)]),
);

/** Candidate-to-pronoun relations in one sentence. */
export const TREE_RELS = ['coarg', 'ccmd.clause', 'ccmd.sub', 'ccmd.by', 'apart', 'none'] as const;
export const TREE_NONE = TREE_RELS.length - 1;
