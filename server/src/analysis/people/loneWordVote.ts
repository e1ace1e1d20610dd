// Rule people.lone-word-vote: the occurrences of a one-word name that the tagger read as an organisation,
// a place or another kind of name vote against it as a person (clusters.ts dropOutvoted), where the word
// heads its noun phrase. That vote counted only the occurrences already given to the person, so a word
// the tagger took for a person here and there outvoted nobody: "Millennials" (USA Today, PolNeAR train:
// read as a person 3 times, as something else 11 times: "Millennials have a message", "among
// Millennials"), "EgyptAir", "PolitiFact". A name voted out is an organisation throughout when the
// organisation readings carry the vote or "its" refers back to it (itsOwner.ts): "Verizon has been working to
// emphasize … its business", read as a place 10 times and as a person at "Verizon said in a statement".
// What does not vote:
// - a premodifier: "Trump supporters", "the Trump campaign" are read as organisations and other names
//   far more often than Trump is a person in the same article;
// - a public figure's family name (lexicon surnames.json) or a first name of any list: the tagger, trained on
//   1996 news, reads "Trump" or a novel's "Isabelle" as other names where they are people.
import { KNOWN_SURNAMES, isListedFirstName } from './lexicon';
import { itsOwners } from './itsOwner';
import type { Cluster } from './clusters';
import type { Candidate } from './names';
import type { SyntaxView } from './syntaxRoles';
import type { Unit } from './units';
import type { Span } from '../types';

/** Tagger labels (features.ts LABELS): B-ORG 3, I-ORG 4; 5–8 places and other names. */
const B_ORG = 3;
const I_ORG = 4;

/**
 * Fewer other readings than this do not vote: on a rare name in a short text they are the tagger's noise
 * (GAP validation: "Morrison", "Milla", "Ruhnken", "Haqqani" read as a person once and as something else
 * two or three times in one Wikipedia paragraph, each the person a pronoun refers to; GAP 0.679 → 0.671
 * when they voted).
 */
const MIN_OTHER_USES = 4;

/** A one-word name's votes against it as a person, and how many of them read an organisation. */
export interface OtherUses {
  uses: Map<string, number>;
  organisation: Map<string, number>;
}

/** Per one-word name, its occurrences outside any person read as another kind of name and heading their phrase. */
export function otherNameUses(unassigned: readonly Candidate[], labels: Uint8Array, view: SyntaxView): OtherUses {
  const out: OtherUses = { uses: new Map(), organisation: new Map() };
  for (const c of unassigned) {
    const w = c.words[0];
    if (c.words.length !== 1 || labels[c.first] < B_ORG || view.premodifies(c.first, c.last) || KNOWN_SURNAMES.hasWord(w) || isListedFirstName(w)) continue;
    out.uses.set(w, (out.uses.get(w) ?? 0) + 1);
    if (labels[c.first] === B_ORG || labels[c.first] === I_ORG) out.organisation.set(w, (out.organisation.get(w) ?? 0) + 1);
  }
  for (const [w, n] of out.uses) if (n < MIN_OTHER_USES) out.uses.delete(w);
  return out;
}

/**
 * The occurrences of the names voted out (`votedOut`: the mentions taken from their people) that name an
 * organisation: all of a name's occurrences, when its other uses read an organisation more often than not or
 * "its" refers back to one of them.
 */
export function votedOutOrganisations(units: readonly Unit[], votedOut: ReadonlyArray<[Candidate, Cluster]>, unassigned: readonly Candidate[], votes: OtherUses, view: SyntaxView): Span[] {
  const byWord = new Map<string, Cluster>();
  for (const [c, cl] of votedOut) if (votes.uses.has(c.words[0])) byWord.set(c.words[0], cl);
  if (!byWord.size) return [];
  const occurrences = new Map<Candidate, Cluster>(votedOut.filter(([c]) => byWord.has(c.words[0])));
  for (const c of unassigned) {
    const cl = c.words.length === 1 ? byWord.get(c.words[0]) : undefined;
    if (cl) occurrences.set(c, cl);
  }
  const owned = itsOwners(units, occurrences, view);
  const out: Span[] = [];
  for (const [c, cl] of occurrences) {
    const w = c.words[0];
    if (owned.has(cl) || (votes.organisation.get(w) ?? 0) * 2 > votes.uses.get(w)!) out.push({ start: c.start, end: c.end });
  }
  return out;
}
