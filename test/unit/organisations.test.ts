// The article's organisations: the name tagger's organisation names grouped by name, the named
// sources of quotations credited to an organisation, never a person, a headline or a wire dateline.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../support/models';
import { hoverAt } from '../../server/src/features/hover';
import { LineIndex } from '../../server/src/features/lineIndex';

const names = (text: string) => analyzeArticle(text).organisations.map((o) => `${o.name}×${o.mentions.length}${o.quotes.length ? ` q${o.quotes.join(',')}` : ''}`);

test('organisations: named ones grouped by name, an article and a possessive dropped', () => {
  // Breitbart, Washington Post (2016).
  const got = names('WASHINGTON (AP) — The FBI opened an inquiry on Monday. Agents of the FBI visited the Trump Foundation, the New York Times reported. The FBI’s director declined to comment.');
  assert.ok(got.includes('FBI×3'), JSON.stringify(got));
  assert.ok(got.some((n) => n.startsWith('New York Times')), JSON.stringify(got));
  assert.ok(!got.some((n) => n.startsWith('WASHINGTON')), JSON.stringify(got));
});

test('organisations: a name "its" refers back to as its clause\'s subject is a thing, not a person (rule people.its-owner)', () => {
  // Washington Post and NYT (2015-2016, PolNeAR train): "Verizon" and "Exxon Mobil" were people.
  const verizon = analyzeArticle('Verizon has struck a provisional work agreement with unions. To weather the strike, Verizon drafted thousands of workers from its nonunionized workforce.');
  assert.deepEqual(verizon.people.map((p) => p.name), []);
  assert.deepEqual(names('Verizon has struck a provisional work agreement with unions. To weather the strike, Verizon drafted thousands of workers from its nonunionized workforce.'), ['Verizon×2']);
  assert.deepEqual(names('Exxon Mobil contended in its letter that the articles were wrong.'), ['Exxon Mobil×1']);
  // A person all the same: a singular noun between may be whose it is; a first name or a title shows a person.
  const people = (text: string) => analyzeArticle(text).people.map((p) => p.name);
  assert.deepEqual(people('John Smith praised the bill and its sponsors. Smith said so.'), ['John Smith']);
  assert.deepEqual(people('Sen. Kemper defended the agency in its hearing.'), ['Kemper']);
});

test('organisations: a one-word name possessing someone\'s full name is their organisation, which joins their descriptors (rules people.possessor-organisation, people.possessive-affiliation)', () => {
  // HuffPost and Politico (2015-2016, PolNeAR train): "Gallup" and "DNAinfo" were people.
  const gallup = analyzeArticle('“The public will naturally reflect on how he has done as president,” Gallup’s Jeffrey M. Jones wrote in April. Gallup’s own tracking poll puts his approval at 49.5 percent.');
  assert.deepEqual(gallup.people.map((p) => `${p.name}: ${p.descriptors.join('; ')}`), ['Jeffrey M. Jones: Gallup']);
  const dna = analyzeArticle('"Pop-up art show strives to confront South Bronx gentrification," by DNAinfo\'s Eddie Small: "Curators of a pop-up art show in the South Bronx are determined." MOVING SHOP—"High-end gallery opening," by DNAinfo\'s Danielle Tcholakian.');
  assert.deepEqual(dna.organisations.map((o) => `${o.name}×${o.mentions.length}`), ['DNAinfo×2']);
  assert.deepEqual(dna.people.map((p) => `${p.name}: ${p.descriptors.join('; ')}`), ['Eddie Small: DNAinfo', 'Danielle Tcholakian: DNAinfo']);
  // An outlet the tagger reads as one (West Journal, Washington Post): "Fox News' Megyn Kelly", "CNN's Jake Tapper".
  const hosts = analyzeArticle("Fox News' Megyn Kelly asked him. CNN's Jake Tapper pressed Trump on it.");
  assert.deepEqual(hosts.people.filter((p) => p.descriptors.length).map((p) => `${p.name}: ${p.descriptors.join('; ')}`), ['Megyn Kelly: Fox News', 'Jake Tapper: CNN']);
  // A place the tagger reads there, before a full name (Washington Post, Politico: PolNeAR train); not before one word.
  const leaders = analyzeArticle("But neither Germany's Angela Merkel nor France's Francois Hollande would meet Donald Trump. Iowa's Chuck Grassley said no. He is not Switzerland's Trump.");
  assert.deepEqual(leaders.people.map((p) => `${p.name}: ${p.descriptors.join('; ')}`), ['Angela Merkel: Germany', 'Francois Hollande: France', 'Donald Trump: ', 'Chuck Grassley: Iowa']);
  // A listed public figure's family name is a person all the same.
  assert.deepEqual(analyzeArticle("Obama spoke in Ohio. Obama's Joe Biden spoke on Monday.").people.map((p) => p.name), ['Obama', 'Joe Biden']);
});

