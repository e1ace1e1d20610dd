import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text';
import { findQuotes } from '../../server/src/analysis/quotes';
import { analyzeArticle } from '../support/models';
import type { PeopleResult } from '../../server/src/analysis/people';
import type { Mention, Person } from '../../server/src/analysis/types';
import { SEED, nth } from '../support/seed';

/**
 * A tiny stand-in for the people engine: `names` are [regex source, person id];
 * `pronouns` are [needle, person id] (the first word of the needle's first occurrence).
 */
function fakePeople(text: string, names: Array<[string, string]>, pronouns: Array<[string, string]> = []): PeopleResult {
  const mentions: Mention[] = [];
  for (const [src, person] of names) {
    const re = new RegExp(src, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'name', person });
  }
  for (const [needle, person] of pronouns) {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`no "${needle}"`);
    const word = /^\p{L}+/u.exec(needle)![0];
    mentions.push({ start: at, end: at + word.length, text: word, kind: 'pronoun', person });
  }
  mentions.sort((a, b) => a.start - b.start);
  const ids = [...new Set(mentions.map((m) => m.person))];
  const people: Person[] = ids.map((id) => ({ id, name: id, titles: [], descriptors: [], aliases: [], gender: null, mentions: mentions.filter((m) => m.person === id) }));
  return { people, mentions, mentionAt: (o) => mentions.find((m) => m.start <= o && o < m.end), organisations: [] };
}

const run = (text: string, names: Array<[string, string]> = [], pronouns: Array<[string, string]> = []) =>
  findQuotes(segment(text), fakePeople(text, names, pronouns));

const SEED_NAMES: Array<[string, string]> = [
  ['(?:Gustavo )?Petro', 'petro'],
  ['(?:Donald )?Trump', 'trump'],
];
const SEED_PRONOUNS: Array<[string, string]> = [
  ['he added', 'petro'],
  ['He also told', 'petro'],
];

test('seed: exactly ten quotations, each with its speaker, status, cue and continuation', () => {
  const { quotes, findings } = run(SEED, SEED_NAMES, SEED_PRONOUNS);
  const got = quotes.map((q) => [q.text.slice(0, 23), q.speaker, q.status, q.speakerMention?.text, q.cue?.text ?? null, q.continued ?? false]);
  assert.deepEqual(got, [
    ['“They make cocaine in C', 'trump', 'attributed', 'Trump', 'said', false],
    ['“watch his ass”', 'trump', 'partial', 'Trump', 'cautioned', false],
    ['“not concerned about an', 'petro', 'partial', 'Petro', 'comment', false],
    ['“He has cocaine mills. ', 'trump', 'attributed', 'Trump', 'responded', false],
    ['“It was a Great Honor t', 'trump', 'attributed', 'Trump', 'announced', false],
    ['“I appreciated his call', 'trump', 'attributed', 'Trump', null, true],
    ['“was pretty hard.”', 'petro', 'partial', 'Petro', 'stating', false],
    ['“Trump is not dumb. We ', 'petro', 'attributed', 'he', 'added', false],
    ['“does very good things ', 'petro', 'partial', 'Petro', 'claiming', false],
    ['“wine or whiskey”', 'petro', 'partial', 'He', 'told', false],
  ]);
  for (const q of quotes) assert.equal(SEED.slice(q.start, q.end), q.text);
  assert.equal(quotes[1].start, nth(SEED, '“watch his ass”', 0));
  assert.equal(quotes[1].end, nth(SEED, '“watch his ass”', 0) + '“watch his ass”'.length);
  assert.deepEqual(findings, []);
});

test('apostrophes inside words are not quotation marks', () => {
  const { quotes, findings } = run('Trump’s team said they don’t know. The voters’ mood is grim, officials’ notes say.');
  assert.deepEqual(quotes, []);
  assert.deepEqual(findings.filter((f) => f.code !== 'anonymous-source'), []);
});

test('a genuinely unattributed quotation is flagged at its exact range', () => {
  const text = 'The mayor opened the bridge on Monday.\n\n“This is a disgrace and everyone knows it.”\n\nTraffic resumed later.';
  const { quotes, findings } = run(text, [['mayor', 'm']]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].status, 'unattributed');
  assert.equal(quotes[0].speaker, null);
  const f = findings.filter((x) => x.code === 'unattributed-quote');
  assert.equal(f.length, 1);
  const start = text.indexOf('“This');
  assert.deepEqual([f[0].start, f[0].end, f[0].severity, f[0].quote], [start, text.indexOf('it.”') + 4, 'warning', 0]);
  assert.match(f[0].message, /no speaker/);
});

test('straight double quotes in both orders, and inversion', () => {
  const text = '"We will win," Smith said. Jones responded: "We will see." "It is close," said Caddell.';
  const { quotes, findings } = run(text, [['Smith', 's'], ['Jones', 'j'], ['Caddell', 'c']]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker, q.status, q.cue?.text]), [
    ['"We will win,"', 's', 'attributed', 'said'],
    ['"We will see."', 'j', 'attributed', 'responded'],
    ['"It is close,"', 'c', 'attributed', 'said'],
  ]);
  assert.deepEqual(findings, []);
});

test('nested single quotes stay inside one quotation', () => {
  const text = '“He told me ‘never again’ and left,” Jones said.';
  const { quotes } = run(text, [['Jones', 'j']]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, text.slice(0, text.indexOf(' Jones')));
  assert.equal(quotes[0].speaker, 'j');
});

test('an opening mark that is never closed is reported at the mark', () => {
  const text = 'Smith said: “We will win the vote.\n\nThe vote is on Tuesday.';
  const { quotes, findings } = run(text, [['Smith', 's']]);
  assert.deepEqual(quotes, []);
  const at = text.indexOf('“');
  assert.deepEqual(findings.map((f) => [f.code, f.start, f.end, f.severity]), [['unbalanced-quote', at, at + 1, 'warning']]);
  assert.equal(findings[0].message, 'This opening quotation mark is never closed.');
});

test('a curly mark opened inside an open one nests when later marks close both (rule quotes.nested-curly)', () => {
  // Huffington Post (2016, PolNeAR dev): the outer quotation was reported never closed and "hell" taken for a quotation.
  const text = '“As a young, Hispanic woman....I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte';
  const { quotes, findings } = run(text, [['Adriana Rodarte', 'a']]);
  assert.deepEqual(quotes.map((q) => q.text), [text.slice(0, text.indexOf(' ―'))]);
  assert.deepEqual(findings, []);
  // Not closed twice: the first mark is still the one left open.
  const open = 'Smith said: “We will win. Jones called it “a fantasy” on Monday.';
  assert.deepEqual(run(open, [['Smith', 's']]).findings.map((f) => [f.code, f.start]), [['unbalanced-quote', open.indexOf('“')]]);
});

test('a quotation running over paragraphs is one quotation; the next quote paragraph continues its speaker', () => {
  const text = 'Caddell continued:\n\n“The health issue is partisan.\n\n“Forty-three, yes; forty-four, no.”\n\n“This is in their heads.”\n\nThe polls closed.';
  const { quotes, findings } = run(text, [['Caddell', 'c']]);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0].text, '“The health issue is partisan.\n\n“Forty-three, yes; forty-four, no.”');
  assert.deepEqual([quotes[0].speaker, quotes[0].status, quotes[0].paragraph, quotes[0].continued], ['c', 'attributed', 1, undefined]);
  assert.deepEqual([quotes[1].speaker, quotes[1].continued, quotes[1].paragraph], ['c', true, 3]);
  assert.deepEqual(findings, []);
});

test('organisation and anonymous sources', () => {
  const text =
    '“We deny it,” the White House said in a statement.\n\n“It is over,” a senior White House official told reporters.\n\nSources said the talks had stalled.\n\n“No comment,” according to a spokesman for the campaign.';
  const { quotes, findings } = run(text);
  assert.deepEqual(quotes.map((q) => [q.status, q.speaker, q.speakerMention?.text]), [
    ['organisation', null, 'the White House'],
    ['anonymous', null, 'a senior White House official'],
    ['anonymous', null, 'a spokesman for the campaign'],
  ]);
  assert.deepEqual(
    findings.map((f) => [f.code, text.slice(f.start, f.end), f.severity]),
    [
      ['anonymous-source', 'a senior White House official', 'hint'],
      ['anonymous-source', 'Sources', 'hint'],
      ['anonymous-source', 'a spokesman for the campaign', 'hint'],
    ],
  );
});

