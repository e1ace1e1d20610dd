import type { Person } from './types';
import { startsWithCapitalisedParticle } from './people/lexicon';

/**
 * The name a reporter uses after the first mention: the person's most frequent shorter name form ("Petro").
 * Not memoised here (no module state): a caller that asks often keeps its own per-analysis map.
 */
export function shortName(p: Person): string {
  const counts = new Map<string, number>();
  for (const m of p.mentions) if (m.kind === 'name' && m.text !== p.name) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  // "De Blasio" opening a sentence is the "de Blasio" of "Bill de Blasio": one form, in lower case (a
  // title that starts with it capitalises it again). "Van Buren", never written "van", stays.
  for (const [text, c] of [...counts]) {
    if (!startsWithCapitalisedParticle(text)) continue;
    const lower = text.charAt(0).toLowerCase() + text.slice(1);
    if (!counts.has(lower) && !p.name.endsWith(` ${lower}`)) continue;
    counts.delete(text);
    counts.set(lower, (counts.get(lower) ?? 0) + c);
  }
  let best = '';
  let n = 0;
  // A tie goes to the surname, as news writes a second reference ("Biden", not "Joe"), else the shorter form.
  const surname = p.name.slice(p.name.lastIndexOf(' ') + 1);
  for (const [text, c] of counts) if (c > n || (c === n && best !== surname && (text === surname || text.length < best.length))) [best, n] = [text, c];
  if (best) return best;
  // Never shortened in the article: a two-word name's second reference is its surname (AP style).
  const words = p.name.split(/\s+/);
  if (words.length !== 2 || /\.$/.test(words[0])) return p.name;
  return familyNameFirst(words) ? words[0] : words[1];
}

/**
 * A two-word name written family name first, as Korean names are romanised with a hyphenated given
 * name ("Ban Ki-moon", "Park Geun-hye"): its second reference is the first word ("Ban").
 */
export function familyNameFirst(words: readonly string[]): boolean {
  return words.length === 2 && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(words[1]);
}

/** Names as a sentence lists them: "A and B", "A, B and C" (a group's "they" in a hover and an event title). */
export function nameList(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');
}
