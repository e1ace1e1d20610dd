// The workspace index the bench measures: the server's WorkspaceIndex (server/src/workspace), and a
// stand-in that analyses every article and keeps a compact summary (people names, event dates).
// `buildWorkspaceIndex` names the one reported against the targets — the only line to change to swap.
import * as fs from 'fs';
import { pathToFileURL } from 'url';
import { analyzeArticle } from '../support/models';

export interface IndexStats {
  articles: number;
  bytes: number;
  /** Distinct people names across the workspace. */
  people: number;
  /** Dated events across the workspace. */
  datedEvents: number;
  /** Articles the builder could not read or analyse. */
  failed: number;
}

export type WorkspaceIndexBuilder = (files: readonly string[]) => { stats: IndexStats; index: unknown };

interface ArticleSummary {
  file: string;
  people: string[];
  dates: string[];
}

/** Stand-in index: `analyzeArticle` over every file, keeping `{people names, event dates}` per article. */
export const buildSummaryIndex: WorkspaceIndexBuilder = (files) => {
  const summaries: ArticleSummary[] = [];
  const names = new Set<string>();
  let bytes = 0;
  let datedEvents = 0;
  let failed = 0;
  for (const file of files) {
    try {
      const buf = fs.readFileSync(file);
      bytes += buf.length;
      const a = analyzeArticle(buf.toString('utf8'));
      const people = a.people.map((p) => p.name);
      for (const n of people) names.add(n);
      const dates = a.events.map((e) => e.date).filter((d): d is string => d !== null);
      datedEvents += dates.length;
      summaries.push({ file, people, dates });
    } catch {
      failed++;
    }
  }
  return { stats: { articles: summaries.length, bytes, people: names.size, datedEvents, failed }, index: summaries };
};

/**
 * The server's own index (server/src/workspace): `setText` per file, as for open documents. Loaded lazily so
 * the stand-in still runs while that module is being changed. PolNeAR files carry no dateline, so the
 * file-walking path (`indexFile`, which only accepts dated .txt files) would skip them: text goes in directly.
 */
export const buildServerIndex: WorkspaceIndexBuilder = (files) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { WorkspaceIndex } = require('../../server/src/workspace') as typeof import('../../server/src/workspace');
  const index = new WorkspaceIndex();
  const names = new Set<string>();
  let bytes = 0;
  let datedEvents = 0;
  let failed = 0;
  for (const file of files) {
    try {
      const buf = fs.readFileSync(file);
      bytes += buf.length;
      const uri = pathToFileURL(file).toString();
      index.setText(uri, buf.toString('utf8'));
      const a = index.get(uri)!;
      for (const p of a.summary.people) names.add(p.name);
      datedEvents += a.summary.events.filter((e) => e.date !== null).length;
    } catch {
      failed++;
    }
  }
  return { stats: { articles: index.size, bytes, people: names.size, datedEvents, failed }, index };
};

export const BUILDERS: Record<string, WorkspaceIndexBuilder> = { summary: buildSummaryIndex, server: buildServerIndex };

/** The builder the bench reports against the targets. Swap in the server's real workspace index here (one line). */
export const buildWorkspaceIndex: WorkspaceIndexBuilder = buildServerIndex;
