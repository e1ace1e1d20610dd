// The workspace index: a compact summary of every article in the workspace
// folders, built in the background and kept current from file events and
// open documents. Besides `config/load.ts` (the project's `.articlelens.json`),
// this is the server's only file-system reader: it reads regular files under the workspace folders, never follows symbolic links and
// never leaves the folders. "Under the folders" is decided on real paths
// (fs.realpath of the file against the realpath'd folders), for listed files
// and file events alike: a path through a symlinked directory that points
// outside is refused before anything is read.
//
// Keys are canonical `file:` URIs (canonicalUri): clients spell the same file
// differently (VS Code escapes ' ( ) as %27 %28 %29, node does not), and a key
// per spelling made an open document "also in another article" (itself) and
// let delete events miss their entry.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { analyzeArticle } from '../analysis/analyze';
import { sharedModels } from '../models';
import { PersonIdentity, summarize } from '../analysis/summary';
import type { AnalyzeOptions, ArticleAnalysis } from '../analysis/types';
import type { IndexedArticleView } from '../features/workspaceSymbols';
import { LineIndex, type PositionEncoding } from '../features/lineIndex';
import type { Range } from 'vscode-languageserver-types';

/** Each article's summary plus the LSP ranges of its people's name mentions (parallel to summary.people) and events. */
export type IndexedArticle = IndexedArticleView;

const DATELINE_PREFIX = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}/;
/**
 * Files indexed from disk up to this size are analysed on the protocol thread
 * (about 1–1.5 ms per KB, so a request waits at most ~100 ms behind one).
 */
export const INDEX_MAIN_THREAD_BYTES = 64 * 1024;
/**
 * Larger files, up to this size, are summarised in the analysis worker when
 * the index has one, behind the open documents' analyses; beyond it (or over
 * the main-thread size without a worker) files are listed but not analysed,
 * with one log line. A 19 MB article once froze hovers for 48 s.
 */
export const INDEX_MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Index work runs in slices of about this long, then yields so that requests are answered in between. */
export const INDEX_SLICE_MS = 10;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);

/**
 * One spelling per file: a `file:` URI parsed to its path and printed back by
 * node. Other schemes (untitled:, …) and URIs node cannot parse are kept as given.
 */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/** Whether a file is an article by name, or by its first line for .txt files. */
export function looksLikeArticle(file: string, head: string): boolean {
  if (file.endsWith('.article')) return true;
  return file.endsWith('.txt') && DATELINE_PREFIX.test(head);
}

/** Summarises a file's text off the protocol thread (the analysis worker); null when it could not. */
export type OffThreadSummarizer = (uri: string, text: string, encoding: PositionEncoding) => Promise<IndexedArticle | null>;

export class WorkspaceIndex {
  constructor(
    private readonly offThread?: OffThreadSummarizer,
    /** The engine options of an article's project (its `.articlelens.json` house list and cues); files summarised off-thread are analysed without them. */
    private readonly optionsFor: (file: string) => AnalyzeOptions = () => ({}),
  ) {}

  private readonly articles = new Map<string, IndexedArticle>();
  /** The folders' real paths: containment is decided against these. */
  private folders: string[] = [];
  /** Files over INDEX_MAX_FILE_BYTES met since the last takeTooLarge(), with their sizes. */
  private tooLarge = new Map<string, number>();
  /** The folders as the client names them: listing walks these, so listed files get the client's spelling of their paths. */
  private roots: string[] = [];


  /** Who is who across the indexed articles, built on first use after a change. */
  private identityMemo: PersonIdentity | null = null;

  identity(): PersonIdentity {
    if (!this.identityMemo) this.identityMemo = new PersonIdentity([...this.articles.values()].map((a) => a.summary));
    return this.identityMemo;
  }

  get size(): number {
    return this.articles.size;
  }

  all(): IterableIterator<IndexedArticle> {
    return this.articles.values();
  }

  get(uri: string): IndexedArticle | undefined {
    return this.articles.get(canonicalUri(uri));
  }

  setFolders(uris: string[]): void {
    this.roots = [];
    this.folders = [];
    for (const u of uris) {
      try {
        const root = fileURLToPath(u);
        this.folders.push(fs.realpathSync(root));
        this.roots.push(root);
      } catch {
        /* not a file: URI, or the folder does not exist */
      }
    }
  }

