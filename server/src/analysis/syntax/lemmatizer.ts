// Lemmatiser: suffix edit rules learned per XPOS tag (strip n characters, append a string), plus the
// training words whose lemma the rules get wrong (irregular forms: "went" → "go", "'s" → "be").
// Learned by train/train.ts from UD English EWT.
import hyphenPrefixes from './hyphenPrefixes.json';

/** Prefixes English writes on a verb ("re", "co", "pre", "over", …): the list the tokeniser keeps whole (hyphenPrefixes.json). */
const WORD_PREFIXES: readonly string[] = hyphenPrefixes.prefixes;

export interface LemmaModel {
  /** `xpos \u0001 suffix` → edit "n|append", for suffixes of 0–5 characters. */
  rules: Map<string, string>;
  /** `lower \u0001 xpos` → lemma, only where the rules are wrong. */
  exceptions: Map<string, string>;
  /** The same rules and exceptions keyed by XPOS first (indexLemmas), so a look-up builds no key string. */
  byTag?: Map<string, { rules: Map<string, string>; exceptions: Map<string, string> }>;
}

/** Adds `byTag` to a lemma model (the run-time model does this once when it is decoded). */
export function indexLemmas(m: LemmaModel): LemmaModel {
  const byTag = new Map<string, { rules: Map<string, string>; exceptions: Map<string, string> }>();
  const of = (x: string) => {
    let t = byTag.get(x);
    if (!t) byTag.set(x, (t = { rules: new Map(), exceptions: new Map() }));
    return t;
  };
  for (const [k, e] of m.rules) {
    const bar = k.indexOf('\u0001');
    of(k.slice(0, bar)).rules.set(k.slice(bar + 1), e);
  }
  for (const [k, l] of m.exceptions) {
    const bar = k.lastIndexOf('\u0001');
    of(k.slice(bar + 1)).exceptions.set(k.slice(0, bar), l);
  }
  return { ...m, byTag };
}

export const MAX_SUFFIX = 5;

export function editOf(form: string, lemma: string): string {
  let p = 0;
  while (p < form.length && p < lemma.length && form[p] === lemma[p]) p++;
  return `${form.length - p}|${lemma.slice(p)}`;
}

export function applyEdit(form: string, edit: string): string {
  const bar = edit.indexOf('|');
  const cut = Number(edit.slice(0, bar));
  if (cut > form.length) return form;
  return form.slice(0, form.length - cut) + edit.slice(bar + 1);
}

/** The rule lemma of a lower-case form: the edit of the longest suffix the model has a rule for. */
export function ruleLemma(m: LemmaModel, lower: string, xpos: string): string {
  if (m.byTag) {
    const rules = m.byTag.get(xpos)?.rules;
    if (!rules) return lower;
    for (let k = Math.min(MAX_SUFFIX, lower.length); k >= 0; k--) {
      const e = rules.get(k === lower.length ? lower : lower.slice(lower.length - k));
      if (e !== undefined) return applyEdit(lower, e);
    }
    return lower;
  }
  for (let k = Math.min(MAX_SUFFIX, lower.length); k >= 0; k--) {
    const e = m.rules.get(`${xpos}\u0001${lower.slice(lower.length - k)}`);
    if (e !== undefined) return applyEdit(lower, e);
  }
  return lower;
}

/** Consonants, one vowel letter, one consonant (not w, x, y): "chim", "tim", "rhym", "vot". */
const SILENT_E_STEM = /^[b-df-hj-np-tv-z]*[aeiouy][b-df-hj-np-tvz]$/;
/** Consonants English doubles before -ed and -ing ("trimmed", "stopped", "planned", "nodded"). */
const DOUBLED = /^[bdgmnprt]$/;

/**
 * A stem the model does not know that is a prefix (hyphenPrefixes.json: "re", "co", "pre", …) before a verb it knows
 * with a silent e: "reframed" → "reframe" (as "framed"; the rules gave "refram"), "co-written" aside. The stem with its
 * e, or '' (also where the stem without the prefix is itself a word: "retooled" → "retool").
 */