test('scare quotes and titles are partial and never flagged', () => {
  const text = 'The so-called “deal” collapsed.\n\nShe starred in “The Apprentice” for years.\n\n“Crooked Hillary” is a nickname.';
  const { quotes, findings } = run(text);
  assert.deepEqual(quotes.map((q) => [q.text, q.status]), [
    ['“deal”', 'partial'],
    ['“The Apprentice”', 'partial'],
    ['“Crooked Hillary”', 'partial'],
  ]);
  assert.deepEqual(findings, []);
});

test('pronoun sources come from the people engine; a second quote in the paragraph continues the speaker', () => {
  const text = 'Jones spoke on Monday.\n\n“We are ready,” she said. “The work starts now.”';
  const { quotes, findings } = run(text, [['Jones', 'j']], [['she said', 'j']]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerMention?.text, q.status, q.continued ?? false]), [
    ['j', 'she', 'attributed', false],
    ['j', 'she', 'attributed', true],
  ]);
  assert.deepEqual(findings, []);
});

test('according to and appositives', () => {
  const text = 'According to Smith, “The plan is dead.” “We lost,” Jones, the party chairman, said.';
  const { quotes } = run(text, [['Smith', 's'], ['Jones', 'j']]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.cue?.text]), [
    ['s', 'According to'],
    ['j', 'said'],
  ]);
});

test('a dash and a name after the quotation attribute it', () => {
  const text = '“Trump must stop portraying Latinos as gangsters.” ― Carla Sanchez.\n\n"We need law and order." - Donald Trump';
  const { quotes, findings } = run(text, [['Donald Trump', 't']]);
  assert.deepEqual(quotes.map((q) => [q.status, q.speaker, q.speakerMention?.text]), [
    ['attributed', null, 'Carla Sanchez'],
    ['attributed', 't', 'Donald Trump'],
  ]);
  assert.deepEqual(findings.filter((f) => f.code === 'unattributed-quote'), []);
});

test('one paragraph per line (no blank lines): each line is its own paragraph for attribution', () => {
  const text = '“I’m a free American,” he told Fox 35.\n“I can do what I like with my possessions.”\nThe group declined to comment.\n“This is outrageous.”';
  const { quotes, findings } = run(text, [], [['he told', 'z']]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.status, q.continued ?? false]), [
    ['z', 'attributed', false],
    ['z', 'attributed', true],
    [null, 'unattributed', false],
  ]);
  assert.equal(findings.filter((f) => f.code === 'unattributed-quote').length, 1);
});

test('the sentence before a quotation can attribute it; a passive cue does not make its subject the speaker', () => {
  const text = 'The votes are in, said Paul Beck, a professor. “That was more her constituency.”\n\nHis salespeople were told, “You don’t sell products.”';
  const { quotes } = run(text, [['Paul Beck', 'b']]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.status]), [
    ['b', 'attributed'],
    [null, 'unattributed'],
  ]);
});

test('an as-clause does not take the quotation from the main clause', () => {
  const text = 'As the newspaper noted, Trump again cautioned Petro to “watch his ass” on Monday.';
  const { quotes } = run(text, [['Trump', 't'], ['Petro', 'p']]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.cue?.text, q.status]), [['t', 'cautioned', 'partial']]);
});

test('fronted participles, relative pronouns and sentence-final comment clauses', () => {
  const text =
    'Speaking to MSNBC on Monday, Trump said the system is “complex.”\n\n' +
    'Mike Lee, who declared in the spin room, “I’m sending the signal.”\n\n' +
    'So are a “small handful” of companies who usually sponsor the event, Gilbert said.';
  const { quotes } = run(text, [['Trump', 't'], ['Mike Lee', 'l'], ['Gilbert', 'g']]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerMention?.text]), [
    ['t', 'Trump'],
    ['l', 'who'],
    ['g', 'Gilbert'],
  ]);
});

test('a noun cue that is the subject of another verb does not govern the quotation', () => {
  const text = 'Salceda said Trump’s remarks "have had widespread dissemination."';
  const { quotes } = run(text, [['Salceda', 's'], ['Trump', 't']]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.cue?.text]), [['s', 'said']]);
});

test('a colon introduces the quotation even when a cue follows it', () => {
  const text = 'Trump replied: “No, I meant he’s the founder.” A flabbergasted Noah quipped, “It’s like a lawyer.”';
  const { quotes } = run(text, [['Trump', 't'], ['Noah', 'n']]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['t', 'n']);
});

// How the time grows with such input is measured by `npm run bench -- hostile` (no timed test here).
test('long runs of quotation marks: every quotation inside the text, in order', () => {
  const cases = ['“We will win” and '.repeat(20000), '“'.repeat(50000), '"a "b '.repeat(20000), '“We will win,” Trump said. '.repeat(20000)];
  for (const text of cases) {
    const { quotes } = findQuotes(segment(text), fakePeople('', []));
    for (let k = 0; k < quotes.length; k++) {
      assert.ok(quotes[k].start >= 0 && quotes[k].end <= text.length && quotes[k].start < quotes[k].end, text.slice(0, 20));
      if (k) assert.ok(quotes[k - 1].start < quotes[k].start, text.slice(0, 20));
    }
  }
});

test("doubled apostrophes ('') are double quotation marks, as NYT wire copy writes them", () => {
  // Shaped like the PolNeAR NYT articles: opening and closing '' around speech, '' after a comma.
  const text =
    " date 2016-09-16 ''This isn't tax reform,'' said Ryan Ellis, a tax analyst. ''It's anti-reform.''\n\n" +
    "Mr. Ellis added that ''the plan is complex.''";
  const a = analyzeArticle(text);
  const texts = a.quotes.map((q) => q.text);
  assert.deepEqual(texts, ["''This isn't tax reform,''", "''It's anti-reform.''", "''the plan is complex.''"]);
  const ellis = a.people.find((p) => p.name === 'Ryan Ellis');
  assert.ok(ellis);
  assert.equal(a.quotes[0].speaker, ellis!.id);
  assert.equal(a.quotes[0].status, 'attributed');
  // The apostrophe inside "isn't" is no mark, and the tokens keep '' whole.
  assert.ok(a.model.tokens.some((t) => t.text === "''" && t.kind === 'quote'));
  assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
});

test('a quoted nickname inside a name is no unattributed quotation', () => {
  // From a Washington Post article in the PolNeAR dev set.
  const text =
    ' date 2016-09-08 NEWPORT NEWS, Va. - In a tradition he has kept for 40 years, Rep. Robert C. "Bobby" Scott threw open his family\'s sprawling back yard for a Labor Day cookout.';
  const a = analyzeArticle(text);
  const bobby = a.quotes.find((q) => q.text === '"Bobby"');
  assert.ok(bobby);
  assert.equal(bobby!.status, 'partial');
  assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  // A quoted word after a comma is still a quotation to check.
  const b = analyzeArticle(' date 2016-09-08 The crowd was told, "Leave." Nobody moved.');
  assert.equal(b.findings.filter((f) => f.code === 'unattributed-quote').length, 1);
});

test('a transcript turn is credited to the speaker its capitalised label names', () => {
  // Shaped like a Breitbart debate transcript in the PolNeAR dev set.
  const text =
    ' date 2016-09-25 Fox News host Chris Wallace interviewed Gov. Mike Pence on Sunday.\n\n' +
    '"WALLACE: Let’s start with breaking news on the debate story.\n\n' +
    '"PENCE: Well, look, this is America, Chris."';
  const a = analyzeArticle(text);
  const first = a.quotes[0];
  const wallace = a.people.find((p) => p.name === 'Chris Wallace');
  assert.ok(wallace);
  assert.equal(first.speaker, wallace!.id);
  assert.equal(first.speakerMention?.text, 'WALLACE');
  assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
});

