// Starts the Article Lens language server, registers the commands, the Timeline and People views and the
// status bar item. No analysis here: everything shown comes from the server.
import * as path from 'path';
import * as vscode from 'vscode';
import { OPEN_LOCATION, PeopleView, TimelineView, toRange, type ItemSnapshot, type LspRange, type ViewHost } from './views';
import { statusText, type Stats } from './statusBar';
import { traceChannelFor } from './traceChannel';
import {
  LanguageClient,
  State,
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

const LANG = 'news-article';
/** Scheme of the read-only "Show Analysis as JSON" documents; the query is the article's URI. */
const ANALYSIS_SCHEME = 'article-lens-analysis';

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
  const traceChannel = traceChannelFor(output, 'articleLens');
  context.subscriptions.push(traceChannel);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANG }],
    synchronize: { configurationSection: 'articleLens' },
    outputChannel: output,
    traceOutputChannel: traceChannel,
    // Hover links ("first mentioned on line 13", other articles) run this one command, and only it.
    markdown: { isTrusted: { enabledCommands: [OPEN_LOCATION] } },
    // Commands of this extension the server may attach to code actions (saving an edited .articlelens.json),
    // and hover links that run our "go to location" command.
    initializationOptions: { clientCommands: ['articleLens.saveFile'], commandLinks: true },
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
    vscode.commands.registerCommand(OPEN_LOCATION, async (uri: string, at: number | LspRange) => {
      const range = typeof at === 'number' ? new vscode.Range(at, 0, at, 0) : toRange(at);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.workspace.registerTextDocumentContentProvider(ANALYSIS_SCHEME, {
      provideTextDocumentContent: async (uri) => {
        const source = vscode.Uri.parse(decodeURIComponent(uri.query));
        // The contract's `file` is the path as given, as `article-lens analyze` prints it: here the
        // path relative to the workspace folder (absolute outside one), never a file:// URI.
        const file = source.scheme === 'file' ? vscode.workspace.asRelativePath(source, false) : source.path;
        const json = await client?.sendRequest('articleLens/analysis', { uri: source.toString(), file });
        return json ? JSON.stringify(json, null, 2) + '\n' : `// ${file} is not open as a News Article\n`;
      },
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
      const src = editor.document.uri;
      const name = path.posix.basename(src.path) || 'article';
      const uri = vscode.Uri.from({ scheme: ANALYSIS_SCHEME, path: `/${name}.analysis.json`, query: encodeURIComponent(src.toString()) });
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
      return uri.toString();
    }),
  );
  registerViews(context);
  await client.start();
}

/** The article the views follow: the active editor's when it is one, else the last one (still open). */
function articleTracker(): { current(): vscode.Uri | undefined; onChange: vscode.Event<void>; dispose(): void } {
  let last: vscode.Uri | undefined;
  const changed = new vscode.EventEmitter<void>();
  const pick = (e: vscode.TextEditor | undefined) => {
    if (e && e.document.languageId === LANG && e.document.uri.scheme !== ANALYSIS_SCHEME) {
      if (last?.toString() !== e.document.uri.toString()) {
        last = e.document.uri;
        changed.fire();
      }
    }
  };
  pick(vscode.window.activeTextEditor);
  const subs = [
    vscode.window.onDidChangeActiveTextEditor(pick),
    // A .txt article switches to News Article after it opened.
    vscode.workspace.onDidOpenTextDocument(() => pick(vscode.window.activeTextEditor)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (last && d.uri.toString() === last.toString()) {
        last = undefined;
        pick(vscode.window.activeTextEditor);
        changed.fire();
      }
    }),
  ];
  return {
    current: () => last,
    onChange: changed.event,
    dispose: () => {
      subs.forEach((s) => s.dispose());
      changed.dispose();
    },
  };
}

