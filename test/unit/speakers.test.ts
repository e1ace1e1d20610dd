import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../support/models';
import { SEED } from '../support/seed';

test('a quote attributed to an unknown proper name makes that name a person', () => {
  const text = '“We will go on Tuesday,” Okafor said. Later Okafor left.';
  const a = analyzeArticle(text);
  const q = a.quotes[0];
  assert.equal(q.status, 'attributed');
  const p = a.people.find((x) => x.id === q.speaker);
  assert.equal(p?.name, 'Okafor');
  assert.deepEqual(p?.mentions.map((m) => text.slice(m.start, m.end)), ['Okafor', 'Okafor']);
  assert.deepEqual(a.people.map((x) => x.id), a.people.map((_, i) => `p${i + 1}`), 'ids stay in order of first mention');
});

test('a quote attributed to a description has an anonymous source, not an unattributed warning', () => {
  const a = analyzeArticle('The council met. “We won,” the spokesman said.');
  const q = a.quotes[0];
  assert.ok(q.status === 'anonymous' || (q.status === 'attributed' && q.speaker), `${q.status} ${q.speaker}`);
  assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  for (const x of a.quotes) if (x.status === 'attributed') assert.ok(x.speaker);
});

test('a quote attributed to a people or a place has an anonymous source, not a person', () => {
  // New York Times (2016, PolNeAR dev): "Mexicans" was a person who "feels betrayed".
  const a = analyzeArticle("Lamenting their luck, Mexicans often say, ''Poor Mexico, so far from God and so close to the United States.''");
  assert.deepEqual(a.people.map((p) => p.name), []);
  assert.deepEqual([a.quotes[0].status, a.quotes[0].speakerMention?.text], ['anonymous', 'Mexicans']);
});

test('first-person pronouns inside a quotation are its speaker', () => {
  const text = ' date 2026-02-03 “I stick by my first statement, and I’m not changing it,” President Donald Trump said. Trump left.';
  const a = analyzeArticle(text);
  const trump = a.people.find((p) => p.name === 'Donald Trump')!;
  const pronouns = trump.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text);
  assert.deepEqual(pronouns, ['I', 'my', 'I']);
  // Outside a quotation nothing is added.
  const b = analyzeArticle(' date 2026-02-03 I met Donald Trump. He said nothing.');
  assert.ok(!b.mentions.some((m) => m.text === 'I'));
});

/** Who the pronoun `word` inside `before` (its first occurrence) refers to in `a`, or undefined. */
function whoIs(a: ReturnType<typeof analyzeArticle>, before: string, word: string): string | undefined {
  const at = a.text.indexOf(before);
  assert.ok(at >= 0, before);
  const m = a.mentions.find((x) => x.start === at + before.indexOf(word));
  return m && a.people.find((p) => p.id === m.person)?.name;
}

test('a third-person pronoun inside a quotation is someone other than its speaker', () => {
  // The seed: Trump speaks of Petro; "he’s" and "his" are Petro, never Trump.
  const a = analyzeArticle(SEED);
  assert.equal(whoIs(a, 'and he’s no friend', 'he'), 'Gustavo Petro');
  assert.equal(whoIs(a, 'got to watch his ass', 'his'), 'Gustavo Petro');
  // Named in the sentence that opens the quotation: the nearest (The Western Journal, PolNeAR dev).
  const b = analyzeArticle('Matthews praised Donald Trump. He described Sen. Tim Kaine as, “a little desperate there, always trying to get his points,” Chris Matthews said.');
  assert.equal(whoIs(b, 'get his points', 'his'), 'Tim Kaine');
  // Further back, the person the story is about rather than the last one named.
  const c = analyzeArticle('Donald Trump spoke first. Trump attacked the press. Mike Pence answered Tim Kaine. “He was good,” said Chris Matthews.');
  assert.equal(whoIs(c, 'He was good', 'He'), 'Donald Trump');
});

test('in a fragment the reporter paraphrases, the speaker may be "him"', () => {
  // The seed: Petro’s comment that he was “not concerned about anything happening to him …”.
  const a = analyzeArticle(SEED);
  assert.equal(whoIs(a, 'anything happening to him', 'him'), 'Gustavo Petro');
});

test('in a fragment, a lone first name of the pronoun\'s gender is its person (GAP-style critic quotes)', () => {
  // A lone "Lucy" gets no settled gender (a lone first name may be a surname); the critic quoted is the only woman
  // whose gender is known, and "her" went to her.
  const a = analyzeArticle('The critic Margaret Oliphant wrote about the poem. According to Oliphant, Lucy “is dead before we so much as heard of her.”');
  assert.equal(whoIs(a, 'heard of her', 'her'), 'Lucy');
  // Not any person of no gender: "the chant “Lock her up!”" after Trump is not his.
  const b = analyzeArticle('Hillary Clinton spoke on Monday. Trump mentioned the former secretary of state, and the crowd reprised the chant “Lock her up!”');
  assert.notEqual(whoIs(b, 'Lock her up', 'her'), 'Trump');
});

