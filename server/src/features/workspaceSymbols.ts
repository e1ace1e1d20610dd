import { SymbolKind, type Location, type WorkspaceSymbol } from 'vscode-languageserver-types';
import { PersonIdentity, personKey } from '../analysis/summary';
import type { Person } from '../analysis/types';
import { eventLabel } from './documentSymbols';
import type { OtherArticle } from './hover';

/** The parts of the workspace index these features read. */
export interface IndexedArticleView {
  uri: string;
  summary: import('../analysis/summary').ArticleSummary;
  mentionRanges: import('vscode-languageserver-types').Range[][];
  eventRanges: import('vscode-languageserver-types').Range[];
}

const MAX_RESULTS = 500;

function matches(query: string, ...texts: string[]): boolean {
  if (!query) return true;
  const q = personKey(query);
  return texts.some((t) => personKey(t).includes(q));
}

function newestFirst(a: IndexedArticleView, b: IndexedArticleView): number {
  return (b.summary.date ?? '').localeCompare(a.summary.date ?? '') || a.uri.localeCompare(b.uri);
}

/** The identity of each article's people across the workspace (built here when the caller has none at hand). */
function identityOf(articles: readonly IndexedArticleView[], identity?: PersonIdentity): PersonIdentity {
  return identity ?? new PersonIdentity(articles.map((a) => a.summary));
}

/** The workspace identity of a person of the open article (its own key when nobody across articles has one). */
function identityOfPerson(ids: PersonIdentity, person: Person): string {
  const key = personKey(person.name);
  return ids.of(key) ?? key;
}

/** People ("Marco Rubio — 12 articles", at their mention in the newest article) and events across the workspace. */
export function workspaceSymbols(articles: Iterable<IndexedArticleView>, query: string, identity?: PersonIdentity): WorkspaceSymbol[] {
  const people = new Map<string, { name: string; articles: IndexedArticleView[]; at: Location[] }>();
  const out: WorkspaceSymbol[] = [];
  const list = [...articles].sort(newestFirst);
  const ids = identityOf(list, identity);
  for (const a of list) {
    a.summary.people.forEach((p, i) => {
      const id = ids.of(p.key);
      if (id === null || !matches(query, p.name, p.short, ids.nameOf(id))) return;
      const entry = people.get(id) ?? { name: ids.nameOf(id), articles: [], at: [] };
      if (!entry.articles.includes(a)) entry.articles.push(a);
      const r = a.mentionRanges[i][0];
      if (r) entry.at.push({ uri: a.uri, range: r });
      people.set(id, entry);
    });
  }
  // Most-covered people first.
  const ranked = [...people.values()].filter((e) => e.at.length).sort((x, y) => y.articles.length - x.articles.length || x.name.localeCompare(y.name));
  for (const e of ranked) {
    const n = e.articles.length;
    out.push({ name: `${e.name} — ${n} article${n === 1 ? '' : 's'}`, kind: SymbolKind.Class, location: e.at[0], containerName: 'people' });
  }
  for (const a of list) {
    a.summary.events.forEach((ev, i) => {
      if (out.length >= MAX_RESULTS || !matches(query, ev.title, ev.date ?? '')) return;
      out.push({ name: eventLabel(ev), kind: SymbolKind.Event, location: { uri: a.uri, range: a.eventRanges[i] }, containerName: a.summary.lead });
    });
  }
  return out.slice(0, MAX_RESULTS);
}

/** Other articles that mention the same person (PersonIdentity), newest first: how many, and the first few with where. */
export function otherArticles(articles: Iterable<IndexedArticleView>, person: Person, selfUri: string, show = 5, identity?: PersonIdentity): { count: number; latest: OtherArticle[] } {
  const list = [...articles];
  const ids = identityOf(list, identity);
  const id = identityOfPerson(ids, person);
  const found: { a: IndexedArticleView; line?: number }[] = [];
  for (const a of list) {
    if (a.uri === selfUri) continue;
    const i = a.summary.people.findIndex((p) => ids.of(p.key) === id);
    if (i >= 0) found.push({ a, line: a.mentionRanges[i]?.[0]?.start.line });
  }
  found.sort((x, y) => newestFirst(x.a, y.a));
  return {
    count: found.length,
    latest: found.slice(0, show).map(({ a, line }) => ({ uri: a.uri, label: `${a.summary.date ?? 'undated'} ${fileName(a.uri)}`, line: line ?? 0 })),
  };
}

function fileName(uri: string): string {
  const tail = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(tail);
  } catch {
    return tail;
  }
}

/** Name mentions of the same person (PersonIdentity) in other articles. */
export function crossArticleReferences(articles: Iterable<IndexedArticleView>, person: Person, selfUri: string, identity?: PersonIdentity): Location[] {
  const list = [...articles];
  const ids = identityOf(list, identity);
  const id = identityOfPerson(ids, person);
  const out: Location[] = [];
  for (const a of list) {
    if (a.uri === selfUri) continue;
    a.summary.people.forEach((p, i) => {
      if (ids.of(p.key) === id) for (const r of a.mentionRanges[i]) out.push({ uri: a.uri, range: r });
    });
  }
  return out;
}
