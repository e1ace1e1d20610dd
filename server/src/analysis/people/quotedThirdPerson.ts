// A third-person pronoun inside a quotation (rule `people.quoted-pronoun`): in
//   Womack told Billboard, “I wanted Mark Wright to produce me, because of that full, fat sound he gets.”
// "he" is Mark Wright, never Womack: a speaker says "I" of themself, so "he"/"she" in their words is
// someone else. The narration's resolver leaves quotations alone (its model learned from GAP's
// narrative text); this pass runs after the quotes stage, which knows who speaks, and gives such a
// pronoun the person of its gender named last before it — inside the quotation or in the sentences
// just before it — who is not one of the quotation's speakers.
import type { Mention, Person, Quote, TextModel } from '../types';
import { withAddedMentions, type PeopleResult } from './index';
import { pronounForms } from '../lexicon';
import { nameGender } from './lexicon';
import { WordClass } from '../lexicon/vocabulary';
import { sentenceAt, tokenIndexAt } from '../text/lookup';

const HE = new WordClass([...pronounForms((p) => p.person === 3 && p.gender === 'male')]);
const SHE = new WordClass([...pronounForms((p) => p.person === 3 && p.gender === 'female')]);

/** Sentences before the quotation's first that a pronoun inside it may reach back to. */
const SENTENCES_BACK = 3;

export function quotedThirdPerson(model: TextModel, people: PeopleResult, quotes: readonly Quote[]): PeopleResult {
  const owner = new Map<string, Person>(people.people.map((p) => [p.id, p]));
  // Every mention a pronoun may take its person from, in text order (resolved pronouns included), and
  // how often each person is named before the current pronoun (pronouns come in text order).
  const seen = people.mentions;
  const named = new Map<string, number>();
  let counted = 0;
  const added: Mention[] = [];
  for (const q of quotes) {
    // Nobody is known to speak: the last person named may well be the speaker, whom "he" is not.
    if (q.status === 'unattributed' && q.kind !== 'term') continue;
    const open = Math.max(0, tokenIndexAt(model.tokens, q.start));
    const first = sentenceAt(model.sentences, q.start);
    // A fragment inside the narrator's sentence (Petro’s comment that he was “not concerned about anything
    // happening to him”) may be the reporter's paraphrase: its "him" can be the speaker.
    const before = open > 0 ? model.tokens[open - 1] : undefined;
    const fragment = !!first && !!before && before.start >= first.start && (before.kind === 'word' || before.kind === 'number');
    const speakers = new Set(fragment ? [] : q.speakers ?? (q.speaker ? [q.speaker] : []));
    const here = first ? first.start : q.start;
    const reach = first ? model.sentences[Math.max(0, first.index - SENTENCES_BACK)].start : q.start;
    for (let k = open; k < model.tokens.length && model.tokens[k].start < q.end; k++) {
      const t = model.tokens[k];
      if (t.kind !== 'word' || t.start < q.start) continue;
      // "He’s", "she'd": one token, the pronoun before the apostrophe.
      const apostrophe = t.text.length > 3 ? t.text.search(/['’]/) : -1;
      const form = apostrophe > 0 ? t.text.slice(0, apostrophe) : t.text;
      const low = apostrophe > 0 ? form.toLowerCase() : model.lex.lower[k];
      const male = apostrophe > 0 ? HE.hasWord(low) : HE.has(model.lex.id[k]);
      const gender = male ? 'male' : (apostrophe > 0 ? SHE.hasWord(low) : SHE.has(model.lex.id[k])) ? 'female' : null;
      if (!gender) continue;
      // "He" or "he", not "HE" in a shouted headline.
      if (form !== low && form !== low[0].toUpperCase() + low.slice(1)) continue;
      if (people.mentionAt(t.start)) continue;
      for (; counted < seen.length && seen[counted].start < t.start; counted++) named.set(seen[counted].person, (named.get(seen[counted].person) ?? 0) + 1);
      const ok = (p: string) => !speakers.has(p) && owner.get(p)?.gender === gender;
      // In a fragment, a person of no settled gender whose first name is one of the pronoun's will do ("Lucy “is
      // dead before we so much as heard of her”": a lone first name gets no gender of its own, and the critic
      // quoted was the only woman named). Not any person of no gender: in news that is often a man the
      // article never calls "he" ("the chant “Lock her up!”" went to Trump).
      const near = (p: string) => fragment && (owner.get(p)?.gender ?? null) === null && nameGender(owner.get(p)!.name.split(' ')[0]) === gender;
      // Named earlier in the quotation or in the sentence that opens it (“… described Kaine as, “a little
      // desperate … his points”): the nearest; further back, the one the story is about.
      const person = lastNamed(seen, counted, here, (p) => ok(p) || near(p)) ?? mostNamed(seen, counted, reach, ok, named);
      if (!person) continue;
      const m: Mention = { start: t.start, end: t.start + form.length, text: form, kind: 'pronoun', person };
      owner.get(person)!.mentions.push(m);
      added.push(m);
    }
  }
  return withAddedMentions(people, added);
}

/** Mentions looked back at per pronoun: keeps a run-on "sentence" of a million characters linear. */
const LOOK_BACK = 200;

/** The person of the last of mentions[0, end) at or after offset `reach` that `ok` accepts. */
function lastNamed(mentions: readonly Mention[], end: number, reach: number, ok: (person: string) => boolean): string | undefined {
  for (let i = end - 1; i >= 0 && i >= end - LOOK_BACK && mentions[i].start >= reach; i--) if (ok(mentions[i].person)) return mentions[i].person;
  return undefined;
}

/**
 * Of the people of mentions[0, end) at or after offset `reach` that `ok` accepts, the one named most
 * often so far in the whole article (`named`; ties: the one named last): quoted voices talk about the
 * story's subject.
 */
function mostNamed(mentions: readonly Mention[], end: number, reach: number, ok: (person: string) => boolean, named: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (let i = end - 1; i >= 0 && i >= end - LOOK_BACK && mentions[i].start >= reach; i--) {
    const p = mentions[i].person;
    if (ok(p) && (!best || named.get(p)! > named.get(best)!)) best = p;
  }
  return best;
}