test('organisations: the agency of a wire dateline (rule orgs.wire-agency)', () => {
  // Breitbart from UPI (2016, PolNeAR): the name tagger, reading the dateline as a sentence of its own, calls "UPI" nothing.
  assert.deepEqual(names(' date 2016-09-28 LOS ANGELES, Sept. 28 (UPI) — In a preview clip, Blige sings to Hillary Clinton.'), ['UPI×1']);
  assert.deepEqual(names('WASHINGTON, August 11 (Xinhua) -- U.S. Secretary of State Madeleine Albright paid tribute.'), ['Xinhua×1']);
});

test('organisations: a name an appositive calls an organisation is one, and so is its quotation\'s source (rule people.organisation-appositive)', () => {
  // New York Times (2016, PolNeAR train): "Xinhua" was a person, speaker of its editorial; Huffington Post: "Black Lives".
  const a = analyzeArticle("''Some may say it is a bit unkind,'' Xinhua, the official Chinese news agency, wrote. Admiral Harry Harris spoke.");
  assert.ok(!a.people.some((p) => p.name === 'Xinhua'), JSON.stringify(a.people.map((p) => p.name)));
  assert.ok(a.organisations.some((o) => o.name === 'Xinhua' && o.quotes.length === 1), JSON.stringify(a.organisations));
  const b = analyzeArticle('The Movement for Black Lives, a collective of social justice groups, called for a moratorium.');
  assert.ok(!b.people.some((p) => /Black Lives/.test(p.name)));
  // A role noun heading the appositive keeps a person: ", the director of the Potsdam Institute,".
  const c = analyzeArticle('Hans Joachim Schellnhuber, the director of the Potsdam Institute for Climate Impact Research, spoke.');
  assert.equal(c.people.find((p) => p.name === 'Hans Joachim Schellnhuber')?.descriptors.length, 1);
});

test('organisations: a partitive or role-less apposition headed by an organisation noun, and its short name (rule people.organisation-appositive)', () => {
  // NYT (2016, PolNeAR dev): "Patriot" was a person 39 times, with the "he" of the man who bought its mine.
  const a = analyzeArticle("The mine belonged to Patriot Coal, one of the nation's largest coal companies, which operated it. Patriot filed for bankruptcy in 2015. When Tom Clarke came to meet Patriot's management, he brought his daughter.");
  assert.deepEqual(a.people.map((p) => p.name), ['Tom Clarke']);
  assert.ok(a.organisations.some((o) => o.name === 'Patriot Coal'), JSON.stringify(a.organisations.map((o) => o.name)));
  // NYT (2016): the firm a man runs, ", a research firm,", is no mention of him.
  const b = analyzeArticle('Laurence Meyer, who runs L.H. Meyer, a research firm, agreed.');
  assert.ok(b.organisations.some((o) => o.name === 'L.H. Meyer'), JSON.stringify(b.organisations.map((o) => o.name)));
  assert.equal(b.people.find((p) => p.name === 'Laurence Meyer')?.mentions.length, 1);
  // USA Today (2016): not the subject of a clause after an opening phrase.
  const c = analyzeArticle('After losing the presidential election to Democrat James Polk, the Whig party faced a dilemma.');
  assert.ok(!c.organisations.some((o) => o.name === 'James Polk'), JSON.stringify(c.organisations.map((o) => o.name)));
  assert.ok(c.people.some((p) => p.name === 'James Polk'), JSON.stringify(c.people.map((p) => p.name)));
});

