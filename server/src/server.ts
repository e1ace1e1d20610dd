// Protocol wiring only: connection, documents, settings, caching, cancellation.
// All analysis lives in ./analysis, all LSP shaping in ./features.
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  StreamMessageReader,
  FileChangeType,
  ProposedFeatures,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisHost } from './analysisHost';
import { openDocuments } from './documents';
import type { ArticleAnalysis, ArticleEvent } from './analysis/types';
import { toContract } from './analysis/contract';
import { LineIndex, type PositionEncoding } from './features/lineIndex';
import { quoteRows, quotesMarkdown } from './features/quoteSheet';
import { hoverAt } from './features/hover';
import { documentSymbols } from './features/documentSymbols';
import { diffTexts, shiftAnalysis } from './analysis/shift';
import { configProblem, diagnostics, reducedAnalysisDiagnostic } from './features/diagnostics';
import { CONFIG_FILE, NO_PROJECT, analyzeOptionsOf, reportFindings, reportedSeverity, type ArticleScope } from './config/projectConfig';
import { ProjectConfigs, describeConfigError, readConfigText, type ConfigError } from './config/load';
import { FIX_ALL_KIND, codeActions, fixAll, type ConfigTarget } from './features/codeActions';
import { DEFAULT_SETTINGS, readSettings, type ArticleLensSettings } from './features/settings';
import { definition, documentHighlights, prepareRename, references, rename } from './features/navigation';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { codeLenses } from './features/codeLens';
import { foldingRanges } from './features/folding';
import { inlayHints } from './features/inlayHints';
import { crossArticleReferences, otherArticles, workspaceSymbols } from './features/workspaceSymbols';
import { WorkspaceIndex, canonicalUri, toIndexed } from './workspace';
import { Lifecycle, REFUSE_METHOD, refuse, type Refusal } from './protocol';
import { documentTimeline, timelineResult, workspaceTimeline, type TimelineParams } from './features/timeline';
import { documentPeople, workspacePeople } from './features/people';
import { articleStats } from './features/articleStats';
import type { ViewParams } from './features/views';
import type { IndexedArticleView } from './features/workspaceSymbols';
import { onModelWarning } from './models';
import { AnswerBytes, AnswerWriter } from './answerBytes';
import { collectGarbageSooner } from './heap';

/** How long the server waits for a client's answer to its own requests (configuration, progress) before going on without it. */
const CLIENT_ANSWER_TIMEOUT_MS = 3000;

const lifecycle = new Lifecycle();
/** Whole-document answers (Outline, semantic tokens, folds) serialised once per analysis (answerBytes.ts; stdio only). */
const answerBytes = new AnswerBytes();
const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all, { messageStrategy: lifecycle });
const documents = new TextDocuments(openDocuments(() => positionEncoding));

interface Analysed {
  version: number;
  analysis: ArticleAnalysis;
  lines: LineIndex;
  /** Whole-document feature results for this analysis (outline, tokens, folds…), computed once. */
  memo: Map<string, unknown>;
  /** The project configuration (`.articlelens.json`) that applies to the document. */
  scope: ArticleScope;
}

function memo<T>(a: Analysed, key: string, compute: () => T): T {
  if (a.memo.has(key)) return a.memo.get(key) as T;
  // Memoised answers go out unchanged on every request: their JSON is made once too (answerBytes.ts).
  const value = answerBytes.keep(compute());
  a.memo.set(key, value);
  return value;
}

const lineIndexes = new Map<string, Analysed>();
const pendingDiagnostics = new Map<string, NodeJS.Timeout>();
/** The window-level settings (and the fallback for documents outside the workspace folders). */
let settings: ArticleLensSettings = DEFAULT_SETTINGS;
/** Resource-scoped settings per workspace folder, pulled with `workspace/configuration` and the folder as `scopeUri`. */
const folderSettings = new Map<string, ArticleLensSettings>();
const pendingFolderSettings = new Map<string, Promise<void>>();
let settingsGeneration = 0;
let pullConfiguration = false;
let watchFilesDynamically = false;
let folderEvents = false;
/** The client applies workspace edits that create files (the quick fixes that start an `.articlelens.json`). */
let canCreateFiles = false;
/**
 * The client saves a file on request (VS Code's extension registers it and says so in initializationOptions):
 * the silencing fixes then save the `.articlelens.json` they edit, so the file watcher reloads it whatever
 * the user's auto-save settings.
 */
