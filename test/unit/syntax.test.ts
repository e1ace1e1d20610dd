// The syntax layer: CoNLL-U in and out, UD-style word splitting, the shipped model's parses of real
// news sentences, and a missing or corrupt model degrading to "no syntax" instead of failing.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readConllu, writeConllu } from '../../server/src/analysis/syntax/conllu';
import { modelForms, splitToken } from '../../server/src/analysis/syntax/layer';
import { segment } from '../../server/src/analysis/text';
import { decodeSyntaxModel } from '../../server/src/analysis/syntax/model';
import { tagFirstPass, tagSentence } from '../../server/src/analysis/syntax/tagger';
import { assignClusters, maskUnknown, wordIds } from '../../server/src/analysis/syntax/words';
import { parseWords } from '../../server/src/analysis/syntax';
import { ModelStore } from '../../server/src/models';
import { analyzeArticle } from '../support/models';
import { SEED } from '../support/seed';
import { Lex, classFlags, wordId } from '../../server/src/analysis/lexicon/vocabulary';
import { REPORTING_VERBS } from '../../server/src/analysis/events/verbs';

const model = new ModelStore().syntaxModel()!;

/** The listed words' "UPOS/head/deprel" (heads 1-based as in CoNLL-U); other words are not checked. */
function check(sentence: string, expect: Record<string, string>): void {
  const forms = sentence.split(' ');
  const p = parseWords(model, forms);
  const got: Record<string, string> = {};
  for (const w of Object.keys(expect)) {
    const i = forms.indexOf(w);
    got[w] = `${p.upos[i]}/${p.head[i]}/${p.deprel[i]}`;
  }
  assert.deepEqual(got, expect);
}

test('CoNLL-U round trip keeps comments, multiword lines and columns', () => {
  const text = '# sent_id = 1\n# text = I don\'t.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n3\tn\'t\tnot\tPART\tRB\t_\t0\troot\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n';
  const s = readConllu(text);
  assert.equal(s.length, 1);
  assert.equal(s[0].words.length, 4);
  assert.equal(s[0].words[2].head, 0);
  assert.equal(writeConllu(s), text);
});

test('tokens split into words as UD English does: clitics and hyphens', () => {
  const words = (t: string) => splitToken(t).map(([a, b]) => t.slice(a, b));
  assert.deepEqual(words('Trump’s'), ['Trump', '’s']);
  assert.deepEqual(words("don't"), ['do', "n't"]);
  assert.deepEqual(words('García-Peña'), ['García', '-', 'Peña']);
  // Not after a prefix UD English writes whole (syntax/hyphenPrefixes.json): split, "co - sponsored" was
  // parsed as a subject "co" and a relative clause (Breitbart 2016: "Co-sponsored co-sponsors bill").
  assert.deepEqual(words('co-sponsored'), ['co-sponsored']);
  assert.deepEqual(words('pro-Trump'), ['pro-Trump']);
  assert.deepEqual(words('well-known'), ['well', '-', 'known']);
  assert.deepEqual(words('re-up-front'), ['re', '-', 'up', '-', 'front']);
  assert.deepEqual(words('U.S.'), ['U.S.']);
  assert.deepEqual(words('1,000'), ['1,000']);
});

test('parses a news sentence: subject, object, time modifier and punctuation', () => {
  check('Petro met Trump at the White House on Tuesday .', {
    Petro: 'PROPN/2/nsubj',
    met: 'VERB/0/root',
    Trump: 'PROPN/2/obj',
    on: 'ADP/9/case',
    Tuesday: 'PROPN/2/obl',
    '.': 'PUNCT/2/punct',
  });
  check('The company said on Monday that its profit rose 5 percent .', {
    company: 'NOUN/3/nsubj',
    said: 'VERB/0/root',
    Monday: 'PROPN/3/obl',
    profit: 'NOUN/9/nsubj',
  });
});

test('a participle right after a noun in a sentence with no tensed verb is the past tense the tagger missed (rule syntax.finite-participle)', () => {
  // PolNeAR (Huffington Post, 2016): tagged VBN, parsed as a reduced relative of "NAACP" under a root "July".
  check('In July , the NAACP called for a moratorium on charter schools .', { NAACP: 'NOUN/6/nsubj', called: 'VERB/0/root' });
  const xpos = (sentence: string, word: string) => {
    const forms = sentence.split(' ');
    return parseWords(model, forms).xpos[forms.indexOf(word)];
  };
  assert.equal(xpos('The Republican nominee also linked cyber vulnerabilities to the private email server used by his Democratic opponent .', 'linked'), 'VBD');
  // A "by" agent keeps the participle; so does an auxiliary before it.
  assert.equal(xpos('The Republican nominee also linked cyber vulnerabilities to the private email server used by his Democratic opponent .', 'used'), 'VBN');
  assert.equal(xpos('San Bernardino Terror Suspect Named By Police .', 'Named'), 'VBN');
});

