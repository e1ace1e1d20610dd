// The syntax stage's front door: tag, lemmatise and parse sentences given as word forms.
import { assignClusters, clusterBackoff, maskUnknown, wordIds } from './words';
import { ambiguityClasses, candidates, tagSentence } from './tagger';
import { lemmatize } from './lemmatizer';
import { parse } from './parser';
import { hashString } from './weights';
import { IRREGULAR_PAST_BASE, PARTICIPLE_AUXILIARIES } from '../lexicon';
import type { SyntaxModel } from './model';

export type { SyntaxModel } from './model';
export { decodeSyntaxModel } from './model';

/** One parsed sentence, word by word. `head` is 1-based with 0 for the root, as in CoNLL-U. */
export interface ParsedSentence {
  upos: string[];
  xpos: string[];
  lemma: string[];
  head: Int32Array;
  deprel: string[];
}

/** `beam` overrides the model's beam width (1: greedy). */
export function parseWords(m: SyntaxModel, forms: readonly string[], lows?: readonly string[], beam?: number): ParsedSentence {
  const n = forms.length;
  const ids = wordIds(forms, lows);
  assignClusters(ids, m.tagger.clusters);
  maskUnknown(ids, m.tagger.ambiguity);
  // One ambiguity look-up per word, read by the tagger and the parser (and by nothing after this
  // call returns: a view of the model's scratch, as the tagger's own, saves an allocation per sentence).
  const sc = m.tagger.scratch;
  const amb = ambiguityClasses(m.tagger, ids, n, sc ? sc.view('amb', n) : undefined);
  // The tagger caches scores by form, so only when the lower-case forms are its own.
  const tags = tagSentence(m.tagger, ids, n, amb, lows ? undefined : forms);
  const upos = new Array<string>(n);
  const xpos = new Array<string>(n);
  const lemma = new Array<string>(n);
  const known = (lower: string) => {
    const h = hashString(lower);
    return m.tagger.ambiguity.has(h) || m.tagger.clusters.has(h);
  };
  for (let i = 0; i < n; i++) {
    upos[i] = m.tagger.upos[tags[i]];
    xpos[i] = m.tagger.xpos[tags[i]];
    lemma[i] = lemmatize(m.lemmas, forms[i], lows ? lows[i] : forms[i].toLowerCase(), xpos[i], known);
  }
  const past = pastTenseClass(m);
  const mayBePast = (i: number) => {
    const cand = candidates(m.tagger, ids.low[i]);
    return cand === null || cand.includes(past);
  };
  if (past >= 0) repairFiniteParticiple(tags, upos, xpos, lemma, lows ?? forms, mayBePast, past);
  if (past >= 0) repairIrregularPast(tags, upos, xpos, lemma, lows ?? forms, past);
  const inp = { ids: clusterBackoff(ids), tags, amb, n };
  let parsed = parse(m.parser, inp, beam);
  // Rule syntax.rootless-participle: the parse found no clause (its root a noun or a name) and hung a
  // participle on the noun before it; that participle was the sentence's past tense: retag, parse again.
  if (past >= 0 && retagRootlessParticiple(m.parser.labels, tags, upos, xpos, lows ?? forms, parsed.head, parsed.label, mayBePast, past)) parsed = parse(m.parser, inp, beam);
  const head = new Int32Array(n);
  const deprel = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const h = parsed.head[i];
    head[i] = h === n || h < 0 ? 0 : h + 1;
    deprel[i] = h < 0 ? 'dep' : m.parser.labels[parsed.label[i]];
  }
  return { upos, xpos, lemma, head, deprel };
}

/** Tags that make a clause finite: a past or present tense, a modal. */
const FINITE_XPOS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/** Tags of a noun or a personal pronoun, a participle's possible subject right before it. */
const SUBJECT_XPOS: ReadonlySet<string> = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'PRP']);

/** Word i stands right after a noun or a personal pronoun, its possible subject (an adverb between at most). */
function afterSubject(xpos: readonly string[], i: number): boolean {
  // (An adverb may stand between: "The Republican nominee also linked …".)
  const before = xpos[i - 1] === 'RB' && i >= 2 ? i - 2 : i - 1;
  return SUBJECT_XPOS.has(xpos[before]);
}

/** Word i is a participle right after its possible subject. */
function participleAfterSubject(upos: readonly string[], xpos: readonly string[], i: number): boolean {
  return xpos[i] === 'VBN' && upos[i] === 'VERB' && afterSubject(xpos, i);
}

/** The sentence has a tensed verb or a modal by its tags. */
function hasFiniteVerb(xpos: readonly string[]): boolean {
  for (const x of xpos) if (FINITE_XPOS.has(x)) return true;
  return false;
}

/** Word i is followed by "by": a passive's agent ("the email server used by his opponent"). */
function byFollows(lows: readonly string[], i: number): boolean {
  return i + 1 < lows.length && lows[i + 1].toLowerCase() === 'by';
}

/** Retags word i a past tense (class `past`: UPOS VERB, XPOS VBD). */
function retagPast(tags: Int32Array, upos: string[], xpos: string[], i: number, past: number): void {
  tags[i] = past;
  upos[i] = 'VERB';
  xpos[i] = 'VBD';
}

