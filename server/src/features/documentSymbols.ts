import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { ArticleAnalysis, ArticleEvent } from '../analysis/types';
import type { LineIndex } from './lineIndex';
import { sortKeyOf } from '../analysis/time';

export interface OutlineOptions {
  includeUndated: boolean;
  /** Above this many events, group them under one container per month. */
  groupAbove?: number;
  /**
   * Symbols made for earlier analyses of the same document, by event object. The server passes one per
   * position encoding: an analysis carried over an edit (`analysis/shift.ts`) shares with the previous
   * one exactly the events wholly before the change, whose text and line positions the edit left as they
   * were, so their symbols stand; only the others are made again (issue 18: the outline of a 1 MB article
   * after each edit).
   */
  symbolCache?: WeakMap<ArticleEvent, DocumentSymbol>;
}

/**
 * The display name of an event in the Outline: `YYYY-MM-DD[ HH:MM] · title`.
 * Weeks, quarters and seasons lead with their first day ("2026-01-26 (W05)"),
 * so that VS Code's "Sort By: Name" (a numeric collation) is chronological too.
 */
export function eventLabel(e: Pick<ArticleEvent, 'date' | 'time' | 'title'>): string {
  return `${dateLabel(e.date)}${e.time ? ` ${e.time}` : ''} · ${e.title}`;
}

/** The date part of an event label: weeks, quarters and seasons lead with their first day. */
export function dateLabel(date: string | null): string {
  if (!date) return 'undated';
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) return date;
  const first = sortKeyOf(date);
  return first ? `${first} (${date.replace(/^\d{4}-/, '')})` : date;
}

/** Events as `SymbolKind.Event`, chronological (the engine's order), undated last. */
export function documentSymbols(analysis: ArticleAnalysis, lines: LineIndex, options: OutlineOptions): DocumentSymbol[] {
  const events = analysis.events.filter((e) => options.includeUndated || e.date);
  const cache = options.symbolCache;
  const symbols = events.map((e) => {
    let symbol = cache?.get(e);
    if (!symbol) {
      symbol = toSymbol(analysis.text, e, lines);
      cache?.set(e, symbol);
    }
    return symbol;
  });
  const groupAbove = options.groupAbove ?? 25;
  if (symbols.length <= groupAbove) return symbols;
  // Many events: one container per month ("2026-01"), undated under their own.
  const groups = new Map<string, { events: ArticleEvent[]; symbols: DocumentSymbol[] }>();
  events.forEach((e, i) => {
    const key = e.date ? e.date.slice(0, 7).replace(/-W.*$/, '') : 'undated';
    const g = groups.get(key) ?? { events: [], symbols: [] };
    g.events.push(e);
    g.symbols.push(symbols[i]);
    groups.set(key, g);
  });
  return [...groups].map(([key, g]) => {
    const start = g.events.reduce((m, e) => Math.min(m, e.start), Infinity);
    const end = g.events.reduce((m, e) => Math.max(m, e.end), 0);
    const range = lines.range(start, end);
    return { name: key, detail: `${g.events.length} events`, kind: SymbolKind.Namespace, range, selectionRange: lines.range(start, start), children: g.symbols };
  });
}

// Long enough to recognise the sentence; short enough that a 1 MB transcript's outline stays small on the wire.
const MAX_DETAIL = 100;

function toSymbol(text: string, e: ArticleEvent, lines: LineIndex): DocumentSymbol {
  // Cut before normalising whitespace: a transcript's "sentence" can be very long.
  const sentence = text.slice(e.sentence.start, Math.min(e.sentence.end, e.sentence.start + MAX_DETAIL * 2)).replace(/\s+/g, ' ');
  const range = lines.range(Math.min(e.start, e.verb.start), Math.max(e.end, e.verb.end));
  return {
    name: eventLabel(e),
    detail: sentence.length > MAX_DETAIL ? sentence.slice(0, MAX_DETAIL - 1) + '…' : sentence,
    kind: SymbolKind.Event,
    range,
    selectionRange: lines.range(e.verb.start, e.verb.end),
  };
}