const SAVE_FILE_COMMAND = 'articleLens.saveFile';
let saveCommand = false;
/** Negotiated in initialize: the client's most preferred of UTF-16 (always supported), UTF-8 and UTF-32. */
let positionEncoding: PositionEncoding = 'utf-16';
/** The client runs `articleLens.openLocation` from hover links (the VS Code extension says so). */
let commandLinks = false;
let workspaceFolders: string[] = [];
/** Configuration files currently shown with a problem (a diagnostic on the file). */
const invalidConfigs = new Set<string>();
const projects = new ProjectConfigs(
  (e: ConfigError) => {
    // Once per load: the file is read again only after it changes.
    connection.console.error(`Invalid Article Lens configuration ${describeConfigError(e)}`);
    const uri = pathToFileURL(e.file).toString();
    invalidConfigs.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [configProblem(e)] });
  },
  undefined,
  (file) => {
    const uri = pathToFileURL(file).toString();
    if (invalidConfigs.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  },
);

// Large workspace files are summarised in the analysis worker, after the open documents' analyses; articles
// that are not open are indexed with their project's house list and cues, like open ones.
const index = new WorkspaceIndex(
  (uri, text, encoding) => host.summarize(uri, text, encoding),
  (file) => analyzeOptionsOf(projects.forArticle(file).config),
);

/** The project configuration for a document: the nearest `.articlelens.json` above it (files only). */
function scopeOf(uri: string): ArticleScope {
  if (!uri.startsWith('file:')) return NO_PROJECT;
  try {
    return projects.forArticle(fileURLToPath(uri));
  } catch {
    return NO_PROJECT;
  }
}
let indexBuild: Promise<void> | null = null;
/** While the index is being built: files done and total (the client's status bar shows it). */
let indexing: { done: number; total: number } | null = null;

const host = new AnalysisHost(
  AnalysisHost.defaultWorkerScript(),
  (uri, version) => {
    // A large document's analysis just arrived: push what depends on it.
    const doc = documents.get(uri);
    if (!doc || doc.version !== version) return;
    publishDiagnostics(uri);
    void connection.languages.semanticTokens.refresh().catch(() => undefined);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
  },
  (message) => connection.console.warn(message),
);

/** The analysis of the document's current version (provisional for a large document still being analysed). */
function analysed(doc: TextDocument): Analysed {
  const hit = lineIndexes.get(doc.uri);
  const scope = scopeOf(doc.uri);
  const hosted = host.get(doc.uri, doc.version, doc.getText(), analyzeOptionsOf(scope.config));
  if (hit && hit.analysis === hosted.analysis) {
    hit.scope = scope;
    return hit;
  }
  const entry = { version: hosted.version, analysis: hosted.analysis, lines: new LineIndex(hosted.analysis.text, positionEncoding), memo: new Map<string, unknown>(), scope };
  lineIndexes.set(doc.uri, entry);
  return entry;
}

function publishDiagnostics(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  const { analysis, lines, version, scope } = analysed(doc);
  // A large document's first analysis is still running: its diagnostics come when it is done.
  if (!host.hasResults(uri, version)) return;
  const reduced = host.reducedReason(uri, version);
  void connection.sendDiagnostics({ uri, version, diagnostics: reduced ? [reducedAnalysisDiagnostic(reduced)] : diagnostics(analysis, lines, settingsOf(uri), undefined, scope) });
  if (settings.workspace.index && index.get(uri) && host.isFinal(uri, version)) index.setAnalysis(uri, analysis);
}

function scheduleDiagnostics(uri: string, delay: number): void {
  const prev = pendingDiagnostics.get(uri);
  if (prev) clearTimeout(prev);
  if (delay <= 0) {
    pendingDiagnostics.delete(uri);
    publishDiagnostics(uri);
    return;
  }
  pendingDiagnostics.set(
    uri,
    setTimeout(() => {
      pendingDiagnostics.delete(uri);
      publishDiagnostics(uri);
    }, delay),
  );
}

/** The errors vscode-jsonrpc's StreamMessageReader raises for a header it cannot frame a message with. */
const FRAMING_ERROR = /^(Header must provide a Content-Length|Content-Length value must be a number|Message header must separate key and value)/;

