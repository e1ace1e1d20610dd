// `.articlelens.json`: parsing with one clear message, what it does to findings, and the house list and
// cues reaching the engine through AnalyzeOptions.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../support/models';
import { DEFAULT_SEVERITY, RULE_CODES, SEVERITY_SETTINGS } from '../../server/src/analysis/rules';
import {
  EMPTY_CONFIG,
  articleScope,
  findingHash,
  findingWords,
  globToRegExp,
  normalWords,
  parseProjectConfig,
  reportFindings,
  type ProjectConfig,
} from '../../server/src/config/projectConfig';
import { addIgnoredFinding, applyOffsetEdits, setRule } from '../../server/src/config/edit';
import { REPO } from '../support/lspClient';

const ARTICLE = ` date 2026-02-03 Mayor Jane Okafor toured the flooded district on Monday.

“We will rebuild the bridge by March,” a senior city official said.

The river rose two metres overnight.

“Nobody asked us.”

Residents waited for hours at the shelter.

“Where is the money?”
`;

const config = (text: string): ProjectConfig => {
  const r = parseProjectConfig(text);
  assert.ok(r.ok, !r.ok ? r.message : '');
  return r.ok ? r.config : EMPTY_CONFIG;
};
const reported = (text: string, c: ProjectConfig, rel: string | null = 'a.article') =>
  reportFindings(analyzeArticle(text), articleScope(c, rel), DEFAULT_SEVERITY).map((r) => [r.finding.code, r.severity, text.slice(r.finding.start, r.finding.end)]);

test('without a configuration the registry defaults apply', () => {
  assert.deepEqual(reported(ARTICLE, EMPTY_CONFIG), [
    ['anonymous-source', 'hint', 'a senior city official'],
    ['unattributed-quote', 'warning', '“Nobody asked us.”'],
    ['unattributed-quote', 'warning', '“Where is the money?”'],
  ]);
});

test('rules set severities; ignore.findings by text drops one quotation', () => {
  const c = config('{ "rules": { "anonymous-source": "warning" }, "ignore": { "findings": [{ "rule": "unattributed-quote", "text": "nobody asked US" }] } }');
  assert.deepEqual(reported(ARTICLE, c), [
    ['anonymous-source', 'warning', 'a senior city official'],
    ['unattributed-quote', 'warning', '“Where is the money?”'],
  ]);
});

test('an ignore hash survives edits elsewhere in the file and punctuation changes in the quotation', () => {
  const a = analyzeArticle(ARTICLE);
  const f = a.findings.find((x) => x.code === 'unattributed-quote')!;
  const hash = findingHash(f.code, findingWords(a, f));
  assert.match(hash, /^[0-9a-f]{16}$/);
  const c = config(JSON.stringify({ ignore: { findings: [{ rule: 'unattributed-quote', hash }] } }));
  const edited = ARTICLE.replace('Mayor Jane Okafor toured', 'Mayor Jane Okafor, 54, briefly toured').replace('“Nobody asked us.”', '"Nobody asked us!"');
  assert.deepEqual(reported(edited, c).map((r) => r[2]), ['a senior city official', '“Where is the money?”']);
  assert.notEqual(findingHash('unbalanced-quote', 'nobody asked us'), hash, 'the rule is part of the hash');
});

test('normalised words ignore case, quotation marks, punctuation and apostrophe style', () => {
  assert.equal(normalWords('“We don’t KNOW,” he said.'), "we don't know he said");
  assert.equal(normalWords('"We don\'t know", he said'), "we don't know he said");
});

test('ignore.files: globs relative to the configuration folder', () => {
  assert.ok(globToRegExp('drafts/').test('drafts/a.article'));
  assert.ok(globToRegExp('drafts/').test('drafts/x/y.txt'));
  assert.ok(!globToRegExp('drafts/').test('news/drafts.article'));
  assert.ok(globToRegExp('*.draft.txt').test('deep/er/x.draft.txt'));
  assert.ok(globToRegExp('news/**/old-*.article').test('news/old-1.article'));
  assert.ok(globToRegExp('news/**/old-*.article').test('news/2024/03/old-1.article'));
  assert.ok(!globToRegExp('news/*.article').test('news/2024/a.article'));
  const c = config('{ "ignore": { "files": ["drafts/"] } }');
  assert.deepEqual(reported(ARTICLE, c, 'drafts/a.article'), []);
  assert.equal(reported(ARTICLE, c, 'news/a.article').length, 3);
});

