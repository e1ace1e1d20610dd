// What a title or descriptor says of a person: its role head ("Secretary of State" → secretary, "Sen." →
// senator), and whether a word describes them ("the Florida senator" and "(R-Fla.)").
import type { Cluster } from './clusters';
import { PARTY_INITIALS, TITLE_ABBREVIATIONS } from './lexicon';

/**
 * A word of one of the person's titles or descriptors ("U.S." and "US" alike), or its abbreviation in a
 * descriptor ("R-Fla." for "Republican" and "Florida", "I-Vt." for "Vermont": the letters in order, the
 * first one first).
 */
export function describedAs(cl: Cluster, word: string): boolean {
  const w = word.replace(/\./g, '').toLowerCase();
  const inTitle = (phrase: string) => phrase.replace(/\./g, '').toLowerCase().split(/[\s,;()-]+/).includes(w);
  // (Abbreviations only in descriptors: a title's "Rep." is no "Republican".)
  const has = (phrase: string) =>
    phrase
      .toLowerCase()
      .split(/[\s,;()]+/)
      // "Florida’s Hillsborough County GOP" names Florida.
      .map((token) => token.replace(/['’]s$/, ''))
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
export function roleHead(memo: Map<string, string>, title: string): string {
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

/**
 * Every modifier describes the person ("the Florida senator"), or together they are a place the person's
 * descriptor abbreviates by initials or names whole ("the South Carolina senator": "R-S.C.").
 */
export function describedAsAll(cl: Cluster, words: readonly string[]): boolean {
  if (words.every((w) => describedAs(cl, w))) return true;
  if (words.length < 2) return false;
  const initials = words.map((w) => w.charAt(0).toLowerCase()).join('');
  const whole = words.join(' ').toLowerCase();
  return [...cl.titles, ...cl.descriptors].some((d) => {
    const lower = d.toLowerCase();
    return lower.includes(whole) || lower.split(/[\s,;()-]+/).some((t) => t.includes('.') && t.replace(/\./g, '') === initials);
  });
}