/**
 * Over stdio the reader is ours, so that a framing error (a malformed header)
 * ends the connection with a logged error: the library only fires an event
 * nobody listens to, and every later message is lost, which wedged the stream
 * silently. A body that is not JSON is still framed correctly: logged, skipped.
 */
function stdioConnection() {
  const reader = new StreamMessageReader(process.stdin);
  // StreamMessageWriter's framing, with kept answers written from their bytes (answerBytes.ts).
  const writer = new AnswerWriter(process.stdout, answerBytes);
  const c = createConnection(ProposedFeatures.all, reader, writer, { messageStrategy: lifecycle });
  reader.onError((e) => {
    const first = e.message.split('\n')[0];
    if (!FRAMING_ERROR.test(first)) {
      // The reader also reports errors of the message it was delivering (a body that is not JSON,
      // a $/cancelRequest without an id): the framing is intact, so the stream goes on.
      c.console.warn(`Article Lens ignored a malformed message: ${first}`);
      return;
    }
    const message = `Article Lens: malformed message stream, closing the connection: ${first}`;
    process.stderr.write(message + '\n');
    c.console.error(message);
    setImmediate(() => process.exit(1));
  });
  const end = () => process.exit(lifecycle.state === 'shutdown' ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  // stdout is the protocol: stray console output from anywhere goes to the client's log instead.
  console.log = console.info = (...args: unknown[]) => c.console.info(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => c.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => c.console.error(args.map(String).join(' '));
  return c;
}

/** The client's answer, or `fallback` when it does not answer in time (some clients never do). */
function withinClientTimeout<T>(p: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), CLIENT_ANSWER_TIMEOUT_MS);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

async function reloadSettings(pushed?: unknown): Promise<void> {
  let raw: unknown = pushed;
  if (pullConfiguration) {
    try {
      const NO_ANSWER = Symbol('no answer');
      const answer = await withinClientTimeout<unknown>(connection.workspace.getConfiguration('articleLens'), NO_ANSWER);
      if (answer === NO_ANSWER) connection.console.warn(`Article Lens got no answer to workspace/configuration within ${CLIENT_ANSWER_TIMEOUT_MS} ms. Using defaults.`);
      else raw = answer;
    } catch (e) {
      connection.console.warn(`Article Lens could not read its settings: ${e instanceof Error ? e.message : String(e)}. Using defaults.`);
    }
  }
  const { settings: next, problems } = readSettings(raw);
  for (const p of problems) connection.console.warn(`Invalid setting: ${p}`);
  settings = next;
  host.setMaxDocumentSize(settings.analysis.maxDocumentSizeMB);
}

connection.onRequest(REFUSE_METHOD, (params: Refusal) => refuse(params));

/**
 * The client's first listed encoding we can keep exact: the engine's offsets
 * are UTF-16, and LineIndex converts them to UTF-8 bytes or code points.
 * Without a list (or without a known entry) it is UTF-16, which every client supports.
 */
function negotiateEncoding(offered: unknown): PositionEncoding {
  if (!Array.isArray(offered)) return 'utf-16';
  const known = offered.find((e): e is PositionEncoding => e === 'utf-16' || e === 'utf-8' || e === 'utf-32');
  return known ?? 'utf-16';
}

/** The workspace folder holding the document (the innermost one), or null. */
function folderOf(uri: string): string | null {
  let best: string | null = null;
  for (const f of workspaceFolders) if (uri.startsWith(f.endsWith('/') ? f : `${f}/`) && (!best || f.length > best.length)) best = f;
  return best;
}

/** The settings for a document: its folder's, once pulled, else the window-level ones. */
function settingsOf(uri: string): ArticleLensSettings {
  const folder = folderOf(uri);
  return (folder && folderSettings.get(folder)) || settings;
}

/** Pulls the document's folder settings if they are not known yet (multi-root folders may differ). */
function ensureFolderSettings(uri: string): Promise<void> {
  const folder = folderOf(uri);
  if (!pullConfiguration || !folder || folderSettings.has(folder)) return Promise.resolve();
  const known = pendingFolderSettings.get(folder);
  if (known) return known;
  // Settings reloaded meanwhile (didChangeConfiguration) make this answer stale: it is dropped.
  const generation = settingsGeneration;
  const keep = (next: ArticleLensSettings) => {
    if (generation === settingsGeneration) folderSettings.set(folder, next);
  };
  const pending: Promise<void> = connection.workspace
    .getConfiguration({ scopeUri: folder, section: 'articleLens' })
    .then(
      (raw: unknown) => {
        const { settings: next, problems } = readSettings(raw);
        for (const p of problems) connection.console.warn(`Invalid setting in ${folder}: ${p}`);
        keep(next);
      },
      () => keep(settings),
    )
    .finally(() => {
      if (pendingFolderSettings.get(folder) === pending) pendingFolderSettings.delete(folder);
    })
    // Dropped as stale: ask again under the new settings.
    .then(() => (generation === settingsGeneration ? undefined : ensureFolderSettings(uri)));
  pendingFolderSettings.set(folder, pending);
  return pending;
}

/** Publishes a document's diagnostics once its folder's settings are known. */
function publishWithSettings(uri: string): void {
  void ensureFolderSettings(uri).then(() => publishDiagnostics(uri));
}

// A model file that is missing or corrupt is said once in the log; the analysis goes on without it.
onModelWarning((m) => connection.console.warn(`Article Lens: ${m}`));

const WARM_UP_FEATURE_RUNS = Number(process.env.ARTICLE_LENS_WARM_UP_RUNS ?? 20);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  // Before answering, so no document waits behind it (this also reads the models).
  const warm = AnalysisHost.warmUp();
  // The first document's diagnostics then run on compiled feature code too (LineIndex, diagnostics).
  for (let i = 0; i < WARM_UP_FEATURE_RUNS; i++) diagnostics(warm, new LineIndex(warm.text), DEFAULT_SETTINGS);
  // And what runs once per edit of a large document (the carry-over, the Outline): rare calls, so otherwise
  // always cold code on the protocol thread while the worker analyses (issue 18).
  for (let i = 0; i < WARM_UP_FEATURE_RUNS; i++) {
    const text = warm.text.slice(0, warm.text.length >> 1) + `Edit ${i}.\n\n` + warm.text.slice(warm.text.length >> 1);
    const shifted = shiftAnalysis(warm, text, diffTexts(warm.text, text));
    const symbolCache = new WeakMap<ArticleEvent, DocumentSymbol>();
    for (const a of [warm, shifted]) documentSymbols(a, new LineIndex(a.text), { includeUndated: true, symbolCache, groupAbove: 1 });
  }
  // The protocol thread and the analysis worker (started later) alike (heap.ts). After the warm-up, not
  // before: from a small heap the tighter step made the first document's open pay for a collection
  // (seed didOpen → diagnostics on fresh servers, median of 10 each, alternating: 25.2 ms before, 30.7 ms).
  collectGarbageSooner();
  // Params arrive sanitised (protocol.ts): capabilities is an object, workspaceFolders an array or null.
  const workspace = params.capabilities.workspace;
  pullConfiguration = !!workspace?.configuration;
  watchFilesDynamically = !!workspace?.didChangeWatchedFiles?.dynamicRegistration;
  folderEvents = !!workspace?.workspaceFolders;
  positionEncoding = negotiateEncoding(params.capabilities.general?.positionEncodings);
  index.encoding = positionEncoding;
  const workspaceEdit = workspace?.workspaceEdit;
  canCreateFiles = !!workspaceEdit?.documentChanges && !!workspaceEdit.resourceOperations?.includes('create');
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
  const init = params.initializationOptions as { settings?: unknown; commandLinks?: unknown; clientCommands?: unknown } | undefined;
  commandLinks = init?.commandLinks === true;
  saveCommand = Array.isArray(init?.clientCommands) && init.clientCommands.includes(SAVE_FILE_COMMAND);
  if (init?.settings !== undefined) {
    const { settings: next, problems } = readSettings(init.settings);
    settings = next;
    host.setMaxDocumentSize(settings.analysis.maxDocumentSizeMB);
    for (const p of problems) connection.console.warn(`Invalid setting: ${p}`);
  }
  return {
    capabilities: {
      positionEncoding,
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      documentSymbolProvider: { label: 'Article events' },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      semanticTokensProvider: { legend: LEGEND, full: true },
      codeLensProvider: { resolveProvider: false },
      foldingRangeProvider: true,
      inlayHintProvider: true,
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'article-lens', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  void reloadSettings().then(() => {
    for (const doc of documents.all()) publishWithSettings(doc.uri);
    startIndexBuild();
  });
  if (watchFilesDynamically) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{article,txt}' }, { globPattern: `**/${CONFIG_FILE}` }] });
  }
  if (folderEvents) connection.workspace.onDidChangeWorkspaceFolders((e) => {
    const removed = new Set(e.removed.map((r) => canonicalUri(r.uri)));
    workspaceFolders = workspaceFolders.filter((f) => !removed.has(canonicalUri(f))).concat(e.added.map((a) => a.uri));
    // Decided on real paths by the index, not on URI prefixes (which differ in spelling between clients).
    for (const r of e.removed) folderSettings.delete(r.uri);
    index.setFolders(workspaceFolders);
    index.pruneOutsideFolders();
    startIndexBuild();
  });
});

