// `articleLens/timeline`: the dated events of the active article, or of every article in the workspace
// merged, in chronological order — what the client's Timeline view shows. The code lens's event count is
// `timelineCount`, so the two always agree.
import type { Location } from 'vscode-languageserver-types';
import type { ArticleAnalysis, ArticleEvent } from '../analysis/types';
import { PersonIdentity, eventPeople, personKey } from '../analysis/summary';
import { sortKeyOf } from '../analysis/time';
import type { LineIndex } from './lineIndex';
import { dateLabel } from './documentSymbols';
import type { IndexedArticleView } from './workspaceSymbols';
import { articleRef, type ArticleRef, type ViewScope } from './views';

export interface TimelinePerson {
  /** Cross-article identity (personKey). */
  key: string;
  name: string;
}

export interface TimelineEvent {
  /** TIMEX3 value (`2026-02-03`, `2025-12`, `2026-W05`). */
  date: string;
  /** The date as shown: weeks, quarters and seasons with their first day (`2026-01-26 (W05)`). */
  dateLabel: string;
  time: string | null;
  /** The full title ("Petro arrives at White House"), never cut. */
  title: string;
  /** The event lies after the article's own date: announced or planned, not yet happened when written. */
  planned: boolean;
  people: TimelinePerson[];
  location: Location;
  /** Workspace scope: the article the event is from. */
  article?: ArticleRef;
}

export interface TimelineParams {
  uri: string;
  scope?: ViewScope;
  /** A person key: only events that mention this person. */
  person?: string;
}

export interface TimelineResult {
  scope: ViewScope;
  events: TimelineEvent[];
  /** Everyone in the scope's events (before the person filter), most events first: the filter's choices. */
  people: (TimelinePerson & { events: number })[];
  /** Events before the person filter. */
  total: number;
}

// A workspace of thousands of articles would otherwise send tens of thousands of tree items.
const MAX_EVENTS = 3000;

/** The number of events the Timeline shows for an article: its dated events. */
export function timelineCount(analysis: ArticleAnalysis): number {
  return analysis.events.filter(isDated).length;
}

function isDated(e: Pick<ArticleEvent, 'date'>): e is { date: string } {
  return !!e.date && sortKeyOf(e.date) !== null;
}

/** An event is planned when the engine says so (future, modal) or its first possible day comes after the article's date. */
function isPlanned(date: string, articleDate: string | null): boolean {
  const first = sortKeyOf(date);
  return !!articleDate && !!first && first > articleDate;
}

interface Sortable {
  e: TimelineEvent;
  key: string;
  order: number;
}

function chronological(a: Sortable, b: Sortable): number {
  return (
    a.key.localeCompare(b.key) ||
    (a.e.time ?? '').localeCompare(b.e.time ?? '') ||
    (a.e.article?.date ?? '').localeCompare(b.e.article?.date ?? '') ||
    a.e.location.uri.localeCompare(b.e.location.uri) ||
    a.order - b.order
  );
}

/** The active article's dated events, chronological. */
export function documentTimeline(analysis: ArticleAnalysis, lines: LineIndex, uri: string): TimelineEvent[] {
  const out: Sortable[] = [];
  analysis.events.forEach((e, order) => {
    if (!isDated(e)) return;
    const people = eventPeople(analysis, e).map((p) => ({ key: personKey(p.name), name: p.name }));
    const event: TimelineEvent = {
      date: e.date,
      dateLabel: dateLabel(e.date),
      time: e.time,
      title: e.title,
      planned: !!e.planned || isPlanned(e.date, analysis.date),
      people,
      location: { uri, range: lines.range(e.start, e.end) },
    };
    out.push({ e: event, key: sortKeyOf(e.date) ?? '', order });
  });
  return out.sort(chronological).map((s) => s.e);
}

/** Every indexed article's dated events merged, chronological, each with its article. */
export function workspaceTimeline(articles: Iterable<IndexedArticleView>): TimelineEvent[] {
  const out: Sortable[] = [];
  let order = 0;
  const list = [...articles];
  // The person filter works across articles: "Obama" here and "Barack Obama" there are one key.
  const ids = new PersonIdentity(list.map((a) => a.summary));
  for (const a of list) {
    const ref = articleRef(a);
    const keys = new Set(a.summary.people.map((p) => p.key));
    a.summary.events.forEach((e, i) => {
      if (!isDated(e)) return;
      const people: TimelinePerson[] = [];
      for (const k of e.people) {
        const id = keys.has(k) ? ids.of(k) : null;
        if (id !== null && !people.some((p) => p.key === id)) people.push({ key: id, name: ids.nameOf(id) });
      }
      const event: TimelineEvent = {
        date: e.date,
        dateLabel: dateLabel(e.date),
        time: e.time,
        title: e.title,
        planned: !!e.planned || isPlanned(e.date, a.summary.date),
        people,
        location: { uri: a.uri, range: a.eventRanges[i] },
        article: ref,
      };
      out.push({ e: event, key: sortKeyOf(e.date) ?? '', order: order++ });
    });
  }
  return out.sort(chronological).map((s) => s.e);
}

/** Applies the person filter and lists the filter's choices. */
export function timelineResult(scope: ViewScope, events: TimelineEvent[], person?: string): TimelineResult {
  const counts = new Map<string, TimelinePerson & { events: number }>();
  for (const e of events) {
    for (const p of e.people) {
      const c = counts.get(p.key) ?? { ...p, events: 0 };
      c.events++;
      counts.set(p.key, c);
    }
  }
  const people = [...counts.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  const shown = person ? events.filter((e) => e.people.some((p) => p.key === person)) : events;
  return { scope, events: shown.slice(0, MAX_EVENTS), people, total: events.length };
}