test('a dash credit after the quotation names its speaker', () => {
  // Shaped like HuffPost's reader-voices lists in the PolNeAR dev set.
  const text = ' date 2016-09-27 Latinos on the debate.\n\n”Mr. Trump’s strategy tonight was to be a bully.” ― Veronica Cruz\n“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan';
  const a = analyzeArticle(text);
  const name = (q: (typeof a.quotes)[number]) => a.people.find((p) => p.id === q.speaker)?.name;
  assert.deepEqual(a.quotes.map(name), ['Veronica Cruz', 'Steve Quinlan']);
  assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
});

test('a paragraph ending in a noun cue and a colon credits the next paragraph’s quotation', () => {
  // From a Western Journal article in the PolNeAR dev set.
  const text =
    ' date 2016-09-26 On July 6, 2015, Sen. Bernie Sanders made the following comment:\n\n“For young people who have graduated high school, the unemployment rate is 33 percent.”\n\n' +
    'The bias begins to show when looking at how the website rated this statement by Donald Trump on June 11:\n\n“If you look at what’s going on in this country, African-American youth is an example.”';
  const a = analyzeArticle(text);
  const name = (q: (typeof a.quotes)[number]) => a.people.find((p) => p.id === q.speaker)?.name;
  assert.deepEqual(a.quotes.map(name), ['Bernie Sanders', 'Donald Trump']);
  assert.deepEqual(a.quotes.map((q) => q.cue?.text), ['comment', 'statement']);
});

test('the title of a work after its noun is no quotation of speech', () => {
  // From a USA Today letter in the PolNeAR dev set, and an NYT article (book title, doubled apostrophes).
  const a = analyzeArticle(" date 2016-09-16 Ouisa Davis' commentary, \"Melania, tell your immigrant story,\" is very thoughtful.");
  assert.equal(a.quotes[0].status, 'partial');
  assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  const b = analyzeArticle(" date 2015-11-10 Dennis Ross, in his new book, ''Doomed to Succeed,'' argues that the pattern is old.");
  assert.equal(b.quotes[0].status, 'partial');
  // "said of the episode, ''…''" is speech: an episode (an event) is not a work noun here.
  const c = analyzeArticle(" date 2016-03-12 Mr. Trump said of the episode, ''I don't like it,'' adding that it was bad.");
  assert.notEqual(c.quotes[0].status, 'partial');
});

/** The kind the engine gives the quotation whose text is `quoted` (marks included). */
function kindOf(text: string, quoted: string): string | undefined {
  return analyzeArticle(text).quotes.find((q) => q.text === quoted)?.kind;
}

test('kinds: nicknames, titles, scare quotes and markup are terms; cues decide speech or writing', () => {
  // Shapes from the PolNeAR dev articles.
  assert.equal(kindOf('Rep. Robert C. "Bobby" Scott threw open his back yard.', '"Bobby"'), 'term');
  assert.equal(kindOf('Holt, the anchor of NBC\'s "Nightly News," asked first.', '"Nightly News,"'), 'term');
  assert.equal(kindOf('On "Face the Nation," the mood was grim.', '"Face the Nation,"'), 'term');
  // A broadcaster's programme is a term even next to a cue (Washington Post, Breitbart 2016: were partial speech).
  assert.equal(kindOf('In an interview on CBS\'s "Face the Nation," House Speaker Paul D. Ryan said the violence must end.', '"Face the Nation,"'), 'term');
  assert.equal(kindOf('Johnson tells MSNBC’s “Morning Joe” on Friday that it remains under investigation.', '“Morning Joe”'), 'term');
  assert.equal(kindOf('He defended Trump’s “Make America Great Again” slogan on Friday, he said.', '“Make America Great Again”'), 'speech');
  assert.equal(kindOf('The Post sent its “national enterprise reporter” to the rally.', '“national enterprise reporter”'), 'speech');
  assert.equal(kindOf('The “sex tape” reference was about old footage.', '“sex tape”'), 'term');
  assert.equal(kindOf('<tweet author="carlquintanilla">The blue arrow</tweet>', '"carlquintanilla"'), 'term');
  // "called" reports words unless a title follows: what lawmakers called “fraud” is their speech.
  assert.equal(kindOf('The scheme, what multiple lawmakers called “fraud,” led to hearings.', '“fraud,”'), 'speech');
  assert.equal(kindOf('They ran a program called “Fast and Furious” for years.', '“Fast and Furious”'), 'term');
  assert.equal(kindOf('“We will never give up,” Obama wrote in a letter.', '“We will never give up,”'), 'writing');
  assert.equal(kindOf('“We will never give up,” Obama said on Monday.', '“We will never give up,”'), 'speech');
  assert.equal(kindOf('“Our children are thriving,” the letter reads.', '“Our children are thriving,”'), 'writing');
  assert.equal(kindOf('“Make America Great Again,” one sign read.', '“Make America Great Again,”'), 'term');
});

test('a credit across a nickname names its speaker, and the next quotation continues it', () => {
  // From a Washington Post article in the PolNeAR dev set.
  const text =
    ' date 2016-09-08 "This is a big year for our potential United States senator, Bobby Scott!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd. "The nation is watching Virginia."';
  const a = analyzeArticle(text);
  const speech = a.quotes.filter((q) => q.kind === 'speech');
  assert.equal(speech.length, 2);
  for (const q of speech) {
    assert.equal(q.status, 'attributed');
    assert.equal(q.speakerMention?.text, 'Marcia "Cia" Price');
  }
  assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
});

/** The speaker mention and status of the first quotation of `text`. */
function credit(text: string): string {
  const q = analyzeArticle(text).quotes[0];
  return `${q.speakerMention?.text ?? null}/${q.status}`;
}

test('three apostrophes close a single then a double quote, and the credit after them is read', () => {
  // NYT wire copy in the PolNeAR train set.
  assert.equal(credit("''I would use the word 'old-school,''' said Gregory W. Slayton, whom George W. Bush appointed."), 'Gregory W. Slayton/attributed');
  assert.equal(analyzeArticle("'''College Bowl,''' he replied.").quotes[0].text, "'''College Bowl,'''");
});

test('a subject before an aside in dashes credits the quotation after its cue', () => {
  // From a New York Times column in the PolNeAR dev set.
  assert.equal(
    credit("John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's programming, which is also streamed on Hulu -- told me, ''We're a content provider.''"),
    'John Dickey/attributed',
  );
});

test('a quotation closing its paragraph after a sentence about a named person is that person’s', () => {
  // From a Washington Post article in the PolNeAR dev set.
  const text =
    'On "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, identified exhaustion with bigotry as a reason to back her. "The younger people are sick and tired of discrimination and racism."';
  const a = analyzeArticle(text);
  const q = a.quotes.find((x) => x.text.startsWith('"The younger'))!;
  assert.equal(q.speakerMention?.text, 'Bernie Sanders');
  // Not when the sentence is about someone's thing ("Sanders's plan …").
  const b = analyzeArticle('Bernie Sanders’s plan drew fire on Monday. "It is a fraud."');
  assert.equal(b.quotes[0].status, 'unattributed');
});

test('verbs of exclaiming and advising are cues', () => {
  // Shapes from the PolNeAR train set.
  assert.equal(credit('“This is fantastic!” beamed Donald Hartley of Madison, Alabama.'), 'Donald Hartley/attributed');
  assert.equal(credit("During the debate, Hillary Clinton cracked, ''I'm a progressive who likes to get things done.''"), 'Hillary Clinton/attributed');
});

