import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text';
import { Lex, WordClass, WrittenClass, isCliticS, wordId } from '../../server/src/analysis/lexicon/vocabulary';
import { DETERMINERS, ORGANISATION_NAMES, PARTICIPLE_CUES, SPEECH_VERBS } from '../../server/src/analysis/quotes/lexicon';
import { buildUnits, isPossessiveClitic } from '../../server/src/analysis/people/units';
import { isPreposition } from '../../server/src/analysis/people/pronouns';
import {
  DESCRIPTOR_MODIFIERS, ORGANISATION_HEADS, ROLE_NOUNS, TITLES, TITLE_WORDS, firstNameGender, firstNameGenderOf, isFunctionWord, isFunctionWordUnit, isKnownFirstName, isKnownFirstNameUnit, isParticle,
} from '../../server/src/analysis/people/lexicon';
import { findCandidates, isPronounUnit } from '../../server/src/analysis/people/names';

/** The names of the Lex bits a token carries. */
function bits(flags: number): string[] {
  return Object.entries(Lex)
    .filter(([, bit]) => (flags & bit) !== 0)
    .map(([name]) => name);
}

/** check(text, token, expected bit names): the token layer's bits for one token of a segmented text. */
function check(text: string, token: string, expect: string[]): void {
  const m = segment(text);
  const i = m.tokens.findIndex((t) => t.text === token);
  assert.ok(i >= 0, `no token ${token}`);
  assert.deepEqual(bits(m.lex.flags[i]), expect, token);
}

test('token layer: one lower-case form, id and flag word per token, equal forms equal ids', () => {
  const m = segment('The zebra met THE press. the end');
  assert.equal(m.lex.lower.length, m.tokens.length);
  assert.deepEqual(m.lex.lower.slice(0, 3), ['the', 'zebra', 'met']);
  const the = m.tokens.map((t, i) => (t.text.toLowerCase() === 'the' ? m.lex.id[i] : -1)).filter((x) => x >= 0);
  assert.equal(new Set(the).size, 1);
  assert.ok(the[0] > 0);
  assert.equal(m.lex.id[1], 0); // "zebra" is in no lexicon
});

test('token layer: word classes from the lexicon files', () => {
  check('The meeting ended.', 'The', ['ARTICLE', 'DETERMINER', 'CAPITALISED']);
  check('She said it on Tuesday.', 'She', ['PRONOUN', 'SUBJECT_PRONOUN', 'FUNCTION_WORD', 'CAPITALISED']);
  check('They said it on Tuesday.', 'They', ['PRONOUN', 'SUBJECT_PRONOUN', 'PLURAL_VERB_PRONOUN', 'FUNCTION_WORD', 'CAPITALISED']);
  check('She said it on Tuesday.', 'Tuesday', ['WEEKDAY', 'CAPITALISED']);
  check('He has also said so.', 'has', ['AUXILIARY', 'LOWER_INITIAL']);
  check('He left; she stayed.', ';', ['CLAUSE_BREAK']);
  check('his aide', 'his', ['POSSESSIVE', 'DETERMINER', 'PRONOUN', 'FUNCTION_WORD', 'LOWER_INITIAL']);
});

test('token layer: "May" is no month (it is also a modal), and shapes are read from the text', () => {
  check('In May they met.', 'May', ['AUXILIARY', 'MODAL', 'FUNCTION_WORD', 'CAPITALISED']);
  check('NATO met in 2016.', 'NATO', ['CAPITALISED', 'ALL_CAPS']);
  check('NATO met in 2016.', '2016', ['HAS_DIGIT']);
  check('Élodie met Ángel.', 'Élodie', ['CAPITALISED']);
});

