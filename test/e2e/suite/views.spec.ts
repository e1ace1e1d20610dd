/// <reference types="mocha" />
// The Timeline view, the People view, the status bar item, the code lens, quote hovers, "Show Analysis as
// JSON" and the trace setting, through the real `vscode` API. The views' contents come from the
// extension's `articleLens.viewContents` command (a tree view's items are not readable through the API).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { until } from './wait';

const SEED = '000_81869d887f725d86.txt';
const LANG = 'news-article';

interface Item {
  label: string;
  description?: string;
  tooltip?: string;
  command?: { command: string; arguments?: unknown[] };
  children?: Item[];
}
interface Contents {
  article: string | null;
  timeline: { scope: string; person: string | null; description: string | null; items: Item[] };
  people: { scope: string; description: string | null; items: Item[] };
  status: { text: string; tooltip: string; visible: boolean } | null;
}

async function openSeed(): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders![0];
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SEED));
  await vscode.window.showTextDocument(doc);
  if (doc.languageId !== LANG) doc = await vscode.languages.setTextDocumentLanguage(doc, LANG);
  return doc;
}

/** The Timeline as `date[ time] · title` lines: date groups, each with its events. */
function timelineLines(items: Item[]): string[] {
  return items.flatMap((d) =>
    (d.children ?? []).map((e) => {
      const time = /^\d{2}:\d{2}\b/.exec(e.description ?? '')?.[0];
      return `${d.label}${time ? ` ${time}` : ''} · ${e.label}`;
    }),
  );
}

/** The Timeline's event items. */
const events = (items: Item[]) => items.flatMap((d) => d.children ?? []);

const contents = () => vscode.commands.executeCommand<Contents>('articleLens.viewContents');

const SEED_TIMELINE = [
  '2025-12 · Trump says “They make cocaine in Colombia…”',
  '2026-01-03 · United States captures Maduro',
  '2026-01-03 · Trump cautions Petro',
  '2026-01-04 · Trump puts Petro on notice',
  '2026-01-07 · Trump speaks with Petro',
  '2026-01-07 · Trump invites Petro',
  '2026-01-26 (W05) · Petro makes odd remarks',
  '2026-02-03 · Petro meets with Trump',
  '2026-02-03 10:53 · Petro arrives at White House',
];