test('a sentence the parse found no clause in has its past tense back: the participle hung on the noun before it (rule syntax.rootless-participle)', () => {
  const xpos = (sentence: string, word: string) => {
    const forms = sentence.split(' ');
    return parseWords(model, forms).xpos[forms.indexOf(word)];
  };
  // AQUAINT (AP): rooted at "Thursday"; the modal of the relative clause kept syntax.finite-participle away.
  assert.equal(xpos("Later Thursday , two of Elian 's Miami cousins sought support on Capitol Hill for legislation that would help keep the boy in America .", 'sought'), 'VBD');
  // NYT (PolNeAR dev): a participle that names stays one.
  assert.equal(xpos('India and Pakistan , for instance , spar over whether a leader of a Pakistan - based group called Lashkar - e - Taiba belongs on the sanctions list .', 'called'), 'VBN');
});

test('a sentence left with no tensed verb has its listed irregular past back where the tagger read a noun or an adjective (rule syntax.irregular-past)', () => {
  const word = (sentence: string, w: string) => {
    const forms = sentence.split(' ');
    const p = parseWords(model, forms);
    const i = forms.indexOf(w);
    return `${p.xpos[i]} ${p.lemma[i]} ${p.head[i] === 0 ? 'root' : 'dependent'}`;
  };
  // PolNeAR train (Breitbart): "upset" was an adjective and "fans" the root.
  assert.equal(word('Bradley Cooper upset ‘ American Sniper ’ fans by attending DNC .', 'upset'), 'VBD upset root');
  // "sank", which EWT train never saw, was a noun.
  assert.equal(word('The ship sank in 1912 .', 'sank'), 'VBD sink root');
  // A sentence with a tensed verb keeps the tagger's reading ("the rose garden" is no verb).
  assert.notEqual(word('She planted the rose garden in May .', 'rose').split(' ')[0], 'VBD');
});

test('beam decoding: width 1 is the greedy parse; a wider beam still gives one tree (one root, every word a head, no cycle)', () => {
  const sentences = [SEED.split('\n')[0], 'The company said on Monday that its profit rose 5 percent .', 'Her son John gained attention in 1992 when a gay activist revealed that he was homosexual .'];
  for (const sentence of sentences) {
    const forms = sentence.split(/\s+/).filter(Boolean);
    const greedy = parseWords(model, forms);
    assert.deepEqual(parseWords(model, forms, undefined, 1), greedy);
    for (const k of [2, 4]) {
      const p = parseWords(model, forms, undefined, k);
      assert.equal(p.head.filter((h) => h === 0).length >= 1, true, sentence);
      for (let i = 0; i < forms.length; i++) {
        assert.ok(p.head[i] >= 0 && p.head[i] <= forms.length && p.head[i] !== i + 1, `${forms[i]} → ${p.head[i]}`);
        // Following heads from any word reaches the root within n steps.
        let h = i + 1;
        for (let step = 0; step <= forms.length && h !== 0; step++) h = p.head[h - 1];
        assert.equal(h, 0, `cycle through ${forms[i]}`);
      }
    }
  }
});

test('a verb lemma takes the silent e only when that spelling is a known word', () => {
  // Politico, West Journal, Washington Post (2016): the suffix rule alone gave "aire", "blaste", "jok".
  const lemmas = (sentence: string) => parseWords(model, sentence.split(' ')).lemma;
  assert.equal(lemmas('The show aired on Thursday .')[2], 'air');
  assert.equal(lemmas('Christie blasted Clinton on Wednesday .')[1], 'blast');
  assert.equal(lemmas('Scott joked about it .')[1], 'joke');
  assert.equal(lemmas('Clinton welcomed him .')[1], 'welcome');
  // Washington Post (2016): "chime" is in neither; a one-syllable stem with one vowel and one final
  // consonant keeps its e (else the consonant would double: "trimmed" → trim).
  assert.equal(lemmas('Clinton chimed in on Twitter .')[1], 'chime');
  assert.equal(lemmas('They timed the attack .')[1], 'time');
  // A hyphenated word inflects in its last part ("co-sponsore" was the suffix rules' guess).
  assert.equal(lemmas('The senators co-sponsored a bill .')[2], 'co-sponsor');
  assert.equal(lemmas('They trimmed the budget .')[1], 'trim');
  // Washington Post (2015, 2016): a prefix before a known verb with a silent e ("refram", "overrul" were the rules' guesses).
  assert.equal(lemmas('The terrorist attacks in Paris reframed the 2016 presidential contest Saturday .')[5], 'reframe');
  assert.equal(lemmas('Superdelegates overruled the popular vote .')[1], 'overrule');
  assert.equal(lemmas('They retooled the campaign .')[1], 'retool');
});