/**
 * Rule syntax.finite-participle: in a sentence the tagger left with no tensed verb or modal, the first
 * participle right after a noun or pronoun (an adverb between at most), with no auxiliary before it and no "by" agent after it, is the
 * past tense the tagger missed ("In July, the NAACP called for a moratorium", "Tulsa police released video
 * on Monday", "The move enraged critics"): the greedy tagger reads -ed after a noun phrase as a reduced
 * relative, and the parser then finds no clause. Retagged VBD before the parse, which reads the tags.
 * (News sentences are rarely verbless; "the email server used by his opponent", a headline's "Suspect
 * Named By Police", keep their participle.)
 */
function repairFiniteParticiple(tags: Int32Array, upos: string[], xpos: string[], lemma: readonly string[], lows: readonly string[], mayBePast: (i: number) => boolean, past: number): void {
  const n = tags.length;
  if (hasFiniteVerb(xpos)) return;
  for (let i = 1; i < n; i++) {
    // An auxiliary before any participle: it is the clause's verb, the participle its complement.
    if (PARTICIPLE_AUXILIARIES.has(lemma[i - 1].toLowerCase())) return;
    if (!participleAfterSubject(upos, xpos, i)) continue;
    // Only a form that may be a past tense ("called", not "known", "taken"), with no agent after it.
    if (!byFollows(lows, i) && mayBePast(i)) retagPast(tags, upos, xpos, i, past);
    return;
  }
}

/**
 * Rule syntax.irregular-past: in a sentence the tagger (and syntax.finite-participle) left with no tensed verb or
 * modal, the first listed irregular past form (lexicon IRREGULAR_PAST_BASE) right after a noun or pronoun (an adverb
 * between at most) that the tagger read as something else is that past tense: "Personal spending rose 0.2% in
 * September" (rose NN), "The ship sank in 1912" (sank NN), "children wore T-shirts" (wore JJ), forms EWT train
 * saw rarely or never as verbs. Retagged VBD (its lemma the listed base) before the parse.
 */
function repairIrregularPast(tags: Int32Array, upos: string[], xpos: string[], lemma: string[], lows: readonly string[], past: number): void {
  const n = tags.length;
  if (hasFiniteVerb(xpos)) return;
  for (let i = 1; i < n; i++) {
    if (PARTICIPLE_AUXILIARIES.has(lemma[i - 1].toLowerCase())) return;
    const base = IRREGULAR_PAST_BASE.get(lows[i].toLowerCase());
    if (base === undefined || upos[i] === 'VERB' || upos[i] === 'AUX') continue;
    if (!afterSubject(xpos, i) || byFollows(lows, i)) return;
    retagPast(tags, upos, xpos, i, past);
    lemma[i] = base;
    return;
  }
}

/** The tagger's class of a past-tense verb (UPOS VERB, XPOS VBD), or -1. */
function pastTenseClass(m: SyntaxModel): number {
  for (let k = 0; k < m.tagger.upos.length; k++) if (m.tagger.upos[k] === 'VERB' && m.tagger.xpos[k] === 'VBD') return k;
  return -1;
}

/** Parts of speech of a root that makes no clause: the parse found no verb for the sentence. */
const CLAUSELESS_ROOT: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * Rule syntax.rootless-participle: the parse's root is a noun, a name, a number or a pronoun with no copula
 * or subject under it, and a participle that may be a past tense hangs on the noun or pronoun right before
 * it (an adverb between at most) as a modifier, with no auxiliary before it and no "by" after it: "Later
 * Thursday, two of Elian's Miami cousins sought support …" (a modal in a relative clause later kept
 * syntax.finite-participle away). Retags that participle VBD; true when it did (the caller parses again).
 */
function retagRootlessParticiple(labels: readonly string[], tags: Int32Array, upos: string[], xpos: string[], lows: readonly string[], head: Int32Array, label: Int32Array, mayBePast: (i: number) => boolean, past: number): boolean {
  const n = tags.length;
  let root = -1;
  for (let i = 0; i < n; i++) if (head[i] === n || head[i] < 0) {
    if (root >= 0) return false;
    root = i;
  }
  if (root < 0 || !CLAUSELESS_ROOT.has(upos[root])) return false;
  for (let i = 0; i < n; i++) {
    if (head[i] !== root) continue;
    const l = labels[label[i]];
    if (l === 'cop' || l.startsWith('nsubj')) return false;
  }
  for (let i = 1; i < n; i++) {
    if (upos[i] === 'AUX' || xpos[i] === 'MD') return false;
    if (!participleAfterSubject(upos, xpos, i)) continue;
    const l = labels[label[i]];
    if ((l !== 'acl' && l !== 'amod' && l !== 'conj' && l !== 'appos') || byFollows(lows, i) || !mayBePast(i)) continue;
    // A participle that names ("a group called Lashkar-e-Taiba", the name its xcomp) stays one.
    let names = false;
    for (let k = 0; k < n; k++) if (head[k] === i && labels[label[k]] === 'xcomp') names = true;
    if (names) continue;
    retagPast(tags, upos, xpos, i, past);
    return true;
  }
  return false;
}
