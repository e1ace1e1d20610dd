// What the Timeline and People views (and the status bar) are built from: the articles as the server knows
// them. Shared by timeline.ts, people.ts and articleStats.ts; the wire shapes the client reads are here too.
import type { Location, Range } from 'vscode-languageserver-types';
import type { IndexedArticleView } from './workspaceSymbols';

/** An article as the views name it. */
export interface ArticleRef {
  uri: string;
  /** The file name, decoded ("000_81869d887f725d86.txt"). */
  name: string;
  /** The article's dateline, or null. */
  date: string | null;
  /** Its first sentence, shortened. */
  lead: string;
}

export type ViewScope = 'document' | 'workspace';

export interface ViewParams {
  /** The active article (its analysis is the current one, never an index copy). */
  uri: string;
  scope?: ViewScope;
}

export function articleRef(a: IndexedArticleView): ArticleRef {
  const tail = a.uri.slice(a.uri.lastIndexOf('/') + 1);
  let name = tail;
  try {
    name = decodeURIComponent(tail);
  } catch {
    /* a malformed escape: keep it as written */
  }
  return { uri: a.uri, name, date: a.summary.date, lead: a.summary.lead };
}

export function at(uri: string, range: Range): Location {
  return { uri, range };
}

/** One line of an article, for an excerpt: whitespace collapsed, cut at `max` with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.slice(0, max * 2).replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}
