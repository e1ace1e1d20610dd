// Companies the name tagger reads as people ("Wells Fargo", "Pfizer", "Hewlett Packard"): a name right before
// a role only an organisation has and then a person's name ("Wells Fargo CEO John Stumpf", "Pfizer chief
// executive Ian Read") is the organisation that person works for: a person has no chief executive. The
// whole document then reads that name so ("Wells Fargo was fined $185 million" is no person either).
import { COMPANY_ROLES, DESCRIPTOR_MODIFIERS, isFunctionWordUnit, splitPhrase } from './lexicon';
import type { Candidate, Piece } from './names';
import type { Unit } from './units';
import type { Span } from '../types';

/** The longest role phrase there is, in words ("chairman and chief executive"). */
const MAX_ROLE_WORDS = 4;

export interface Companies {
  /** Candidates named as a company somewhere in the document: no person. */
  candidates: Set<Candidate>;
  /** Where a company is named inside an officer's name run ("Wells Fargo" of "Wells Fargo CEO John Stumpf"). */
  spans: Span[];
}

/**
 * `known`: names already shown to be organisations (people.organisation-appositive, "Patriot Coal, one of the
 * nation's largest coal companies,"): they and their short names are read so too.
 */
export function findCompanies(units: readonly Unit[], candidates: readonly Candidate[], known: Iterable<string> = []): Companies {
  const names = new Set<string>(known);
  const spans: Span[] = [];
  for (const c of candidates) {
    // A name of its own before the role: "Pfizer chief executive Ian Read" read as two names.
    const n = roleAt(units, c.last, c.sentence);
    const after = units[c.last + n];
    if (n > 0 && after && after.sentence === c.sentence && after.cap && after.kind === 'word') names.add(c.words.join(' '));
    // Or the run's leading words before the officer's title: "Wells Fargo" of "Wells Fargo CEO John Stumpf".
    const title = c.titles[0];
    if (!title || !isCompanyRole(title.text)) continue;
    // (A leading descriptor ends right where the run's first title starts: names.ts analyseRun.)
    const company = c.descriptors.find((d: Piece) => d.end <= title.start && d.end >= title.start - 1);
    if (!company) continue;
    // (A descriptor is a span of the run's units just before the name's, without its text: read from them.)
    let k = c.first;
    while (k > 0 && units[k - 1].start >= company.start) k--;
    // ("Former Hewlett-Packard CEO Carly Fiorina": the modifier is the person's, not the company's.)
    while (k < c.first && (DESCRIPTOR_MODIFIERS.has(units[k].id) || isFunctionWordUnit(units[k]))) k++;
    const words: string[] = [];
    for (let j = k; j < c.first && units[j].end <= company.end; j++) words.push(units[j].text);
    // A name: "Wells Fargo CEO", not "former CEO" or "the company's CEO".
    if (words.length && units[k].cap && !units[k].initial) {
      names.add(words.join(' '));
      spans.push({ start: units[k].start, end: company.end });
    }
  }
  // A company's first word alone is its short name ("an entity as big as Wells"); a person who has it as a
  // surname still gets it (people/index.ts links such a word to a person named in full).
  const shortNames = new Set<string>();
  for (const n of names) shortNames.add(n.split(' ')[0]);
  const out = new Set<Candidate>();
  if (names.size) for (const c of candidates) if (names.has(c.words.join(' ')) || (c.words.length === 1 && shortNames.has(c.words[0]))) out.add(c);
  return { candidates: out, spans };
}

function isCompanyRole(title: string): boolean {
  const words = splitPhrase(title.toLowerCase());
  return words.length > 0 && COMPANY_ROLES.match(words, 0) === words.length;
}

/** Words of a company role starting at unit `i` of the sentence, or 0. */
function roleAt(units: readonly Unit[], i: number, sentence: number): number {
  const words: string[] = [];
  for (let k = i; k < units.length && k < i + MAX_ROLE_WORDS && units[k].sentence === sentence; k++) words.push(units[k].lower);
  return words.length ? COMPANY_ROLES.match(words, 0) : 0;
}
