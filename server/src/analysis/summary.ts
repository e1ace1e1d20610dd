import type { ArticleAnalysis, Person, Span } from './types';
import { shortName } from './shortName';

/**
 * What the workspace index keeps of an article: enough for workspace symbols,
 * cross-article hovers and references, far smaller than the analysis.
 */
export interface ArticleSummary {
  date: string | null;
  /** The first sentence, trimmed (a headline stand-in). */
  lead: string;
  people: PersonSummary[];
  events: EventSummary[];
}

export interface PersonSummary {
  /** Identity across articles: the full name without accents, lower case. */
  key: string;
  name: string;
  short: string;
  titles: string[];
  /** Name mentions as flat [start, end, start, end, …] offsets. */
  mentions: number[];
  /** All mentions (names, pronouns, titles), for the People view's counts. */
  mentionCount: number;
  /** Quotations attributed to them in the article. */
  quotes: number;
}

export interface EventSummary {
  title: string;
  date: string | null;
  time: string | null;
  start: number;
  end: number;
  /** A future or modal event (`ArticleEvent.planned`). */
  planned?: boolean;
  /** Keys (personKey) of the people mentioned in the event's clause, for the Timeline's person filter. */
  people: string[];
}

/** The cross-article identity of a person name: "Nicolás Maduro" and "Nicolas Maduro" are the same key. */
export function personKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const LEAD_MAX = 120;

export function summarize(a: ArticleAnalysis): ArticleSummary {
  const first = a.model.sentences[0];
  const lead = first ? a.text.slice(first.start, first.end).replace(/\s+/g, ' ') : '';
  return {
    date: a.date,
    lead: lead.length > LEAD_MAX ? lead.slice(0, LEAD_MAX - 1) + '…' : lead,
    people: a.people
      // A one-word name seen once says too little to join articles on.
      .filter((p) => p.name.includes(' ') || p.mentions.length > 1)
      .map((p) => ({
        key: personKey(p.name),
        name: p.name,
        short: shortName(p),
        titles: p.titles,
        mentions: p.mentions.filter((m) => m.kind === 'name').flatMap((m) => [m.start, m.end]),
        mentionCount: p.mentions.length,
        quotes: a.quotes.filter((q) => q.speaker === p.id).length,
      })),
    events: a.events.map((e) => ({ title: e.title, date: e.date, time: e.time, start: e.start, end: e.end, ...(e.planned ? { planned: true } : {}), people: eventPeople(a, e).map((p) => personKey(p.name)) })),
  };
}

/** The people with a mention (name, pronoun or title) inside the event's clause, in order of first mention. */
export function eventPeople(a: ArticleAnalysis, e: Span): Person[] {
  const ids = new Set<string>();
  for (const m of a.mentions) if (m.start >= e.start && m.end <= e.end) ids.add(m.person);
  return a.people.filter((p) => ids.has(p.id));
}