test('token layer: a token ending in the clitic ’s or \'s carries APOSTROPHE_S, whichever apostrophe; the clitic alone is isCliticS', () => {
  check('Maduro’s capture was announced.', 'Maduro’s', ['CAPITALISED', 'APOSTROPHE_S']);
  const he = segment("He's changed his tune.");
  assert.equal(he.tokens[0].text, "He's");
  assert.ok(he.lex.flags[0] & Lex.APOSTROPHE_S);
  assert.ok(segment('The boss left.').lex.flags.every((f) => (f & Lex.APOSTROPHE_S) === 0));
  // The people stage cuts "Sanders’s" into a name unit and a clitic unit, whose own bits say so.
  const units = buildUnits(segment('Bernie Sanders’s plan'));
  const clitic = units.find((u) => u.kind === 'clitic')!;
  assert.equal(clitic.text, '’s');
  assert.ok(isCliticS(clitic.flags, clitic.text) && isPossessiveClitic(clitic));
  assert.ok(!isCliticS(units[1].flags, units[1].text));
});

test('a word class accepts only words of a registered lexicon file', () => {
  const c = new WordClass(['of', 'near']);
  assert.ok(c.has(wordId('of')));
  assert.ok(!c.has(wordId('the')));
  assert.ok(!c.has(0));
  assert.throws(() => new WordClass(['zebra']), /no registered lexicon file/);
});

test('WordClass.hasWord tests a lower-case form that is not a token the way has() tests its id', () => {
  const c = new WordClass(['of', 'near']);
  assert.equal(c.hasWord('of'), true);
  assert.equal(c.hasWord('near'), c.has(wordId('near')));
  assert.equal(c.hasWord('the'), false);
  // A form of no lexicon file has id 0, which no class holds.
  assert.equal(c.hasWord('zzyzx'), false);
});

test('a written class is case-sensitive: the id and the text as the list writes it, every form of a word the list holds', () => {
  const c = new WrittenClass(['Senator', 'PLC', 'Plc']);
  assert.ok(c.has(wordId('senator'), 'Senator'));
  // Same id, other writings: no member (an id and a capitalisation bit would take "SENATOR").
  assert.ok(!c.has(wordId('senator'), 'senator'));
  assert.ok(!c.has(wordId('senator'), 'SENATOR'));
  assert.ok(!c.has(wordId('senator'), 'SEnator'));
  // Two forms of one id both kept ("PLC" and "Plc" in organisationHeads).
  assert.ok(c.has(wordId('plc'), 'PLC') && c.has(wordId('plc'), 'Plc') && !c.has(wordId('plc'), 'plc'));
  assert.ok(ORGANISATION_HEADS.has(wordId('plc'), 'PLC') && ORGANISATION_HEADS.has(wordId('plc'), 'Plc'));
  assert.ok(!c.has(0, 'Senator'));
  // A string that is no token: the same answer by hasWord.
  for (const w of ['Senator', 'senator', 'PLC', 'Plc', 'plc']) assert.equal(c.hasWord(w), c.has(wordId(w.toLowerCase()), w), w);
  assert.throws(() => new WrittenClass(['Zebra']), /no registered lexicon file/);
  // The words of a lexicon phrase are vocabulary words: "Vice" of "Vice President" is a title word.
  assert.ok(wordId('vice') > 0);
  assert.ok(TITLE_WORDS.has(wordId('vice'), 'Vice'));
});

test('people: titles open as written; the title modifiers, written capitalised, also match lower case', () => {
  const units = buildUnits(segment('Sen. Sanders spoke. SEN. Sanders spoke. Later the former senator left.'));
  const at = (text: string) => units.find((x) => x.text === text)!;
  assert.ok(TITLES.opens(at('Sen.')));
  // "SEN" is no abbreviation as written: it is not joined to its dot, and opens no title.
  assert.ok(!units.some((x) => x.text === 'SEN.'));
  assert.ok(!TITLES.opens(at('SEN')));
  assert.equal(TITLES.opens(at('Sen.')), TITLES.has('Sen.'));
  // "the former senator": "former" is the list's "Former" with a lower-case initial, a modifier of the role.
  const role = findCandidates(units).titlePhrases.find((t) => !t.cap);
  assert.ok(role);
  assert.equal(role.head, 'senator');
  assert.equal(role.modified, true);
  assert.equal(units[role.first].text, 'the');
});

