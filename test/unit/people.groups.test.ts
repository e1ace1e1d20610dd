// "they" for a group of named people (people/groupPronouns.ts, rule people.they-group), its hover,
// its event title and its life through an edit.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../support/models';
import { hoverAt } from '../../server/src/features/hover';
import { LineIndex } from '../../server/src/features/lineIndex';
import { diffTexts, shiftAnalysis } from '../../server/src/analysis/shift';

/** The names the pronoun at `before`'s `word` refers to ('' for none). */
function group(text: string, before: string, word: string): string {
  const a = analyzeArticle(text);
  const at = text.indexOf(before) + before.indexOf(word);
  const m = a.mentions.find((x) => x.start === at);
  return (m?.group ?? []).map((id) => a.people.find((p) => p.id === id)!.name).join(' + ');
}

test('"they" after people joined by "and" as a subject is the group (USA Today, Breitbart, 2016)', () => {
  const a = ' date 2016-09-08 Donald Trump and Hillary Clinton vied for the title of commander in chief Wednesday, each touting their own experience.';
  assert.equal(group(a, 'touting their', 'their'), 'Donald Trump + Hillary Clinton');
  const b = ' date 2016-05-12 Paul Ryan met Donald Trump. Trump and Ryan issued a statement describing their meeting as a very positive step.';
  assert.equal(group(b, 'describing their', 'their'), 'Donald Trump + Paul Ryan');
  // The next sentence too: "They had asserted …" (Washington Post).
  const c = ' date 2016-03-30 It contradicted what Donald Trump and Corey Lewandowski said about the incident. They had asserted that nothing happened.';
  assert.equal(group(c, 'They had', 'They'), 'Donald Trump + Corey Lewandowski');
});

test('"they" is left alone when something else plural could be it', () => {
  // A plural noun in between.
  assert.equal(group(' date 2016-09-08 Donald Trump and Hillary Clinton met the voters. They cheered.', 'They cheered', 'They'), '');
  // The object of the group's own verb is someone else (USA Today: "Obama and Clinton call them “lone wolves”").
  assert.equal(group(' date 2016-09-22 When terrorists strike, Barack Obama and Hillary Clinton call them lone wolves.', 'call them', 'them'), '');
  // "or", and a conjunct that is no person.
  assert.equal(group(' date 2016-09-08 Donald Trump or Hillary Clinton will win their race.', 'their race', 'their'), '');
  assert.equal(group(' date 2016-09-08 Donald Trump and the media fought over their coverage.', 'their coverage', 'their'), '');
});

test('a group\'s "they": the hover names each person, the event title the group, an edit keeps it once', () => {
  const text = ' date 2016-03-30 It contradicted what Donald Trump and Corey Lewandowski said about the incident. They had asserted on Monday that nothing happened.';
  const a = analyzeArticle(text);
  const at = text.indexOf('They had');
  const hover = hoverAt(a, new LineIndex(text), at + 1);
  const md = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(md, /`They` refers to \*\*Donald Trump\*\* and \*\*Corey Lewandowski\*\*/);
  assert.match(md, /---[\s\S]*Corey Lewandowski/);
  const e = a.events.find((x) => x.verb.text === 'asserted');
  assert.equal(e?.title.startsWith('Trump and Lewandowski assert'), true, e?.title);
  // Each person lists the mention; the article lists it once, also after an edit elsewhere.
  for (const name of ['Donald Trump', 'Corey Lewandowski']) assert.ok(a.people.find((p) => p.name === name)!.mentions.some((m) => m.start === at));
  const next = text.replace('It contradicted', 'It flatly contradicted');
  const shifted = shiftAnalysis(a, next, diffTexts(text, next));
  assert.equal(shifted.mentions.filter((m) => m.text === 'They').length, 1);
});