test('the second tagger pass re-tags only words the first pass was unsure of', () => {
  const forms = 'Critics said the plan , which passed narrowly , would raise costs for renters .'.split(' ');
  const ids = wordIds(forms);
  assignClusters(ids, model.tagger.clusters);
  maskUnknown(ids, model.tagger.ambiguity);
  assert.ok(model.tagger.gate > 0);
  // With a gate of 0 every first-pass tag is kept.
  assert.deepEqual(tagSentence({ ...model.tagger, gate: 0 }, ids, forms.length), tagFirstPass(model.tagger, ids, forms.length));
  const tags = tagSentence(model.tagger, ids, forms.length);
  assert.equal(model.tagger.upos[tags[forms.indexOf('passed')]], 'VERB');
});

test('the tagger\'s per-form score cache changes no tag, first meeting or later', () => {
  // A fresh model object, so its caches start empty; the words repeat across sentences and case.
  const fresh = new ModelStore().syntaxModel()!;
  const sentences = [
    'Critics said the plan , which passed narrowly , would raise costs for renters .',
    'The plan passed ; critics said renters would pay , and Critics Said So .',
    'Zyxtrelle said the Zyxtrelle plan would raise costs .',
  ].map((s) => s.split(' '));
  for (let round = 0; round < 2; round++) {
    for (const forms of sentences) {
      const ids = wordIds(forms);
      assignClusters(ids, fresh.tagger.clusters);
      maskUnknown(ids, fresh.tagger.ambiguity);
      assert.deepEqual(tagSentence(fresh.tagger, ids, forms.length, undefined, forms), tagSentence({ ...fresh.tagger, wordScores: undefined, wordScores2: undefined }, ids, forms.length));
    }
  }
});

test('lemmas: irregular verbs, plurals, clitics', () => {
  const p = parseWords(model, ['The', 'presidents', 'went', 'home', 'and', 'he', "'s", 'happy', '.']);
  assert.deepEqual(p.lemma.map((l) => l.toLowerCase()), ['the', 'president', 'go', 'home', 'and', 'he', 'be', 'happy', '.']);
});

test('every word of the seed article gets a tag, a lemma and a head inside its sentence', () => {
  const a = analyzeArticle(SEED, { syntax: model });
  assert.ok(a.syntax);
  const layer = a.syntax!;
  assert.ok(layer.words.length >= a.model.tokens.length);
  layer.sentenceWords.forEach((r) => {
    let roots = 0;
    for (let i = r.start; i < r.end; i++) {
      const w = layer.words[i];
      assert.ok(w.upos && w.xpos && w.lemma && w.deprel, `word ${i} fully annotated`);
      if (w.head < 0) roots++;
      else assert.ok(w.head >= r.start && w.head < r.end && w.head !== i, 'head inside the sentence');
      assert.equal(SEED.slice(w.start, w.end).length, w.end - w.start);
    }
    assert.ok(roots >= 1);
  });
  // The seed's first sentence: "Gustavo Petro met with President Donald Trump": Petro's name is the
  // subject of "met".
  const at = (form: string) => layer.words.findIndex((w) => SEED.slice(w.start, w.end) === form);
  const met = at('met');
  let k = at('Petro');
  for (let hops = 0; hops < 3 && layer.words[k].head !== met; hops++) k = layer.words[k].head;
  assert.equal(layer.words[k].head, met);
  assert.equal(layer.words[k].deprel, 'nsubj');
});

test('each word carries its lemma\'s and its own text\'s vocabulary ids, which the events stage tests its lists by', () => {
  // "said" is read as "say", a reporting verb; "has" as "have"; "not" carries the negation's bit.
  const a = analyzeArticle('Clinton has since apologized for the remark and said she would not do it again.', { syntax: model });
  const word = (form: string) => a.syntax!.words.find((w) => a.text.slice(w.start, w.end) === form)!;
  assert.equal(word('said').lemmaId, wordId('say'));
  assert.ok(REPORTING_VERBS.has(word('said').lemmaId));
  assert.equal(word('has').lemmaId, wordId('have'));
  assert.ok(classFlags(word('not').lemmaId) & Lex.NEGATION);
  for (const w of a.syntax!.words) assert.equal(w.lemmaId, wordId(w.lemma.toLowerCase()));
  // And its own text's: a whole token's, or a part's of a token split at a hyphen.
  for (const w of a.syntax!.words) assert.equal(w.formId, wordId(a.text.slice(w.start, w.end).toLowerCase()));
  const then = analyzeArticle('The then-president met them.', { syntax: model }).syntax!.words;
  assert.ok(then.some((w) => w.formId === wordId('then')), 'a hyphen part has its own id');
});

