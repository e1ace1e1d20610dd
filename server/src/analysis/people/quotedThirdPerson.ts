// A third-person pronoun inside a quotation (rule `people.quoted-pronoun`): in
//   Womack told Billboard, “I wanted Mark Wright to produce me, because of that full, fat sound he gets.”
// "he" is Mark Wright, never Womack: a speaker says "I" of themself, so "he"/"she" in their words is
// someone else. The narration's resolver leaves quotations alone (its model learned from GAP's
// narrative text); this pass runs after the quotes stage, which knows who speaks, and gives such a
// pronoun the person of its gender named last before it — inside the quotation or in the sentences
// just before it — who is not one of the quotation's speakers.
import type { Mention, Person, Quote, TextModel } from '../types';
import type { PeopleResult } from './index';
import { pronounForms } from '../lexicon';
import { WordClass } from '../lexicon/vocabulary';
import { sentenceAt, spanAt, tokenIndexAt } from '../text/lookup';

const HE = new WordClass([...pronounForms((p) => p.person === 3 && p.gender === 'male')]);
const SHE = new WordClass([...pronounForms((p) => p.person === 3 && p.gender === 'female')]);

/** Sentences before the quotation's first that a pronoun inside it may reach back to. */
const SENTENCES_BACK = 3;

export function quotedThirdPerson(model: TextModel, people: PeopleResult, quotes: readonly Quote[]): PeopleResult {
  const owner = new Map<string, Person>(people.people.map((p) => [p.id, p]));
  // Every mention a pronoun may take its person from, in text order (resolved pronouns included).
  const seen = people.mentions;
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
      const ok = (p: string) => !speakers.has(p) && owner.get(p)?.gender === gender;
      // Named earlier in the quotation or in the sentence that opens it (“… described Kaine as, “a little
      // desperate … his points”): the nearest; further back, the one the story is about.
      const person = lastNamed(seen, t.start, here, ok) ?? mostNamed(seen, t.start, reach, ok);
      if (!person) continue;
      const m: Mention = { start: t.start, end: t.start + form.length, text: form, kind: 'pronoun', person };
      owner.get(person)!.mentions.push(m);
      added.push(m);
    }
  }
  if (!added.length) return people;
  for (const p of people.people) p.mentions.sort((a, b) => a.start - b.start);
  const mentions = [...people.mentions, ...added].sort((a, b) => a.start - b.start);
  return { people: people.people, mentions, mentionAt: (offset) => spanAt(mentions, offset), organisations: people.organisations };
}

/** The person of the last mention before `offset` and at or after `reach` that `ok` accepts. */
function lastNamed(mentions: readonly Mention[], offset: number, reach: number, ok: (person: string) => boolean): string | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && mentions[i].start >= reach; i--) if (ok(mentions[i].person)) return mentions[i].person;
  return undefined;
}

/**
 * Of the people named between `reach` and `offset` whom `ok` accepts, the one named most often before
 * `offset` in the whole article (ties: the one named last): quoted voices talk about the story's subject.
 */
function mostNamed(mentions: readonly Mention[], offset: number, reach: number, ok: (person: string) => boolean): string | undefined {
  const near = new Set<string>();
  const count = new Map<string, number>();
  for (const m of mentions) {
    if (m.start >= offset) break;
    if (!ok(m.person)) continue;
    count.set(m.person, (count.get(m.person) ?? 0) + 1);
    if (m.start >= reach) near.add(m.person);
  }
  let best: string | undefined;
  for (const p of near) if (!best || count.get(p)! >= count.get(best)!) best = p;
  return best;
}
