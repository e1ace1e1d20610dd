// Reconciles quotes and people after both engines ran. A quote attributed to
// words that name nobody the people engine knows would break the contract
// ("attributed" means a person speaker). Two cases:
//  - a proper name ("Okafor said") is evidence of a person: the name becomes a
//    person, with every other occurrence of the same name as its mentions;
//  - a description ("the spokesman said"), an unresolved pronoun or a people or
//    place ("Mexicans often say") names no one: the quote is attributed to an
//    unnamed source (status `anonymous`).
// A proper name is no person's after all when the parse reads it as a plural common noun ("Hundreds of
// demonstrators": anonymous), when it follows "The" ("The Blaze reported") or when the people stage voted
// it no person ("Verizon said"): those two credit an organisation (status `organisation`).
import type { Person, Quote, TextModel } from './types';
import type { PeopleResult } from './people';
import type { SyntaxLayer } from './syntax/layer';
import { spanAt, tokenIndexAt } from './text/lookup';
import { hardReject } from './people/names';
import { ARTICLES, DETERMINERS, PERSONAL_PRONOUNS, QUANTIFIERS, RELATIVE_PRONOUNS } from './lexicon';

/** A pronoun speaker ("he", "who"): never made into a person of its own. */
const isPronoun = (w: string) => PERSONAL_PRONOUNS.has(w.toLowerCase()) || RELATIVE_PRONOUNS.has(w.toLowerCase());
/** "Another said", "Some chanted": a quantifier or determiner standing alone names nobody. */
const isQuantifier = (w: string) => QUANTIFIERS.has(w.toLowerCase()) || DETERMINERS.has(w.toLowerCase());

const PROPER_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|la|del|van|von|der|da|di|bin|al))*$/u;

const MAX_NAME_LENGTH = 60;

/**
 * Rule speakers.plural-noun: a one-word source the parse reads as a plural common noun is a group, not a
 * name: "Hundreds of pro-Sanders demonstrators marched …", "Others, reacting to the gap …, said", "Estimates
 * of civic engagement … - Pew Research: “…”" (USA Today, Washington Post, HuffPost: each was a person).
 */
function pluralNounAt(model: TextModel, syntax: SyntaxLayer, start: number): boolean {
  const t = tokenIndexAt(model.tokens, start);
  if (t < 0 || t >= syntax.tokenWord.length || model.tokens[t].start !== start) return false;
  const w = syntax.tokenWord[t];
  return w >= 0 && syntax.words[w].xpos === 'NNS';
}

export function settleSpeakers(model: TextModel, people: PeopleResult, quotes: Quote[], syntax: SyntaxLayer | null): PeopleResult {
  const text = model.text;
  const pending = quotes.filter((q) => q.status === 'attributed' && q.speaker === null);
  if (!pending.length) return people;
  const byName = new Map<string, Person>();
  let added = 0;
  for (const q of pending) {
    const words = q.speakerMention?.text.trim() ?? '';
    // A nickname in marks is not part of the name it stands in (Marcia "Cia" Price).
    const name = words.replace(/['’]s$/u, '').replace(/\s+["“'‘][^"“”'‘’]{1,30}["”'’]\s+/u, ' ');
    // (A place or a people is no person: "Mexicans often say, ''Poor Mexico …''" has a source, not a speaker.)
    const nameWords = name.split(/\s+/);
    if (!q.speakerMention || !PROPER_NAME.test(name) || isPronoun(name) || isQuantifier(name) || name.length > MAX_NAME_LENGTH || lowerElsewhere(text, name) || hardReject(nameWords)) {
      q.status = 'anonymous';
      continue;
    }
    if (nameWords.length === 1 && syntax && pluralNounAt(model, syntax, q.speakerMention.start)) {
      q.status = 'anonymous';
      continue;
    }
    // Rule speakers.titled-source: a name written after "The" is a publication's or a body's ("as The Hill pointed
    // out", "The Blaze reported", "The New Hampshire Union Leader said": each was a person).
    if (nameWords.length > 1 && ARTICLES.has(nameWords[0].toLowerCase())) {
      q.status = 'organisation';
      continue;
    }
    // A name the people stage voted no person ("Verizon said in a statement", read as a place or an
    // organisation at most of its occurrences) is an organisation's.
    if (people.notPeople?.has(name)) {
      q.status = 'organisation';
      continue;
    }
    let person = byName.get(name);
    if (!person) {
      person = { id: `new${added++}`, name, titles: [], descriptors: [], aliases: [], gender: null, mentions: [] };
      byName.set(name, person);
    }
    q.speaker = person.id;
  }
  if (!byName.size) return people;
  // Every occurrence of the new names that no existing mention covers.
  const covered = new Uint8Array(text.length + 1);
  for (const m of people.mentions) covered.fill(1, m.start, m.end);
  // The attributions' own words first: they may spell the name with a nickname the plain name lacks.
  for (const q of pending) {
    const m = q.speakerMention;
    const person = q.speaker === null ? undefined : [...byName.values()].find((p) => p.id === q.speaker);
    if (!m || !person || covered.subarray(m.start, m.end).some((x) => x === 1)) continue;
    covered.fill(1, m.start, m.end);
    person.mentions.push({ start: m.start, end: m.end, text: m.text, kind: 'name', person: person.id });
  }
  for (const person of byName.values()) {
    for (let at = text.indexOf(person.name); at >= 0; at = text.indexOf(person.name, at + 1)) {
      const end = at + person.name.length;
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end))) continue;
      if (covered.subarray(at, end).some((x) => x === 1)) continue;
      covered.fill(1, at, end);
      person.mentions.push({ start: at, end, text: person.name, kind: 'name', person: person.id });
    }
  }
  for (const person of byName.values()) person.mentions.sort((a, b) => a.start - b.start);
  const all = [...people.people, ...[...byName.values()].filter((p) => p.mentions.length > 0)];
  // Ids stay "in order of first mention": renumber everyone.
  all.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  const rename = new Map<string, string>();
  all.forEach((p, i) => rename.set(p.id, `p${i + 1}`));
  for (const p of all) {
    p.id = rename.get(p.id)!;
    for (const m of p.mentions) m.person = p.id;
  }
  for (const q of quotes) {
    if (q.speakers) q.speakers = q.speakers.map((id) => rename.get(id) ?? id);
    if (q.speaker === null) continue;
    const id = rename.get(q.speaker);
    if (id) q.speaker = id;
    else {
      q.speaker = null;
      q.status = 'anonymous';
    }
  }
  const mentions = all.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  return { people: all, mentions, mentionAt: (offset) => spanAt(mentions, offset), organisations: people.organisations, notPeople: people.notPeople };
}

/**
 * One capitalised word the article also writes in lower case ("Protesters marching … chanted" and later
 * "the protesters") is a common noun that opens its sentence, not a name.
 */
function lowerElsewhere(text: string, name: string): boolean {
  if (/\s/.test(name)) return false;
  const lower = name.toLowerCase();
  if (lower === name) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + lower.length))) return true;
  }
  return false;
}

function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false;
  return /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c));
}