test('people: function words, first names and capitalised pronouns are read by id and as written, in the forms the lists allow', () => {
  const units = buildUnits(segment('THE The tHe the Aaron AARON aaron Mary He HE US Us ME Me'));
  const at = (text: string) => units.find((x) => x.text === text)!;
  // Function words in three written forms ("tHe" is none).
  assert.deepEqual(['THE', 'The', 'tHe', 'the'].map((w) => isFunctionWordUnit(at(w))), [true, true, false, true]);
  // First names as written only.
  assert.deepEqual(['Aaron', 'AARON', 'aaron'].map((w) => isKnownFirstNameUnit(at(w))), [true, false, false]);
  assert.equal(firstNameGenderOf(at('Mary')), 'female');
  // Capitalised pronouns, but upper-case "US" (the country) and "ME" (the state) are none.
  assert.deepEqual(['He', 'HE', 'US', 'Us', 'ME', 'Me'].map((w) => isPronounUnit(at(w))), [true, true, false, true, false, true]);
  // The string forms, for words that are no unit, say the same.
  for (const u of units) {
    assert.equal(isFunctionWordUnit(u), isFunctionWord(u.text), u.text);
    assert.equal(isKnownFirstNameUnit(u), isKnownFirstName(u.text), u.text);
    assert.equal(firstNameGenderOf(u), firstNameGender(u.text), u.text);
  }
});

test('the quotes lexicons are word classes over the token layer: their cues are tested by id', () => {
  const model = segment('“We will win,” the senator said, adding that a spokesman agreed.');
  const at = (w: string) => model.lex.id[model.tokens.findIndex((t) => t.text === w)];
  assert.equal(SPEECH_VERBS.has(at('said')), true);
  assert.equal(PARTICIPLE_CUES.has(at('adding')), true);
  assert.equal(DETERMINERS.has(at('the')), true);
  assert.equal(SPEECH_VERBS.has(at('senator')), false);
  // Organisation names are phrases matched at a source phrase's ends: they stay strings.
  assert.ok(ORGANISATION_NAMES.size > 0);
});

test('people units carry the token layer: a one-token unit its token\'s form, id and bits; a cut or joined unit its own', () => {
  const m = segment('Sen. Bernie Sanders’s aide, a former pollster, met Ludwig van Beethoven.');
  const units = buildUnits(m);
  const at = (text: string) => {
    const u = units.find((x) => x.text === text);
    assert.ok(u, `no unit ${text}`);
    return u;
  };
  // One token: the layer's own entries.
  const aide = at('aide');
  const k = m.tokens.findIndex((t) => t.text === 'aide');
  assert.equal(aide.lower, m.lex.lower[k]);
  assert.equal(aide.id, m.lex.id[k]);
  assert.equal(aide.flags, m.lex.flags[k]);
  // Joined ("Sen" + ".") and cut ("Sanders" of "Sanders’s"): looked up by their own text.
  assert.equal(at('Sen.').lower, 'sen.');
  assert.equal(at('Sen.').id, wordId('sen.'));
  assert.ok(at('Sen.').id > 0);
  assert.equal(at('Sanders').lower, 'sanders');
  assert.ok(at('Sanders').flags & Lex.CAPITALISED);
  // The people word classes test those ids.
  assert.ok(ROLE_NOUNS.has(at('pollster').id));
  assert.ok(DESCRIPTOR_MODIFIERS.has(at('former').id));
  assert.ok(!ROLE_NOUNS.has(at('met').id));
  assert.ok(isParticle(at('van')));
  assert.ok(!isParticle({ ...at('van'), text: 'Van' }));
});

test('people: a preposition is read from the unit\'s Lex bits and id, in any case', () => {
  const units = buildUnits(segment('By noon the senator sat with Ms. Lee in Paris.'));
  const at = (text: string) => units.find((x) => x.text === text)!;
  assert.ok(isPreposition(at('By')));
  assert.ok(isPreposition(at('with'))); // a context preposition of corefLexicon.json
  assert.ok(isPreposition(at('in')));
  assert.ok(!isPreposition(at('senator')));
  assert.ok(!isPreposition(at('Ms.')));
});
