// The foundation's acceptance, through the real server over stdio.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient, fileUri, positionOf, applyEdits } from '../support/lspClient';
import { SEED, SEED_PATH, nth } from '../support/seed';

const uri = fileUri(SEED_PATH);
let client: LspClient;

before(async () => {
  client = new LspClient();
  const init = await client.initialize();
  assert.ok(init.capabilities.hoverProvider);
  client.open(uri, SEED);
});

after(async () => {
  await client.shutdown();
});

async function hoverText(offset: number): Promise<string> {
  const h = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(SEED, offset) });
  return h ? String(h.contents.value) : '';
}

const people: [string, number, RegExp, RegExp][] = [
  ['Petro', 0, /Gustavo Petro/, /President/],
  ['Petro', 3, /Gustavo Petro/, /President/],
  ['Trump', 0, /Donald Trump/, /President/],
  ['Trump', 4, /Donald Trump/, /President/],
  ['Vance', 0, /JD Vance/, /Vice President/],
  ['Rubio', 0, /Marco Rubio/, /Secretary of State/],
  ['Moreno', 0, /Bernie Moreno/, /Sen\.[\s\S]*R-OH|R-OH[\s\S]*Sen\./],
  ['Villavicencio', 0, /Yolanda Villavicencio/, /Minister of Foreign Relations/],
  ['Sánchez Suárez', 0, /Pedro Arnulfo Sánchez Suárez/, /Minister of Defense/],
  ['García-Peña Jaramillo', 0, /Daniel García-Peña Jaramillo/, /Ambassador to the United States/],
  ['Maduro', 0, /Nicolás Maduro/, /former Venezuelan dictator/],
  ['Maduro', 1, /Nicolás Maduro/, /former Venezuelan dictator/],
];

for (const [name, n, who, role] of people) {
  test(`hover on ${name} #${n + 1} names the person and the title the article gives`, async () => {
    const text = await hoverText(nth(SEED, name, n, 1));
    assert.match(text, who);
    assert.match(text, role);
  });
}

test('hover on a pronoun speaker resolves to the person (“he added” → Petro)', async () => {
  const text = await hoverText(nth(SEED, '” he added', 0, 2));
  assert.match(text, /Gustavo Petro/);
});

test('no person hover on non-persons; an organisation says it is one', async () => {
  for (const [phrase, n] of [['White House', 0], ['Colombia', 1], ['United States', 0], ['Operation Absolute Resolve', 0]] as const) {
    assert.equal(await hoverText(nth(SEED, phrase, n, 2)), '', phrase);
  }
  assert.match(await hoverText(nth(SEED, 'Breitbart News', 0, 2)), /^\*\*Breitbart News\*\* — organisation/);
});

test('the seed has no unattributed-quote warning', async () => {
  const diags = await client.diagnosticsFor(uri);
  assert.deepEqual(diags.params.diagnostics.filter((d: { code: string }) => d.code === 'unattributed-quote'), []);
});

test('the Outline lists the dated events in date order', async () => {
  const symbols: { name: string; kind: number; children?: unknown[] }[] = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  const names = symbols.map((s) => s.name);
  const expected = [/^2025-12 · Trump/, /^2026-01-03 · .*(captur|Maduro)/i, /^2026-01-04 · Trump/, /^2026-01-07 · Trump .*(speak|spoke)/i, /^2026-01-07 · Trump invite/i, /^2026-01-26 \(W05\) · Petro/, /^2026-02-03 · Petro meet/i, /^2026-02-03 10:53 · Petro arriv/i];
  let last = -1;
  for (const re of expected) {
    const i = names.findIndex((n) => re.test(n));
    assert.ok(i >= 0, `missing ${re} in ${JSON.stringify(names)}`);
    assert.ok(i > last, `${re} out of order in ${JSON.stringify(names)}`);
    last = i;
  }
  assert.ok(symbols.every((s) => s.kind === 24 /* Event */));
});

test('an unattributed quote gets a warning at its range, and the quick fix attributes it', async () => {
  const article = ' date 2026-02-03 Mayor Jane Okafor opened the new bridge on Monday.\n\n“This bridge changes everything for the east side.”\n\nThe bridge cost $40 million.\n';
  const u = 'file:///tmp/unattributed.article';
  const from = client.notifications.length;
  client.open(u, article);
  const diags = (await client.diagnosticsFor(u, from)).params.diagnostics.filter((d: { code: string }) => d.code === 'unattributed-quote');
  assert.equal(diags.length, 1);
  const qStart = article.indexOf('“');
  const qEnd = article.indexOf('”') + 1;
  assert.deepEqual(diags[0].range, { start: positionOf(article, qStart), end: positionOf(article, qEnd) });
  assert.equal(diags[0].source, 'article-lens');
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: diags[0].range, context: { diagnostics: diags } });
  const fix = actions.find((a: { title: string }) => /Okafor/.test(a.title));
  assert.ok(fix, JSON.stringify(actions.map((a: { title: string }) => a.title)));
  const fixed = applyEdits(article, fix.edit.changes[u]);
  assert.match(fixed, /everything for the east side,” Okafor said\./);
  const from2 = client.notifications.length;
  client.change(u, fixed, 2);
  const after = (await client.diagnosticsFor(u, from2, 2)).params.diagnostics.filter((d: { code: string }) => d.code === 'unattributed-quote');
  assert.deepEqual(after, []);
});

test('articleLens/quoteSheet: the Markdown quote sheet of the open article', async () => {
  const md: string = await client.request('articleLens/quoteSheet', { uri });
  assert.match(md, /^# Quote sheet: /);
  assert.equal(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| file')).length, 10);
  assert.match(md, /\| Gustavo Petro \| President; President of Colombia \| added \|/);
});
