import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text';
import { Lex, WordClass, wordId } from '../../server/src/analysis/lexicon/vocabulary';
import { DETERMINERS, ORGANISATION_NAMES, PARTICIPLE_CUES, SPEECH_VERBS } from '../../server/src/analysis/quotes/lexicon';

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
  const m = segment('The senator met THE press. the end');
  assert.equal(m.lex.lower.length, m.tokens.length);
  assert.deepEqual(m.lex.lower.slice(0, 3), ['the', 'senator', 'met']);
  const the = m.tokens.map((t, i) => (t.text.toLowerCase() === 'the' ? m.lex.id[i] : -1)).filter((x) => x >= 0);
  assert.equal(new Set(the).size, 1);
  assert.ok(the[0] > 0);
  assert.equal(m.lex.id[1], 0); // "senator" is in no lexicon
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

test('a word class accepts only words of a registered lexicon file', () => {
  const c = new WordClass(['of', 'near']);
  assert.ok(c.has(wordId('of')));
  assert.ok(!c.has(wordId('the')));
  assert.ok(!c.has(0));
  assert.throws(() => new WordClass(['senator']), /no registered lexicon file/);
});

test('WordClass.hasWord tests a lower-case form that is not a token the way has() tests its id', () => {
  const c = new WordClass(['of', 'near']);
  assert.equal(c.hasWord('of'), true);
  assert.equal(c.hasWord('near'), c.has(wordId('near')));
  assert.equal(c.hasWord('the'), false);
  // A form of no lexicon file has id 0, which no class holds.
  assert.equal(c.hasWord('zzyzx'), false);
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
