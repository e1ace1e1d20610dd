// `articleLens/people`: who is in the active article (or the workspace), with their titles, mention and
// quote counts, their quotes and mentions — what the client's People view shows. Quotes credited to an
// organisation ("the ministry said") are listed apart from people.
import type { Location } from 'vscode-languageserver-types';
import type { ArticleAnalysis, MentionKind, Quote, QuoteStatus } from '../analysis/types';
import { PersonIdentity, personKey, quotesOf } from '../analysis/summary';
import type { LineIndex } from './lineIndex';
import type { IndexedArticleView } from './workspaceSymbols';
import { articleRef, excerpt, type ArticleRef, type ViewScope } from './views';

export interface PersonQuote {
  /** The quotation's first words, one line. */
  excerpt: string;
  status: QuoteStatus;
  location: Location;
}

export interface PersonMention {
  text: string;
  kind: MentionKind;
  /** 1-based editor line. */
  line: number;
  location: Location;
}

export interface PersonAppearance {
  article: ArticleRef;
  mentions: number;
  quotes: number;
  /** The first name mention in that article. */
  location: Location | null;
}

export interface PersonEntry {
  key: string;
  name: string;
  titles: string[];
  descriptors: string[];
  mentionCount: number;
  quoteCount: number;
  /** Where to jump: the first mention (in the active article when the person is in it). */
  location: Location | null;
  /** Document scope: the quotes and mentions. */
  quotes?: PersonQuote[];
  mentions?: PersonMention[];
  /** Workspace scope: the articles they appear in, newest first. */
  appearances?: PersonAppearance[];
}

export interface OrganisationEntry {
  /** The organisation's name ("Breitbart News"), or how the article names an unnamed source ("the ministry"). */
  name: string;
  quotes: PersonQuote[];
  /** How often a named organisation is named (absent for an unnamed source, named only where it is quoted). */
  mentionCount?: number;
  /** Its first mention. */
  location?: Location | null;
}

export interface PeopleResult {
  scope: ViewScope;
  people: PersonEntry[];
  organisations: OrganisationEntry[];
}

const QUOTE_EXCERPT = 80;

function quoteEntry(q: Quote, lines: LineIndex, uri: string): PersonQuote {
  return { excerpt: excerpt(q.text, QUOTE_EXCERPT), status: q.status, location: { uri, range: lines.range(q.start, q.end) } };
}

/** The people of one article in order of first mention, and the organisations quoted in it. */
export function documentPeople(analysis: ArticleAnalysis, lines: LineIndex, uri: string): PeopleResult {
  const people = analysis.people.map((p): PersonEntry => {
    const quotes = quotesOf(analysis, p.id).map((q) => quoteEntry(q, lines, uri));
    const first = p.mentions[0];
    return {
      key: personKey(p.name),
      name: p.name,
      titles: p.titles,
      descriptors: p.descriptors,
      mentionCount: p.mentions.length,
      quoteCount: quotes.length,
      location: first ? { uri, range: lines.range(first.start, first.end) } : null,
      quotes,
      mentions: p.mentions.map((m) => ({ text: m.text, kind: m.kind, line: lines.positionAt(m.start).line + 1, location: { uri, range: lines.range(m.start, m.end) } })),
    };
  });
  // Named organisations (the engine's list, with the quotations credited to each), then the unnamed sources
  // quoted ("the ministry said").
  const named: OrganisationEntry[] = analysis.organisations.map((o) => ({
    name: o.name,
    quotes: o.quotes.map((i) => quoteEntry(analysis.quotes[i], lines, uri)),
    mentionCount: o.mentions.length,
    location: { uri, range: lines.range(o.mentions[0].start, o.mentions[0].end) },
  }));
  const credited = new Set(analysis.organisations.flatMap((o) => o.quotes));
  const orgs = new Map<string, OrganisationEntry>();
  for (const [i, q] of analysis.quotes.entries()) {
    if (q.status !== 'organisation' || !q.speakerMention || credited.has(i)) continue;
    const name = q.speakerMention.text.replace(/\s+/g, ' ');
    const entry = orgs.get(name.toLowerCase()) ?? { name, quotes: [] };
    entry.quotes.push(quoteEntry(q, lines, uri));
    orgs.set(name.toLowerCase(), entry);
  }
  return { scope: 'document', people, organisations: [...named, ...orgs.values()] };
}

/**
 * Everyone in the indexed articles, joined by name (personKey): most articles first. The active article
 * is among `articles` with its current text, so its people jump into the open editor.
 */
export function workspacePeople(articles: Iterable<IndexedArticleView>, activeUri: string): PeopleResult {
  const byKey = new Map<string, PersonEntry & { appearances: PersonAppearance[] }>();
  const list = [...articles];
  const ids = new PersonIdentity(list.map((a) => a.summary));
  for (const a of list) {
    const ref = articleRef(a);
    a.summary.people.forEach((p, i) => {
      const id = ids.of(p.key);
      if (id === null) return;
      const first = a.mentionRanges[i]?.[0];
      const here: PersonAppearance = { article: ref, mentions: p.mentionCount, quotes: p.quotes, location: first ? { uri: a.uri, range: first } : null };
      let e = byKey.get(id);
      if (!e) {
        e = { key: id, name: ids.nameOf(id), titles: [], descriptors: [], mentionCount: 0, quoteCount: 0, location: null, appearances: [] };
        byKey.set(id, e);
      }
      for (const t of p.titles) if (!e.titles.includes(t)) e.titles.push(t);
      e.mentionCount += p.mentionCount;
      e.quoteCount += p.quotes;
      // "Obama" and "Barack Obama" in one article are two people there but one here: one appearance.
      const same = e.appearances.find((x) => x.article.uri === ref.uri);
      if (same) {
        same.mentions += here.mentions;
        same.quotes += here.quotes;
      } else e.appearances.push(here);
      if (here.location && (!e.location || a.uri === activeUri)) e.location = here.location;
    });
  }
  const people = [...byKey.values()];
  for (const p of people) p.appearances.sort((x, y) => (y.article.date ?? '').localeCompare(x.article.date ?? '') || x.article.name.localeCompare(y.article.name));
  people.sort((x, y) => y.appearances.length - x.appearances.length || y.mentionCount - x.mentionCount || x.name.localeCompare(y.name));
  return { scope: 'workspace', people, organisations: [] };
}
