// A first-person singular pronoun inside a quotation is its speaker: in “I love Colombia,” Petro said,
// "I" is Petro. Runs after the quotes stage, which decided who speaks; adds pronoun mentions only where
// no mention stands yet.
import type { Mention, Quote, TextModel } from '../types';
import { withAddedMentions, type PeopleResult } from './index';
import { pronounForms } from '../lexicon';
import { WordClass } from '../lexicon/vocabulary';
import { tokenIndexAt } from '../text/lookup';

/** I, me, my, mine, myself: tested with the token layer's id of a whole token. */
const FIRST_PERSON_SINGULAR = new WordClass([...pronounForms((p) => p.person === 1 && p.number === 'singular')]);

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
      // The first letter of "I’m" is no token: looked up by its form.
      if (!(apostrophe ? FIRST_PERSON_SINGULAR.hasWord(form.toLowerCase()) : FIRST_PERSON_SINGULAR.has(model.lex.id[k]))) continue;
      const low = apostrophe ? form.toLowerCase() : model.lex.lower[k];
      // "I" is the pronoun only as a capital; "i" or "MY" in running text are not.
      if (low === 'i' ? form !== 'I' : form !== low && form !== form[0] + form.slice(1).toLowerCase()) continue;
      const end = t.start + form.length;
      if (people.mentionAt(t.start)) continue;
      const m: Mention = { start: t.start, end, text: form, kind: 'pronoun', person: person.id };
      person.mentions.push(m);
      added.push(m);
    }
  }
  return withAddedMentions(people, added);
}
