// A third-person pronoun inside a quotation (rule `people.quoted-pronoun`): in
//   Womack told Billboard, “I wanted Mark Wright to produce me, because of that full, fat sound he gets.”
// "he" is Mark Wright, never Womack: a speaker says "I" of themself, so "he"/"she" in their words is
// someone else. The narration's resolver leaves quotations alone (its model learned from GAP's
// narrative text); this pass runs after the quotes stage, which knows who speaks, and gives such a
// pronoun the person of its gender named last before it — inside the quotation or in the sentences
// just before it — who is not one of the quotation's speakers.
import type { Mention, Person, Quote, Span, TextModel } from '../types';
import { withAddedMentions, type PeopleResult } from './index';
import { pronounForms } from '../lexicon';
import { nameGender } from './lexicon';
import { WordClass } from '../lexicon/vocabulary';
import { firstStartingAtOrAfter, sentenceAt, spanAt, tokenIndexAt } from '../text/lookup';

const HE = new WordClass([...pronounForms((p) => p.person === 3 && p.gender === 'male')]);
const SHE = new WordClass([...pronounForms((p) => p.person === 3 && p.gender === 'female')]);

/** Sentences before the quotation's first that a pronoun inside it may reach back to. */
const SENTENCES_BACK = 3;

/** A stretch of quoted words whose "he" and "she" this pass resolves, in text order. */
interface Region {
  start: number;
  end: number;
  /** Who speaks them: never the pronoun's person. */
  speakers: ReadonlySet<string>;
  /** A fragment the narrator's sentence quotes (its speaker may be "him"; see below). */
  fragment: boolean;
  /** Where a pronoun looks for the person named last, and how far back for the person named most. */
  here: number;
  reach: number;
  /** An opening mark never closed, or a quotation nobody is known to speak: only a person named inside it, after the mark. */
  insideOnly: boolean;
}

