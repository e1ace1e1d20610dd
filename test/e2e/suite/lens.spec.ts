/// <reference types="mocha" />
// Article Lens through the real `vscode` API, inside an extension host (code-server's, or desktop VS Code's).
// The workspace folder holds a copy of the seed article and test/e2e/fixtures/unattributed.article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { sleep, until } from './wait';
import { labelDate } from '../dates';

const EXT_ID = 'article-lens.article-lens';
const LANG = 'news-article';
const SEED = '000_81869d887f725d86.txt';
const FIXTURE = 'unattributed.article';

function wsUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test window has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a workspace file in an editor; when `asArticle`, makes sure it is a News Article (see the first test). */
async function open(name: string, asArticle = true): Promise<vscode.TextDocument> {
  let doc = await vscode.workspace.openTextDocument(wsUri(name));
  await vscode.window.showTextDocument(doc);
  if (asArticle && doc.languageId !== LANG) doc = await vscode.languages.setTextDocumentLanguage(doc, LANG);
  return doc;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? '');
}

function lensDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'article-lens' && (!code || codeOf(d) === code));
}

function flatten(symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): (vscode.DocumentSymbol | vscode.SymbolInformation)[] {
  return symbols.flatMap((s) => ('children' in s && s.children.length ? [s, ...flatten(s.children)] : [s]));
}