  /** True when the (real) path lies inside one of the (real) workspace folders. */
  contains(file: string): boolean {
    return this.folders.some((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
  }

  /** The file's real path when it exists and is inside the folders once every link on the way is resolved; null otherwise. */
  containedRealPath(file: string): string | null {
    try {
      const real = fs.realpathSync(file);
      return this.contains(real) ? real : null;
    } catch {
      return null;
    }
  }

  /** Drops the articles whose files are no longer under the folders (a folder was removed). */
  pruneOutsideFolders(): void {
    for (const uri of [...this.articles.keys()]) {
      if (!uri.startsWith('file:')) continue;
      let file: string;
      try {
        file = fileURLToPath(uri);
      } catch {
        continue;
      }
      if (!this.containedRealPath(file)) {
        this.articles.delete(uri);
        this.identityMemo = null;
      }
    }
  }

  /** Lists candidate files under the folders without following links. */
  listFiles(): string[] {
    const walk = this.walk();
    for (let step = walk.next(); !step.done; step = walk.next());
    return walk.out.sort();
  }

  /** listFiles in time slices (a folder with a huge tree must not freeze requests either). */
  async listFilesSliced(sliceMs = INDEX_SLICE_MS): Promise<string[]> {
    const walk = this.walk();
    let sliceStart = performance.now();
    for (let step = walk.next(); !step.done; step = walk.next()) {
      if (performance.now() - sliceStart >= sliceMs) {
        this.slices++;
        await new Promise((r) => setImmediate(r));
        sliceStart = performance.now();
      }
    }
    return walk.out.sort();
  }

  /** A directory walk one directory per step; the files found so far are in `out`. */
  private walk(): { next: () => { done: boolean }; out: string[] } {
    const out: string[] = [];
    const stack = [...this.roots];
    const next = () => {
      const dir = stack.pop();
      if (dir === undefined) return { done: true };
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return { done: false };
      }
      for (const e of entries) {
        if (e.isSymbolicLink()) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(full);
        } else if (e.isFile() && (e.name.endsWith('.article') || e.name.endsWith('.txt')) && this.containedRealPath(full)) out.push(full);
      }
      return { done: false };
    };
    return { next, out };
  }

  /** The largest file this index analyses (off the protocol thread above INDEX_MAIN_THREAD_BYTES). */
  get maxFileBytes(): number {
    return this.offThread ? INDEX_MAX_FILE_BYTES : INDEX_MAIN_THREAD_BYTES;
  }

