// The rule candidates merged with the name tagger's reading: the tagger decides which capitalised spans
// are people and where they start and end; a rule candidate with a title, honorific or known first name
// keeps its own boundaries; a candidate the tagger calls an organisation, place or other name is kept out
// of the surname matching (it may still join someone named in full, clusters.ts).
import type { SyntaxLayer } from '../syntax/layer';
import type { Unit } from './units';
import { Lex } from '../lexicon/vocabulary';
import { hardReject, hasMiddleInitial, headlineNameEnd, isMiddleInitial, isHyphenatedGivenName, isPronounUnit, type Candidate } from './names';
import { findCompanies, type Companies } from './companies';
import { AMBIGUOUS_TITLES, FUNCTION_WORDS, ORGANISATION_HEADS, TITLES, TITLE_WORDS, nameGender, isFunctionWordUnit, isKnownFirstName, isKnownFirstNameUnit, isListedFirstName, isParticle, isHyphenParticleName, nameWord } from './lexicon';
import { personSpans, type NameTagger } from './tagger';

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
  /** Companies (companies.ts): their candidates are in `nonPerson` too; organisations whatever the tagger said. */
  companies: Companies;
  /** Tagger labels per unit, or null when the tagger is off. */
  labels: Uint8Array | null;
  /** Per unit: how far the tagger's chosen label scored above its best person label (0 for a person). */
  perGap: Float32Array | null;
}

export function mergeWithTagger(units: Unit[], candidates: Candidate[], titleCase: ReadonlySet<number>, tagger: NameTagger | null, syntax: SyntaxLayer | null): Merged {
  const accepted = new Set<Candidate>();
  const nonPerson = new Set<Candidate>();
  const tagged = tagger ? tagger.tag(units, syntax) : null;
  if (!tagged) return { all: candidates, accepted, nonPerson, companies: { candidates: new Set(), spans: [] }, labels: null, perGap: null };
  const byUnit = new Map<number, Candidate>();
  for (const c of candidates) for (let k = c.first; k < c.last; k++) byUnit.set(k, c);
  const replaced = new Set<Candidate>();
  const extra: Candidate[] = [];
  for (const [a0, b0] of nameSpans(units, personSpans(tagged.labels), titleCase)) {
    let a = a0;
    let b = b0;
    // Never "The Dole" or "Family-controlled Douglas": trim function words and modifiers at the edges.
    while (b - a > 1 && isEdgeJunk(units[a])) a++;
    while (b - a > 1 && isEdgeJunk(units[b - 1]) && !isHyphenatedGivenName(units[b - 1].text)) b--;
    if (b - a === 1 && isEdgeJunk(units[a])) continue;
    // Rule people.hyphen-particle: the tagger ends a name before a particle written on ("Abu Bakr" of "Abu Bakr
    // al-Baghdadi"): the name goes on.
    while (b < units.length && units[b].sentence === units[a].sentence && isHyphenParticleName(units[b])) b++;
    const c = byUnit.get(a) ?? byUnit.get(b - 1);
    // Rule people.tagger-first-name: a span the tagger starts inside the rules' name, after a first name of
    // that name, takes the first name back ("Loretta E. Lynch", tagged "E. Lynch"; "Secretary of State Hillary
    // Clinton", tagged "Clinton" after an organisation "State Hillary").
    // (Not in a Title Case headline: "What Will Happen".)
    if (c && c.first < a && !titleCase.has(units[a].sentence)) a = firstNameStart(units, c.first, a);
    if (c) {
      if (c.hard && (c.first === a && c.last === b)) continue;
      // The rules took an ambiguous title ("Dean Jones", "Earl Ray") that the tagger reads as a first name.
      // (Not before a first name: "Justice Stephen G. Breyer" is a justice.)
      // (Nor a title that is no first name: "Justice Scalia" is Scalia, a justice.)
      const titleAsName = c.strong && a < c.first && b >= c.last && allAmbiguousTitles(units, a, c.first) && !!nameGender(units[a].text) && !isKnownFirstName(c.words[0]);
      if (!c.hard && !titleAsName && (c.strong || (c.first === a && c.last === b) || accepted.has(c))) {
        accepted.add(c);
        continue;
      }
      replaced.add(c);
    }
    const nc = spanCandidate(units, a, b, c);
    // (A name ending with an organisation's head is no person here either: "Christopher Newport University".)
    if (hardReject(nc.words) || (nc.words.length >= 2 && ORGANISATION_HEADS.hasWord(nc.words[nc.words.length - 1]))) continue;
    extra.push(nc);
    accepted.add(nc);
  }
  for (const c of candidates) {
    if (accepted.has(c) || replaced.has(c)) continue;
    const l = tagged.labels[c.first];
    // A title, role noun or appositive outweighs an ORG/LOC guess; a first name does not. An entity
    // the tagger starts further left ("Democrat Hillary Clinton" as one ORG) is a boundary disagreement, not a verdict.
    // Nor does it outweigh a middle initial (rule people.middle-initial), unless the tagger's entity or an
    // ampersand goes on after the name ("Edward D. Jones & Co.", a brokerage).
    const goesOn = c.last < units.length && (tagged.labels[c.last] === l + 1 || units[c.last].text === '&');
    if (l >= 3 && (l & 1) === 1 && !c.context && (goesOn || !hasMiddleInitial(c.words))) {
      nonPerson.add(c);
      c.strong = false;
    }
  }
  const all = !extra.length && !replaced.size ? candidates : candidates.filter((c) => !replaced.has(c)).concat(extra).sort((x, y) => x.start - y.start);
  // A company the tagger took for a person, as its officer's title shows ("Wells Fargo CEO John Stumpf"); and a
  // name an appositive calls an organisation, at every occurrence (rule people.organisation-appositive).
  // (Its first word alone is its short name, as a company's is: "Patriot Coal, one of the nation's largest coal
  // companies," then "Patriot filed for bankruptcy".)
  const companies = findCompanies(units, all, all.filter((c) => c.organisation).map((c) => c.words.join(' ')));
  for (const c of companies.candidates) {
    nonPerson.add(c);
    c.strong = false;
    // Nor a name the pronoun model may still take for a person where the tagger reads one (people/index.ts
    // tentative names): "Patriot" 36 times, with the "he" of the man who bought its mine.
    c.reject = true;
  }
  // Rule people.head-complement: the words after "the Center for" are that organisation's name here, and only
  // here (unlike a company's: "Ohio" in "the ACLU of Ohio" is a state elsewhere); organisations.ts reads the whole name.
  for (const c of all) {
    if (!c.inOrganisationName) continue;
    nonPerson.add(c);
    c.strong = false;
    c.reject = true;
  }
  return { all, accepted, nonPerson, companies, labels: tagged.labels, perGap: tagged.perGap };
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
      if (isPronounUnit(units[a])) {
        a++;
        continue;
      }
      let b = a;
      while (b < b0 && !isPronounUnit(units[b])) b++;
      const e = titleCase.has(units[a].sentence) ? headlineNameEnd(units, a, b) : b;
      if (!isTitleOnly(units, a, e)) out.push([a, e]);
      a = b;
    }
  }
  return out;
}

