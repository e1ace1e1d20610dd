// "they" for a group of named people (rule `people.they-group`), only when certain:
//   Sanders and Warren met on Monday. They agreed to …
// The subject of a clause is two or more people joined by "and" (every conjunct a person's name), and
// "they", "them", "their" follow in that sentence or the next with nothing else plural in between: no
// plural noun ("officials", "Democrats"), no other person named, no organisation, no quotation mark.
// Anything that could be "they" instead ends the search, so a pronoun is given a group or nothing.
import type { Mention, TextModel } from '../types';
import { withAddedMentions, type PeopleResult } from './index';
import type { SyntaxLayer } from '../syntax/layer';
import { pronounForms } from '../lexicon';
import { WordClass } from '../lexicon/vocabulary';
import { spanAt, tokenIndexAt } from '../text/lookup';
import { SUBJECT_RELATIONS, childrenOf } from '../syntax/tree';

/** they, them, their, theirs, themselves. */
const THEY = new WordClass([...pronounForms((p) => p.person === 3 && p.number === 'plural')]);

/** PTB tags of plural nouns: a plural noun between the group and the pronoun may be "they". */
const PLURAL_NOUN_TAGS: ReadonlySet<string> = new Set(['NNS', 'NNPS']);
/** Tokens searched after a group for its "they" (two ordinary sentences; keeps a run-on line linear). */
const MAX_SCAN = 120;

export function groupPronouns(model: TextModel, people: PeopleResult, syntax: SyntaxLayer | null): PeopleResult {
  if (!syntax) return people;
  const byId = new Map(people.people.map((p) => [p.id, p]));
  const nameAt = (offset: number) => {
    const m = people.mentionAt(offset);
    return m && m.kind === 'name' ? m : undefined;
  };
  const added: Mention[] = [];
  // Offsets of the pronouns given a group already (each takes the first group that reaches it).
  const given = new Set<number>();
  const { words, sentenceWords } = syntax;
  for (let s = 0; s < sentenceWords.length && s < model.sentences.length; s++) {
    const range = sentenceWords[s];
    for (let w = range.start; w < range.end; w++) {
      if (!SUBJECT_RELATIONS.has(words[w].deprel)) continue;
      const head = nameAt(words[w].start);
      if (!head) continue;
      const conj = childrenOf(words, range, w).filter((c) => words[c].deprel === 'conj');
      if (!conj.length) continue;
      // "and", not "or"; every conjunct a person ("Trump and the media" is no group of people).
      if (!conj.some((c) => childrenOf(words, range, c).some((k) => words[k].deprel === 'cc' && words[k].lemma.toLowerCase() === 'and'))) continue;
      const names = conj.map((c) => nameAt(words[c].start));
      if (names.some((m) => !m)) continue;
      const group = [...new Set([head.person, ...names.map((m) => m!.person)])];
      if (group.length < 2) continue;
      const after = Math.max(...names.map((m) => m!.end));
      const last = model.sentences[Math.min(s + 1, model.sentences.length - 1)];
      scan(model, people, syntax, group, words[w].head, after, last.tokenEnd, added, given, byId);
    }
  }
  return withAddedMentions(people, added);
}

/** Gives the group each "they" from offset `from` to token `endToken`, until something else could be "they"; `verb` is the word the group is the subject of. */
function scan(model: TextModel, people: PeopleResult, syntax: SyntaxLayer, group: string[], verb: number, from: number, endToken: number, added: Mention[], given: Set<number>, byId: Map<string, { mentions: Mention[] }>): void {
  const { tokens, lex } = model;
  let k = Math.max(0, tokenIndexAt(tokens, from));
  if (k < tokens.length && tokens[k].start < from) k++;
  const end = Math.min(endToken, k + MAX_SCAN);
  for (; k < end; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return;
    if (t.kind !== 'word') continue;
    const mention = people.mentionAt(t.start);
    if (THEY.has(lex.id[k])) {
      if (mention || given.has(t.start)) continue;
      // "Obama and Clinton call them …": an object of the group's own verb is someone else (they would
      // be "themselves"); it refers to something plural named before, so the search ends.
      const pw = syntax.words[syntax.tokenWord[k]];
      if (pw && pw.head === verb && verb >= 0 && !pw.deprel.startsWith('nmod') && (pw.deprel === 'obj' || pw.deprel === 'iobj' || pw.deprel.startsWith('obl'))) return;
      const m: Mention = { start: t.start, end: t.end, text: t.text, kind: 'pronoun', person: group[0], group };
      for (const id of group) byId.get(id)?.mentions.push(m);
      added.push(m);
      given.add(t.start);
      continue;
    }
    if (mention && !group.includes(mention.person)) return;
    if (spanAt(people.organisations, t.start)) return;
    const w = syntax.words[syntax.tokenWord[k]];
    if (w && PLURAL_NOUN_TAGS.has(w.xpos)) return;
  }
}
