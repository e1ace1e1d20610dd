import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text';
import type { PeopleResult } from '../../server/src/analysis/people';
import { analyzeArticle, findPeople, peopleModels } from '../support/models';
import { compileCorefModel, type CorefModel } from '../../server/src/analysis/people/pronouns';
import { BASE, FEATURE_COUNT, featureName } from '../../server/src/analysis/people/corefFeatures';
import corefJson from '../../server/src/analysis/people/coref.json';

function analyse(text: string, coref?: CorefModel | null): PeopleResult {
  return findPeople(segment(text), coref === undefined ? {} : { coref });
}

/** The name of the person the pronoun at `before`'s `word` refers to, or undefined. */
function referent(r: PeopleResult, text: string, before: string, word: string): string | undefined {
  const at = text.indexOf(before);
  assert.ok(at >= 0, before);
  const m = r.mentionAt(at + before.indexOf(word));
  if (!m || m.kind !== 'pronoun') return undefined;
  return r.people.find((p) => p.id === m.person)?.name;
}

test('the bundled pronoun model is there, trained on GAP development, with a threshold and a margin', () => {
  const m = peopleModels().coref;
  assert.ok(m, 'people/coref.json has no weights');
  assert.match(m.source, /GAP development/);
  assert.ok(m.weights.filter((w: number) => w !== 0).length > 100);
  assert.equal(typeof m.threshold, 'number');
  assert.ok((m.margin ?? 0) >= 0.5);
});

test('the model resolves a pronoun the rules leave open (a lone name the tagger reads as a place)', () => {
  // From GAP's style (Wikipedia biographies): a singer named by surname only.
  const text = 'Originally a mezzo-soprano role, the part was rewritten for soprano voice, and Rivera sang it in 1990. She was praised by the critics.';
  assert.equal(referent(analyse(text, null), text, 'She was', 'She'), undefined);
  assert.deepEqual(analyse(text, null).people, []);
  const r = analyse(text);
  assert.equal(referent(r, text, 'She was', 'She'), 'Rivera');
  assert.equal(r.people[0].mentions.filter((m) => m.kind === 'name').length, 1);
});

test('a name without evidence stays out of people when no pronoun takes it', () => {
  const text = 'Originally a mezzo-soprano role, the part was rewritten for soprano voice, and Rivera sang it in 1990. The critics praised the staging.';
  assert.deepEqual(analyse(text).people, []);
});

test('a person of the other gender is never the referent', () => {
  const text = 'Mary Hale met John Ross on Monday. She said the talks went well, and he agreed.';
  const r = analyse(text);
  assert.equal(referent(r, text, 'She said', 'She'), 'Mary Hale');
  assert.notEqual(referent(r, text, 'he agreed', 'he'), 'Mary Hale');
});

test('"him" is not the subject of its own clause; a clause opened by "that" has its own subject', () => {
  const text = 'Tom Hale said that Bill Ross had praised him.';
  for (const coref of [undefined, null]) assert.equal(referent(analyse(text, coref), text, 'praised him', 'him'), 'Tom Hale');
});

test('a single person of the pronoun’s gender in reach is taken even where the model abstains', () => {
  const text = 'Paul Keller met Ruth Adler in Vienna in 1931. Two years later he married her.';
  const r = analyse(text);
  assert.equal(referent(r, text, 'he married', 'he'), 'Paul Keller');
  assert.equal(referent(r, text, 'married her', 'her'), 'Ruth Adler');
});

test('a pronoun crediting a quotation is left to the rules (model or not, the same answer)', () => {
  const text = 'Senator Ann Cole met Governor Lisa Hart on Monday. Cole spoke first. "We agreed on the budget," she said.';
  const a = referent(analyse(text, null), text, '," she said', 'she');
  assert.equal(referent(analyse(text), text, '," she said', 'she'), a);
});

test('without a model the rules resolve pronouns as before', () => {
  const text = 'Senator Jane Holt spoke on Monday. She is running again.';
  assert.equal(referent(analyse(text, null), text, 'She is', 'She'), 'Jane Holt');
});

test('the collector sees each pronoun with its candidates and features', () => {
  const text = 'Paul Keller met Ruth Adler in Vienna. Later he married her.';
  const seen: string[] = [];
  findPeople(segment(text), {
    collect: (u, cands) => {
      seen.push(u.text);
      assert.ok(cands.length >= 1);
      for (const c of cands) assert.ok(c.features.includes('bias'));
    },
  });
  assert.deepEqual(seen, ['he', 'her']);
});

