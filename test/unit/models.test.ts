// The people models are data files the host reads once (server/src/models.ts): a missing or corrupt
// one is one warning and a degraded analysis (rules only), never a throw.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { ModelStore } from '../../server/src/models';
import { analyzeArticle as analyzeWithModels } from '../support/models';
import { SEED } from '../support/seed';

const PEOPLE_DIR = path.resolve(__dirname, '../../../server/src/analysis/people');

function storeIn(files: Record<string, string>): { store: ModelStore; warnings: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-models-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const warnings: string[] = [];
  return { store: new ModelStore({ dir, warn: (m) => warnings.push(m) }), warnings };
}

const names = (a: ReturnType<typeof analyzeArticle>) => a.people.map((p) => p.name);

test('the models beside the bundle are read once and give the same analysis as the test helper', () => {
  const { store, warnings } = storeIn({
    'people-tagger.json': fs.readFileSync(path.join(PEOPLE_DIR, 'model.json'), 'utf8'),
    'people-coref.json': fs.readFileSync(path.join(PEOPLE_DIR, 'coref.json'), 'utf8'),
  });
  fs.symlinkSync(path.resolve(PEOPLE_DIR, '../syntax/syntax.bin'), path.join(store.dir, 'syntax.bin'));
  const m = store.peopleModels();
  assert.ok(m.tagger && m.coref);
  assert.equal(store.peopleModels(), m, 'read twice');
  assert.deepEqual(warnings, []);
  assert.deepEqual(JSON.stringify(analyzeArticle(SEED, store.withModels())), JSON.stringify(analyzeWithModels(SEED)));
});

test('missing model files: one warning naming both, and people from the rules alone', () => {
  const { store, warnings } = storeIn({});
  assert.deepEqual(store.peopleModels(), { tagger: null, coref: null });
  store.peopleModels();
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /people-tagger\.json not found.*names are found by the rules alone/);
  assert.match(warnings[0], /people-coref\.json not found.*pronouns are resolved by the rules alone/);
  const a = analyzeArticle(SEED, store.withModels());
  // The seed's people are named with titles and first names the rules know.
  for (const n of ['Gustavo Petro', 'Donald Trump', 'Marco Rubio']) assert.ok(names(a).includes(n), JSON.stringify(names(a)));
});

test('corrupt model files: a warning saying which is unreadable, the other model still used', () => {
  const coref = fs.readFileSync(path.join(PEOPLE_DIR, 'coref.json'), 'utf8');
  const cases: Array<[string, Record<string, string>, RegExp, 'tagger' | 'coref']> = [
    ['truncated JSON', { 'people-tagger.json': '{"source": "x", "labels": [', 'people-coref.json': coref }, /people-tagger\.json is unreadable \(.*JSON/, 'tagger'],
    ['not a tagger', { 'people-tagger.json': '{"weights": {}}', 'people-coref.json': coref }, /people-tagger\.json is unreadable \(not a name tagger model/, 'tagger'],
    ['bad weight row', { 'people-tagger.json': JSON.stringify({ source: 'x', labels: ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'], scale: 1, pass1: { keys: [1, 2], rows: ['x:1'] }, pass2: { keys: [], rows: [] } }), 'people-coref.json': coref }, /people-tagger\.json is unreadable \(weight row 0 is malformed/, 'tagger'],
    ['coref not a model', { 'people-tagger.json': fs.readFileSync(path.join(PEOPLE_DIR, 'model.json'), 'utf8'), 'people-coref.json': '[1, 2, 3]' }, /people-coref\.json is unreadable \(not a pronoun model/, 'coref'],
  ];
  for (const [what, files, message, broken] of cases) {
    const { store, warnings } = storeIn(files);
    const m = store.peopleModels();
    assert.equal(warnings.length, 1, what);
    assert.match(warnings[0], message, what);
    assert.equal(m[broken], null, what);
    assert.ok(m[broken === 'tagger' ? 'coref' : 'tagger'], what);
    const a = analyzeArticle(SEED, store.withModels());
    assert.ok(names(a).includes('Gustavo Petro'), what);
  }
});

test('the engine reads no model of its own: without models in its options people come from the rules', () => {
  const none = analyzeArticle(SEED);
  const { store } = storeIn({});
  assert.equal(JSON.stringify(none), JSON.stringify(analyzeArticle(SEED, store.withModels())));
});

test('a syntax model decoded into shared memory and adopted by another thread parses exactly as the file does', async () => {
  const { Worker } = await import('worker_threads');
  const own = new ModelStore();
  const shared = new ModelStore({ shareSyntax: true });
  const image = shared.syntaxImage();
  assert.ok(image, 'the syntax model is readable');
  // The weight tables are in SharedArrayBuffers: postMessage and workerData pass them without a copy.
  for (const t of [...image.taggerTables, ...image.parserTables]) {
    const arrays = t.kind === 'kernel' ? [t.table] : [t.slots, t.entries];
    for (const a of arrays) assert.ok(a.buffer instanceof SharedArrayBuffer);
  }
  const fingerprint = (a: ReturnType<typeof analyzeArticle>) => a.syntax!.words.map((w) => `${w.xpos}/${w.lemma}/${w.head}/${w.deprel}`).join(' ');
  const expected = fingerprint(analyzeArticle(SEED, own.withModels()));
  assert.equal(fingerprint(analyzeArticle(SEED, new ModelStore({ syntaxImage: image }).withModels())), expected);
  // And in a worker thread that adopts the image.
  const script = `
    const { parentPort, workerData } = require('worker_threads');
    const { ModelStore } = require(${JSON.stringify(path.resolve(__dirname, '../../server/src/models'))});
    const { analyzeArticle } = require(${JSON.stringify(path.resolve(__dirname, '../../server/src/analysis/analyze'))});
    const a = analyzeArticle(workerData.text, new ModelStore({ syntaxImage: workerData.image }).withModels());
    parentPort.postMessage(a.syntax.words.map((w) => w.xpos + '/' + w.lemma + '/' + w.head + '/' + w.deprel).join(' '));`;
  const fromWorker = await new Promise<string>((resolve, reject) => {
    const w = new Worker(script, { eval: true, workerData: { text: SEED, image } });
    w.once('message', (m: string) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
  assert.equal(fromWorker, expected);
});