export function quotedThirdPerson(model: TextModel, people: PeopleResult, quotes: readonly Quote[], unclosed: readonly Span[] = []): PeopleResult {
  const owner = new Map<string, Person>(people.people.map((p) => [p.id, p]));
  // Every mention a pronoun may take its person from, in text order (resolved pronouns included), and
  // how often each person is named before the current pronoun (pronouns come in text order).
  const seen = people.mentions;
  const named = new Map<string, number>();
  let counted = 0;
  const added: Mention[] = [];
  // (A pronoun inside two regions, a quotation inside an unclosed one, is resolved once.)
  const done = new Set<number>();
  for (const r of regionsOf(model, people, quotes, unclosed)) {
    const open = Math.max(0, tokenIndexAt(model.tokens, r.start));
    for (let k = open; k < model.tokens.length && model.tokens[k].start < r.end; k++) {
      const t = model.tokens[k];
      if (t.kind !== 'word' || t.start < r.start) continue;
      // "He’s", "she'd": one token, the pronoun before the apostrophe.
      const apostrophe = t.text.length > 3 ? t.text.search(/['’]/) : -1;
      const form = apostrophe > 0 ? t.text.slice(0, apostrophe) : t.text;
      const low = apostrophe > 0 ? form.toLowerCase() : model.lex.lower[k];
      const male = apostrophe > 0 ? HE.hasWord(low) : HE.has(model.lex.id[k]);
      const gender = male ? 'male' : (apostrophe > 0 ? SHE.hasWord(low) : SHE.has(model.lex.id[k])) ? 'female' : null;
      if (!gender) continue;
      // "He" or "he", not "HE" in a shouted headline; and "He" only after no word, not inside a title's capitals
      // ("“For He’s a Jolly Good Fellow”", "… Rebuking Trump as He Captures …") nor for God ("ask for His forgiveness").
      if (form !== low && (form !== low[0].toUpperCase() + low.slice(1) || !opensWords(model, k))) continue;
      if (people.mentionAt(t.start) || done.has(t.start)) continue;
      for (; counted < seen.length && seen[counted].start < t.start; counted++) named.set(seen[counted].person, (named.get(seen[counted].person) ?? 0) + 1);
      // The mentions before the pronoun: regions may overlap (a quotation inside an unclosed one), so a region
      // can start behind the running count, which then reaches past this pronoun.
      const before = counted > 0 && seen[counted - 1].start >= t.start ? firstStartingAtOrAfter(seen, t.start) : counted;
      const ok = (p: string) => !r.speakers.has(p) && owner.get(p)?.gender === gender;
      // In a fragment, a person of no settled gender whose first name is one of the pronoun's will do ("Lucy “is
      // dead before we so much as heard of her”": a lone first name gets no gender of its own, and the critic
      // quoted was the only woman named). Not any person of no gender: in news that is often a man the
      // article never calls "he" ("the chant “Lock her up!”" went to Trump).
      const near = (p: string) => r.fragment && (owner.get(p)?.gender ?? null) === null && nameGender(owner.get(p)!.name.split(' ')[0]) === gender;
      // Named earlier in the quotation or in the sentence that opens it (“… described Kaine as, “a little
      // desperate … his points”): the nearest; further back, the one the story is about. In a quotation never
      // closed, only the nearest named inside it, of the pronoun's gender or of none ("``… Bill Forsyth has
      // broken the jinx the only way he could": GAP snippets end inside their quotations).
      const inside = (p: string) => !r.speakers.has(p) && ((owner.get(p)?.gender ?? null) === null || owner.get(p)?.gender === gender);
      const person = r.insideOnly ? lastNamed(seen, before, r.here, inside) : lastNamed(seen, before, r.here, (p) => ok(p) || near(p)) ?? mostNamed(seen, before, r.reach, ok, named);
      if (!person) continue;
      done.add(t.start);
      const m: Mention = { start: t.start, end: t.start + form.length, text: form, kind: 'pronoun', person };
      owner.get(person)!.mentions.push(m);
      added.push(m);
    }
  }
  return withAddedMentions(people, added);
}

/**
 * The quotations whose pronouns this pass resolves, and each opening mark never closed (to the end of its
 * paragraph), in text order. In a quotation nobody is known to speak only a person named inside it counts:
 * the last person named before it may well be its speaker, whom "he" is not. An unclosed one's speakers are
 * the people named before the mark in its sentence ("film critic Todd McCarthy wrote, ``…").
 */
function regionsOf(model: TextModel, people: PeopleResult, quotes: readonly Quote[], unclosed: readonly Span[]): Region[] {
  const out: Region[] = [];
  for (const q of quotes) {
    // Nobody known to speak: a person named inside it before the pronoun is still no speaker of it ("a slide
    // stating that “Albert Blithe never recovered from the wounds he received …”").
    if (q.status === 'unattributed' && q.kind !== 'term') {
      out.push({ start: q.start, end: q.end, speakers: new Set(), fragment: false, here: q.start, reach: q.start, insideOnly: true });
      continue;
    }
    const open = Math.max(0, tokenIndexAt(model.tokens, q.start));
    const first = sentenceAt(model.sentences, q.start);
    // A fragment inside the narrator's sentence (Petro’s comment that he was “not concerned about anything
    // happening to him”) may be the reporter's paraphrase: its "him" can be the speaker.
    const before = open > 0 ? model.tokens[open - 1] : undefined;
    const fragment = !!first && !!before && before.start >= first.start && (before.kind === 'word' || before.kind === 'number');
    const speakers = new Set(fragment ? [] : q.speakers ?? (q.speaker ? [q.speaker] : []));
    const here = first ? first.start : q.start;
    const reach = first ? model.sentences[Math.max(0, first.index - SENTENCES_BACK)].start : q.start;
    out.push({ start: q.start, end: q.end, speakers, fragment, here, reach, insideOnly: false });
  }
  // (Each ends at the next unclosed mark, and looks back over a bounded number of mentions: a hostile text with
  // thousands of marks in one paragraph stays linear.)
  const marks = [...unclosed].sort((a, b) => a.start - b.start);
  const mentions = people.mentions;
  let m = 0;
  marks.forEach((u, i) => {
    const paragraph = spanAt(model.paragraphs, u.start);
    const sentence = sentenceAt(model.sentences, u.start);
    if (!paragraph || !sentence) return;
    while (m < mentions.length && mentions[m].start < u.start) m++;
    const speakers = new Set<string>();
    for (let j = m - 1; j >= 0 && j >= m - LOOK_BACK && mentions[j].start >= sentence.start; j--) speakers.add(mentions[j].person);
    const end = Math.min(paragraph.end, i + 1 < marks.length ? marks[i + 1].start : Infinity);
    out.push({ start: u.start, end, speakers, fragment: false, here: u.end, reach: u.end, insideOnly: true });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Token k follows no word (a sentence's or a quotation's start, a colon, a bracket): a capital there says nothing. */
function opensWords(model: TextModel, k: number): boolean {
  const prev = k > 0 ? model.tokens[k - 1] : undefined;
  return !prev || (prev.kind !== 'word' && prev.kind !== 'number');
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