test('a quotation never closed: "he" is the person named inside it, never one named before the mark in its sentence', () => {
  // GAP's snippets often end inside a quotation; so do articles with a missing closing mark.
  const a = analyzeArticle('In Variety, critic Todd McCarthy wrote, “After a sleeper hit, director Bill Forsyth has broken the jinx the only way he could, by making a better film.');
  assert.equal(whoIs(a, 'only way he could', 'he'), 'Bill Forsyth');
  // Nobody named inside before it: left alone.
  const b = analyzeArticle('In Variety, critic Todd McCarthy wrote, “When he still could, the director made a better film.');
  assert.equal(whoIs(b, 'When he still', 'he'), undefined);
  // So in a quotation nobody is known to speak: only a person it names before the pronoun.
  const c = analyzeArticle('Ambrose wrote the book on Monday.\n\n“Albert Blithe never recovered from the wounds he received in Normandy.”');
  assert.equal(whoIs(c, 'wounds he received', 'he'), 'Albert Blithe');
});

test('a capitalised pronoun after a word inside a quotation is a title\'s or God\'s, no person\'s', () => {
  // Breitbart, West Journal (2016, PolNeAR train): "His forgiveness" went to the speaker's headline name, "Him" to Trump.
  const a = analyzeArticle('Glenn Beck spoke on Monday. “I asked America to approach the Lord with humility and ask for His forgiveness,” Beck said.');
  assert.equal(whoIs(a, 'for His forgiveness', 'His'), undefined);
  const b = analyzeArticle('Donald Trump spoke. “I’ve been with him twice. He fears God as best he knows Him,” the pastor said.');
  assert.equal(whoIs(b, 'knows Him', 'Him'), undefined);
  // After a colon a capital says nothing: “… Trump has made no bones about it: He’s a very successful businessman.”
  const c = analyzeArticle('Donald Trump spoke. “Mr. Trump has made no bones about it: He is a very successful businessman,” Pence said.');
  assert.equal(whoIs(c, 'it: He is', 'He'), 'Donald Trump');
});

test('"…,” he said" is not a person the quotation names (rule people.not-named-inside)', () => {
  // Washington Post and Politico (2016, PolNeAR train): "he" was Sanders and Carson, whom the speakers talk about.
  const a = analyzeArticle('Bernie Sanders won in Iowa. His campaign manager, Jeff Weaver, spoke to reporters on Tuesday. "For many voters, there was a question about whether Senator Sanders could win," he said.');
  assert.equal(whoIs(a, 'could win," he said', 'he'), 'Jeff Weaver');
  assert.equal(a.people.find((p) => p.id === a.quotes[0].speaker)?.name, 'Jeff Weaver');
  const b = analyzeArticle('Armstrong Williams, Ben Carson’s longtime friend, spoke on Monday. “Dr. Carson is back in charge, and I’m so happy to see that,” he told the AP.');
  assert.equal(whoIs(b, 'he told the AP', 'he'), 'Armstrong Williams');
  // A name modifying a noun is no such mention: Trump tweeted about "the peaceful Trump supporters" (Huffington Post).
  const c = analyzeArticle('Donald Trump spoke in Ohio. “Many of the thugs that attacked the peaceful Trump supporters were illegals,” he tweeted on June 4.');
  assert.equal(whoIs(c, 'he tweeted', 'he'), 'Donald Trump');
});

test('a pronoun speaker that fits nobody is an unresolved-speaker finding (information)', () => {
  const a = analyzeArticle(' date 2026-02-03 Mayor Tom Reyes toured the site. “We will rebuild,” she said.');
  const f = a.findings.filter((x) => x.code === 'unresolved-speaker');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'information');
  assert.equal(a.text.slice(f[0].start, f[0].end), 'she');
  // The seed's pronoun speakers ("he added") all fit Petro.
  assert.equal(analyzeArticle(SEED).findings.filter((x) => x.code === 'unresolved-speaker').length, 0);
});

test('rules speakers.plural-noun and speakers.titled-source: a plural common noun is a group, a name after "The" an organisation', () => {
  const source = (t: string) => {
    const a = analyzeArticle(t);
    return [a.people.map((p) => p.name), a.quotes.map((q) => [q.status, q.speakerMention?.text])];
  };
  // Washington Post (2015, PolNeAR train): "Others" was a person.
  assert.deepEqual(source('Protesters blocked the avenue. Others, reacting to the gap between the shooting and the release of the video, chanted, "Stop the coverup!"'), [[], [['anonymous', 'Others']]]);
  // West Journal (2016, PolNeAR train): "The Blaze" was a person.
  assert.deepEqual(source('“Clinton’s final delegate count was 699.57,” The Blaze reported.'), [[], [['organisation', 'The Blaze']]]);
  // A name is still a person.
  assert.deepEqual(source('“We will go on Tuesday,” Okafor said.'), [['Okafor'], [['attributed', 'Okafor']]]);
});
