// Navigation and the workspace over real LSP: definition, references,
// highlights, rename, semantic tokens, code lens, folding, inlay hints,
// workspace symbols and the cross-article hover.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient, fileUri, positionOf, offsetOf } from '../support/lspClient';
import { SEED, nth } from '../support/seed';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-ws-'));
const seedPath = path.join(dir, 'seed.txt');
const otherPath = path.join(dir, 'rubio.article');
const OTHER = ' date 2026-02-10 Secretary of State Marco Rubio met Gustavo Petro again on Monday.\n\n“We talked about cocaine,” Rubio said.\n';
fs.writeFileSync(seedPath, SEED);
fs.writeFileSync(otherPath, OTHER);
fs.writeFileSync(path.join(dir, 'notes.txt'), 'Not an article: no dateline.\n');
fs.symlinkSync('/etc', path.join(dir, 'outside'));
const uri = fileUri(seedPath);
let c: LspClient;

const at = (needle: string, n = 0, delta = 1) => positionOf(SEED, nth(SEED, needle, n, delta));
const sliceOf = (text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => text.slice(offsetOf(text, r.start), offsetOf(text, r.end));

before(async () => {
  c = new LspClient();
  await c.request('initialize', {
    processId: process.pid,
    rootUri: fileUri(dir),
    workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
    capabilities: { window: { workDoneProgress: true } },
  });
  c.notify('initialized', {});
  c.open(uri, SEED);
  await c.diagnosticsFor(uri);
  // The index is built in the background: wait until it has both articles.
  for (let i = 0; i < 100; i++) {
    const syms = await c.request('workspace/symbol', { query: 'Rubio' });
    if (syms.some((s: { name: string }) => / — 2 articles$/.test(s.name))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});
after(async () => c.shutdown());

test('definition: a surname goes to the first full-name mention', async () => {
  const loc = await c.request('textDocument/definition', { textDocument: { uri }, position: at('Petro', 4) });
  assert.equal(sliceOf(SEED, loc.range), 'Gustavo Petro');
});

test('references include pronouns; highlights match them', async () => {
  const refs = await c.request('textDocument/references', { textDocument: { uri }, position: at('Petro', 2), context: { includeDeclaration: true } });
  const texts = refs.map((r: { range: never }) => sliceOf(SEED, r.range));
  assert.ok(texts.includes('Gustavo Petro'));
  assert.ok(texts.some((t: string) => /^(he|He|him|his)$/.test(t)));
  const hl = await c.request('textDocument/documentHighlight', { textDocument: { uri }, position: at('Petro', 2) });
  assert.equal(hl.length, refs.length);
});

test('rename rewrites name forms only, and refuses on a pronoun with a message', async () => {
  const edit = await c.request('textDocument/rename', { textDocument: { uri }, position: at('Maduro', 1), newName: 'Moros' });
  const edits = edit.changes[uri];
  // Only the name words change (issue 19): "Nicolás Maduro" and "Maduro" each get "Maduro" → "Moros".
  assert.deepEqual(edits.map((e: { newText: string }) => e.newText), ['Moros', 'Moros']);
  for (const e of edits) assert.equal(sliceOf(SEED, e.range), 'Maduro');
  const prep = await c.request('textDocument/prepareRename', { textDocument: { uri }, position: at('Maduro', 1) });
  assert.equal(sliceOf(SEED, prep.range), 'Maduro');
  await assert.rejects(c.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(SEED, nth(SEED, '” he added', 0, 2)) }), /pronoun/);
});

test('semantic tokens, code lens, folding and inlay hints answer for the seed', async () => {
  const tokens = await c.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.ok(tokens.data.length > 100 && tokens.data.length % 5 === 0);
  const lenses = await c.request('textDocument/codeLens', { textDocument: { uri } });
  assert.match(lenses[0].command.title, /^9 people · 10 quotes · \d+ events$/);
  const folds = await c.request('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(Array.isArray(folds));
  const hints = await c.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } } });
  assert.ok(hints.some((h: { label: string }) => h.label === '⟨Tue 3 Feb 2026⟩'));
});

test('workspace symbols: people with their article counts, and events; nothing outside the folder', async () => {
  const people = await c.request('workspace/symbol', { query: 'Rubio' });
  const rubio = people.find((s: { name: string }) => s.name === 'Marco Rubio — 2 articles');
  assert.ok(rubio, JSON.stringify(people.map((s: { name: string }) => s.name)));
  const events = await c.request('workspace/symbol', { query: '2026-01-07' });
  assert.ok(events.some((s: { kind: number; name: string }) => s.kind === 24 && /Trump speaks with Petro/.test(s.name)));
  const all = await c.request('workspace/symbol', { query: '' });
  assert.ok(all.every((s: { location: { uri: string } }) => s.location.uri.startsWith(fileUri(dir)) && !s.location.uri.includes('/outside/')));
});

test('hover mentions the other articles a person appears in', async () => {
  const h = await c.request('textDocument/hover', { textDocument: { uri }, position: at('Rubio') });
  assert.match(h.contents.value, /Also in 1 other article/);
});
