// A person described by their relation to another (rule people.relation): a role noun after a possessor,
// written beside the name: "his wife, Laura", "Kaine's wife, Anne Holton", "Trump's longtime lawyer,
// Michael Cohen", and after it: "Anne Holton, Kaine's wife, said". The named person gets the descriptor
// "Tim Kaine’s wife": the hover says whose wife she is, which "his wife" alone cannot. The possessor must be
// a mention of another person: a name with its possessive clitic, or a possessive pronoun already resolved.
// Runs after pronoun resolution; only descriptors change.
import type { Mention } from '../types';
import { isPossessiveClitic, type Unit } from './units';
import type { Candidate } from './names';
import { Lex, wordId } from '../lexicon/vocabulary';
import { FUNCTION_WORDS, ROLE_NOUNS, ROLE_NOUN_GENDER } from './lexicon';
import { pushUnique, type Cluster } from './clusters';

/** Most words of a descriptor before the name that is itself the relation's role ("campaign manager"). */
const MAX_DESCRIPTOR_WORDS = 2;
/** Most lower-case words between the possessor and the role noun ("his former campaign manager"). */
const MAX_MODIFIERS = 3;

export function addRelations(units: Unit[], assigned: Map<Candidate, Cluster>, clusters: Cluster[]): void {
  // Most articles have no role noun after a possessive: nothing to index.
  let any = false;
  for (let i = 1; i < units.length && !any; i++) any = ROLE_NOUNS.has(units[i].id) && !units[i].cap;
  if (!any) return;
  const unitAt = new Map<number, number>();
  units.forEach((u, i) => unitAt.set(u.start, i));
  // Who each mention is, by where it starts and ends.
  const byStart = new Map<number, { m: Mention; cl: Cluster }>();
  const byEnd = new Map<number, { m: Mention; cl: Cluster }>();
  for (const cl of clusters) {
    for (const m of cl.mentions) {
      byStart.set(m.start, { m, cl });
      byEnd.set(m.end, { m, cl });
    }
  }
  /** The person whose possessive ends right before unit i ("Kaine" + "'s", a resolved "his"), and the unit it starts at. */
  const possessorBefore = (i: number): { cl: Cluster; from: number } | null => {
    const p = units[i - 1];
    if (!p) return null;
    if (isPossessiveClitic(p)) {
      const x = i >= 2 ? byEnd.get(units[i - 2].end) : undefined;
      const from = x ? unitAt.get(x.m.start) : undefined;
      return x && from !== undefined ? { cl: x.cl, from } : null;
    }
    const x = byStart.get(p.start);
    return x && x.m.kind === 'pronoun' && x.m.end === p.end && (p.flags & Lex.POSSESSIVE) !== 0 ? { cl: x.cl, from: i - 1 } : null;
  };
  /** "[possessor] [modifiers] role" ending with unit `end`: the possessor, where it starts, and the phrase after it. */
  const relationEndingAt = (end: number): { cl: Cluster; from: number; at: number; phrase: string } | null => {
    const head = units[end];
    if (!head || head.kind !== 'word' || head.cap || !ROLE_NOUNS.has(head.id)) return null;
    for (let k = end; k >= 0 && end - k <= MAX_MODIFIERS; k--) {
      const u = units[k];
      // Modifiers only: "his longtime lawyer", not "Sanders's qualifications to be president".
      if (u.sentence !== head.sentence || u.kind !== 'word' || u.cap || (k < end && FUNCTION_WORDS.has(u.id))) return null;
      const owner = possessorBefore(k);
      if (owner) return { ...owner, at: k, phrase: units.slice(k, end + 1).map((x) => x.lower).join(' ') };
    }
    return null;
  };
  for (const [c, cl] of assigned) {
    if (!cl.mentions.length) continue;
    // Before the name, its titles and descriptors: "his wife, Democratic presidential nominee Hillary Clinton".
    let lead = c.start;
    for (const t of c.titles) if (t.start < lead) lead = t.start;
    for (const d of c.descriptors) if (d.start < lead) lead = d.start;
    let j = (unitAt.get(lead) ?? 0) - 1;
    if (j >= 0 && units[j].text === ',') j--;
    let rel = j >= 0 && units[j].sentence === c.sentence ? relationEndingAt(j) : null;
    // The role noun may be the name's own short descriptor: "his wife Hillary Clinton" (descriptor "wife"),
    // "Clinton's campaign manager Robby Mook" (not "Mike Pence's running mate presidential nominee").
    for (const d of c.descriptors) {
      const k = unitAt.get(d.start);
      if (rel || d.end > c.start || k === undefined) continue;
      let e = k;
      while (e + 1 < units.length && units[e + 1].end <= d.end) e++;
      const r = units[e].end === d.end && e - k < MAX_DESCRIPTOR_WORDS ? relationEndingAt(e) : null;
      // (The possessor right before the descriptor: "running mate presidential nominee" is two roles.)
      if (r && r.at === k) rel = r;
    }
    // After it, between commas (or before the sentence's end), the possessor first: "Anne Holton, Kaine's wife, said".
    if (!rel && c.last + 1 < units.length && units[c.last].text === ',') {
      for (let end = c.last + 2; end < units.length && end <= c.last + 4 + MAX_MODIFIERS; end++) {
        if (units[end].sentence !== c.sentence) break;
        const r = relationEndingAt(end);
        if (!r) continue;
        const stop = units[end + 1];
        if (r.from === c.last + 1 && (!stop || stop.sentence !== c.sentence || stop.text === ',' || stop.text === '.' || stop.text === ';')) rel = r;
        break;
      }
    }
    // The gender the relation's role noun says (its phrase's last word: "her husband").
    const g = rel ? ROLE_NOUN_GENDER.get(wordId(rel.phrase.slice(rel.phrase.lastIndexOf(' ') + 1))) : undefined;
    if (rel && g) rel = { ...rel, cl: sameFamily(units, rel.from, rel.cl, cl, clusters) };
    if (!rel || rel.cl === cl || !rel.cl.name) continue;
    // A relation must fit the person ("her husband" is no woman), and "Trayvon's father" is not Trayvon Martin.
    if (g && cl.gender && g !== cl.gender) continue;
    if (rel.cl.words.length === 1 && cl.wordSet.has(rel.cl.words[0])) continue;
    // The relation says more than the bare role another rule kept ("husband" beside "Hillary Clinton’s husband").
    const bare = cl.descriptors.indexOf(rel.phrase);
    if (bare >= 0) cl.descriptors.splice(bare, 1);
    pushUnique(cl.descriptors, `${rel.cl.name}’s ${rel.phrase}`);
  }
}

