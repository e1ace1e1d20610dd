// A first-person singular pronoun inside a quotation is its speaker: in “I love Colombia,” Petro said,
// "I" is Petro. Runs after the quotes stage, which decided who speaks; adds pronoun mentions only where
// no mention stands yet.
import type { Mention, Quote, TextModel } from '../types';
import type { PeopleResult } from './index';
import { pronounForms } from '../lexicon';
import { spanAt, tokenIndexAt } from '../text/lookup';

/** I, me, my, mine, myself. */
const FIRST_PERSON_SINGULAR = pronounForms((p) => p.person === 1 && p.number === 'singular');
/** Their first letters and the longest form: most words of a quotation are turned away before the lower-casing. */
const FIRST_LETTERS = new Uint8Array(128);
for (const w of FIRST_PERSON_SINGULAR) if (w.charCodeAt(0) < 128) FIRST_LETTERS[w.charCodeAt(0)] = 1;
const LONGEST = Math.max(...[...FIRST_PERSON_SINGULAR].map((w) => w.length));

export function quotedFirstPerson(model: TextModel, people: PeopleResult, quotes: readonly Quote[]): PeopleResult {
  const byId = new Map(people.people.map((p) => [p.id, p]));
  const added: Mention[] = [];
  for (const q of quotes) {
    const person = q.speaker ? byId.get(q.speaker) : undefined;
    if (!person || q.status !== 'attributed') continue;
    for (let k = tokenIndexAt(model.tokens, q.start); k < model.tokens.length && model.tokens[k].start < q.end; k++) {
      const t = model.tokens[k];
      if (t.kind !== 'word' || t.start < q.start) continue;
      // "I’m", "I've": the pronoun is the first letter.
      const apostrophe = t.text.length > 1 && (t.text[1] === '’' || t.text[1] === "'");
      const form = apostrophe ? t.text[0] : t.text;
      // Lower-casing never shortens a word, and an ASCII letter's lower case is c | 32.
      const c = form.charCodeAt(0);
      if (form.length > LONGEST || (c < 128 && !FIRST_LETTERS[c | 32])) continue;
      if (!FIRST_PERSON_SINGULAR.has(form.toLowerCase())) continue;
      // "I" is the pronoun only as a capital; "i" or "MY" in running text are not.
      if (form.toLowerCase() === 'i' ? form !== 'I' : form !== form.toLowerCase() && form !== form[0] + form.slice(1).toLowerCase()) continue;
      const end = t.start + form.length;
      if (people.mentionAt(t.start)) continue;
      const m: Mention = { start: t.start, end, text: form, kind: 'pronoun', person: person.id };
      person.mentions.push(m);
      added.push(m);
    }
  }
  if (!added.length) return people;
  for (const p of people.people) p.mentions.sort((a, b) => a.start - b.start);
  const mentions = [...people.mentions, ...added].sort((a, b) => a.start - b.start);
  return { people: people.people, mentions, mentionAt: (offset) => spanAt(mentions, offset) };
}