suite('Article Lens in the extension host', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `extension ${EXT_ID} is not loaded`);
    console.log(`VS Code ${vscode.version} (${vscode.env.appHost}${vscode.env.remoteName ? `, remote ${vscode.env.remoteName}` : ''})`);
    // Open an article first: the provider commands answer nothing before the extension has activated.
    await open(FIXTURE, false);
    await ext.activate();
  });

  test('a .article file is a News Article', async () => {
    const doc = await open(FIXTURE, false);
    assert.equal(doc.languageId, LANG);
  });

  test('the seed .txt article is a News Article (its first line is ` date YYYY-MM-DD`)', async () => {
    const doc = await open(SEED, false);
    assert.match(doc.lineAt(0).text, /^\s*date \d{4}-\d{2}-\d{2}\b/);
    assert.equal(doc.languageId, LANG, `a .txt file whose first line is " date 2026-02-03 …" opened as "${doc.languageId}"`);
  });

  test('hover on "Petro" names Gustavo Petro and his title President', async () => {
    const doc = await open(SEED);
    const at = doc.positionAt(doc.getText().indexOf('Petro arrived') + 2);
    const text = await until('a hover on "Petro"', async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)));
    console.log(`hover: ${JSON.stringify(text)}`);
    assert.match(text, /Gustavo Petro/);
    assert.match(text, /President/);
  });

  // Not checked here: chronological order. `vscode.executeDocumentSymbolProvider` (like the Outline's default
  // "Sort By: Position") returns the symbols sorted by range start, whatever order the server sent; the
  // server's own order is checked over raw LSP in test/e2e/neovim.test.ts.
  test('document symbols: dated SymbolKind.Event symbols, with 2026-01-07 and 2026-02-03', async () => {
    const doc = await open(SEED);
    const symbols = await until('document symbols', async () => {
      const s = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    });
    const all = flatten(symbols);
    console.log(`symbols: ${JSON.stringify(all.map((s) => s.name))}`);
    const events = all.filter((s) => s.kind === vscode.SymbolKind.Event);
    assert.ok(events.length > 0, 'no SymbolKind.Event symbols');
    const dates = events.map((s) => labelDate(s.name)).filter((d): d is string => !!d);
    assert.ok(dates.includes('2026-01-07'), `no 2026-01-07 event in ${JSON.stringify(events.map((s) => s.name))}`);
    assert.ok(dates.includes('2026-02-03'), `no 2026-02-03 event in ${JSON.stringify(events.map((s) => s.name))}`);
    for (const d of ['2025-12', '2026-01-03', '2026-01-04', '2026-W05']) assert.ok(dates.includes(d), `no ${d} event in ${JSON.stringify(events.map((s) => s.name))}`);
  });

  test('no unattributed-quote warning on the seed', async () => {
    const doc = await open(SEED);
    // Diagnostics are pushed: give the server time to publish, then expect none of this rule.
    await sleep(1500);
    assert.deepEqual(lensDiagnostics(doc.uri, 'unattributed-quote').map((d) => d.message), []);
  });

  test('"Export Quote Sheet" opens the seed\'s ten quotations as Markdown', async () => {
    await open(SEED);
    const markdown = await until('the quote sheet', async () => (await vscode.commands.executeCommand<string | undefined>('articleLens.exportQuoteSheet')) || undefined);
    assert.match(markdown, /^# Quote sheet: /);
    assert.match(markdown, /\n10 quotations\./);
    assert.match(markdown, /\| Donald Trump \| President \| said \|/);
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.languageId, 'markdown');
    assert.equal(shown?.getText(), markdown);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('diagnostics link to the rule documentation', async () => {
    const doc = await open(FIXTURE);
    const diag = await until('an unattributed-quote diagnostic', async () => lensDiagnostics(doc.uri, 'unattributed-quote')[0]);
    assert.ok(typeof diag.code === 'object' && diag.code);
    assert.equal(String(diag.code.target), 'https://github.com/article-lens/article-lens/blob/main/docs/rules.md#unattributed-quote');
  });

  test('unattributed quote: warning, "Attribute to …" quick fix, warning gone', async () => {
    const doc = await open(FIXTURE);
    const [diag] = await until('the unattributed-quote diagnostic', () => {
      const d = lensDiagnostics(doc.uri, 'unattributed-quote');
      return d.length ? d : undefined;
    });
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(doc.getText(diag.range), /puts reading first/);
    // While the server re-analyses (the workspace index or settings can trigger it), the request comes
    // back empty or Canceled: `until` asks again, as the editor's light bulb does.
    const actions = await until('quick fixes for the warning', async () => {
      const list = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      return list.length ? list : undefined;
    });
    const titles = actions.map((a) => a.title);
    console.log(`quick fixes: ${JSON.stringify(titles)}`);
    const fix = actions.find((a): a is vscode.CodeAction => a.title.startsWith('Attribute to') && 'edit' in a && !!a.edit);
    assert.ok(fix, `no "Attribute to …" quick fix with an edit among ${JSON.stringify(titles)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit failed');
    const line = doc.lineAt(diag.range.start.line).text;
    console.log(`after the fix: ${line}`);
    assert.match(line, / said[.,]/);
    await until('the warning to disappear', () => lensDiagnostics(doc.uri, 'unattributed-quote').length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
  test('a crashed server is restarted and answers again', async () => {
    const doc = await open(SEED);
    const before = await vscode.commands.executeCommand<{ pid: number }>('articleLens.serverInfo');
    assert.ok(before && before.pid > 0);
    process.kill(before.pid, 'SIGKILL');
    const after = await until(
      'a new server process',
      async () => {
        try {
          const info = await vscode.commands.executeCommand<{ pid: number }>('articleLens.serverInfo');
          return info && info.pid !== before.pid ? info : undefined;
        } catch {
          return undefined;
        }
      },
      30_000,
    );
    assert.notEqual(after.pid, before.pid);
    const pos = doc.positionAt(doc.getText().indexOf('Petro') + 1);
    const text = await until('a hover from the new server', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
      return /Gustavo Petro/.test(t) ? t : undefined;
    });
    assert.match(text, /Gustavo Petro/);
  });

  test('"Ignore this quotation" writes .articlelens.json and the warning goes away; deleting the file brings it back', async () => {
    const doc = await open(FIXTURE);
    const diag = await until('an unattributed-quote diagnostic', async () => lensDiagnostics(doc.uri, 'unattributed-quote')[0]);
    const actions = await until('quick fixes for the warning', async () => {
      const list = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      return list.length ? list : undefined;
    });
    const ignore = actions.find((a) => a.title === 'Ignore this quotation');
    assert.ok(ignore?.edit && ignore.command, `no "Ignore this quotation" among ${JSON.stringify(actions.map((a) => a.title))}`);
    const config = wsUri('.articlelens.json');
    try {
      // As the lightbulb does: the edit, then the action's command (which saves the file).
      assert.ok(await vscode.workspace.applyEdit(ignore.edit));
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)));
      assert.equal(written.ignore.findings[0].rule, 'unattributed-quote');
      await until('the warning to go away', async () => (lensDiagnostics(doc.uri, 'unattributed-quote').length === 0 ? true : undefined), 20_000);
    } finally {
      for (const d of vscode.workspace.textDocuments) if (d.uri.toString() === config.toString()) await vscode.window.showTextDocument(d).then(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
    await until('the warning to come back', async () => lensDiagnostics(doc.uri, 'unattributed-quote')[0], 20_000);
  });
});