function prefixedStem(stem: string, known: (lower: string) => boolean): string {
  for (const p of WORD_PREFIXES) {
    if (p.length < 2 || stem.length - p.length < 3 || !stem.startsWith(p)) continue;
    const rest = stem.slice(p.length);
    if (!known(rest) && known(rest + 'e')) return stem + 'e';
  }
  return '';
}

/** Where the one hyphen joining two parts of a word stands ("co-sponsored": 2), or -1 (none, several, or at an end). */
export function joiningHyphen(word: string): number {
  const hy = word.indexOf('-');
  return hy > 0 && hy === word.lastIndexOf('-') && hy < word.length - 1 ? hy : -1;
}

/**
 * The lemma of `form` tagged `xpos`; proper nouns keep their case. `known` says whether a lower-case form
 * is a word the models have met (in EWT or in the clusters' news text): a verb's rule lemma decides a
 * silent e by the suffix alone ("aired" → "aire" like "fired" → "fire"; "welcomed" → "welcom"), and when
 * only the other spelling is a known word, that one is the lemma ("air", "welcome").
 */
export function lemmatize(m: LemmaModel, form: string, lower: string, xpos: string, known?: (lower: string) => boolean): string {
  const ex = m.byTag ? m.byTag.get(xpos)?.exceptions.get(lower) : m.exceptions.get(`${lower}\u0001${xpos}`);
  // A word of two parts joined by one hyphen inflects in its last part ("co-sponsored" → "co-sponsor", as
  // "sponsored"; the suffix rules alone, on a word they never saw, guessed "co-sponsore").
  const hy = ex === undefined ? joiningHyphen(lower) : -1;
  if (hy > 0) {
    const first = xpos === 'NNP' || xpos === 'NNPS' ? form.slice(0, hy + 1) : lower.slice(0, hy + 1);
    return first + lemmatize(m, form.slice(hy + 1), lower.slice(hy + 1), xpos, known);
  }
  let l = ex ?? ruleLemma(m, lower, xpos);
  // A one-syllable stem ending in one vowel and one consonant keeps a silent e: had it none, its
  // consonant would double ("chimed", "timed" → chime, time; "trimmed" → trim). Not w, x, y ("towed").
  if (ex === undefined && (xpos === 'VBD' || xpos === 'VBN' || xpos === 'VBG') && lower.endsWith(xpos === 'VBG' ? 'ing' : 'ed')) {
    const stem = lower.slice(0, xpos === 'VBG' ? -3 : -2);
    if (SILENT_E_STEM.test(stem)) return stem + 'e';
    // A doubled final consonant the suffix rule kept ("trimmed" → "trimm", "nodded" → "nodd"): one,
    // unless the doubled spelling is itself a word ("added" → add). Never l, s, z, f ("called", "passed").
    const n = stem.length;
    if (known && l === stem && n > 2 && stem[n - 1] === stem[n - 2] && DOUBLED.test(stem[n - 1]) && !known(stem)) return stem.slice(0, -1);
    // A suffix rule learned from other words can misfire on a rare one ("persuaded" → "persuabe"): the
    // stem, or the stem with an e, when that is a word and the rule's lemma is not.
    if (known && !known(l)) {
      if (known(stem + 'e')) return stem + 'e';
      if (known(stem)) return stem;
      const prefixed = prefixedStem(stem, known);
      if (prefixed) return prefixed;
    }
  }
  if (ex === undefined && known && xpos.startsWith('VB') && l !== lower && !known(l)) {
    const other = l.endsWith('e') ? l.slice(0, -1) : l + 'e';
    if (other.length > 1 && known(other)) l = other;
  }
  if ((xpos === 'NNP' || xpos === 'NNPS') && l.length === lower.length && l === lower) return form;
  return l;
}
