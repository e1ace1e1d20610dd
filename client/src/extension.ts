// Starts the Article Lens language server and registers the commands. No analysis here.
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  CloseAction,
  ErrorAction,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

// VS Code matches `.txt` to Plain Text by extension before any firstLine rule
// runs, so dated articles saved as .txt are switched over here.
const DATELINE = /^\uFEFF?\s*date \d{4}-\d{2}-\d{2}\b/;

function adoptDatedText(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext' || doc.lineCount === 0) return;
  if (!DATELINE.test(doc.lineAt(0).text)) return;
  void vscode.languages.setTextDocumentLanguage(doc, 'news-article');
}
let output: vscode.LogOutputChannel | undefined;

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Article Lens', { log: true });
  context.subscriptions.push(output);
  for (const doc of vscode.workspace.textDocuments) adoptDatedText(doc);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(adoptDatedText));
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const restarts: number[] = [];
  let toldUser = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'news-article' }],
    synchronize: { configurationSection: 'articleLens' },
    // Commands of this extension the server may attach to code actions.
    initializationOptions: { clientCommands: ['articleLens.saveFile'] },
    outputChannel: output,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        restarts.push(now);
        if (restarts.length > MAX_RESTARTS) {
          void vscode.window.showErrorMessage('The Article Lens server stopped 5 times in 3 minutes and will not be restarted. See the "Article Lens" output.');
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        // Say it once per session; the log has every restart.
        output?.warn(`The Article Lens server stopped; restarting it (${restarts.length}).`);
        if (!toldUser) {
          toldUser = true;
          void vscode.window.showWarningMessage('The Article Lens server stopped unexpectedly and was restarted.');
        }
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = new LanguageClient('articleLens', 'Article Lens', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('articleLens.showLog', () => output?.show(true)),
    // Run after "Ignore this quotation" / "Turn off <rule>": saves the .articlelens.json they edited (when
    // auto-save has not already), so the server's file watcher picks the change up right away.
    vscode.commands.registerCommand('articleLens.saveFile', async (uri: string) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (doc?.isDirty) await doc.save();
    }),
    vscode.commands.registerCommand('articleLens.serverInfo', async () => {
      const info = await client?.sendRequest<{ pid: number; uptimeMs: number; openDocuments: number; indexedArticles: number }>('articleLens/serverInfo');
      if (info) {
        void vscode.window.showInformationMessage(
          `Article Lens server: pid ${info.pid}, up ${Math.round(info.uptimeMs / 1000)} s, ${info.openDocuments} open, ${info.indexedArticles} articles indexed.`,
        );
      }
      return info;
    }),
    // VS Code's Outline sorts by position by default; event names start with their
    // date (weeks and quarters with their first day), so "Sort By: Name" is the timeline.
    vscode.commands.registerCommand('articleLens.showTimeline', async () => {
      await vscode.commands.executeCommand('outline.focus');
      await vscode.commands.executeCommand('outline.sortByName');
    }),
    // Opens the active article's quote sheet as an untitled Markdown document (returned for tests).
    vscode.commands.registerCommand('articleLens.exportQuoteSheet', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return undefined;
      const markdown = await client.sendRequest<string | null>('articleLens/quoteSheet', { uri: editor.document.uri.toString() });
      if (markdown === null) {
        void vscode.window.showInformationMessage('Article Lens: the active editor is not a news article.');
        return undefined;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
      await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      return markdown;
    }),
    vscode.commands.registerCommand('articleLens.analyzeToJson', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const json = await client.sendRequest('articleLens/analysis', { uri: editor.document.uri.toString() });
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(json, null, 2) });
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