/** Indexes the workspace folders in the background, with progress in the client. */
function startIndexBuild(): void {
  if (!settings.workspace.index || !workspaceFolders.length) return;
  index.setFolders(workspaceFolders);
  const run = async () => {
    const started = Date.now();
    // The progress bar is created alongside, not first: a client slow to answer (or never answering)
    // window/workDoneProgress/create must not hold the index back.
    type Progress = Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>>;
    let progress: Progress | null = null;
    let finished = false;
    void withinClientTimeout(connection.window.createWorkDoneProgress().catch(() => null), null).then((p) => {
      if (!p) return;
      if (finished) return p.done();
      progress = p;
      p.begin('Article Lens: indexing articles', 0, undefined, true);
    });
    let shownPercent = -1;
    const n = await index.build(
      (done, total) => {
        indexing = { done, total };
        const percent = total ? Math.floor((100 * done) / total) : 100;
        // One message per percent: a workspace of thousands of files must not flood the client.
        if (percent === shownPercent && done !== total) return;
        shownPercent = percent;
        progress?.report(percent, `${done}/${total} files`);
        void connection.sendNotification('articleLens/indexProgress', { done, total, indexing: true });
      },
      () => !!progress?.token.isCancellationRequested,
    );
    finished = true;
    indexing = null;
    (progress as Progress | null)?.done();
    void connection.sendNotification('articleLens/indexProgress', { done: n, total: n, indexing: false });
    const skipped = index.takeTooLarge();
    if (skipped) connection.console.info(skipped);
    connection.console.info(`Indexed ${n} articles in ${Date.now() - started} ms.`);
  };
  indexBuild = (indexBuild ?? Promise.resolve()).then(run, run).catch((e) => {
    connection.console.warn(`Article Lens could not index the workspace: ${e instanceof Error ? e.message : String(e)}`);
  });
}

