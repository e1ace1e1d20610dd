// The rule registry is the one source of rule facts: each rule's examples behave as documented, and
// package.json, docs/rules.md and the README table agree with it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../support/models';
import { DEFAULT_SEVERITY, RULES, RULES_PAGE, RULE_CODES, SEVERITY_SETTINGS, ruleHelpUri } from '../../server/src/analysis/rules';
import { rulesPage, rulesTable } from '../../server/src/analysis/rules/docs';
import { severityMarkdownDescription } from '../../server/src/features/settings';
import { diagnostics } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { LineIndex } from '../../server/src/features/lineIndex';
import { REPO } from '../support/lspClient';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const codesOf = (text: string) => analyzeArticle(text).findings.map((f) => f.code);

for (const r of RULES) {
  test(`${r.code}: the bad example is flagged`, () => assert.ok(codesOf(r.examples.bad).includes(r.code), r.examples.bad));
  test(`${r.code}: the good example is not`, () => assert.ok(!codesOf(r.examples.good).includes(r.code), r.examples.good));
  test(`${r.code}: findings carry the rule's default severity`, () =>
    assert.deepEqual(new Set(analyzeArticle(r.examples.bad).findings.filter((f) => f.code === r.code).map((f) => f.severity)), new Set([r.defaultSeverity])));
  test(`${r.code}: the description is one paragraph`, () => assert.ok(r.description.length > 60 && !/\n/.test(r.description)));
}

test('one file per rule, each in the registry', () => {
  const dir = path.join(REPO, 'server/src/analysis/rules');
  const files = fs.readdirSync(dir).filter((f) => !['index.ts', 'rule.ts', 'docs.ts'].includes(f)).map((f) => f.replace(/\.ts$/, ''));
  assert.deepEqual(files.sort(), [...RULE_CODES].sort());
});

test("package.json's severity setting lists every rule with the registry's default", () => {
  const s = pkg.contributes.configuration.properties['articleLens.diagnostics.severity'];
  assert.deepEqual(s.default, DEFAULT_SEVERITY);
  assert.deepEqual(Object.keys(s.properties), RULE_CODES);
  for (const code of RULE_CODES) {
    assert.deepEqual(s.properties[code].enum, SEVERITY_SETTINGS, code);
    assert.equal(s.properties[code].markdownDescription, severityMarkdownDescription(code), code);
  }
  assert.equal(s.additionalProperties, false);
});

test('the editor default is the engine default for every rule (anonymous-source included)', () => {
  assert.deepEqual(DEFAULT_SETTINGS.diagnostics.severity, DEFAULT_SEVERITY);
  assert.equal(DEFAULT_SEVERITY['anonymous-source'], 'hint');
});

test("rule links point into this repository's docs/rules.md", () => {
  assert.equal(RULES_PAGE, `${pkg.repository.url.replace(/\.git$/, '')}/blob/main/docs/rules.md`);
});

const UPDATE = process.env.UPDATE_DOCS === '1';

test('docs/rules.md is generated from the registry', () => {
  const file = path.join(REPO, 'docs/rules.md');
  if (UPDATE) fs.writeFileSync(file, rulesPage());
  assert.equal(fs.readFileSync(file, 'utf8'), rulesPage(), 'run the tests with UPDATE_DOCS=1 to regenerate docs/rules.md');
  for (const code of RULE_CODES) assert.ok(rulesPage().includes(`\n## ${code}\n`));
});

test("the README's rule table is the registry's", () => {
  const file = path.join(REPO, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const table = /\| rule \| default \| finds \|\n\|---\|---\|---\|\n(?:\|.*\|\n)*/;
  assert.match(readme, table);
  if (UPDATE) fs.writeFileSync(file, readme.replace(table, rulesTable() + '\n'));
  assert.ok(fs.readFileSync(file, 'utf8').includes(rulesTable() + '\n'), 'run the tests with UPDATE_DOCS=1 to regenerate the table');
});

test('diagnostics link to their rule', () => {
  const text = ' date 2026-02-30 “We will rebuild the bridge by March.”\n';
  const d = diagnostics(analyzeArticle(text), new LineIndex(text), DEFAULT_SETTINGS);
  assert.ok(d.length >= 2);
  for (const x of d) assert.equal(x.codeDescription?.href, ruleHelpUri(x.code as never));
});

test('every setting has a markdownDescription, a scope and its own order', () => {
  const props = pkg.contributes.configuration.properties as Record<string, { markdownDescription?: string; description?: string; scope?: string; order?: number }>;
  const orders = new Set<number>();
  for (const [key, p] of Object.entries(props)) {
    assert.ok(p.markdownDescription && p.markdownDescription.length > 20, key);
    assert.equal(p.description, undefined, `${key}: one description, the Markdown one`);
    assert.ok(p.scope === 'resource' || p.scope === 'window', key);
    assert.ok(typeof p.order === 'number' && !orders.has(p.order), key);
    orders.add(p.order!);
  }
  // What the server reads per folder is resource-scoped; what is server-wide is window-scoped.
  assert.equal(props['articleLens.diagnostics.severity'].scope, 'resource');
  assert.equal(props['articleLens.workspace.index'].scope, 'window');
});