test('feature ids spell the names coref.json uses, and compiling keeps every weight of the space', () => {
  assert.equal(featureName(BASE.bias), 'bias');
  assert.equal(featureName(BASE.pPrevCNextP), 'p.prev.edge|c.next.edge|p.subject');
  const names = new Map<string, number>();
  for (let id = 0; id < FEATURE_COUNT; id++) names.set(featureName(id), id);
  assert.equal(names.size, FEATURE_COUNT, 'two ids share a name');
  const m = peopleModels().coref!;
  let kept = 0;
  for (const [name, w] of Object.entries(corefJson.weights as Record<string, number>)) {
    if (!names.has(name)) continue;
    kept++;
    assert.equal(m.weights[names.get(name)!], w, name);
  }
  // Every weight the trainer wrote belongs to a feature the runtime can produce.
  assert.equal(kept, Object.keys(corefJson.weights).length);
});

test('a pronoun model file that is not one is refused; one without weights means the rules', () => {
  assert.throws(() => compileCorefModel({ source: 'x' }), /not a pronoun model/);
  assert.throws(() => compileCorefModel({ source: 'x', weights: { bias: 'high' }, threshold: 0 }), /not a number/);
  assert.equal(compileCorefModel({ source: 'x', weights: {}, threshold: 0 }), null);
});

test('a subject the tagger doubts is still a candidate, and a pronoun that takes it gives it its gender', () => {
  // GAP development-130: "Carney" is read as no person by the tagger (beyond the old gap of 10), but the
  // parse makes it the subject of its clause.
  const text = "He has also acknowledged that the commission confirmed the bill. Carney is against Kasich's biennium budget plan, and has stated that he believes the cuts made to local government will lead to an increase in local property taxes.";
  const r = analyse(text);
  assert.equal(referent(r, text, 'that he believes', 'he'), 'Carney');
  assert.equal(r.people.find((p) => p.name === 'Carney')?.gender, 'male');
  // Without the pronoun model no pronoun makes it a person (Kasich, a known family name, is one: people.known-surname).
  assert.deepEqual(analyse(text, null).people.map((p) => p.name), ['Kasich']);
});

test('a capitalised common noun in a subject is no pronoun candidate', () => {
  // A news caption (West Journal, 2016): "Video" is the parse's subject, but a common noun.
  const text = 'After he approached the door of his vehicle, he was shot. (WARNING: Video contains graphic images.) Shelby said he refused to follow her commands.';
  assert.ok(!analyse(text).people.some((p) => p.name === 'Video'));
});

test('a pronoun in a phrase opening the sentence is the subject named after it', () => {
  // From the shared news articles (usa-today 2015-11-09, wash-post 2016-05-29, breitbart 2016-06-05).
  const a = 'Donald Trump has picked up on the criticism of Ben Carson. In his Sunday interviews, Carson again criticized the news media.';
  assert.equal(referent(analyse(a), a, 'In his Sunday', 'his'), 'Carson');
  const b = 'Donald Trump said Judge Gonzalo Curiel should be ashamed. In his order, Curiel noted that Trump had emerged as a leading presidential candidate.';
  assert.equal(referent(analyse(b), b, 'In his order', 'his'), 'Gonzalo Curiel');
  const c = 'The Rev. Derek Penwell said the world lost a voice. Before his death, Muhammad Ali rebuked Trump in December.';
  assert.equal(referent(analyse(c), c, 'Before his death', 'his'), 'Muhammad Ali');
});

test('not across a relative clause, nor into a closing attribution', () => {
  // From the shared news articles (nyt 2016-07-21): "him" is Lewandowski, not the subject after it.
  const a = "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member who succeeded him and helped engineer his ouster, Paul Manafort, should be terminated.";
  assert.notEqual(referent(analyse(a), a, 'succeeded him', 'him'), 'Paul Manafort');
  // A pronoun in the reported words before "…, X said." is not X by the syntax.
  const b = 'Freddy Trump was eager to make his mark. He was going to make the Trump name known, as his father dreamed, Bruce Turry said.';
  assert.notEqual(referent(analyse(b), b, 'as his father', 'his'), 'Bruce Turry');
});

test('a possessive in the clause of a resolved subject pronoun is that pronoun’s person', () => {
  // From the shared news articles (nyt 2016-08-02): the model alone gave "his career" to Trump.
  const text = "Paul Manafort joined Donald Trump's presidential campaign this year. Until he joined Mr. Trump's presidential campaign this year, Mr. Manafort's work in Ukraine had been his most significant political campaign in recent years. He began his career in Republican politics in the 1970s.";
  const r = analyse(text);
  assert.equal(referent(r, text, 'He began', 'He'), 'Paul Manafort');
  assert.equal(referent(r, text, 'his career', 'his'), 'Paul Manafort');
});

test('a possessive the model leaves open is the named subject of its clause, with no one named between', () => {
  // From the shared news articles (breitbart 2016-04-14, huff-post 2016-06-27): the model answered nobody.
  const a = '9:08 p.m. Hillary Clinton is pulling out her New York credentials fast.';
  assert.equal(referent(analyse(a), a, 'her New York', 'her'), 'Hillary Clinton');
  const b = 'Presumptive Democratic presidential nominee Hillary Clinton blasted her Republican rival Donald Trump on Monday.';
  assert.equal(referent(analyse(b), b, 'her Republican', 'her'), 'Hillary Clinton');
});