connection.onDidChangeWatchedFiles((e) => {
  // Malformed changes (null, a non-string uri) are skipped.
  const changes = (Array.isArray(e?.changes) ? e.changes : []).filter((c) => typeof c?.uri === 'string');
  const isConfig = (uri: string) => uri.endsWith(`/${CONFIG_FILE}`);
  const configChanges = changes.filter((c) => isConfig(c.uri));
  if (configChanges.length) {
    // Which file is nearest can change too (one created or deleted in a subfolder): forget them all.
    projects.forget();
    for (const c of configChanges) {
      if (c.type !== FileChangeType.Deleted && c.uri.startsWith('file:')) {
        try {
          projects.configAt(fileURLToPath(c.uri)); // reports a problem, or clears it
        } catch {
          // file://host/… and other URIs with no local path.
        }
      } else if (invalidConfigs.delete(c.uri)) void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
    }
    for (const doc of documents.all()) publishDiagnostics(doc.uri);
    // The house list and cues change what the index knows of articles that are not open.
    startIndexBuild();
  }
  if (!settings.workspace.index) return;
  const files: string[] = [];
  for (const c of changes) {
    if (isConfig(c.uri)) continue;
    if (c.type === FileChangeType.Deleted) index.remove(c.uri);
    else if (!documents.get(c.uri) && c.uri.startsWith('file:')) {
      try {
        files.push(fileURLToPath(c.uri));
      } catch {
        // file://host/… and other URIs with no local path.
      }
    }
  }
  if (!files.length) return;
  // In time slices like the initial build: a checkout that touches a thousand articles must not freeze requests.
  indexBuild = (indexBuild ?? Promise.resolve())
    .then(() => index.indexFiles(files))
    .then(() => {
      const skipped = index.takeTooLarge();
      if (skipped) connection.console.info(skipped);
    })
    .catch((err) => connection.console.warn(`Article Lens could not index changed files: ${err instanceof Error ? err.message : String(err)}`));
});

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { articleLens?: unknown } | undefined)?.articleLens;
  // Every folder's settings may have changed: pull them again as documents need them.
  settingsGeneration++;
  folderSettings.clear();
  pendingFolderSettings.clear();
  void reloadSettings(pushed).then(() => {
    for (const doc of documents.all()) publishWithSettings(doc.uri);
  });
});