test('organisations: a name an organisation noun introduces is that organisation, not a person (rule people.organisation-noun-before)', () => {
  // NYT and Washington Post (2016, PolNeAR train): "Mashable" and "Der Spiegel" were people.
  assert.deepEqual(names('The sense of dread was compounded when the website Mashable, which first came to prominence covering Internet culture, laid off staff. Mashable announced that it was pivoting.'), ['Mashable×2']);
  assert.deepEqual(names("The attitude has been so strong that one of Germany's largest media outlets, Der Spiegel, disabled its readers' comment function."), ['Der Spiegel×1']);
  // Named by "known as", "called", whatever follows (Washington Post 2016: "Ansar al-Sharia" was a person with a "he").
  assert.deepEqual(names('He said in the midst of the attacks that a terrorist group known as Ansar al-Sharia was involved, but he said he played no role.'), ['Ansar al-Sharia×1']);
  assert.ok(analyzeArticle('He met a man named John Smith who said so.').people.some((p) => p.name === 'John Smith'));
  const actavis = analyzeArticle('Allergan agreed to be acquired by another pharmaceutical company, Actavis. Since then, Mr. Ackman has lost.');
  assert.deepEqual(actavis.people.map((p) => p.name), ['Ackman']);
  // A person all the same: a full name after a comma, a noun that is another's complement, a relative clause's subject.
  const people = (text: string) => analyzeArticle(text).people.map((p) => `${p.name}×${p.mentions.length}`);
  assert.ok(people('A lawyer for the news outlets, David Schulz, said no decision had been made.').includes('David Schulz×1'));
  assert.ok(people('Donald Trump spoke on Monday. Ryan has clashed with the new face of the party, Trump, in one of the most vivid collisions.').includes('Donald Trump×2'));
  assert.ok(people('Clinton led among non-college voters, a group Barack Obama won by 2 points four years ago.').includes('Barack Obama×1'));
});

test('organisations: one name across "&", "of", "for" when the tagger reads both sides as it; "and" joins two', () => {
  // PolNeAR train (2016): "a lawyer at Bailey & Glasser", "the Brennan Center for Justice", "the Department of Justice", "House and Senate".
  const got = names('Kevin Barrett, a lawyer at Bailey & Glasser, spoke. The Brennan Center for Justice filed a brief. Officials at the Department of Justice declined to comment. Leaders of the House and Senate met.');
  assert.ok(got.includes('Bailey & Glasser×1'), JSON.stringify(got));
  assert.ok(got.includes('Brennan Center for Justice×1'), JSON.stringify(got));
  assert.ok(got.includes('Department of Justice×1'), JSON.stringify(got));
  assert.ok(!got.some((n) => n.startsWith('House and Senate')), JSON.stringify(got));
});

test('organisations: a party or nationality word before a longer name is part of it, a modifier is not', () => {
  // PolNeAR train (2016).
  const got = names('Republican National Committee spokesman Sean Spicer agreed. The Chinese Foreign Ministry said on Monday that it objected.');
  assert.ok(got.includes('Republican National Committee×1'), JSON.stringify(got));
  assert.ok(got.includes('Chinese Foreign Ministry×1'), JSON.stringify(got));
});

test('organisations: a lone word that begins an organisation named before is that organisation, not a person', () => {
  // NYT (2016, PolNeAR dev), the issue's "Peabody" with a quote.
  const a = analyzeArticle("Patriot was a spinoff of the coal mining giant Peabody Energy. In a statement, Peabody said: “Patriot Coal was highly successful.”");
  assert.ok(!a.people.some((p) => p.name === 'Peabody'), JSON.stringify(a.people.map((p) => p.name)));
  const peabody = a.organisations.find((o) => o.name === 'Peabody');
  assert.ok(peabody && peabody.quotes.length === 1, JSON.stringify(a.organisations));
});