/**
 * Where a name that starts at `a` starts once the first name, initials and particles before it within the
 * rules' name (from `from`) are taken back: the earliest first name in an unbroken run of them, or `a`. A name
 * of the hand list anywhere; one only the longer list has ("Loretta", but also "See", "Court") not opening
 * its sentence, and never a title ("Prince").
 */
function firstNameStart(units: Unit[], from: number, a: number): number {
  let start = a;
  for (let k = a - 1; k >= from; k--) {
    const u = units[k];
    // (Not a month or a word: "In August Trump met", "What Will Happen".)
    if (u.flags & (Lex.MONTH | Lex.WEEKDAY) || FUNCTION_WORDS.has(u.id)) break;
    if (isKnownFirstNameUnit(u) || (!u.initial && isListedFirstName(u.text) && !TITLE_WORDS.has(u.id, u.text))) start = k;
    else if (!isMiddleInitial(u.text) && !isParticle(u)) break;
  }
  return start;
}

function isTitleOnly(units: Unit[], a: number, b: number): boolean {
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const w = units[k].text;
    // "King", "Dean": a title that is also a surname or first name may still be a name.
    if (AMBIGUOUS_TITLES.has(units[k].id, w) || isKnownFirstNameUnit(units[k])) return false;
    words.push(w);
  }
  return TITLES.match(words, 0) === words.length;
}

function isEdgeJunk(u: Unit): boolean {
  if (isFunctionWordUnit(u)) return true;
  const t = u.text;
  // "Family-controlled", "Ontario-based": a hyphenated modifier with a lower-case tail.
  const h = t.indexOf('-');
  return h > 0 && h < t.length - 1 && t.charCodeAt(h + 1) >= 97 && t.charCodeAt(h + 1) <= 122;
}

function allAmbiguousTitles(units: Unit[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!AMBIGUOUS_TITLES.has(units[k].id, units[k].text) && !isKnownFirstNameUnit(units[k])) return false;
  return true;
}

function spanCandidate(units: Unit[], a: number, b: number, base: Candidate | undefined): Candidate {
  const words: string[] = [];
  for (let k = a; k < b; k++) words.push(nameWord(units[k].text));
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
