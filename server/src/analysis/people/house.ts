// The project's house list (`.articlelens.json` "people"): names the newsroom knows are people, with the
// title and gender it gives them. Applied after recognition, so it only adds: a known person gets the
// house title and gender; a house name the engine missed becomes a person with every occurrence as a mention.
// Pronouns were resolved before this pass, so a house gender does not re-resolve them.
import type { HousePerson, Mention, Person } from '../types';
import type { PeopleResult } from '.';
import { spanAt } from '../text/lookup';

export function withHouseList(text: string, found: PeopleResult, house: readonly HousePerson[]): PeopleResult {
  if (!house.length) return found;
  const people: Person[] = found.people.map((p) => ({ ...p, titles: [...p.titles], aliases: [...p.aliases], mentions: [...p.mentions] }));
  // Which UTF-16 units already belong to a mention: a house name never overlaps one.
  const taken = new Uint8Array(text.length);
  for (const m of found.mentions) taken.fill(1, m.start, m.end);
  for (const h of house) {
    const forms = [h.name, ...(h.aliases ?? [])].filter((f) => f.trim().length > 0);
    if (!forms.length) continue;
    let person = people.find((p) => forms.includes(p.name) || p.aliases.some((a) => forms.includes(a)) || p.mentions.some((m) => m.kind === 'name' && forms.includes(m.text)));
    const fresh = !person;
    if (!person) person = { id: '', name: h.name, titles: [], descriptors: [], aliases: [], gender: null, mentions: [] };
    for (const form of forms) {
      for (const at of occurrences(text, form)) {
        if (taken.subarray(at, at + form.length).includes(1)) continue;
        person.mentions.push({ start: at, end: at + form.length, text: form, kind: 'name', person: '' });
        taken.fill(1, at, at + form.length);
        if (form !== person.name && !person.aliases.includes(form)) person.aliases.push(form);
      }
    }
    if (!person.mentions.length) continue; // not in this article
    if (h.title && !person.titles.includes(h.title)) person.titles.unshift(h.title);
    if (h.gender) person.gender = h.gender;
    if (fresh) people.push(person);
  }
  // Ids are assigned in order of first mention, as findPeople does.
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  people.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const mentions: Mention[] = [];
  people.forEach((p, k) => {
    p.id = `p${k + 1}`;
    p.mentions = p.mentions.map((m) => ({ ...m, person: p.id }));
    for (const m of p.mentions) mentions.push(m);
  });
  mentions.sort((a, b) => a.start - b.start);
  // A house-list person named inside an organisation's name takes it: it is no organisation then.
  const organisations = found.organisations.filter((o) => !mentions.some((m) => m.start < o.end && o.start < m.end));
  // Nor is a name the house list gives a person no person.
  const named = (n: string) => people.some((p) => p.name === n || p.aliases.includes(n) || p.name.split(' ').includes(n));
  const notPeople = found.notPeople && new Set([...found.notPeople].filter((n) => !named(n)));
  return { people, mentions, mentionAt: (offset: number) => spanAt(mentions, offset), organisations, notPeople };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Offsets where `form` occurs as whole words (case-sensitive: names are capitalised). */
function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
    const before = i > 0 ? text[i - 1] : '';
    const after = text[i + form.length] ?? '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) out.push(i);
  }
  return out;
}

