// The data behind the Timeline view, the People view, the status bar and the hovers, over real LSP:
// `articleLens/timeline`, `articleLens/people`, `articleLens/stats`, `textDocument/hover`.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, fileUri, positionOf } from '../support/lspClient';
import { SEED, nth } from '../support/seed';

const OTHER = ' date 2026-02-10 Secretary of State Marco Rubio met Gustavo Petro in Bogotá on Monday. Rubio said little.\n\nThe council is scheduled to vote on the agreement on March 10.\n';
const ORGS = ' date 2026-02-03 Mayor Jane Okafor visited the site on Monday.\n\n“We deny every claim,” the ministry said in a statement.\n\n“The city is safe,” the police department said.\n';

let dir: string;
let c: LspClient;
const seedUri = () => fileUri(path.join(dir, 'seed.txt'));
const otherUri = () => fileUri(path.join(dir, 'other.article'));
const orgsUri = () => fileUri(path.join(dir, 'orgs.article'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function initialize(client: LspClient, folder: string, initializationOptions: Json = {}): Promise<void> {
  await client.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: fileUri(folder), name: 'ws' }], capabilities: {}, initializationOptions });
  client.notify('initialized', {});
}

const indexDone = (client: LspClient) => client.waitFor((m) => m.method === 'articleLens/indexProgress' && m.params.indexing === false, 30000);

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-views-'));
  fs.writeFileSync(path.join(dir, 'seed.txt'), SEED);
  fs.writeFileSync(path.join(dir, 'other.article'), OTHER);
  fs.writeFileSync(path.join(dir, 'orgs.article'), ORGS);
  c = new LspClient();
  await initialize(c, dir);
  c.open(seedUri(), SEED);
  await indexDone(c);
});