documents.onDidOpen((e) => {
  const uri = e.document.uri;
  void ensureFolderSettings(uri).then(() => scheduleDiagnostics(uri, 0));
});
documents.onDidChangeContent((e) => scheduleDiagnostics(e.document.uri, settings.analysis.debounceMs));
documents.onDidClose((e) => {
  const t = pendingDiagnostics.get(e.document.uri);
  if (t) clearTimeout(t);
  pendingDiagnostics.delete(e.document.uri);
  lineIndexes.delete(e.document.uri);
  host.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** Runs a request against the document's analysis; unknown documents and cancelled requests answer null. */
function withDocument<T>(uri: string, token: CancellationToken, fn: (a: Analysed, doc: TextDocument) => T): T | null {
  const doc = documents.get(uri);
  if (!doc || token.isCancellationRequested) return null;
  const a = analysed(doc);
  if (token.isCancellationRequested) return null;
  return fn(a, doc);
}

/**
 * Like withDocument, for requests about one position or mention (hover,
 * definition, references, highlights, rename, code actions): on a large
 * document whose analysis for this version is still provisional (carried over
 * the edit, possibly missing what the edit added) the answer would be stale,
 * so the client gets ContentModified and asks again later.
 */
function withExactDocument<T>(uri: string, token: CancellationToken, fn: (a: Analysed, doc: TextDocument) => T): T | null {
  const doc = documents.get(uri);
  if (!doc || token.isCancellationRequested) return null;
  const notReady = () => new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; its analysis for this version is not ready yet.');
  // Before building a provisional analysis this answer would not use.
  if (host.awaitsAnalysis(uri, doc.version, doc.getText(), analyzeOptionsOf(scopeOf(uri).config))) throw notReady();
  const a = analysed(doc);
  if (!host.isFinal(uri, doc.version)) throw notReady();
  if (token.isCancellationRequested) return null;
  return fn(a, doc);
}

connection.onHover((params, token) =>
  settingsOf(params.textDocument.uri).hover.enabled ? withExactDocument(params.textDocument.uri, token, ({ analysis, lines }) =>
        hoverAt(analysis, lines, lines.offsetAt(params.position), {
          uri: params.textDocument.uri,
          links: commandLinks ? 'command' : 'file',
          otherArticles: index.size ? (p) => otherArticles(index.all(), p, canonicalUri(params.textDocument.uri), 5, index.identity()) : undefined,
        }),
      )
    : null,
);

/** Outline symbols by event object, per position encoding: what an edit left as it was keeps its symbol (documentSymbols). */
const outlineSymbolCaches = new Map<PositionEncoding, WeakMap<ArticleEvent, DocumentSymbol>>();
function outlineSymbols(encoding: PositionEncoding): WeakMap<ArticleEvent, DocumentSymbol> {
  let cache = outlineSymbolCaches.get(encoding);
  if (!cache) outlineSymbolCaches.set(encoding, (cache = new WeakMap()));
  return cache;
}

connection.onDocumentSymbol((params, token) =>
  settingsOf(params.textDocument.uri).outline.enabled
    ? withDocument(params.textDocument.uri, token, (a) => {
        const includeUndated = settingsOf(params.textDocument.uri).outline.includeUndated;
        return memo(a, `symbols:${includeUndated}`, () => documentSymbols(a.analysis, a.lines, { includeUndated, symbolCache: outlineSymbols(a.lines.encoding) }));
      })
    : [],
);

/** `kind` is `base` or a sub-kind of it (`source.fixAll.articleLens` is in `source` and `source.fixAll`). */
const inKind = (base: string, kind: string) => kind === base || kind.startsWith(`${base}.`);

connection.onCodeAction((params, token) => {
  const uri = params.textDocument.uri;
  if (!settingsOf(uri).codeActions.enabled) return [];
  const only = Array.isArray(params.context?.only) ? params.context.only : undefined;
  return withExactDocument(uri, token, ({ analysis, lines, scope }) => [
    ...(!only || only.some((k) => inKind(k, 'quickfix')) ? codeActions(analysis, lines, uri, params.context.diagnostics, configTarget(uri), saveCommand ? SAVE_FILE_COMMAND : undefined) : []),
    ...(only?.some((k) => inKind(k, FIX_ALL_KIND))
      ? fixAll(analysis, lines, uri, reportFindings(analysis, scope, settingsOf(uri).diagnostics.severity).map((r) => r.finding))
      : []),
  ]);
});

/**
 * Where "Ignore this quotation" and "Turn off <rule>" write: the `.articlelens.json` that applies to the
 * document, else a new one at the root of its workspace folder (or beside it), if the client can create files.
 */
function configTarget(docUri: string): ConfigTarget | null {
  if (!docUri.startsWith('file:')) return null;
  const file = fileURLToPath(docUri);
  const existing = projects.fileFor(file);
  if (existing) {
    const text = readConfigText(existing);
    return text === null ? null : { uri: pathToFileURL(existing).toString(), text };
  }
  if (!canCreateFiles) return null;
  const folder = folderOf(docUri);
  const dir = folder ? fileURLToPath(folder) : path.dirname(file);
  return { uri: pathToFileURL(path.join(dir, CONFIG_FILE)).toString(), text: null };
}

connection.onDefinition((params, token) =>
  withExactDocument(params.textDocument.uri, token, ({ analysis, lines }) => definition(analysis, lines, params.textDocument.uri, lines.offsetAt(params.position))),
);

connection.onReferences((params, token) =>
  withExactDocument(params.textDocument.uri, token, ({ analysis, lines }) => {
    const offset = lines.offsetAt(params.position);
    const local = references(analysis, lines, params.textDocument.uri, offset, params.context.includeDeclaration);
    if (!settingsOf(params.textDocument.uri).references.includeOtherArticles || !local.length) return local;
    const m = analysis.mentions.find((x) => x.start <= offset && offset <= x.end);
    const p = m && analysis.people.find((x) => x.id === m.person);
    return p ? local.concat(crossArticleReferences(index.all(), p, canonicalUri(params.textDocument.uri), index.identity())) : local;
  }),
);

connection.onDocumentHighlight((params, token) =>
  withExactDocument(params.textDocument.uri, token, ({ analysis, lines }) => documentHighlights(analysis, lines, lines.offsetAt(params.position))),
);

connection.onPrepareRename((params, token) => {
  const r = withExactDocument(params.textDocument.uri, token, ({ analysis, lines }) => prepareRename(analysis, lines, lines.offsetAt(params.position)));
  if (r && 'message' in r) throw new ResponseError(-32803 /* RequestFailed */, r.message);
  return r;
});

connection.onRenameRequest((params, token) => {
  const r = withExactDocument(params.textDocument.uri, token, ({ analysis, lines }) => rename(analysis, lines, lines.offsetAt(params.position), params.newName));
  if (!r) return null;
  if (!r.ok) throw new ResponseError(-32803 /* RequestFailed */, r.message);
  return { changes: { [params.textDocument.uri]: r.edits } };
});

connection.languages.semanticTokens.on((params, token) =>
  withDocument(params.textDocument.uri, token, (a) => memo(a, 'semanticTokens', () => semanticTokens(a.analysis, a.lines))) ?? { data: [] },
);

connection.onCodeLens((params, token) => withDocument(params.textDocument.uri, token, ({ analysis, lines }) => codeLenses(analysis, lines)) ?? []);

connection.onFoldingRanges((params, token) => withDocument(params.textDocument.uri, token, (a) => memo(a, 'folding', () => foldingRanges(a.analysis, a.lines))) ?? []);

connection.languages.inlayHint.on((params, token) =>
  settingsOf(params.textDocument.uri).inlayHints.enabled ? withDocument(params.textDocument.uri, token, ({ analysis, lines }) => inlayHints(analysis, lines, params.range)) ?? [] : [],
);

connection.onWorkspaceSymbol((params, token) => (token.isCancellationRequested ? [] : workspaceSymbols(index.all(), params.query, index.identity())));

const startedAt = Date.now();

/** `articleLens/serverInfo`: what the server is doing (for "Article Lens: Show Server Info"). */
connection.onRequest('articleLens/serverInfo', () => ({
  pid: process.pid,
  version: '0.1.0',
  uptimeMs: Date.now() - startedAt,
  openDocuments: documents.all().length,
  indexedArticles: index.size,
}));

/** The indexed articles, with the active one as it is in the editor now (not as the index last saw it). */
function articlesWithCurrent(uri: string, a: Analysed): IndexedArticleView[] {
  const self = canonicalUri(uri);
  const others = [...index.all()].filter((x) => x.uri !== self);
  return [toIndexed(uri, a.analysis, positionEncoding), ...others];
}

/** `articleLens/timeline`: the Timeline view's events (the active article's, or the workspace's merged). */
connection.onRequest('articleLens/timeline', (params: TimelineParams, token) =>
  withDocument(params.uri, token, (a) => {
    const scope = params.scope === 'workspace' ? 'workspace' : 'document';
    const events = scope === 'workspace' ? workspaceTimeline(articlesWithCurrent(params.uri, a)) : memo(a, 'timeline', () => documentTimeline(a.analysis, a.lines, params.uri));
    return { ...timelineResult(scope, events, params.person), indexing };
  }),
);

/** `articleLens/people`: the People view's people and organisations. */
connection.onRequest('articleLens/people', (params: ViewParams, token) =>
  withDocument(params.uri, token, (a) =>
    params.scope === 'workspace'
      ? { ...workspacePeople(articlesWithCurrent(params.uri, a), params.uri), indexing }
      : { ...memo(a, 'people', () => documentPeople(a.analysis, a.lines, params.uri)), indexing },
  ),
);

/** `articleLens/stats`: the status bar's counts for the active article, and the index's progress. */
connection.onRequest('articleLens/stats', (params: { uri: string }, token) =>
  withDocument(params.uri, token, (a) => ({ ...articleStats(a.analysis, a.lines, settingsOf(params.uri), a.scope), indexing, indexedArticles: index.size })),
);

/** A file: URI as a path; other URIs as they are. */
function pathOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

/** `articleLens/quoteSheet`: the quote sheet of an open document as Markdown (for "Export Quote Sheet"), as `article-lens quotes --format md` prints it. */
connection.onRequest('articleLens/quoteSheet', (params: { uri: string }, token) =>
  withExactDocument(typeof params?.uri === 'string' ? params.uri : '', token, ({ analysis, lines }) => {
    const name = displayPath(params.uri);
    return quotesMarkdown(quoteRows(name, analysis, lines), `Quote sheet: ${name}`);
  }),
);

/** A document's path as people read it: relative to its workspace folder, else the file path, else the URI. */
function displayPath(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  const folder = folderOf(uri);
  const file = fileURLToPath(uri);
  return folder ? path.relative(fileURLToPath(folder), file).split(path.sep).join('/') : file;
}

/** How long "Show Analysis as JSON" waits for a large document's analysis of its current version. */
const EXACT_ANALYSIS_WAIT_MS = 60_000;

/**
 * `articleLens/analysis`: the CLI's JSON contract for an open document (used by "Show Analysis as JSON").
 * A contract from a provisional analysis would be stale data, so a large document's request waits (polling,
 * cancellable) until the analysis of its current version has landed, and answers ContentModified if it never does.
 */
connection.onRequest('articleLens/analysis', async (params: { uri: string; file?: string }, token) => {
  const uri = typeof params?.uri === 'string' ? params.uri : '';
  for (const until = Date.now() + EXACT_ANALYSIS_WAIT_MS; ; ) {
    const doc = documents.get(uri);
    if (!doc || token.isCancellationRequested) return null;
    analysed(doc); // schedules the analysis of this version if needed
    if (host.isFinal(uri, doc.version)) break;
    if (Date.now() > until) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document keeps changing; its analysis did not catch up.');
    await new Promise((r) => setTimeout(r, 100));
  }
  return withExactDocument(uri, token, ({ analysis, scope }) =>
    // `file` is the path as the client gives it, else the document's path: never a URI.
    toContract(typeof params.file === 'string' && params.file ? params.file : pathOf(uri), analysis, (_code, _def, f) => reportedSeverity(f, analysis, scope, settingsOf(uri).diagnostics.severity)),
  );
});

process.on('uncaughtException', (e) => {
  connection.console.error(`Article Lens server error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
});

documents.listen(connection);
connection.listen();
