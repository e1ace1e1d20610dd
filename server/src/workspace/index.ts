// The workspace index: a compact summary of every article in the workspace
// folders, built in the background and kept current from file events and
// open documents. Besides `config/load.ts` (the project's `.articlelens.json`),
// this is the server's only file-system reader: it reads regular files under
// the workspace folders, never follows symbolic links and never leaves the folders.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { analyzeArticle } from '../analysis/analyze';
import { summarize } from '../analysis/summary';
import type { AnalyzeOptions, ArticleAnalysis } from '../analysis/types';
import type { IndexedArticleView } from '../features/workspaceSymbols';
import { LineIndex } from '../features/lineIndex';
import type { Range } from 'vscode-languageserver-types';

/** Each article's summary plus the LSP ranges of its people's name mentions (parallel to summary.people) and events. */
export type IndexedArticle = IndexedArticleView;

const DATELINE_PREFIX = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}/;
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);

/** Whether a file is an article by name, or by its first line for .txt files. */
export function looksLikeArticle(file: string, head: string): boolean {
  if (file.endsWith('.article')) return true;
  return file.endsWith('.txt') && DATELINE_PREFIX.test(head);
}

export class WorkspaceIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private folders: string[] = [];

  /** `optionsFor(file)`: the engine options of the article's project (its `.articlelens.json` house list and cues). */
  constructor(private readonly optionsFor: (file: string) => AnalyzeOptions = () => ({})) {}

  get size(): number {
    return this.articles.size;
  }

  all(): IterableIterator<IndexedArticle> {
    return this.articles.values();
  }

  get(uri: string): IndexedArticle | undefined {
    return this.articles.get(uri);
  }

  setFolders(uris: string[]): void {
    this.folders = uris.flatMap((u) => {
      try {
        return [fs.realpathSync(fileURLToPath(u))];
      } catch {
        return [];
      }
    });
  }

  /** True when the path lies inside one of the workspace folders (after resolving links). */
  contains(file: string): boolean {
    return this.folders.some((f) => file === f || file.startsWith(f + path.sep));
  }

  /** Lists candidate files under the folders without following links. */
  listFiles(): string[] {
    const out: string[] = [];
    const stack = [...this.folders];
    while (stack.length) {
      const dir = stack.pop()!;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.isSymbolicLink()) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(full);
        } else if (e.isFile() && (e.name.endsWith('.article') || e.name.endsWith('.txt'))) out.push(full);
      }
    }
    return out.sort();
  }

  /** Reads and indexes one file; returns false when it is not an article (or unreadable, or outside the folders). */
  indexFile(file: string): boolean {
    let text: string;
    try {
      const st = fs.lstatSync(file);
      if (!st.isFile() || st.size > MAX_FILE_BYTES || !this.contains(path.resolve(file))) return false;
      const buf = fs.readFileSync(file);
      if (buf.includes(0)) return false;
      text = buf.toString('utf8');
    } catch {
      return false;
    }
    const uri = pathToFileURL(file).toString();
    if (!looksLikeArticle(file, text.slice(0, 64))) {
      this.articles.delete(uri);
      return false;
    }
    this.setText(uri, text);
    return true;
  }

  /** Indexes text for a uri. */
  setText(uri: string, text: string): void {
    this.setAnalysis(uri, analyzeArticle(text, uri.startsWith('file:') ? this.optionsFor(fileURLToPath(uri)) : {}));
  }

  /** Indexes an analysis already made (open documents: the editor's text, analysed once). */
  setAnalysis(uri: string, analysis: ArticleAnalysis): void {
    this.articles.set(uri, toIndexed(uri, analysis));
  }

  remove(uri: string): void {
    this.articles.delete(uri);
  }

  /** Builds the whole index, yielding between files so requests keep being served. */
  async build(report: (done: number, total: number) => void, cancelled: () => boolean): Promise<number> {
    const files = this.listFiles();
    let done = 0;
    for (const f of files) {
      if (cancelled()) break;
      this.indexFile(f);
      done++;
      if (done % 25 === 0) {
        report(done, files.length);
        await new Promise((r) => setImmediate(r));
      }
    }
    report(done, files.length);
    return this.articles.size;
  }
}

function toIndexed(uri: string, analysis: ArticleAnalysis): IndexedArticle {
  const summary = summarize(analysis);
  const lines = new LineIndex(analysis.text);
  const mentionRanges = summary.people.map((p) => {
    const rs: Range[] = [];
    for (let i = 0; i < p.mentions.length; i += 2) rs.push(lines.range(p.mentions[i], p.mentions[i + 1]));
    return rs;
  });
  return { uri, summary, mentionRanges, eventRanges: summary.events.map((e) => lines.range(e.start, e.end)) };
}
