// Rule people.role-gender: a role noun that says a gender, written right before a name, is the person's gender:
// "his wife, Ana" (New York Times: a lone "Ana" took "male" from the "his" after her and so lost the relation
// "Tom Clarke’s wife"), "actress Jamie Lee Curtis" (was male by the first name), "9/11 widow Terry Strada". A
// relation or a female form outweighs a first name's guess; a male role form that news also writes for women
// ("Trump spokesman Hope Hicks", lexicon `roleNounGender.generic`) only fills a gender nothing else gave. A
// gendered honorific always wins. After a comma the role must follow a possessive and be the name's apposition
// in the parse, or the name no subject ("Beloved by her husband, Nancy Reagan was …" is no husband). Runs before
// genders are inferred from pronouns, which it outweighs.
import { Lex } from '../lexicon/vocabulary';
import { GENERIC_ROLE_NOUNS, ROLE_NOUN_GENDER, titleGender } from './lexicon';
import type { Candidate } from './names';
import type { Cluster } from './clusters';
import type { SyntaxView } from './syntaxRoles';
import { isPossessiveClitic, type Unit } from './units';

/** Most lower-case modifiers between a possessive and its role ("his first wife, Ivana"). */
const MAX_MODIFIERS = 2;

export function applyRoleGenders(units: readonly Unit[], assigned: ReadonlyMap<Candidate, Cluster>, view: SyntaxView): void {
  for (const [c, cl] of assigned) {
    const r = roleBefore(units, c, view);
    if (r < 0 || cl.titles.some((t) => titleGender(t))) continue;
    const g = ROLE_NOUN_GENDER.get(units[r].id);
    if (!g) continue;
    if (GENERIC_ROLE_NOUNS.has(units[r].id)) {
      if (!cl.gender) cl.gender = g;
    } else cl.gender = g;
  }
}

/** The unit of the gendered role noun written before candidate c, or -1. */
function roleBefore(units: readonly Unit[], c: Candidate, view: SyntaxView): number {
  const k = c.first - 1;
  if (k < 0 || c.titles.length || units[k].sentence !== units[c.first].sentence) return -1;
  const role = (u: Unit) => u.kind === 'word' && !u.cap && ROLE_NOUN_GENDER.has(u.id);
  if (role(units[k])) return k;
  if (units[k].text !== ',' || k < 2 || !role(units[k - 1]) || GENERIC_ROLE_NOUNS.has(units[k - 1].id)) return -1;
  // A possessive before the role, maybe with modifiers between ("his first wife, Ivana", "Clinton's husband, Bill").
  let p = k - 2;
  while (p > 0 && k - 2 - p < MAX_MODIFIERS && units[p].kind === 'word' && !units[p].cap && !(units[p].flags & Lex.POSSESSIVE)) p--;
  const possessive = units[p].kind === 'clitic' ? isPossessiveClitic(units[p]) : (units[p].flags & Lex.POSSESSIVE) !== 0;
  // (The parse may miss the apposition, "his wife, Ana" read as a vocative: a name that is no subject will do.)
  return possessive && (view.apposed(k - 1, c.first, c.last) || !view.subjectOfClause(c.first, c.last)) ? k - 1 : -1;
}