after(async () => {
  await c.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

function sortKey(date: string): string {
  // The tests' dates are days, months and ISO weeks: a week sorts at its Monday, a month at its first day.
  const w = /^(\d{4})-W(\d{2})$/.exec(date);
  if (w) {
    const jan4 = Date.UTC(+w[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 864e5 + (+w[2] - 1) * 7 * 864e5;
    return new Date(monday).toISOString().slice(0, 10);
  }
  return /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date.slice(0, 10);
}

test('timeline of the seed: its dated events, chronological, full titles, each with a place to jump to', async () => {
  const r = await c.request('articleLens/timeline', { uri: seedUri() });
  assert.equal(r.scope, 'document');
  const titles = r.events.map((e: Json) => `${e.dateLabel}${e.time ? ' ' + e.time : ''} · ${e.title}`);
  assert.deepEqual(titles, [
    '2025-12 · Trump says “They make cocaine in Colombia…”',
    '2026-01-03 · United States captures Maduro',
    '2026-01-03 · Trump cautions Petro',
    '2026-01-04 · Trump puts Petro on notice',
    '2026-01-07 · Trump speaks with Petro',
    '2026-01-07 · Trump invites Petro',
    '2026-01-26 (W05) · Petro makes odd remarks',
    '2026-02-03 · Petro meets with Trump',
    '2026-02-03 10:53 · Petro arrives at White House',
  ]);
  const keys = r.events.map((e: Json) => sortKey(e.date));
  assert.deepEqual([...keys].sort(), keys, 'not chronological');
  const arrives = r.events.find((e: Json) => e.title === 'Petro arrives at White House');
  assert.equal(arrives.location.uri, seedUri());
  assert.equal(SEED.slice(nth(SEED, 'Petro arrived at the White House'), nth(SEED, 'Petro arrived at the White House') + 13), 'Petro arrived');
  assert.deepEqual(arrives.location.range.start, positionOf(SEED, nth(SEED, 'Petro arrived at the White House')));
  assert.ok(r.events.every((e: Json) => e.planned === false), 'nothing in the seed lies after its dateline');
});

test('the code lens counts the Timeline\'s events and opens the Timeline', async () => {
  const r = await c.request('articleLens/timeline', { uri: seedUri() });
  const [lens] = await c.request('textDocument/codeLens', { textDocument: { uri: seedUri() } });
  assert.match(lens.command.title, new RegExp(`· ${r.events.length} events\\b`));
  assert.equal(lens.command.command, 'articleLens.openTimeline');
});

test('timeline person filter: only the events that mention the person; the choices list everyone in the events', async () => {
  const all = await c.request('articleLens/timeline', { uri: seedUri() });
  const maduro = all.people.find((p: Json) => p.name === 'Nicolás Maduro');
  assert.ok(maduro, `no Maduro among ${JSON.stringify(all.people.map((p: Json) => p.name))}`);
  assert.ok(all.people.some((p: Json) => p.name === 'Donald Trump'));
  const r = await c.request('articleLens/timeline', { uri: seedUri(), person: maduro.key });
  // “… hours after Maduro’s capture” mentions him too.
  assert.deepEqual(r.events.map((e: Json) => e.title), ['United States captures Maduro', 'Trump cautions Petro']);
  assert.equal(r.total, all.events.length);
});

test('workspace timeline: every article\'s events merged in date order, each with its article; future events are planned', async () => {
  const r = await c.request('articleLens/timeline', { uri: seedUri(), scope: 'workspace' });
  assert.equal(r.scope, 'workspace');
  const names = new Set(r.events.map((e: Json) => e.article.name));
  assert.deepEqual([...names].sort(), ['orgs.article', 'other.article', 'seed.txt']);
  const keys = r.events.map((e: Json) => sortKey(e.date));
  assert.deepEqual([...keys].sort(), keys, 'not chronological');
  const vote = r.events.find((e: Json) => /vote/.test(e.title));
  assert.ok(vote, `no vote event in ${JSON.stringify(r.events.map((e: Json) => e.title))}`);
  assert.equal(vote.date, '2026-03-10');
  assert.equal(vote.planned, true);
  assert.equal(vote.location.uri, otherUri());
  const rubio = r.events.find((e: Json) => e.article.name === 'other.article' && e.date === '2026-02-09');
  assert.ok(rubio, 'no 2026-02-09 event from other.article');
  assert.equal(rubio.planned, false);
  // The person filter works across articles: Petro's events come from the seed and the other article.
  const petro = await c.request('articleLens/timeline', { uri: seedUri(), scope: 'workspace', person: 'gustavo petro' });
  assert.deepEqual([...new Set(petro.events.map((e: Json) => e.article.name))].sort(), ['other.article', 'seed.txt']);
});

test('people of the seed: name, titles, counts, quotes and mentions with places', async () => {
  const r = await c.request('articleLens/people', { uri: seedUri() });
  assert.equal(r.scope, 'document');
  assert.equal(r.people.length, 9);
  const petro = r.people.find((p: Json) => p.name === 'Gustavo Petro');
  assert.deepEqual(petro.titles, ['President', 'President of Colombia']);
  assert.deepEqual(petro.descriptors, ['Far-left Colombian']);
  assert.equal(petro.mentions.length, petro.mentionCount);
  assert.ok(petro.mentionCount > 10);
  assert.equal(petro.quotes.length, petro.quoteCount);
  assert.ok(petro.quoteCount >= 2);
  const q = petro.quotes[0];
  assert.ok(petro.quotes.every((x: Json) => ['attributed', 'partial'].includes(x.status)), JSON.stringify(petro.quotes.map((x: Json) => x.status)));
  assert.equal(q.location.uri, seedUri());
  assert.match(q.excerpt, /^“/);
  assert.ok(petro.mentions.some((m: Json) => m.kind === 'pronoun'));
  assert.deepEqual(petro.location.range.start, positionOf(SEED, nth(SEED, 'Gustavo Petro')));
  assert.equal(petro.mentions[0].line, positionOf(SEED, nth(SEED, 'Gustavo Petro')).line + 1);
  // Named organisations are listed with how often they are named (the seed names one, quoted nowhere).
  assert.deepEqual(r.organisations.map((o: Json) => [o.name, o.mentionCount, o.quotes.length]), [['Breitbart News', 1, 0]]);
  assert.deepEqual(r.organisations[0].location.range.start, positionOf(SEED, nth(SEED, 'Breitbart News')));
});

test('organisations are listed apart from people', async () => {
  c.open(orgsUri(), ORGS);
  const r = await c.request('articleLens/people', { uri: orgsUri() });
  assert.deepEqual(r.people.map((p: Json) => p.name), ['Jane Okafor']);
  assert.deepEqual(r.organisations.map((o: Json) => [o.name, o.quotes.length]), [['the ministry', 1], ['the police department', 1]]);
  assert.match(r.organisations[0].quotes[0].excerpt, /We deny every claim/);
});

test('workspace people: joined across articles, most articles first, with each appearance', async () => {
  const r = await c.request('articleLens/people', { uri: seedUri(), scope: 'workspace' });
  const petro = r.people.find((p: Json) => p.name === 'Gustavo Petro');
  assert.deepEqual(petro.appearances.map((a: Json) => a.article.name).sort(), ['other.article', 'seed.txt']);
  assert.equal(petro.location.uri, seedUri(), 'the active article is where Petro jumps to');
  const rubio = r.people.find((p: Json) => p.name === 'Marco Rubio');
  assert.equal(rubio.appearances.length, 2);
  assert.ok(rubio.titles.includes('Secretary of State'));
  assert.equal(r.people[0].appearances.length, 2, 'people in most articles come first');
});

test('stats for the status bar: people · quotes · events (the Timeline\'s) · findings (the Problems\')', async () => {
  const stats = await c.request('articleLens/stats', { uri: seedUri() });
  const timeline = await c.request('articleLens/timeline', { uri: seedUri() });
  const diags = await c.diagnosticsFor(seedUri());
  assert.equal(stats.people, 9);
  assert.equal(stats.quotes, 10);
  assert.equal(stats.events, timeline.events.length);
  assert.equal(stats.findings, diags.params.diagnostics.length);
  assert.equal(stats.indexing, null);
  assert.equal(stats.indexedArticles, 3);
});

test('hover on a quotation: speaker, cue, status and its line', async () => {
  const at = nth(SEED, 'They make cocaine', 0, 5);
  const h = await c.request('textDocument/hover', { textDocument: { uri: seedUri() }, position: positionOf(SEED, at) });
  const text = String(h.contents.value);
  assert.match(text, /Quotation — \*\*Donald Trump\*\*/);
  assert.match(text, /cue “said”/);
  assert.match(text, /status: attributed/);
  const line = positionOf(SEED, nth(SEED, '“They make cocaine')).line;
  assert.ok(text.includes(`[line ${line + 1}](${seedUri()}#L${line + 1})`), text);
});

test('hover on a person: first mention as an editor line link; other articles as links', async () => {
  const h = await c.request('textDocument/hover', { textDocument: { uri: seedUri() }, position: positionOf(SEED, nth(SEED, 'Petro', 3, 1)) });
  const text = String(h.contents.value);
  assert.ok(text.includes(`first mentioned on [line 1](${seedUri()}#L1)`), text);
  assert.doesNotMatch(text, /¶/);
  assert.ok(text.includes(`Also in 1 other article: [2026-02-10 other.article](${otherUri()}#L1)`), text);
});

test('with the VS Code client (commandLinks), hover links run articleLens.openLocation', async () => {
  const v = new LspClient();
  try {
    await initialize(v, dir, { commandLinks: true });
    v.open(seedUri(), SEED);
    await indexDone(v);
    const h = await v.request('textDocument/hover', { textDocument: { uri: seedUri() }, position: positionOf(SEED, nth(SEED, 'Petro', 3, 1)) });
    const text = String(h.contents.value);
    const link = /first mentioned on \[line 1\]\(command:articleLens\.openLocation\?([^)]+)\)/.exec(text);
    assert.ok(link, text);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), [seedUri(), 0]);
  } finally {
    await v.shutdown();
  }
});

test('the open article is answered first: a hover does not wait for the workspace index', async () => {
  const big = fs.mkdtempSync(path.join(os.tmpdir(), 'al-views-big-'));
  const v = new LspClient();
  try {
    // Two hundred articles take the index about a second; the open one takes milliseconds.
    for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(big, `a${String(i).padStart(3, '0')}.txt`), SEED);
    const uri = fileUri(path.join(big, 'a000.txt'));
    await initialize(v, big);
    v.open(uri, SEED);
    const h = await v.request('textDocument/hover', { textDocument: { uri }, position: positionOf(SEED, nth(SEED, 'Petro', 3, 1)) });
    const progress = v.notifications.filter((m) => m.method === 'articleLens/indexProgress');
    assert.match(String(h.contents.value), /Gustavo Petro/);
    assert.ok(!progress.some((m) => m.params.indexing === false), 'the hover was answered only after the whole index was built');
    const last = progress.at(-1);
    assert.ok(!last || last.params.done < last.params.total, `index progress at the hover: ${JSON.stringify(last?.params)}`);
    await indexDone(v);
  } finally {
    await v.shutdown();
    fs.rmSync(big, { recursive: true, force: true });
  }
});