test('sources that are documents get status document; a byline credits a headline to its writer', () => {
  // Shapes from the PolNeAR train set.
  assert.equal(credit('Not all web panels are equal. From the report: “In general, samples with more weighting produced more accurate results.”'), 'the report/document');
  assert.equal(credit("''Mark, you are a total loser!'' the note says. Mr. Trump sent it."), 'the note/document');
  // The statement is its issuer's: the strategy goes on to the subject.
  const scalia = analyzeArticle('Donald Trump spoke to reporters in New York on Friday.\n\nOn Saturday, Trump issued a statement saying that Scalia was "a remarkable person and a brilliant justice."');
  assert.equal(scalia.quotes[0].speakerMention?.text, 'Trump');
  const a = analyzeArticle('NOW OPEN—"Pop-up art show strives to confront gentrification," by DNAinfo\'s Eddie Small: http://x.y/z.');
  assert.equal(a.quotes[0].kind, 'writing');
  assert.equal(a.quotes[0].speakerMention?.text, 'Eddie Small');
});

test('words on a sign and standalone titles are terms that keep who carries them and are never flagged', () => {
  const a = analyzeArticle('Dawson lifted a sign of her own. “I am still Sanders,” it read. Others held up “Bloodline,” and the PBS drama, “Mercy Street,” on posters.');
  assert.deepEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'term']);
  assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
});

test('a sentence-final credit is every quotation’s of its sentence, and "as X said" after a quotation credits it', () => {
  // Shapes from the PolNeAR train set.
  const a = analyzeArticle('Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor of Vermont, said Tuesday.');
  // Both credited to Dean (the first through "the former governor", his title mention).
  const dean = a.people.find((p) => p.name === 'Howard Dean')!;
  assert.deepEqual(a.quotes.map((q) => q.speaker), [dean.id, dean.id]);
  assert.equal(credit('Ted Cruz spoke Monday. Still, the fact that the race “is a dead heat right now,” as Cruz said on a radio program, only helps.'), 'Cruz/partial');
  // A quotation that ends its own sentence does not share the next one's credit.
  const b = analyzeArticle('It came with a clear implication about the woman’s “head.” “You winning?” she said.');
  assert.equal(b.quotes[0].speakerMention, null);
});

test('subjects, not objects: a weak subject rules out names after its verb; a noun phrase after a preposition is no subject', () => {
  // Shapes from the PolNeAR dev set.
  assert.equal(credit('Donald Trump spoke. Meanwhile, it attacked Donald Trump, saying he “has offended Hispanics, women and the disabled.”'), 'it/partial');
  const a = analyzeArticle('Protesters marching through the streets chanted "What curfew?" and kept going. The protesters left at 2 a.m.');
  assert.equal(a.quotes[0].speakerMention?.text, 'Protesters');
  // A capitalised common noun opening its sentence is no new person.
  assert.equal(a.quotes[0].status, 'anonymous');
  assert.ok(!a.people.some((p) => p.name === 'Protesters'));
});

test('a quantifier standing alone is a subject, not a determiner; a document read out is writing', () => {
  // Shapes from the PolNeAR train set.
  const a = analyzeArticle('Fans reacted. Another said, "It was great." Some chanted "USA!"');
  assert.deepEqual(a.quotes.map((q) => `${q.speakerMention?.text}/${q.status}`), ['Another/anonymous', 'Some/anonymous']);
  assert.ok(!a.people.some((p) => p.name === 'Another' || p.name === 'Some'));
  const b = analyzeArticle('"We were thinking of the family," read the statement, which was attributed to Miller. "Her speech was a success."');
  assert.deepEqual(b.quotes.map((q) => `${q.kind}/${q.status}`), ['writing/document', 'speech/document']);
});

test('"which" stands for the phrase before it, and a pluperfect "had written" is a cue', () => {
  // Shapes from the PolNeAR train set.
  assert.equal(credit('The release linked to the Associated Press report, which notes, “More than half the people gave money.”'), 'the Associated Press report/document');
  assert.equal(
    credit("The Hollywood columnist Louella Parsons had written just a few years earlier, ''We just couldn't have a motion picture industry without E. J. Mannix.''"),
    'Louella Parsons/attributed',
  );
});

test('a coordinated subject credits every name, the first as speaker (rule quotes.coordinated-subject)', () => {
  // From PolNeAR train (wash-post, Phil Berger and Tim Moore): after the quotation and before it.
  const after = '“We will not be bullied,” Senate leader Phil Berger and House Speaker Tim Moore said in a statement.';
  const a = run(after, [['Phil Berger', 'berger'], ['Tim Moore', 'moore']]).quotes[0];
  assert.deepEqual([a.speaker, a.speakers, a.speakerMention?.text, a.rule], ['berger', ['berger', 'moore'], 'Phil Berger and House Speaker Tim Moore', 'quotes.after-cue']);
  const three = 'Cruz, Rubio and Kasich wrote: “We object.”';
  assert.deepEqual(run(three, [['Cruz', 'c'], ['Rubio', 'r'], ['Kasich', 'k']]).quotes[0].speakers, ['c', 'r', 'k']);
  // Names after a preposition are its object, not the subject: only the subject is credited.
  const object = 'A debate with Cruz and Rubio said nothing. Kasich said: “We object.”';
  assert.equal(run(object, [['Cruz', 'c'], ['Rubio', 'r'], ['Kasich', 'k']]).quotes[0].speakers, undefined);
});

test('nested attribution keeps the speaker and records the secondary source (rule quotes.via)', () => {
  // From PolNeAR train (breitbart, "… Sanders said, according to CNN").
  const text = '“We have got to defeat Donald Trump,” Sanders said, according to CNN.';
  const q = run(text, [['Sanders', 's']]).quotes[0];
  assert.deepEqual([q.speaker, q.cue?.text, q.via?.text], ['s', 'said', 'CNN']);
  // The quotation that continues it goes through the same outer source.
  const two = run('“We have got to defeat Donald Trump,” Sanders said, according to CNN. “It is of utmost importance.”', [['Sanders', 's']]).quotes;
  assert.deepEqual(two.map((x) => [x.speaker, x.via?.text, x.rule]), [['s', 'CNN', 'quotes.after-cue'], ['s', 'CNN', 'quotes.continuation']]);
  // A newspaper that relays the words is a via too (usa-today, "…," the Times reported).
  const relayed = run('Asked about Khan, Trump said: "There will always be exceptions," the Times reported.', [['Trump', 't']]).quotes[0];
  assert.deepEqual([relayed.speaker, relayed.via?.text], ['t', 'the Times']);
  const filed = 'According to a complaint filed Monday, Smith said: “We paid.”';
  assert.equal(run(filed, [['Smith', 's']]).quotes[0].via?.text, 'a complaint');
  // "according to" as the credit itself is no second source; a dangling one names nobody.
  assert.equal(run('“We lost,” according to Smith.', [['Smith', 's']]).quotes[0].via, undefined);
  assert.equal(run('“We lost,” Smith said according to', [['Smith', 's']]).quotes[0].via, undefined);
});

test('a partial quotation with no cue takes its clause subject, a person or not (rule quotes.partial-subject)', () => {
  // From PolNeAR train (politico, the administration; breitbart, The ad): gold credits the clause subject.
  // From PolNeAR train (huff-post, "Across Asia, policymakers have been startled by Trump’s “isolationist” …").
  const q = run('Across Asia, officials are wary of the “isolationist” turn.').quotes[0];
  assert.deepEqual([q.status, q.speakerMention?.text, q.rule], ['partial', 'officials', 'quotes.partial-subject']);
  // An opening phrase and its comma are not the subject.
  assert.equal(run('For now, Clinton waves off the delay as having “minimal” impact.', [['Clinton', 'c']]).quotes[0].speaker, 'c');
  assert.equal(run('For now, the administration waves off the delay as having “minimal” impact.').quotes[0].speakerMention, null);
  // A long unnamed phrase has walked past its verb: no source rather than "The ad targets".
  assert.equal(run('The new ad targets a “corrupt political system.”').quotes[0].speakerMention, null);
  const person = 'Clinton on Monday ripped into Sanders for his “bad” votes.';
  assert.equal(run(person, [['Clinton', 'c'], ['Sanders', 's']]).quotes[0].speaker, 'c');
});