test('organisations: a quotation credited to one lists it; a person is never one', () => {
  const a = analyzeArticle('“We are reviewing the footage,” the Charlotte-Mecklenburg Police Department said in a statement. Officer Brentley Vinson shot Scott.');
  const police = a.organisations.find((o) => /Police Department/.test(o.name));
  assert.ok(police, JSON.stringify(a.organisations));
  assert.deepEqual(police.quotes, [0]);
  assert.ok(!a.organisations.some((o) => /Vinson/.test(o.name)));
});

test('hovering an organisation says what it is, how often it is named and what it is quoted saying', () => {
  const text = '“We are reviewing the footage,” the Charlotte-Mecklenburg Police Department said in a statement. The Charlotte-Mecklenburg Police Department released a video on Saturday.';
  const a = analyzeArticle(text);
  const lines = new LineIndex(text);
  const h = hoverAt(a, lines, text.lastIndexOf('Police Department'));
  assert.ok(h, 'no hover');
  const md = (h.contents as { value: string }).value;
  assert.match(md, /Police Department\*\* — organisation/);
  assert.match(md, /2 mentions/);
  assert.match(md, /Quotes \(1\)[\s\S]*reviewing the footage/);
});

test('organisations: a speaker\'s capitals inside a quotation are no name', () => {
  // The seed (Trump on Truth Social): "It was a Great Honor to speak with the President of Colombia".
  const got = names(' date 2026-01-08 “It was a Great Honor to speak with the President of Colombia, Gustavo Petro,” Trump wrote. Breitbart News reported it.');
  assert.ok(!got.some((n) => n.startsWith('Great Honor')), JSON.stringify(got));
});

test('organisations: a title before a name, a month, a place named whole are none; a head takes its "of"/"for" complement', () => {
  // PolNeAR train (2016): the tagger read these as organisations.
  const got = names('Vermont Sen. Bernie Sanders spoke in Concord on Feb. 2. Sen. David Perdue (R-Ga.) said he agreed. Mr. Obama met Senator Patrick Leahy of Vermont. Aaron Kall is director of debate at the University of Michigan. John Podesta was president of the Center for American Progress. The Pentagon said it would respond.');
  for (const junk of ['Sen.', 'Vermont Sen.', 'Mr.', 'Feb.', 'Vermont', 'University', 'Center'])
    assert.ok(!got.some((n) => n.startsWith(junk + '×')), `${junk}: ${JSON.stringify(got)}`);
  assert.ok(got.some((n) => n.startsWith('University of Michigan×')), JSON.stringify(got));
  assert.ok(got.some((n) => n.startsWith('Center for American Progress×')), JSON.stringify(got));
  // A one-word place after "the" is the institution in it.
  assert.ok(got.some((n) => n.startsWith('Pentagon×')), JSON.stringify(got));
  // Huffington Post (2016): a family by a person's surname.
  const family = names('Mark Penn, the Democratic pollster who worked for both Clintons for decades, argued that Bill Clinton was right.');
  assert.ok(!family.some((n) => n.startsWith('Clintons×')), JSON.stringify(family));
  // Breitbart (UPI, 2016): the end of a title phrase.
  const title = names('NEW YORK, Nov. 19 (UPI) — Former Secretary of State and Democratic presidential frontrunner Hillary Clinton is calling for the United States to step up military efforts in the fight against the Islamic State.');
  assert.ok(!title.some((n) => n.startsWith('State×')), JSON.stringify(title));
  // Breitbart (UPI, 2016): a dateline's month.
  const dateline = names('LOS ANGELES, Feb. 2 (UPI) — The Red Hot Chili Peppers will play a benefit concert for Bernie Sanders.');
  assert.ok(!dateline.some((n) => n.startsWith('Feb.')) && dateline.includes('UPI×1'), JSON.stringify(dateline));
});