/**
 * Rule people.relation-family: for a relation that says a gender (lexicon `roleNounGender`), a possessive
 * pronoun's person gives way to the one person named in full with the related person's family name and the
 * pronoun's gender, or the most named of several: "Trump had personally attacked his wife, Heidi, and his father,
 * Rafael", with "Heidi Cruz" and "Ted Cruz" named in the article, is Ted Cruz's wife, not Trump's (the resolver
 * bound "his" to the clause's subject). A possessor named with its clitic ("Kushner's wife") is as written.
 */
function sameFamily(units: readonly Unit[], from: number, possessor: Cluster, related: Cluster, clusters: readonly Cluster[]): Cluster {
  const u = units[from];
  if (!(u.flags & Lex.POSSESSIVE) || related.words.length < 2) return possessor;
  const family = related.words[related.words.length - 1];
  if (possessor.words[possessor.words.length - 1] === family) return possessor;
  const gender = u.lower === 'his' ? 'male' : u.lower === 'her' ? 'female' : null;
  const kin = clusters.filter((o) => o !== related && o !== possessor && o.mentions.length > 0 && o.words.length >= 2 && o.words[o.words.length - 1] === family && o.gender === gender);
  // Of several ("Ted Cruz" and "Rafael Cruz"), the one named most, if it is named most by itself.
  kin.sort((a, b) => b.mentions.length - a.mentions.length);
  return kin.length === 1 || (kin.length > 1 && kin[0].mentions.length > kin[1].mentions.length) ? kin[0] : possessor;
}