test('a partial quotation the word scan finds no subject for takes the named subject of its verb in the parse', () => {
  // West Journal, Washington Post (2016, PolNeAR): a phrase walked up to the quotation named nobody.
  const credit = (text: string) => analyzeArticle(text).quotes.map((q) => q.speakerMention?.text ?? null);
  assert.deepEqual(credit('PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.').slice(1), ['PolitiFact']);
  assert.deepEqual(credit('Donald Trump spoke in Phoenix. Trump launched into a lament for the “countless Americans” who are “victims of violence” by illegal immigrants.'), ['Trump', 'Trump']);
  // A common noun found this way is no source: "the network" did not say “Minority Report”.
  assert.deepEqual(credit('The show was among the best-rated new shows, but the network canceled “Minority Report,” a sequel to the film.'), [null]);
});

test('a credit line of its own after the quotation: a dash and a name (rule quotes.dash-paragraph)', () => {
  // From PolNeAR train (wash-post fact checks, the convention notebook).
  const text = '"Boeing and GE pay zero taxes."\n\n- Sanders.\n\n"Great speech. She\'s tested."\n\n-President Obama, tweeting after the speech.\n\n"It needs to stop."\n\n-Michelle Marks, Philadelphia.';
  const { quotes, findings } = run(text, [['Sanders', 's'], ['Obama', 'o']]);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerMention?.text, q.rule]), [
    ['s', 'Sanders', 'quotes.dash-paragraph'],
    ['o', 'Obama', 'quotes.dash-paragraph'],
    [null, 'Michelle Marks', 'quotes.dash-paragraph'],
  ]);
  assert.deepEqual(findings.filter((f) => f.code === 'unattributed-quote'), []);
  // A dash opening a long paragraph is no credit line.
  const long = '"We won."\n\n- Sanders and his aides spent the evening in Burlington, where they watched the returns come in from every county.';
  assert.equal(run(long, [['Sanders', 's']]).quotes[0].rule, undefined);
});

test('a description with a place or party modifier stands for the one person holding that role', () => {
  // From PolNeAR train (politico, Rubio on North Korea).
  const a = analyzeArticle('Sen. Marco Rubio (R-Fla.) spoke on Monday.\n\n"I have been warning," the Florida senator and Republican presidential candidate said in a statement.');
  const rubio = a.people.find((p) => p.name === 'Marco Rubio')!;
  assert.deepEqual([a.quotes[0].speaker, a.quotes[0].speakerMention?.text], [rubio.id, 'the Florida senator and Republican presidential candidate']);
  assert.ok(a.mentions.some((m) => m.text === 'the Florida senator' && m.person === rubio.id));
});

test('a quotation cited with its year in parentheses is a term, never flagged (rule quote-kind.dated-citation)', () => {
  // From PolNeAR train (huff-post, the SVP's campaign posters).
  const text = 'The SVP stoked voter fears. “Lose safety? Lose work? No to Schengen” (2005) — “Free pass for all? No.” (election poster 2007).';
  const { quotes, findings } = run(text);
  assert.deepEqual(quotes.map((q) => q.kind), ['term', 'term']);
  assert.deepEqual(findings.filter((f) => f.code === 'unattributed-quote'), []);
  // A parenthetical with a speech verb is a credit, not a citation.
  assert.equal(run('“We will win,” (Smith said in 2005).', [['Smith', 's']]).quotes[0].kind, 'speech');
});

test('a statement or report is its issuer’s words; some verbs credit only right after the quotation', () => {
  // From PolNeAR train (usa-today, Black Lives Matter; politico, Rubio's campaign; politico, Hannity).
  const issued = 'Black Lives Matter issued a statement saying it acted "because of the unsafe conditions."';
  assert.deepEqual([run(issued).quotes[0].speakerMention?.text, run(issued).quotes[0].rule], ['Black Lives Matter', 'quotes.before-participle']);
  const sent = "Rubio's campaign sent out a press release saying Murphy owes “Florida an explanation.”";
  assert.equal(run(sent).quotes[0].speakerMention?.text, "Rubio's campaign");
  const started = '“The Times claims you spoke off the record,” Hannity started.';
  assert.deepEqual([run(started, [['Hannity', 'h']]).quotes[0].speaker, run(started, [['Hannity', 'h']]).quotes[0].cue?.text], ['h', 'started']);
  // "started" that opens its own clause is no cue.
  assert.equal(run('“We won.” Smith started a company.', [['Smith', 's'], ['Jones', 'j']]).quotes[0].cue, null);
});

test('a quotation nobody credits, in a paragraph about one person, is that person’s (rule quotes.paragraph-person)', () => {
  // From PolNeAR train (huff-post): the paragraph before ends on Trump, the quotation lines follow.
  const text = 'Trump looked tired during the long interview. “We have to do something.” The rally ended at noon.';
  const q = run(text, [['Trump', 't']]).quotes[0];
  assert.deepEqual([q.speaker, q.cue, q.rule, q.status], ['t', null, 'quotes.paragraph-person', 'attributed']);
  // Two people in the paragraph, or only someone's thing ("Sanders’s plan"): nobody is guessed.
  assert.equal(run('A rally for Trump and Cruz ran late. “We have to do something.” The crowd left.', [['Trump', 't'], ['Cruz', 'c']]).quotes[0].status, 'unattributed');
  assert.equal(run('Sanders’s plan drew fire. “It is a fraud.”', [['Sanders', 's']]).quotes[0].status, 'unattributed');
});

test('a one-sentence paragraph of reported speech introduces the quotation that opens the next paragraph (rule quotes.sentence-lead-in)', () => {
  // From PolNeAR train (west-journal, Howard on Clinton).
  const text = '“She is bitter,” Howard said recently.\n\nHoward continued his scathing remarks.\n\n“Eight years ago she was the presumed nominee.”';
  const q = run(text, [['Howard', 'h']]).quotes[1];
  assert.deepEqual([q.speaker, q.cue?.text, q.rule], ['h', 'continued', 'quotes.sentence-lead-in']);
  // Indirect speech by a named person leads in by rule quotes.reported-lead-in (its own test), not by this one.
  assert.equal(run('Mayor Jane Holloway said the plan would pay for two new branch libraries.\n\n“This budget puts reading first.”', [['Jane Holloway', 'h']]).quotes[0].rule, 'quotes.reported-lead-in');
  // Plain narration before a bare quotation is what a stripped credit leaves: still flagged.
  assert.equal(run('Howard walked to the podium.\n\n“Eight years ago she was the nominee.”\n\nThe crowd left.', [['Howard', 'h']]).quotes[0].status, 'unattributed');
  // An after-quote cue inverted: “…,” exhorted Clinton’s introducer, actress Jamie Lee Curtis.
  assert.equal(run('“It is about time,” exhorted the actress Jamie Lee Curtis.', [['Jamie Lee Curtis', 'j']]).quotes[0].speaker, 'j');
});