test('an abbreviation whose period the tokeniser split off is read as UD writes it ("Mr." one word), its period its punct', () => {
  // From a PolNeAR dev article: the tokeniser gives "Mr" "." "Obama"; read as "Mr" then ".", a
  // sentence-initial "Mr" was tagged an interjection (like "Oh .").
  const text = 'Mr. Obama dismissed the criticism. He met Dr. Smith.';
  const a = analyzeArticle(text, { syntax: model });
  const layer = a.syntax!;
  const at = (form: string, from = 0) => layer.words.findIndex((w, i) => i >= from && text.slice(w.start, w.end) === form);
  const mr = at('Mr');
  assert.equal(layer.words[mr].upos, 'PROPN');
  assert.equal(layer.words[mr].lemma.endsWith('.'), false);
  assert.equal(layer.words[mr + 1].head, mr);
  assert.equal(layer.words[mr + 1].deprel, 'punct');
  assert.equal(layer.words[at('Obama')].head, at('dismissed'));
  assert.equal(layer.words[at('Obama')].deprel, 'nsubj');
  const dr = at('Dr');
  assert.equal(layer.words[dr].upos, 'PROPN');
  assert.equal(layer.words[dr + 1].head, dr);
  // The sentence-final period stays an ordinary word, attached to the verb.
  const last = layer.words.length - 1;
  assert.equal(layer.words[last].head, at('met'));
});

test('the forms the model reads for a sentence (what uptraining parses): glued abbreviation periods and hyphens as buildSyntax splits them', () => {
  const tm = segment('Mr. Obama met Sen. Warren in a closed-door session. He left.');
  assert.deepEqual(modelForms(tm.tokens, tm.sentences[0]), ['Mr.', 'Obama', 'met', 'Sen.', 'Warren', 'in', 'a', 'closed', '-', 'door', 'session', '.']);
  assert.deepEqual(modelForms(tm.tokens, tm.sentences[1]), ['He', 'left', '.']);
});

test('without a model there is no syntax: pronouns, events and organisations degrade, nothing else changes', () => {
  const a = analyzeArticle(SEED, { syntax: null });
  const b = analyzeArticle(SEED, { syntax: model });
  assert.equal(a.syntax, null);
  // The pronoun model reads the parse (people/syntaxRoles.ts), events are dated from it and the name tagger's
  // organisation names read it (people/taggerSyntax.ts); every other output is the same.
  const pronouns = (x: typeof a) => x.mentions.filter((m) => m.kind === 'pronoun').map((m) => `${m.start} ${m.person}`);
  const rest = (x: typeof a) => ({ ...x, syntax: null, events: [], organisations: [], mentions: x.mentions.filter((m) => m.kind !== 'pronoun'), people: x.people.map((p) => ({ ...p, mentions: p.mentions.filter((m) => m.kind !== 'pronoun') })) });
  assert.deepEqual(rest(a), rest(b));
  // On the seed, the parse adds an answer ("ask Trump, …, if he would like" → Trump) and changes none.
  const withSyntax = new Set(pronouns(b));
  for (const p of pronouns(a)) assert.ok(withSyntax.has(p), p);
  // Without the parse, events come from the word-based scan.
  assert.ok(a.events.filter((e) => e.date).length >= 5, JSON.stringify(a.events.map((e) => e.title)));
});

test('a missing or corrupt model file is a warning, never a throw', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-model-'));
  const missing = new ModelStore([path.join(dir, 'none.bin')]);
  assert.equal(missing.syntaxModel(), null);
  assert.match(missing.warning!, /not found/);
  const bad = path.join(dir, 'syntax.bin');
  fs.writeFileSync(bad, 'ALSYN1\n\u00ff\u00ff\u00ff\u00ffgarbage');
  const corrupt = new ModelStore([bad]);
  assert.equal(corrupt.syntaxModel(), null);
  assert.match(corrupt.warning!, /unreadable/);
  assert.throws(() => decodeSyntaxModel(new Uint8Array([1, 2, 3])), /bad magic/);
});

test('hostile text: one huge hyphenated token, a run-on line, bare marks — every word parsed, heads in range', () => {
  for (const text of ['a-'.repeat(20000) + 'b', 'word '.repeat(20000), '"'.repeat(5000), "don't ".repeat(5000), '\u0000'.repeat(100)]) {
    const a = analyzeArticle(text, { syntax: model });
    const layer = a.syntax!;
    for (const r of layer.sentenceWords) for (let i = r.start; i < r.end; i++) assert.ok(layer.words[i].head < r.end && layer.words[i].head >= -1);
    assert.equal(layer.tokenWord.length, a.model.tokens.length);
  }
});

test('malformed CoNLL-U lines are skipped, never thrown on', () => {
  const s = readConllu('1\tx\n2\n\n1\ta\t_\t_\t_\t_\tzz\t_\t_\t_\n\n#only comment\n');
  assert.equal(s.length, 3);
  assert.equal(s[1].words[0].head, -1);
});