test('a possessive in a relative clause whose subject is the relative pronoun is the person the clause modifies (rule people.relative-subject)', () => {
  // Politico (2016, PolNeAR train): "his" was nobody's (Trump and Arpaio both in reach).
  const t = 'Trump spoke in Iowa. Earlier this week Trump secured the endorsement of Arizona’s Sheriff Joe Arpaio who is known for his tough stance on undocumented immigration.';
  const a = analyzeArticle(t);
  const m = a.mentions.find((x) => x.start === t.indexOf(' his ') + 1);
  assert.equal(m && a.people.find((p) => p.id === m.person)?.name, 'Joe Arpaio');
});

test('rule people.reported-subject: where the model abstains, the subject pronoun of a reported clause is the speech verb’s named subject', () => {
  // Politico (2016, PolNeAR train): "he" was nobody's (Poolman, in apposition, and Cruz both in reach).
  const t = 'Dick Dever, who was listed on the Cruz slate, told POLITICO, “Of the three, I like John Kasich the best.”\n\nAnother delegate on the Cruz slate, Jim Poolman, said he was only “leaning Cruz.”';
  const a = analyzeArticle(t);
  const m = a.mentions.find((x) => x.start === t.indexOf(' he was') + 1);
  assert.equal(m && a.people.find((p) => p.id === m.person)?.name, 'Jim Poolman');
  // Not a clause opened by another marker: GAP validation, "whom Frances loves as if she were her mother".
  const g =
    'In 1959, Vivian Bell, a 35-year-old English professor at Columbia University in New York City, travels to Reno to establish residency in Nevada (a process that takes six weeks), in order to obtain a quickie divorce. She stays at a guest house ranch for women who are waiting for their divorces to be finalized. The guest ranch is owned by Frances Parker. Vivian meets Cay Rivvers, a younger, free-spirited sculptor whom Frances loves as if she were her mother.';
  const b = analyzeArticle(g);
  const n = b.mentions.find((x) => x.start === g.indexOf(' she were') + 1);
  assert.notEqual(n && b.people.find((p) => p.id === n.person)?.name, 'Frances Parker');
});

test('rule people.object-binding: an object pronoun is not the subject of its verb by the parse, nor an object pronoun before it', () => {
  const personAt = (t: string, before: string) => {
    const a = analyzeArticle(t);
    const m = a.mentions.find((x) => x.start === t.indexOf(before) + before.indexOf('him'));
    return m && a.people.find((p) => p.id === m.person)?.name;
  };
  // New York Times (2016, PolNeAR train): "him" went to Bush (the clause by commas made Emanuel its subject).
  assert.equal(personAt('Jeb Bush met Rahm Emanuel on Monday. After the event, Mr. Emanuel said Mr. Bush had not yet won him over.', 'won him'), 'Rahm Emanuel');
  // Huffington Post (2015, PolNeAR train): the second "him" went to Sanders (the first "him" was taken for the clause's subject).
  const t = 'Donald Trump loomed large at the debate. In a fiery takedown of the businessman, Sen. Bernie Sanders (I-Vt.) called him divisive and accused him of preventing Americans from speaking.';
  assert.equal(personAt(t, 'called him'), 'Donald Trump');
  assert.equal(personAt(t, 'accused him'), 'Donald Trump');
});

test('rule people.lone-first-name-gender: a person named by a lone woman’s first name takes no "his" or "him", and keeps her "she"', () => {
  // Breitbart (2016, PolNeAR dev, quoting the Washington Post): "his" and "him" of the nominee went to Melanie,
  // who was then inferred male, and her "“It’s finished,” she said" went to Kevin.
  const t =
    'Kevin was snoring.\n\n“That’s right, Donald — USA, baby,” Melanie said to the Republican nominee for president, who began his speech by marveling at all the Americans who had gotten him here.\n\n“He really does love us,” Melanie said, and soon she was switching off the television.\n\n“It’s finished,” she said.';
  const a = analyzeArticle(t);
  const personAt = (before: string, word: string) => {
    const m = a.mentions.find((x) => x.start === t.indexOf(before) + before.indexOf(word));
    return m && a.people.find((p) => p.id === m.person)?.name;
  };
  assert.notEqual(personAt('began his', 'his'), 'Melanie');
  assert.notEqual(personAt('gotten him', 'him'), 'Melanie');
  assert.equal(personAt('she was switching', 'she'), 'Melanie');
  assert.equal(personAt('she said.', 'she'), 'Melanie');
  assert.notEqual(a.people.find((p) => p.name === 'Melanie')?.gender, 'male');
  const q = a.quotes.find((x) => x.text.includes('finished'));
  assert.equal(q && a.people.find((p) => p.id === q.speaker)?.name, 'Melanie');
});
