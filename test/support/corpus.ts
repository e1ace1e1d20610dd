// Loads PolNeAR texts from ../shared for the benchmark (read at run time only; nothing is copied into the repo).
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './lspClient';

export interface CorpusText {
  /** Path relative to the shared folder. */
  name: string;
  text: string;
}

/** The shared data folder: $ARTICLE_LENS_SHARED, or ../shared beside the repository (as test/eval/run.ts finds it). */
export function sharedDir(): string {
  const fromEnv = process.env.ARTICLE_LENS_SHARED;
  const dir = fromEnv ? path.resolve(fromEnv) : path.resolve(REPO, '..', 'shared');
  if (!fs.existsSync(path.join(dir, 'eval'))) {
    throw new Error(`no eval data at ${dir}/eval (set ARTICLE_LENS_SHARED to the shared folder)`);
  }
  return dir;
}

/** `*.txt` files of a folder under the shared dir, sorted by name. */
export function textFiles(relDir: string, shared = sharedDir()): string[] {
  const dir = path.join(shared, relDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function loadTexts(files: readonly string[], shared = sharedDir()): CorpusText[] {
  return files.map((f) => ({ name: path.relative(shared, f), text: fs.readFileSync(f, 'utf8') }));
}

/** PolNeAR train texts (840 articles, ~3.9 MB). */
export function polnearTrain(shared = sharedDir()): CorpusText[] {
  return loadTexts(textFiles('eval/polnear/train/text', shared), shared);
}

/**
 * The files a workspace index would cover: PolNeAR train + dev + shared/articles/polnear-dev
 * (840 + 84 + 84 = 1008 articles).
 */
export function workspaceFiles(shared = sharedDir()): string[] {
  return [
    ...textFiles('eval/polnear/train/text', shared),
    ...textFiles('eval/polnear/dev/text', shared),
    ...textFiles('articles/polnear-dev', shared),
  ];
}

/** UTF-8 size in bytes. */
export function bytesOf(texts: readonly { text: string }[]): number {
  let n = 0;
  for (const t of texts) n += Buffer.byteLength(t.text, 'utf8');
  return n;
}

/**
 * A ~`targetBytes` article built in memory from PolNeAR texts: a dateline, then the texts' paragraphs
 * (blank-line separated), cycling through the corpus until the size is reached. Never written to the repo.
 */
export function bigArticle(texts: readonly CorpusText[], targetBytes = 1_000_000, date = '2016-10-02'): string {
  const parts: string[] = [` date ${date} `];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 0; size < targetBytes && texts.length > 0; i++) {
    const t = texts[i % texts.length].text.replace(/\r\n?/g, '\n').trim();
    for (const para of t.split(/\n\s*\n/)) {
      const p = para.replace(/\s*\n\s*/g, ' ').trim();
      if (!p) continue;
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
      if (size >= targetBytes) break;
    }
  }
  return parts[0] + parts.slice(1).join('\n\n') + '\n';
}