  /**
   * Reads a file for the index: its canonical URI and text, or null when it is
   * not a readable regular file inside the folders, or not an article (then
   * any old entry goes). Files over maxFileBytes are recorded for the log.
   */
  private read(file: string): { uri: string; text: string } | null {
    let text: string;
    try {
      // The file itself must not be a link; the directories on its way are resolved by realpath and must stay inside.
      if (!fs.lstatSync(file).isFile()) return null;
      const real = this.containedRealPath(file);
      if (!real) return null;
      // Opened by its real path without following a link swapped in since: what is read is what was checked.
      const fd = fs.openSync(real, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
      try {
        const st = fs.fstatSync(fd);
        if (!st.isFile()) return null;
        if (st.size > this.maxFileBytes) {
          this.tooLarge.set(file, st.size);
          return null;
        }
        const buf = fs.readFileSync(fd);
        if (buf.includes(0)) return null;
        text = buf.toString('utf8');
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      return null;
    }
    const uri = canonicalUri(pathToFileURL(file).href);
    if (!looksLikeArticle(file, text.slice(0, 64))) {
      this.articles.delete(uri);
      this.identityMemo = null;
      return null;
    }
    return { uri, text };
  }

  /** Reads and indexes one file on this thread; returns false when it is not an article (or unreadable, too large, or outside the folders). */
  indexFile(file: string): boolean {
    const r = this.read(file);
    if (!r) return false;
    if (Buffer.byteLength(r.text) > INDEX_MAIN_THREAD_BYTES) {
      this.tooLarge.set(file, Buffer.byteLength(r.text));
      return false;
    }
    this.setText(r.uri, r.text);
    return true;
  }

  /** Reads and indexes one file, large ones off the protocol thread; false as for indexFile. */
  async indexFileAsync(file: string): Promise<boolean> {
    const r = this.read(file);
    if (!r) return false;
    const bytes = Buffer.byteLength(r.text);
    if (bytes <= INDEX_MAIN_THREAD_BYTES) {
      this.setText(r.uri, r.text);
      return true;
    }
    if (!this.offThread) {
      this.tooLarge.set(file, bytes);
      return false;
    }
    this.offThreadFiles++;
    const indexed = await this.offThread(r.uri, r.text, this.encoding);
    if (!indexed) return false;
    this.articles.set(r.uri, indexed);
    this.identityMemo = null;
    return true;
  }

  /** Files summarised off the protocol thread so far (tests count them). */
  offThreadFiles = 0;

  /** Indexes text for a uri. */
  setText(uri: string, text: string): void {
    this.setAnalysis(uri, analyzeArticle(text, sharedModels().withModels(uri.startsWith('file:') ? this.optionsFor(fileURLToPath(uri)) : {})));
  }

  /** Indexes an analysis already made (open documents: the editor's text, analysed once). */
  setAnalysis(uri: string, analysis: ArticleAnalysis): void {
    const key = canonicalUri(uri);
    this.articles.set(key, toIndexed(key, analysis, this.encoding));
    this.identityMemo = null;
  }

  /** The position encoding of the ranges the index hands out (the one negotiated with the client). */
  encoding: PositionEncoding = 'utf-16';

  /** Forgets a file, or every file under a deleted directory (clients send one event for a directory). */
  remove(uri: string): void {
    const key = canonicalUri(uri);
    this.articles.delete(key);
    this.identityMemo = null;
    const under = key.endsWith('/') ? key : key + '/';
    for (const k of [...this.articles.keys()]) if (k.startsWith(under)) this.articles.delete(k);
    this.identityMemo = null;
  }

  /** The files skipped as too large since the last call, as one log line (or null): listed, not analysed. */
  takeTooLarge(): string | null {
    if (!this.tooLarge.size) return null;
    const all = [...this.tooLarge];
    this.tooLarge = new Map();
    const shown = all.slice(0, 5).map(([f, n]) => `${path.basename(f)} (${(n / 1024 / 1024).toFixed(1)} MB)`);
    const more = all.length > 5 ? ` and ${all.length - 5} more` : '';
    const limit = this.maxFileBytes >= 1024 * 1024 ? `${this.maxFileBytes / 1024 / 1024} MB` : `${this.maxFileBytes / 1024} KB`;
    return `Article Lens did not index ${all.length} file${all.length === 1 ? '' : 's'} over ${limit}: ${shown.join(', ')}${more}. Open a file to analyse it.`;
  }

  /**
   * Builds the whole index in time slices: files are indexed until about
   * INDEX_SLICE_MS have passed, then the event loop gets a turn (setImmediate),
   * so requests for open documents are answered between slices, not after the build.
   */
  async build(report: (done: number, total: number) => void, cancelled: () => boolean, sliceMs = INDEX_SLICE_MS): Promise<number> {
    const files = await this.listFilesSliced(sliceMs);
    const done = await this.indexFiles(files, report, cancelled, sliceMs);
    report(done, files.length);
    return this.articles.size;
  }

  /** Indexes files in time slices (see build); returns how many were handled before a cancellation. */
  async indexFiles(files: readonly string[], report: (done: number, total: number) => void = () => undefined, cancelled: () => boolean = () => false, sliceMs = INDEX_SLICE_MS): Promise<number> {
    let done = 0;
    let sliceStart = performance.now();
    let reported = sliceStart;
    for (const f of files) {
      if (cancelled()) break;
      await this.indexFileAsync(f);
      done++;
      const now = performance.now();
      if (now - sliceStart >= sliceMs) {
        this.slices++;
        if (now - reported >= 100) {
          report(done, files.length);
          reported = now;
        }
        await new Promise((r) => setImmediate(r));
        sliceStart = performance.now();
      }
    }
    return done;
  }

  /** How many times build() has yielded so far (tests count slices instead of timing them). */
  slices = 0;
}

/** The index entry of an analysed article (also built in the analysis worker for large files). */
export function toIndexed(uri: string, analysis: ArticleAnalysis, encoding: PositionEncoding = 'utf-16'): IndexedArticle {
  const summary = summarize(analysis);
  const lines = new LineIndex(analysis.text, encoding);
  const mentionRanges = summary.people.map((p) => {
    const rs: Range[] = [];
    for (let i = 0; i < p.mentions.length; i += 2) rs.push(lines.range(p.mentions[i], p.mentions[i + 1]));
    return rs;
  });
  return { uri, summary, mentionRanges, eventRanges: summary.events.map((e) => lines.range(e.start, e.end)) };
}