test('invalid content gives one message with the place of the problem', () => {
  const cases: [string, RegExp, string][] = [
    ['{ "rules": { "anonymous-sorce": "warning" } }', /"anonymous-sorce" is not a rule \(rules: unattributed-quote, /, '"anonymous-sorce"'],
    ['{ "rules": { "bad-dateline": "loud" } }', /"bad-dateline" must be one of error, warning, information, hint, off \(got "loud"\)/, '"bad-dateline": "loud"'],
    ['{ "rules": {}, }', /not valid JSON/, '}'],
    ['{ "ignores": {} }', /"ignores" is not a setting/, '"ignores"'],
    ['{ "people": [{ "title": "Mayor" }] }', /"people" entries need a "name"/, '"people"'],
    ['{ "people": [{ "name": "Ana Ruiz", "gender": "f" }] }', /"gender" must be male or female/, '"gender"'],
    ['{ "cues": ["went on"] }', /"cues" entries are single words/, '"cues"'],
    ['{ "ignore": { "findings": [{ "rule": "unattributed-quote", "hash": "xyz" }] } }', /"hash" entries need a "text" with words in it or a "hash" of 16 hex digits/, '"hash"'],
    ['[]', /must be an object/, '['],
  ];
  for (const [text, message, at] of cases) {
    const r = parseProjectConfig(text);
    assert.ok(!r.ok, text);
    if (r.ok) continue;
    assert.match(r.message, message);
    assert.ok(!r.message.includes('\n'));
    assert.equal(text.slice(r.offset, r.offset + at.length), at, `offset of the problem in ${text}`);
  }
});

test('the house list makes people of names the engine misses, with the given title and gender', () => {
  const text = ' date 2026-02-03 Crowds cheered as Paris Hilton cut the ribbon.\n\n“It took too long,” Hilton said.\n';
  const plain = analyzeArticle(text);
  assert.ok(!plain.people.some((p) => p.name === 'Paris Hilton'));
  const a = analyzeArticle(text, { people: [{ name: 'Paris Hilton', aliases: ['Hilton'], title: 'Heiress', gender: 'female' }] });
  const p = a.people.find((x) => x.name === 'Paris Hilton');
  assert.ok(p);
  assert.deepEqual([p.titles, p.gender, p.mentions.map((m) => m.text)], [['Heiress'], 'female', ['Paris Hilton', 'Hilton']]);
  assert.equal(a.quotes[0].speaker, p.id);
  assert.deepEqual(a.mentions.map((m) => m.person), a.mentions.map((m) => a.people.find((x) => x.mentions.includes(m))?.id));
});

test('the house list adds its title and gender to a person the engine found', () => {
  const text = ' date 2026-02-03 “Help came late,” Ruiz said on Monday.\n';
  assert.deepEqual(analyzeArticle(text).people.map((p) => [p.name, p.titles, p.gender]), [['Ruiz', [], null]]);
  const a = analyzeArticle(text, { people: [{ name: 'Ana Ruiz', aliases: ['Ruiz'], title: 'Deputy Minister', gender: 'female' }] });
  assert.deepEqual(a.people.map((p) => [p.name, p.titles, p.gender]), [['Ruiz', ['Deputy Minister'], 'female']]);
});

test('extra cues attribute quotations', () => {
  const text = ' date 2026-02-03 Mayor Jane Okafor arrived on Monday.\n\n“It took too long,” Okafor harrumphed.\n';
  // Without the cue only the paragraph's one person credits it (no cue).
  const plain = analyzeArticle(text).quotes[0];
  assert.deepEqual([plain.cue, plain.rule], [null, 'quotes.paragraph-person']);
  const q = analyzeArticle(text, { cues: ['harrumphed'] }).quotes[0];
  assert.deepEqual([q.status, q.cue?.text], ['attributed', 'harrumphed']);
});

test('the JSON schema contributed to VS Code knows every rule and severity', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const v = pkg.contributes.jsonValidation.find((x: { fileMatch: string }) => x.fileMatch === '.articlelens.json');
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, v.url), 'utf8'));
  assert.deepEqual(Object.keys(schema.properties.rules.properties), RULE_CODES);
  for (const code of RULE_CODES) assert.deepEqual(schema.properties.rules.properties[code].enum, SEVERITY_SETTINGS);
  for (const alt of schema.properties.ignore.properties.findings.items.oneOf) assert.deepEqual(alt.properties.rule.enum, RULE_CODES);
  assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'cues', 'ignore', 'people', 'rules']);
});

test('config edits keep the file as written, add to existing lists, and refuse what they cannot edit cleanly', () => {
  const text = '{\n    "rules": { "bad-dateline": "warning" },\n    "cues": ["harrumphed"]\n}\n';
  const entry = { rule: 'unattributed-quote' as const, hash: '0123456789abcdef' };
  const added = applyOffsetEdits(text, addIgnoredFinding(text, entry)!);
  assert.ok(added.startsWith('{\n    "rules": { "bad-dateline": "warning" },\n    "cues": ['), added);
  assert.match(added, /\n    "ignore": \{\n        "findings": \[\n            \{\n/, 'in the file\'s own indentation');
  assert.deepEqual(config(added).ignore.findings, [entry]);
  const twice = applyOffsetEdits(added, addIgnoredFinding(added, { rule: 'anonymous-source', text: 'officials said' })!);
  assert.deepEqual(config(twice).ignore.findings.map((f) => f.rule), ['unattributed-quote', 'anonymous-source']);
  assert.equal(addIgnoredFinding(added, entry), null, 'already there');
  assert.equal(addIgnoredFinding('{ "rules": ', entry), null, 'not JSON');
  assert.equal(addIgnoredFinding('[1]', entry), null, 'not an object');
  const off = applyOffsetEdits(text, setRule(text, 'bad-dateline', 'off')!);
  assert.deepEqual(config(off).rules, { 'bad-dateline': 'off' });
  assert.deepEqual(config(applyOffsetEdits('', setRule(null, 'weekday-mismatch', 'off')!)), { ...EMPTY_CONFIG, rules: { 'weekday-mismatch': 'off' } });
});
