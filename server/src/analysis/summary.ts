import type { ArticleAnalysis, Person, Quote, Span } from './types';
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
  /** Quotations attributed to them in the article (quotesOf). */
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

/**
 * What person `id` is quoted saying or writing: the speech and writing quotations credited to them. Not the
 * terms the quotes stage credits to whoever the sentence names (kind `term`: it keeps PolNeAR's sources),
 * which are no one's quotation in a hover or a list of what someone said: the show a senator appeared on
 * ("Sanders said on NBC's “Meet the Press”"), a work's title, a slogan, a scare quote.
 */
export function quotesOf(a: ArticleAnalysis, id: string): Quote[] {
  return a.quotes.filter((q) => q.speaker === id && q.kind !== 'term');
}

const LEAD_MAX = 120;

export function summarize(a: ArticleAnalysis): ArticleSummary {
  const first = a.model.sentences[0];
  const lead = first ? a.text.slice(first.start, first.end).replace(/\s+/g, ' ') : '';
  return {
    date: a.date,
    lead: lead.length > LEAD_MAX ? lead.slice(0, LEAD_MAX - 1) + '…' : lead,
    // Everyone, even a one-word name seen once: across articles it may join a full name (PersonIdentity).
    people: a.people.map((p) => ({
      key: personKey(p.name),
      name: p.name,
      short: shortName(p),
      titles: p.titles,
      mentions: p.mentions.filter((m) => m.kind === 'name').flatMap((m) => [m.start, m.end]),
      mentionCount: p.mentions.length,
      quotes: quotesOf(a, p.id).length,
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

/** A full name must be in this many articles before a one-word name joins it (one article's merge can be that article's mistake). */
const MIN_OWNER_ARTICLES = 2;
/** When several full names shorten to the same word, the most frequent one takes it only by this margin. */
const OWNER_MARGIN = 5;

/**
 * One person across the articles of a workspace. A full name ("Barack Obama", as personKey) is its own
 * identity, and so is its spelling with or without a middle initial ("Donald J. Trump" is "Donald Trump"),
 * unless two different initials are written with the same name (George W. and George H. W. Bush). A
 * one-word name ("Obama") joins the full name that articles themselves shorten to that word
 * — each article's people stage made "Obama" a mention of "Barack Obama" there — when that full name is
 * in at least MIN_OWNER_ARTICLES articles and any other full name shortened to the same word is in
 * OWNER_MARGIN times fewer ("Clinton": Hillary Clinton in 63 articles, Bill Clinton in 10). A one-word
 * name that joins nobody and is never mentioned twice in one article says too little to be anybody
 * across articles: it has no identity (null).
 */
export class PersonIdentity {
  private readonly ids = new Map<string, string | null>();
  private readonly names = new Map<string, string>();

  constructor(summaries: Iterable<ArticleSummary>) {
    const list = [...summaries];
    const single = new Map<string, boolean>();
    // Full names by their spelling without middle initials, with the initials each spelling writes.
    const plain = new Map<string, Map<string, string>>();
    for (const s of list) {
      for (const p of s.people) {
        if (!this.names.has(p.key)) this.names.set(p.key, p.name);
        if (!p.key.includes(' ')) {
          single.set(p.key, (single.get(p.key) ?? false) || p.mentionCount > 1);
          continue;
        }
        const words = p.key.split(' ');
        const initials = words.slice(1, -1).filter(isInitial).join(' ');
        const bare = [words[0], ...words.slice(1, -1).filter((w) => !isInitial(w)), words[words.length - 1]].join(' ');
        const m = plain.get(bare) ?? new Map<string, string>();
        m.set(p.key, initials);
        plain.set(bare, m);
      }
    }
    const articles = new Map<string, number>();
    for (const s of list) for (const key of new Set(s.people.map((p) => p.key))) articles.set(key, (articles.get(key) ?? 0) + 1);
    for (const [bare, spellings] of plain) {
      const written = new Set([...spellings.values()].filter(Boolean));
      if (written.size > 1) {
        for (const key of spellings.keys()) this.ids.set(key, key);
        continue;
      }
      // One identity, shown by the spelling most articles use.
      const keys = [...spellings.keys()];
      const shown = keys.reduce((a, b) => ((articles.get(b) ?? 0) > (articles.get(a) ?? 0) ? b : a));
      for (const key of keys) this.ids.set(key, bare);
      this.names.set(bare, this.names.get(shown)!);
    }
    // Short word → full name's identity → number of articles that shorten it to that word.
    const owners = new Map<string, Map<string, number>>();
    for (const s of list) {
      const seen = new Set<string>();
      for (const p of s.people) {
        const short = personKey(p.short);
        if (!p.key.includes(' ') || !short || short.includes(' ')) continue;
        const id = this.ids.get(p.key)!;
        if (seen.has(short + '\u0000' + id)) continue;
        seen.add(short + '\u0000' + id);
        const m = owners.get(short) ?? new Map<string, number>();
        m.set(id, (m.get(id) ?? 0) + 1);
        owners.set(short, m);
      }
    }
    for (const [key, seenTwice] of single) this.ids.set(key, ownerOf(owners.get(key)) ?? (seenTwice ? key : null));
  }

  /** The identity of a person key of some article (null when it has none across articles). */
  of(key: string): string | null {
    return this.ids.get(key) ?? (key.includes(' ') ? key : null);
  }

  /** The name an identity is shown by: its full name as first seen. */
  nameOf(id: string): string {
    return this.names.get(id) ?? id;
  }
}

/** "j.", "w", "h.w.": a middle initial (or two run together). */
function isInitial(word: string): boolean {
  return /^(?:\p{L}\.?){1,2}$/u.test(word) && word.replace(/\./g, '').length <= 2 && (word.includes('.') || word.length === 1);
}

/** The full name a one-word name joins, if one clearly owns it. */
function ownerOf(candidates: ReadonlyMap<string, number> | undefined): string | null {
  if (!candidates) return null;
  let best: string | null = null;
  let first = 0;
  let second = 0;
  for (const [key, n] of candidates) {
    if (n > first) {
      second = first;
      first = n;
      best = key;
    } else if (n > second) second = n;
  }
  return first >= MIN_OWNER_ARTICLES && first >= OWNER_MARGIN * second ? best : null;
}