test('a paragraph whose last sentence says how a named person spoke introduces the bare quotations after it (rule quotes.reported-lead-in)', () => {
  // From PolNeAR train (huff-post, Trump on torture): the lead-in names the speaker, the quotations follow one per paragraph.
  const text =
    'What “go after them” actually means is left to the imagination of voters, since Trump spoke only in evasive bromides during the interview.\n“We have to do something and it’s the only way you stop it.”\n“We have to be a lot tougher.”';
  const [, first, second] = run(text, [['Trump', 't']]).quotes;
  assert.deepEqual([first.speaker, first.cue?.text, first.rule, first.status], ['t', 'spoke', 'quotes.reported-lead-in', 'attributed']);
  assert.deepEqual([second.speaker, second.rule], ['t', 'quotes.continuation']);
  // The same through the whole engine, with the parse (the people stage needs the full name first).
  const article = analyzeArticle('Donald Trump gave an interview to CNN on Tuesday.\n' + text);
  assert.deepEqual(article.quotes.slice(1).map((q) => q.rule), ['quotes.reported-lead-in', 'quotes.continuation']);
  assert.equal(article.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  // Indirect speech leads in too, by the sentence's main verb (PolNeAR train, huff-post and west-journal 2016: both were
  // unattributed warnings; the gold credits Carter and Schoen, not the nearer "predicting" and "pledged").
  const carter = 'Defense Secretary Ash Carter spoke in Singapore.\n\nCarter said that for decades some critics had been predicting an impending U.S. withdrawal from the region, but this would not happen.\n\n“That’s because this region, which is home to nearly half the world’s population and nearly half the global economy, remains the most consequential for America’s own security and prosperity.”';
  const schoen = 'Douglas Schoen is a former Clinton pollster.\n\nSchoen elaborated in an editorial piece for The Wall Street Journal that superdelegates currently pledged to Clinton, even those who did so before the campaign began, may reconsider.\n\n“A Sanders win in California would powerfully underscore Mrs. Clinton’s weakness as a candidate in the general election.”';
  for (const [t, who] of [[carter, 'Ash Carter'], [schoen, 'Douglas Schoen']]) {
    const a = analyzeArticle(t);
    const q = a.quotes[a.quotes.length - 1];
    assert.deepEqual([a.people.find((p) => p.id === q.speaker)?.name, q.rule], [who, 'quotes.reported-lead-in']);
    assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  }
  // A label that introduces what follows is no one's words (“Related:”).
  assert.notEqual(run('Paul argued that military spending dwarfs that of the rest of the world.\n\n“Related:”\n\nGOP Candidates Reject The Idea.', [['Paul', 'p']]).quotes[0].rule, 'quotes.reported-lead-in');
  // A quotation closed by a comma awaits its own credit (“Call the roll,” came shouts from the crowd): no lead-in guess.
  assert.equal(run('The chairman called a vote. Armstrong spoke only briefly before the count.\n“Call the roll,” came shouts from the crowd.', [['Armstrong', 'a']]).quotes[0].speaker, null);
  // A participle is no lead-in ("…, noting that he'd demur too").
  assert.equal(run('Obama tried to help them off the hook, noting his own view.\n“It is not my job to comment.”', [['Obama', 'o']]).quotes[0].status, 'unattributed');
});

test('a witness is an anonymous source ("said one of two witnesses who …")', () => {
  const q = run('“It was awful,” said one of two witnesses who relayed the same story.', []).quotes[0];
  assert.deepEqual([q.status, q.speakerMention?.text], ['anonymous', 'two witnesses']);
});

test('titles after "entitled" and a concert, words printed on objects, are terms (quote-kind.work-title, quote-kind.sign)', () => {
  // From PolNeAR train (politico, huff-post, wash-post, politico).
  const headline = run('Jon Favreau published a column in The Daily Beast, entitled, “Why Electing Hillary in ‘16 is More Important Than Electing Obama in ‘08.” Obama himself has even made comments.', [['Jon Favreau', 'f']]).quotes;
  assert.deepEqual(headline.map((q) => q.kind), ['term']);
  assert.equal(run('He returns to the New York stage this week with his acclaimed concert, “Girls, Girls, Girls.” Many others revisit their hits.').quotes[0].kind, 'term');
  const signs = run('An angry army of HP workers had amassed at the center, carrying signs saying, "Merger today, Chapter 11 tomorrow." Many wore green.');
  assert.deepEqual([signs.quotes[0].kind, signs.findings.filter((f) => f.code === 'unattributed-quote').length], ['term', 0]);
  assert.equal(run('They passed out water bottles that said, “The Cuyahoga Republican party welcomes you to the Gay Games.” Gay Republicans cheered.').quotes[0].kind, 'term');
  // A person's words after "said" stay speech.
  assert.equal(run('Smith said, “The signs are clear.”', [['Smith', 's']]).quotes[0].kind, 'speech');
});

test('a noun cue with a possessor and a month ("her March comment that, “…”") credits the possessor (rule quotes.before-noun-cue)', () => {
  const text = 'The union is unlikely to give Clinton the nod after her March comment that, "We\'re going to put a lot of coal companies out of business."';
  const q = run(text, [['Clinton', 'c']], [['her March', 'c']]).quotes[0];
  assert.deepEqual([q.speaker, q.cue?.text, q.rule], ['c', 'comment', 'quotes.before-noun-cue']);
});

test('the parse finds the subject of a relative clause, of a clause a colon closes, and an adjective list in a subject', () => {
  // quotes.relative-subject (usa-today): the message said it, not nobody.
  const message = analyzeArticle('The listing was replaced on Thursday by a message that said, "Sorry, but the item you have requested is no longer in the system."');
  assert.deepEqual([message.quotes[0].rule, message.quotes[0].speakerMention?.text], ['quotes.relative-subject', 'a message']);
  // Without the parse only a document noun is read this way, and an object is never a speaker.
  const statement = run('The company posted a statement that said, "We want no part in the listing."').quotes[0];
  assert.deepEqual([statement.rule, statement.status], ['quotes.relative-subject', 'document']);
  assert.equal(run('He lost the argument that said, "We will never win."').quotes[0].status, 'unattributed');
  // quotes.colon-subject (huff-post): a fronted phrase, then the subject, then the colon.
  const board = analyzeArticle('As if addressing the magnate directly, the Illinois Board of Elections was conclusive in its findings: “Further discussion on this issue is unnecessary.”');
  assert.deepEqual([board.quotes[0].rule, board.quotes[0].status, board.quotes[0].speakerMention?.text], ['quotes.colon-subject', 'organisation', 'the Illinois Board of Elections']);
  // No clause before the colon: nobody is credited.
  assert.equal(analyzeArticle('He told CNN so in October. Then, later that month on CNN: "I have never said we made a mistake going into Afghanistan."').quotes[0].status, 'unattributed');
  // Coordinate adjectives (wash-post): "the bespectacled, 71-year-old diplomat said".
  const ban = analyzeArticle('"From Day One, I made climate change the top priority," the bespectacled, 71-year-old diplomat said in a wide-ranging interview.');
  assert.deepEqual([ban.quotes[0].rule, ban.quotes[0].speakerMention?.text], ['quotes.after-cue', 'the bespectacled, 71-year-old diplomat']);
});

test('the subject of the sentence before credits a run of bare quotations closing the paragraph, also after "but" (rule quotes.previous-subject)', () => {
  // From PolNeAR train (politico, Playbook).
  const text = 'Playbook won’t go that far, but Sherman wants to use the platform as a real-time fact check. “I think we will impose the skepticism in real time.” “This is not reinventing the wheel.”';
  const [first, second] = run(text, [['Sherman', 's']]).quotes;
  assert.deepEqual([first.speaker, first.rule, second.speaker, second.rule], ['s', 'quotes.previous-subject', 's', 'quotes.continuation']);
  // A quotation with narration after it in its paragraph is no such run (and the paragraph names two people).
  assert.equal(run('Playbook won’t go that far, but Sherman wants to use the platform. “I think we will impose it.” Trump disagrees.', [['Sherman', 's'], ['Trump', 't']]).quotes[0].status, 'unattributed');
});

test('a one-sentence aside about the speaker between two of their paragraphs keeps the speaker (rule quotes.continuation)', () => {
  // From PolNeAR train (wash-post, a phone bank).
  const text = '"We\'re talking with supporters like you who -," Miller said into the phone.\n\nShe pauses.\n\n"Well, thank you so much -."';
  const q = run(text, [['Miller', 'm']], [['She pauses', 'm']]).quotes[1];
  assert.deepEqual([q.speaker, q.rule], ['m', 'quotes.continuation']);
  // An aside about someone else, or a longer paragraph, does not carry the speaker.
  assert.equal(run('"We\'re talking with supporters," Miller said.\n\nJones pauses.\n\n"Well, thank you so much."', [['Miller', 'm'], ['Jones', 'j']]).quotes[1].status, 'unattributed');
});

test('an epithet before a name in a list, and a quotation that is the subject of a verb, are terms (quote-kind.epithet, quote-kind.quoted-subject)', () => {
  // From PolNeAR train (wash-post).
  const list = analyzeArticle('Trump savaged the other 16 people running against him ("Low energy" Jeb Bush, "Little Marco" Rubio). More than 13 million people voted for him.');
  assert.deepEqual(list.quotes.map((q) => q.kind), ['term', 'term']);
  assert.equal(list.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  // A quoted verb before its object is somebody's word about the person ("trying to “protect” Clinton").
  assert.notEqual(analyzeArticle('Sanders complained that party officials were trying to "protect" Hillary Clinton by scheduling debates.').quotes[0].kind, 'term');
  // From PolNeAR train (nyt): the quotation is what "sounds great".
  const subject = analyzeArticle("There is something anachronistic about Mrs. Clinton's focus. ''I am really, totally committed to bringing back manufacturing'' sounds great in Youngstown, Ohio.");
  assert.deepEqual([subject.quotes[0].kind, subject.findings.filter((f) => f.code === 'unattributed-quote').length], ['term', 0]);
  // A cue after the quotation keeps it speech.
  assert.equal(analyzeArticle('Hillary Clinton spoke in Ohio. "We will bring back manufacturing" says Clinton.').quotes[0].kind, 'speech');
});

test('a lead-in paragraph that opens with a document credits the document (rule quotes.colon-lead-in)', () => {
  // From PolNeAR train (breitbart, Kasich's remarks).
  const own = run('Kasich spoke in Berea.\n\nTranscript as follows:\n\n"Tonight we arrived in Cleveland, and we went to a restaurant."', [['Kasich', 'k']]).quotes[0];
  assert.deepEqual([own.status, own.speakerMention?.text, own.rule], ['document', 'Transcript', 'quotes.colon-lead-in']);
  // A clause that does not open with a document credits nothing this way (west-journal: a social-media prompt).
  assert.equal(run('The weather turned cold.\n\nAnd then, later:\n\n"Tonight we arrived in Cleveland."').quotes[0].status, 'unattributed');
  assert.equal(run('Do you support him? Like the page:\n\n"This is not what we need as a president."').quotes[0].status, 'unattributed');
});

test('a one-word stage direction between two paragraphs of one speaker keeps the speaker (rule quotes.continuation)', () => {
  // From PolNeAR train (wash-post, a phone bank): "… -." ¶ Pause. ¶ "Well, you do that!"
  const text = '"Well, thank you so much -," Miller said.\n\nPause.\n\n"Well, you do that! Hillary will appreciate it."';
  const q = run(text, [['Miller', 'm']]).quotes[1];
  assert.deepEqual([q.speaker, q.rule], ['m', 'quotes.continuation']);
  // A longer narration paragraph in between breaks the run.
  assert.equal(run('"Well, thank you so much," Miller said.\n\nThe phone bank went quiet for a while.\n\n"Well, you do that!"', [['Miller', 'm']]).quotes[1].status, 'unattributed');
});

test('a bare surname the people stage left unread is the article’s person of that surname', () => {
  // From PolNeAR train (west-journal): "Will" is also a modal, so the people stage may not read it as George Will.
  const text = 'George Will reignited his feud with Trump.\n\n“This might, and should, hasten the eclipse of Donald Trump,” Will wrote.';
  const q = run(text, [['George Will', 'w'], ['Donald Trump', 't']]).quotes[0];
  assert.deepEqual([q.speaker, q.speakerMention?.text, q.cue?.text], ['w', 'Will', 'wrote']);
  // Two people of that surname: nobody is guessed.
  assert.equal(run('George Will met Mary Will.\n\n“We will win,” Will wrote.', [['George Will', 'w'], ['Mary Will', 'm']]).quotes[0].speaker, null);
});

test('a turn labelled with a full name and a colon is credited to that person (rule quotes.transcript-label)', () => {
  // From PolNeAR train (huff-post, a cable news panel quoted turn by turn).
  const text =
    'Instead, Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez argued that Sanders’ plan grows out of a kind of childish naivete.\n\n' +
    '"Chris Matthews: Seriously, seriously about this. Bernie says he’s going to pay for the free tuitions with something called a tax on Wall Street speculation. That sounds great."';
  const q = run(text, [['Chris Matthews|Matthews', 'm'], ['Luciana Lopez', 'l']]).quotes[0];
  assert.deepEqual([q.speaker, q.speakerMention?.text, q.cue?.text, q.rule, q.status], ['m', 'Chris Matthews', ':', 'quotes.transcript-label', 'attributed']);
  // A single capitalised word before a colon is no name label ("Seriously: …" stays unattributed).
  assert.equal(run('The panel met.\n\n"Seriously: this sounds great and we will all pay for it."', [['Matthews', 'm']]).quotes[0].status, 'unattributed');
});

test('"state" is a cue only as a verb: “…,” the Saudis state in the white paper', () => {
  // From PolNeAR train (politico, the Saudi white paper): the parse tags this "state" a noun, the plural subject before it and the preposition after it make it the verb.
  const text =
    'The paper is a major piece of a broader Saudi public relations campaign.\n\n' +
    '"Today, the kingdom is one of the leading nations in combating terrorism and terror-financing," the Saudis state in the white paper, which was being shared with lawmakers on Thursday. "Saudi Arabia shares the same terrorist enemies as the United States."';
  const a = analyzeArticle(text);
  assert.deepEqual(a.quotes.map((q) => q.speakerMention?.text), ['the Saudis', 'the Saudis']);
  assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
  // The noun is no cue: "the most populous state in the country".
  const noun = analyzeArticle('The race moved west.\n\n"We will win California." The most populous state in the country votes in June.');
  assert.equal(noun.quotes[0].cue?.text ?? null, null);
});

test('a quotation right after the sentence naming the statement or tweet it reproduces is its owner’s (rule quotes.document-lead-in)', () => {
  // From PolNeAR train (breitbart, the DNC apology): the issuer of the statement.
  const issued =
    'DNC Chair Debbie Wasserman Schultz announced Sunday she will resign her post.\n\n' +
    'At Brazile’s direction, the DNC issued a statement apologizing to Sanders for the emails.\n\n' +
    '“On behalf of everyone at the DNC, we want to offer a deep and sincere apology to Senator Sanders.”\n\nThe statement was signed by Brazile.';
  const dnc = analyzeArticle(issued).quotes[0];
  assert.deepEqual([dnc.speakerMention?.text, dnc.cue?.text, dnc.rule, dnc.status], ['the DNC', 'statement', 'quotes.document-lead-in', 'organisation']);
  // From PolNeAR train (wash-post, Trump's tweets after Orlando): the possessor of the tweet; the quotation is writing.
  const tweeted =
    'Presumptive GOP nominee Donald Trump’s first tweet Sunday morning was a fairly measured comment about the deadly mass shooting in an Orlando gay nightclub. "Really bad shooting in Orlando. Police investigating possible terrorism."';
  const a = analyzeArticle(tweeted);
  const tweet = a.quotes[0];
  assert.deepEqual([a.people.find((p) => p.id === tweet.speaker)?.name, tweet.cue?.text, tweet.rule, tweet.kind], ['Donald Trump', 'tweet', 'quotes.document-lead-in', 'writing']);
  // A statement nobody is said to have issued credits nobody: the quotation is still flagged.
  const anonymous = analyzeArticle('A statement was posted online on Monday.\n\n“We are sorry for what happened at the rally.”');
  assert.equal(anonymous.quotes[0].status, 'unattributed');
});

test('terms: a title after its work noun and a date, a label paragraph, a slogan the next sentence names, the last item of a list of slogans', () => {
  const status = (text: string, names: Array<[string, string]> = []) => run(text, names).quotes.map((q) => `${q.kind}/${q.status}`);
  // From PolNeAR train (usa-today letters): "column on Aug. 10, “…,”" is the column's title.
  assert.deepEqual(status('In Sen. Jeff Sessions\' column on Aug. 10, "The piling on must stop," the Republican from Alabama seems to be doing the same.', [['Jeff Sessions', 's']]), ['term/partial']);
  // From PolNeAR train (huff-post): a label above a list of links (rule quote-kind.label).
  assert.deepEqual(status('There was some actual debating.\n\n"Related:"\n\nRand Paul Scores Direct Hit On Donald Trump.'), ['term/partial']);
  // From PolNeAR train (nyt, Economic Scene): the next sentence calls it "that slogan" (rule quote-kind.named-slogan).
  assert.deepEqual(
    status("FULL TEXT.\n\n''The economy, stupid.''\n\nWith the threat of terrorism dominating the headlines, Hillary Clinton's campaign advisers may not have stuck that slogan to the wall.", [['Hillary Clinton', 'h']]),
    ['term/partial'],
  );
  // From PolNeAR train (breitbart): the last slogan of a list, full stop inside its marks.
  assert.deepEqual(
    status('All GOPers have to do is repeat, 10,000 times, “Peace Through Strength,” “Law and Order,” and, yes, “Sanity.” In an insane era, those are winning messages.'),
    ['term/partial', 'term/partial', 'term/partial'],
  );
  // Still speech: a colon ending a longer quotation, "the slogan" without a demonstrative, a sentence after "and said" (no list).
  assert.deepEqual(status('The mayor spoke.\n\n“We have three demands for the council:”\n\nThe list followed.'), ['speech/unattributed']);
  assert.deepEqual(status('The rally ended.\n\n“We will win this state.”\n\nThe slogan was everywhere.'), ['speech/unattributed']);
  assert.deepEqual(status('He called it “a disgrace,” and said, “We will fight this in court.”'), ['speech/partial', 'speech/attributed']);
});

test('"So says" after a quotation credits it (rule quotes.so-says)', () => {
  // From PolNeAR train (nyt, Hollywood fixers).
  const text = "A One-Person Job.\n\nLOS ANGELES -- ''The stories begin. The stories end. But the work of Eddie Mannix will never end.''\n\nSo says a booming voice at the end of ''Hail, Caesar!'' -- a movie set for release.";
  const q = run(text, [['Eddie Mannix', 'e']]).quotes[0];
  assert.deepEqual([q.speakerMention?.text, q.cue?.text, q.rule], ['a booming voice', 'says', 'quotes.so-says']);
  assert.deepEqual([run('“We will win,” Dole said.\n\nSo says Dole.', [['Dole', 'd']]).quotes[0].rule], ['quotes.after-cue']);
  // "So" opening an ordinary sentence credits nothing.
  assert.equal(run('The meeting ended.\n\n“We will win this state.”\n\nSo the campaign moved on to Ohio.').quotes[0].status, 'unattributed');
});

test('a quotation paragraph between a paragraph about a person and that person’s credited quotation is theirs (rule quotes.between-paragraphs)', () => {
  // From PolNeAR train (breitbart, Viguerie on Cruz).
  const text =
    'Viguerie is upbeat about Cruz’s chances of winning in November, in part because he sees Cruz as a uniter.\n\n' +
    '“Not only can Ted Cruz win in November, he’s the one with the best chance of winning.”\n\n' +
    '“He may be the only one because Trump doesn’t unite the party,” Viguerie notes.';
  const [q] = run(text, [['Viguerie', 'v'], ['(?:Ted )?Cruz', 'c'], ['Trump', 't']]).quotes;
  assert.deepEqual([q.speaker, q.rule, q.status], ['v', 'quotes.between-paragraphs', 'attributed']);
  // Another person credited after it, or narration after it: no guess.
  const other = text.replace('Viguerie notes', 'Cruz said');
  assert.equal(run(other, [['Viguerie', 'v'], ['(?:Ted )?Cruz', 'c'], ['Trump', 't']]).quotes[0].status, 'unattributed');
  const narration = text.replace(/“He may be[^\n]*$/, 'The rally ended.');
  assert.equal(run(narration, [['Viguerie', 'v'], ['(?:Ted )?Cruz', 'c']]).quotes[0].status, 'unattributed');
});

test('a quotation after a lead-in with no clause continues the previous paragraph’s speaker (quotes.continuation)', () => {
  // From PolNeAR train (wash-post, "Caught fibbing"): "Then, later that month on CNN:" names a time and a venue, nobody new.
  const text =
    ' date 2015-11-10 Donald Trump often steam-rolls through the questions.\n\n' +
    'For example: "We made a terrible mistake getting involved in the first place," Trump told CNN\'s Chris Cuomo in October.\n\n' +
    'Then, later that month on CNN: "I\'ve never said we made a mistake going into Afghanistan."\n\nBut you said . . .\n';
  const a = analyzeArticle(text);
  const trump = a.people.find((p) => p.name === 'Donald Trump');
  const q = a.quotes.find((x) => x.text.startsWith('"I\'ve never said'));
  assert.ok(trump && q);
  assert.deepEqual([q!.speaker, q!.rule, q!.continued], [trump!.id, 'quotes.continuation', true]);
  // A lead-in with a clause of its own is no continuation ("Then Lopez went on CNN:" has its own subject and verb).
  const clause = analyzeArticle(text.replace('Then, later that month on CNN:', 'Then the anchor asked on CNN:'));
  const r = clause.quotes.find((x) => x.text.startsWith('"I\'ve never said'));
  assert.notEqual(r?.rule, 'quotes.continuation');
});

test('a conjunction joining two nouns does not keep an outer cue from a partial quotation', () => {
  // Washington Post (PolNeAR dev): "and" joins "shootings" and "protests", the inner cue's subject; Ryan said it.
  const ryan = analyzeArticle('In an interview on CBS\'s "Face the Nation," House Speaker Paul D. Ryan (R-Wis.) said the recent spate of police shootings and protests demands that all Americans engage in "more listening" and "more learning."');
  assert.deepEqual(ryan.quotes.filter((q) => q.text.includes('more')).map((q) => `${q.speakerMention?.text ?? null}/${q.status}`), ['Paul D. Ryan/partial', 'Paul D. Ryan/partial']);
  // Washington Post (PolNeAR train): was credited to Cruz, the second of the coordinated subjects.
  assert.equal(credit('Rubio pushed back on those claims Thursday, saying that the bill had the correct security components but was waylaid by voter mistrust - and arguing that he and Cruz shared "almost all the same views on immigration."'), 'Rubio/partial');
});

test('a quotation inside its clause does not cut the clause short; a participial phrase opening it is no subject', () => {
  const credits = (text: string) => analyzeArticle(text).quotes.map((q) => `${q.speakerMention?.text ?? null}/${q.status}`);
  // USA Today (PolNeAR dev): the forum's quoted name sits inside Clinton's clause; its source was "sponsored".
  assert.deepEqual(credits('Clinton, the former secretary of State, stressed her support of the 2011 raid that killed 9/11 plotter Osama bin Laden during a "Commander-in-Chief Forum" sponsored by NBC News and said she has the essential quality for the job of president: "Steadiness -- an absolute rock steadiness, and mixed with strength."'), ['Clinton/partial', 'Clinton/attributed']);
  // Washington Post (PolNeAR train): Arpaio is in the phrase before the clause's subject.
  assert.deepEqual(credits('Preceded at the lectern by Joe Arpaio, the Arizona sheriff and anti-immigration hard-liner, Trump launched into a lament for the "countless Americans" who are "victims of violence" by illegal immigrants.'), ['Trump/partial', 'Trump/partial']);
});

test('rule quotes.relative-apposition: "who" after a named person’s apposition is that person, no anonymous source', () => {
  // Politico (2016, PolNeAR dev): "who" was an anonymous source (the phrase before it, "a tech staffer at the State Department").
  const t =
    'Republicans want to question several of those individuals, including Platte River Networks engineer Paul Combetta, who erased the archive, and John Bentel, a tech staffer at the State Department who told his subordinates never to speak of the email when they raised concerns.';
  const a = analyzeArticle(t);
  assert.deepEqual(a.findings.filter((f) => f.code === 'anonymous-source').map((f) => t.slice(f.start, f.end)), []);
  // A phrase that names nobody stays anonymous (Huffington Post, PolNeAR dev).
  const h = 'Reid frequently mocked Romney, claiming that he had a well-connected source who told him the nominee had not paid any taxes for 10 years.';
  assert.deepEqual(analyzeArticle(h).findings.filter((f) => f.code === 'anonymous-source').map((f) => h.slice(f.start, f.end)), ['who']);
});