test('organisations: a company before its officer\'s title is no person, in the whole article; a person with an adviser stays one', () => {
  // Huffington Post (2016, PolNeAR dev): the tagger read "Wells Fargo" as a person; the title said "Wells fined".
  const a = analyzeArticle(' date 2016-09-20 Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday.\n\nEarlier this month, Wells Fargo was fined $185 million. An entity as big as Wells is too big to fail, she said.\n');
  assert.deepEqual(a.people.map((p) => p.name), ['Elizabeth Warren', 'John Stumpf']);
  assert.ok(a.organisations.some((o) => o.name === 'Wells Fargo' && o.mentions.length === 2), JSON.stringify(a.organisations));
  assert.ok(a.events.some((e) => e.title.startsWith('Wells Fargo fined')), JSON.stringify(a.events.map((e) => e.title)));
  // USA Today (2016, PolNeAR train): the modifier before the company is the person's.
  const former = names('The others criticized the media: Former Hewlett-Packard CEO Carly Fiorina said they were ignored.');
  assert.ok(former.includes('Hewlett-Packard×1'), JSON.stringify(former));
  // Politico (2016): people have advisers and spokesmen; only a company has a chief executive.
  const adviser = analyzeArticle('Hillary Clinton spoke first. Clinton spokesman Brian Fallon said the speech went well.');
  assert.deepEqual(adviser.people.map((p) => `${p.name}×${p.mentions.length}`), ['Hillary Clinton×2', 'Brian Fallon×1']);
});

test('organisations: a head takes its whole complement, across "on" and one "and", from before the span too (rules orgs.head-open, orgs.head-before, orgs.head-complement)', () => {
  // Washington Post (2016, PolNeAR dev), NYT and Politico (PolNeAR train): the tagger cut each of these names.
  const got = names('"But the problem is, none of this works," said Victor Cha, a Korea scholar at the Center for Strategic and International Studies. Jane Kelly, a judge on the United States Court of Appeals in Cedar Rapids, Iowa, was mentioned. The Commission on Presidential Debates said so. The Office of Management and Budget declined to comment. The Council on Foreign Relations met on Friday.');
  for (const name of ['Center for Strategic and International Studies', 'United States Court of Appeals', 'Commission on Presidential Debates', 'Office of Management and Budget', 'Council on Foreign Relations'])
    assert.ok(got.some((n) => n.startsWith(name + '×')), `${name}: ${JSON.stringify(got)}`);
  for (const piece of ['Strategic', 'International Studies', 'Appeals', 'Presidential Debates', 'Office of Management', 'Council'])
    assert.ok(!got.some((n) => n.startsWith(piece + '×')), `${piece}: ${JSON.stringify(got)}`);
  // Not across a place, a second "and" or another head's name; "on" opens no date.
  const two = names('Officials at the University of Chicago and Professor Knittel agreed. The American Congress of Obstetricians and Gynecologists and Easter Seals wrote. The Council on Wednesday voted.');
  assert.ok(two.includes('University of Chicago×1') && two.includes('American Congress of Obstetricians and Gynecologists×1'), JSON.stringify(two));
  assert.ok(!two.some((n) => n.startsWith('Council on Wednesday')), JSON.stringify(two));
});

test('people: the words after an organisation head\'s joint are its name, no person (rule people.head-complement)', () => {
  // Huffington Post and NYT (2016, PolNeAR train): "Responsive Politics", "Policy Priorities" were people.
  const a = analyzeArticle('Hillary Clinton has raised the most of any 2016 candidate, according to the Center for Responsive Politics. The Center on Budget and Policy Priorities disagreed.');
  assert.deepEqual(a.people.map((p) => p.name), ['Hillary Clinton']);
  assert.deepEqual(a.organisations.map((o) => o.name), ['Center for Responsive Politics', 'Center on Budget and Policy Priorities']);
});