function registerViews(context: vscode.ExtensionContext): void {
  const article = articleTracker();
  const host: ViewHost = {
    activeArticle: () => article.current(),
    request: async <R>(method: string, params: unknown) => {
      if (!client || !client.isRunning()) return null;
      try {
        return await client.sendRequest<R | null>(method, params);
      } catch {
        return null;
      }
    },
  };
  const timeline = new TimelineView(host);
  const people = new PeopleView(host);
  const timelineTree = vscode.window.createTreeView('articleLens.timeline', { treeDataProvider: timeline, showCollapseAll: false });
  const peopleTree = vscode.window.createTreeView('articleLens.people', { treeDataProvider: people, showCollapseAll: true });
  timeline.view = timelineTree;
  people.view = peopleTree;
  void vscode.commands.executeCommand('setContext', 'articleLens.timelineScope', 'document');
  void vscode.commands.executeCommand('setContext', 'articleLens.peopleScope', 'document');
  void vscode.commands.executeCommand('setContext', 'articleLens.timelineFiltered', false);

  const status = vscode.window.createStatusBarItem('articleLens.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Article Lens';
  status.command = 'articleLens.openViews';
  let stats: Stats | null = null;
  let indexing: { done: number; total: number } | null = null;
  let statsGeneration = 0;
  const render = () => {
    const t = statusText(stats, indexing);
    if (!t) return status.hide();
    status.text = t.text;
    status.tooltip = t.tooltip;
    status.accessibilityInformation = { label: t.tooltip.split('\n').slice(0, -1).join('. ') };
    status.show();
  };
  const refreshStats = async () => {
    const gen = ++statsGeneration;
    const uri = article.current();
    const next = uri ? await host.request<Stats>('articleLens/stats', { uri: uri.toString() }) : null;
    if (gen !== statsGeneration) return;
    stats = next;
    if (next) indexing = next.indexing;
    render();
  };
  let statsPending: Promise<void> = Promise.resolve();
  const refreshAll = () => {
    statsPending = refreshStats();
    void timeline.refresh();
    void people.refresh();
  };

  // Edits: ask again once typing pauses (the server debounces its own analysis the same way).
  let typing: NodeJS.Timeout | undefined;
  const onEdit = (e: vscode.TextDocumentChangeEvent) => {
    if (e.document.uri.toString() !== article.current()?.toString() || !e.contentChanges.length) return;
    if (typing) clearTimeout(typing);
    typing = setTimeout(refreshAll, 400);
  };

  context.subscriptions.push(
    article,
    timelineTree,
    peopleTree,
    status,
    { dispose: () => typing && clearTimeout(typing) },
    article.onChange(refreshAll),
    vscode.workspace.onDidChangeTextDocument(onEdit),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const uri = article.current()?.toString();
      if (uri && e.uris.some((u) => u.toString() === uri)) statsPending = refreshStats();
    }),
    client!.onDidChangeState((e) => {
      if (e.newState === State.Running) refreshAll();
    }),
    client!.onNotification('articleLens/indexProgress', (p: { done: number; total: number; indexing: boolean }) => {
      indexing = p.indexing ? { done: p.done, total: p.total } : null;
      render();
      // The workspace views grow as articles are indexed; at the end, every view is complete.
      if (!p.indexing || p.done === p.total) {
        void timeline.refresh();
        void people.refresh();
        statsPending = refreshStats();
      }
    }),
    vscode.commands.registerCommand('articleLens.openViews', async () => {
      await vscode.commands.executeCommand('articleLens.people.focus');
      await vscode.commands.executeCommand('articleLens.timeline.focus');
    }),
    vscode.commands.registerCommand('articleLens.openTimeline', () => vscode.commands.executeCommand('articleLens.timeline.focus')),
    vscode.commands.registerCommand('articleLens.openPeople', () => vscode.commands.executeCommand('articleLens.people.focus')),
    vscode.commands.registerCommand('articleLens.timeline.showWorkspace', () => timeline.setScope('workspace')),
    vscode.commands.registerCommand('articleLens.timeline.showArticle', () => timeline.setScope('document')),
    vscode.commands.registerCommand('articleLens.people.showWorkspace', () => people.setScope('workspace')),
    vscode.commands.registerCommand('articleLens.people.showArticle', () => people.setScope('document')),
    vscode.commands.registerCommand('articleLens.timeline.clearFilter', () => timeline.setPerson(undefined)),
    // With a person key (tests, keybindings) the filter applies directly; without one, the user picks.
    vscode.commands.registerCommand('articleLens.timeline.filterByPerson', async (key?: string) => {
      await timeline.settled();
      const choices = timeline.result?.people ?? [];
      if (typeof key === 'string') {
        const p = choices.find((c) => c.key === key);
        return timeline.setPerson(p ? { key: p.key, name: p.name } : { key, name: key });
      }
      const picked = await vscode.window.showQuickPick(
        choices.map((c) => ({ label: c.name, description: `${c.events} event${c.events === 1 ? '' : 's'}`, key: c.key })),
        { title: 'Timeline: show the events of…', placeHolder: choices.length ? 'a person' : 'nobody is named in these events' },
      );
      if (picked) await timeline.setPerson({ key: picked.key, name: picked.label });
    }),
    // For the extension-host tests: what the views and the status bar show, after pending refreshes land.
    vscode.commands.registerCommand('articleLens.viewContents', async (): Promise<{ article: string | null; timeline: { scope: string; person: string | null; description: string | null; items: ItemSnapshot[] }; people: { scope: string; description: string | null; items: ItemSnapshot[] }; status: { text: string; tooltip: string; visible: boolean } | null }> => {
      await Promise.all([timeline.settled(), people.settled(), statsPending]);
      const t = statusText(stats, indexing);
      return {
        article: article.current()?.toString() ?? null,
        timeline: { scope: timeline.scope, person: timeline.person?.key ?? null, description: timelineTree.description ?? null, items: timeline.snapshot() },
        people: { scope: people.scope, description: peopleTree.description ?? null, items: people.snapshot() },
        status: t ? { text: status.text, tooltip: String(status.tooltip ?? ''), visible: true } : null,
      };
    }),
  );
  refreshAll();

  // A newcomer should see who is in the article and what happened when without knowing where to look:
  // the first time an article is open (once per installation), the Article Lens side bar is shown. Focus
  // goes back to the editor; from then on VS Code remembers whatever layout the user chooses.
  const SHOWN = 'articleLens.viewsShownOnce';
  const revealOnce = async () => {
    if (context.globalState.get(SHOWN) || !article.current()) return;
    await context.globalState.update(SHOWN, true);
    await vscode.commands.executeCommand('workbench.view.extension.articleLens');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  };
  context.subscriptions.push(article.onChange(() => void revealOnce()));
  void revealOnce();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
