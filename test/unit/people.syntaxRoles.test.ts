import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/text';
import { buildSyntax } from '../../server/src/analysis/syntax/layer';
import { buildUnits } from '../../server/src/analysis/people/units';
import { SYN_ROLES, SyntaxView, TREE_RELS } from '../../server/src/analysis/people/syntaxRoles';
import { testModelStore } from '../support/models';

/** The view of a text's parse, and the unit index of the n-th occurrence of a word. */
function view(text: string): { v: SyntaxView; unit: (word: string, n?: number) => number } {
  const model = segment(text);
  const units = buildUnits(model);
  const m = testModelStore().syntaxModel();
  assert.ok(m, 'syntax model');
  const v = new SyntaxView(buildSyntax(model.tokens, model.sentences, m), units);
  return {
    v,
    unit: (word, n = 0) => {
      const all = units.map((u, i) => (u.text === word ? i : -1)).filter((i) => i >= 0);
      assert.ok(all.length > n, word);
      return all[n];
    },
  };
}

// From GAP development (development-2) and a news-style sentence.
const TEXT = 'MacKenzie studied with Bernard Leach from 1949 to 1952. His simple pottery is influenced by Shoji Hamada. Gilbert introduces him as his son.';

test('a name span has one head word and a coarse role from the parse', () => {
  const { v, unit } = view(TEXT);
  const mac = v.headOf(unit('MacKenzie'), unit('MacKenzie') + 1);
  assert.equal(SYN_ROLES[v.role(mac)], 'subj');
  assert.ok(v.mainSubject(mac));
  assert.ok(v.properNoun(unit('MacKenzie'), unit('MacKenzie') + 1));
  // "Bernard Leach": the head is Bernard (Leach is its flat), the object of "with".
  const leach = v.headOf(unit('Bernard'), unit('Leach') + 1);
  assert.equal(v.layer.words[leach].start, TEXT.indexOf('Bernard'));
  assert.equal(SYN_ROLES[v.role(leach)], 'obl');
  assert.ok(!v.mainSubject(leach));
  assert.equal(SYN_ROLES[v.role(v.headOf(unit('His'), unit('His') + 1))], 'poss');
});

test('in one sentence: co-arguments, c-command and path length', () => {
  const { v, unit } = view(TEXT);
  const gilbert = v.headOf(unit('Gilbert'), unit('Gilbert') + 1);
  const him = v.headOf(unit('him'), unit('him') + 1);
  const his = v.headOf(unit('his'), unit('his') + 1);
  // "Gilbert introduces him": both arguments of "introduces" (binding: "him" is not Gilbert).
  assert.equal(TREE_RELS[v.relation(gilbert, him)], 'coarg');
  // "… as his son": Gilbert's head dominates "his" in the same clause.
  assert.equal(TREE_RELS[v.relation(gilbert, his)], 'ccmd.clause');
  assert.equal(v.pathLength(gilbert, him), 2);
  assert.equal(TREE_RELS[v.relation(-1, him)], 'none');
});

test('a subject or a possessor is an argument of its clause; an object of a preposition is not', () => {
  const { v, unit } = view(TEXT);
  assert.ok(v.argumentOfClause(unit('MacKenzie'), unit('MacKenzie') + 1));
  assert.ok(!v.argumentOfClause(unit('Bernard'), unit('Leach') + 1));
});

test('the governing subject: the first subject above a word, through conjuncts and opening phrases', () => {
  // From GAP validation (validation-92): "his" stands under "use", "decided" (a conjunct) and "composed".
  const a = view('Initially, Reshammiya had composed the song for the film but later decided to use it for his own movie.');
  const g = a.v.governingSubject(a.v.headOf(a.unit('his'), a.unit('his') + 1));
  assert.ok(g);
  assert.equal(g.subject, a.v.headOf(a.unit('Reshammiya'), a.unit('Reshammiya') + 1));
  assert.ok(!g.relative);
  // From news: an opening phrase's "his" stands under the main clause's subject, named after it.
  const b = view('In his Sunday interviews, Carson again criticized the news media.');
  const h = b.v.governingSubject(b.v.headOf(b.unit('his'), b.unit('his') + 1));
  assert.ok(h);
  assert.equal(h.subject, b.v.headOf(b.unit('Carson'), b.unit('Carson') + 1));
  // A nominal predicate's subject is marked: "Fanning was his chief of staff" (his is someone else).
  const c = view('Eric Fanning was his chief of staff at the time.');
  const p = c.v.governingSubject(c.v.headOf(c.unit('his'), c.unit('his') + 1));
  assert.ok(p);
  assert.notEqual(p.kind, 0);
  // A word with no subject above it has none.
  assert.equal(c.v.governingSubject(-1), null);
});
