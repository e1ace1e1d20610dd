// Affiliations written right after a name: "Jane Smith of the Brookings Institution", "Tom Jones at Goldman
// Sachs", "Smith, of the Brookings Institution," (issue 15: "<Name> at <Firm>" lost the firm). When an
// organisation's name follows a person's name and one of the lexicon's affiliationPrepositions (a comma and
// "the" may stand between), the preposition and the organisation as written join the person's descriptors;
// an apposition with a role ("a lawyer at Bailey & Glasser") is names.ts's descriptor already.
// Rule people.possessive-affiliation: an organisation written as the possessor of a person's name is theirs,
// and its name as written joins their descriptors: "CNN's Jake Tapper", "Fox News' Megyn Kelly", "NBC's Lester
// Holt" (PolNeAR train: 72 such names, reporters and hosts most of them, had no descriptor at all); so does a
// place the name tagger reads there, whom a politician serves: "Iowa's Chuck Grassley", "Germany's Angela Merkel".
import type { Mention, Person, Span } from '../types';
import { AFFILIATION_PREPOSITIONS, isFunctionWordUnit } from './lexicon';
import { Lex } from '../lexicon/vocabulary';
import { isPossessiveMark, type Unit } from './units';

/** `isPlace(k)`: the name tagger reads a place at unit k. */
export function addAffiliations(text: string, units: readonly Unit[], people: readonly Person[], organisations: readonly Span[], isPlace: (k: number) => boolean = () => false): void {
  const orgAt = new Map<number, Span>();
  const orgEndingAt = new Map<number, Span>();
  for (const o of organisations) {
    orgAt.set(o.start, o);
    orgEndingAt.set(o.end, o);
  }
  const unitAt = new Map<number, number>();
  for (let k = 0; k < units.length; k++) unitAt.set(units[k].start, k);
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.kind !== 'name') continue;
      const affiliation = affiliationAfter(text, units, unitAt, orgAt, m) ?? possessiveAffiliation(text, units, unitAt, orgEndingAt, isPlace, m);
      // (Once a person: a longer descriptor may already say it, "a lawyer at Bailey & Glasser".)
      if (affiliation && !p.descriptors.some((d) => d.includes(affiliation.slice(affiliation.indexOf(' ') + 1)))) p.descriptors.push(affiliation);
    }
  }
}

/** The organisation, as written, whose possessive stands right before mention `m` ("CNN's Jake Tapper"), or null. */
function possessiveAffiliation(text: string, units: readonly Unit[], unitAt: ReadonlyMap<number, number>, orgEndingAt: ReadonlyMap<number, Span>, isPlace: (k: number) => boolean, m: Mention): string | null {
  const k = unitAt.get(m.start);
  if (k === undefined || k < 2 || !isPossessiveMark(units, k - 1) || units[k - 2].sentence !== units[k].sentence) return null;
  const org = orgEndingAt.get(units[k - 2].end);
  if (org) return text.slice(org.start, org.end);
  const placeWord = (j: number) => j >= 0 && units[j].sentence === units[k].sentence && units[j].kind === 'word' && units[j].cap && isPlace(j);
  // (A full name only: "Switzerland’s Trump" likens someone to him, "Iowa’s Scott and Polk counties" is no person.)
  if (!m.text.includes(' ') || !placeWord(k - 2)) return null;
  let first = k - 2;
  while (placeWord(first - 1)) first--;
  return text.slice(units[first].start, units[k - 2].end);
}

/** "of the Brookings Institution" after mention `m`, or null. */
function affiliationAfter(text: string, units: readonly Unit[], unitAt: ReadonlyMap<number, number>, orgAt: ReadonlyMap<number, Span>, m: Mention): string | null {
  // The unit right after the name (the first unit starting at or after its end, within a space).
  let k = -1;
  for (let o = m.end; o <= m.end + 1 && k < 0; o++) k = unitAt.get(o) ?? -1;
  if (k < 0) return null;
  const sentence = units[k].sentence;
  if (units[k].text === ',') k++;
  const prep = units[k];
  if (!prep || prep.sentence !== sentence || !AFFILIATION_PREPOSITIONS.has(prep.id) || prep.cap) return null;
  let n = k + 1;
  if (units[n] && !units[n].cap && units[n].flags & Lex.ARTICLE) n++;
  const org = units[n] && units[n].sentence === sentence ? orgAt.get(units[n].start) : undefined;
  if (!org) return null;
  // The organisation must end the phrase: "Clinton at the NBC forum", "at the NBC “Commander-in-Chief” forum"
  // name an event, not her employer.
  let e = n;
  while (e < units.length && units[e].end <= org.end) e++;
  const next = units[e];
  if (next && next.sentence === sentence && (next.kind === 'quote' || (next.kind === 'word' && !isFunctionWordUnit(next)))) return null;
  return text.slice(prep.start, org.end);
}