suite('Article Lens views', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await openSeed();
    // The seed's analysis has landed when the views name its people.
    await until('the views for the seed', async () => {
      const c = await contents();
      return c.article === doc.uri.toString() && c.timeline.items.length && c.people.items.length && c.status;
    });
  });

  test('Timeline: the seed\'s dated events in date order, full titles, each jumps to its place', async () => {
    const c = await contents();
    assert.equal(c.timeline.scope, 'document');
    assert.deepEqual(timelineLines(c.timeline.items), SEED_TIMELINE);
    assert.match(c.timeline.description ?? '', /this article · 9 events/);
    const arrives = events(c.timeline.items).at(-1)!;
    assert.equal(arrives.command?.command, 'articleLens.openLocation');
    await vscode.commands.executeCommand(arrives.command!.command, ...(arrives.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), doc.uri.toString());
    assert.ok(doc.getText(editor.selection).startsWith('Petro arrived at the White House'), doc.getText(editor.selection));
  });

  test('Timeline: all articles (each event with its article) and a filter by person', async () => {
    await vscode.commands.executeCommand('articleLens.timeline.showWorkspace');
    try {
      const c = await contents();
      assert.equal(c.timeline.scope, 'workspace');
      assert.match(c.timeline.description ?? '', /^all articles/);
      assert.ok(events(c.timeline.items).length >= SEED_TIMELINE.length);
      assert.equal(events(c.timeline.items).filter((i) => i.description?.includes(SEED)).length, SEED_TIMELINE.length, JSON.stringify(c.timeline.items));
      await vscode.commands.executeCommand('articleLens.timeline.filterByPerson', 'nicolas maduro');
      const f = await contents();
      assert.equal(f.timeline.person, 'nicolas maduro');
      assert.deepEqual(timelineLines(f.timeline.items), ['2026-01-03 · United States captures Maduro', '2026-01-03 · Trump cautions Petro']);
      assert.match(f.timeline.description ?? '', /Nicolás Maduro/);
    } finally {
      await vscode.commands.executeCommand('articleLens.timeline.clearFilter');
      await vscode.commands.executeCommand('articleLens.timeline.showArticle');
    }
    assert.deepEqual(timelineLines((await contents()).timeline.items), SEED_TIMELINE);
  });

  test('People: name, title and affiliation, counts; quotes (click to jump) and mentions', async () => {
    const c = await contents();
    // The people, then one group of the organisations the article names (the seed: Breitbart News).
    const isOrgs = (label: string) => /^Organisations \(\d+\)$/.test(label);
    const names = c.people.items.filter((i) => !isOrgs(i.label)).map((i) => i.label);
    assert.equal(names.length, 9, JSON.stringify(names));
    const orgs = c.people.items.find((i) => isOrgs(i.label));
    assert.ok(orgs, JSON.stringify(c.people.items.map((i) => i.label)));
    if (orgs.children) assert.deepEqual(orgs.children.map((o) => o.label), ['Breitbart News']);
    assert.deepEqual(names.slice(0, 2), ['Gustavo Petro', 'Donald Trump']);
    const petro = c.people.items[0];
    assert.match(petro.description ?? '', /^President of Colombia, Far-left Colombian · \d+ mentions · \d+ quotes$/);
    const rubio = c.people.items.find((i) => i.label === 'Marco Rubio')!;
    assert.match(rubio.description ?? '', /Secretary of State/);
    const [quotes, mentions] = petro.children!;
    assert.match(quotes.label, /^Quotes \(\d+\)$/);
    assert.match(mentions.label, /^Mentions \(\d+\)$/);
    assert.equal(quotes.children!.length, Number(/\d+/.exec(quotes.label)![0]));
    assert.ok(mentions.children!.some((m) => /pronoun/.test(m.description ?? '')));
    const q = quotes.children![0];
    assert.match(q.label, /^“/);
    await vscode.commands.executeCommand(q.command!.command, ...(q.command!.arguments ?? []));
    const sel = vscode.window.activeTextEditor!.selection;
    assert.ok(doc.getText(sel).startsWith(q.label.replace(/…$/, '').slice(0, 20)), `${doc.getText(sel)} vs ${q.label}`);
  });

  test('People: the workspace toggle lists everyone with their articles', async () => {
    await vscode.commands.executeCommand('articleLens.people.showWorkspace');
    try {
      const c = await contents();
      assert.equal(c.people.scope, 'workspace');
      const petro = c.people.items.find((i) => i.label === 'Gustavo Petro')!;
      assert.match(petro.description ?? '', /· 1 article$/);
      assert.deepEqual(petro.children!.map((a) => a.label), [SEED]);
    } finally {
      await vscode.commands.executeCommand('articleLens.people.showArticle');
    }
  });

  test('status bar: people · quotes · events · findings of the active article; it opens the views', async () => {
    const c = await contents();
    assert.ok(c.status?.visible);
    assert.match(c.status!.text, /9 people · \$\(quote\) 10 quotes · \$\(calendar\) 9 events · \$\(warning\) 0 findings/);
    assert.match(c.status!.tooltip, /Click to open the Timeline and People views/);
    await vscode.commands.executeCommand('articleLens.openViews');
  });

  test('code lens: the Timeline\'s event count, and it opens the Timeline', async () => {
    const lenses = await until('the code lens', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return l?.length ? l : undefined;
    });
    const cmd = lenses[0].command!;
    assert.match(cmd.title, /· 9 events$/);
    assert.equal(cmd.command, 'articleLens.openTimeline');
    await vscode.commands.executeCommand(cmd.command);
  });

  test('hover on a quotation: speaker, cue, status, and a line link that runs articleLens.openLocation', async () => {
    const at = doc.positionAt(doc.getText().indexOf('They make cocaine') + 5);
    const text = await until('a hover on the quotation', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      return hovers.flatMap((h) => h.contents).map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
    });
    assert.match(text, /Quotation — \*\*Donald Trump\*\*/);
    assert.match(text, /cue “said”/);
    assert.match(text, /\(command:articleLens\.openLocation\?/);
  });

  test('"Show Analysis as JSON": a read-only virtual document whose file is the path as given', async () => {
    await openSeed();
    const uri = await vscode.commands.executeCommand<string>('articleLens.analyzeToJson');
    const json = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)!;
    assert.ok(json, 'the analysis document is not open');
    assert.equal(json.uri.scheme, 'article-lens-analysis');
    assert.equal(json.isUntitled, false);
    const data = JSON.parse(json.getText());
    assert.equal(data.file, SEED);
    assert.equal(data.people.length, 9);
    // A content provider's document cannot be saved: the editor shows it read-only.
    assert.equal(await json.save(), false);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('articleLens.trace.server "messages" logs the LSP traffic (checked in the log file by exthost.test.ts)', async () => {
    const cfg = vscode.workspace.getConfiguration('articleLens');
    await cfg.update('trace.server', 'messages', vscode.ConfigurationTarget.Global);
    try {
      const at = doc.positionAt(doc.getText().indexOf('Petro arrived') + 1);
      await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, at);
      console.log('TRACE-PROBE: hovered with articleLens.trace.server = messages');
    } finally {
      await cfg.update('trace.server', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
