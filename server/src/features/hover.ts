import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Mention, Person, Quote } from '../analysis/types';
import type { LineIndex } from './lineIndex';
import { spanAt } from '../analysis/text/lookup';

const MAX_QUOTES = 3;
const QUOTE_PREVIEW = 90;

/** The person mention under an offset; a cursor right after a name (offset = end) counts too. */
export function mentionAt(analysis: ArticleAnalysis, offset: number): Mention | undefined {
  return spanAt(analysis.mentions, offset) ?? spanAt(analysis.mentions, offset - 1);
}

export function personById(analysis: ArticleAnalysis, id: string): Person | undefined {
  return analysis.people.find((p) => p.id === id);
}

export interface WorkspaceContext {
  /** Other articles in which the same person appears (latest first). */
  otherArticles?: (person: Person) => { count: number; latest: string[] };
}

/** Markdown describing who the mention at `offset` refers to, or null off a person. */
export function hoverAt(analysis: ArticleAnalysis, lines: LineIndex, offset: number, ws: WorkspaceContext = {}): Hover | null {
  const mention = mentionAt(analysis, offset);
  if (!mention) return null;
  const person = personById(analysis, mention.person);
  if (!person) return null;
  const contents: MarkupContent = { kind: 'markdown', value: describePerson(analysis, person, mention, ws) };
  return { contents, range: lines.range(mention.start, mention.end) };
}

export function describePerson(analysis: ArticleAnalysis, person: Person, via: Mention | null, ws: WorkspaceContext = {}): string {
  const out: string[] = [];
  // "President" adds nothing next to "President of Colombia".
  const titles = person.titles.filter((t) => !person.titles.some((o) => o !== t && o.startsWith(t + ' ')));
  const role = titles.length ? ` — ${titles.map(escape).join(', ')}` : '';
  out.push(`**${escape(person.name)}**${role}`);
  if (person.descriptors.length) out.push(`*${person.descriptors.map(escape).join('; ')}*`);
  if (via && via.kind !== 'name') out.push(`\`${escape(via.text)}\` refers to ${escape(person.name)}`);
  const facts: string[] = [];
  const names = person.aliases.filter((a) => a !== person.name);
  if (names.length) facts.push(`also called ${names.map((n) => `“${escape(n)}”`).join(', ')}`);
  const byKind = countKinds(person.mentions);
  facts.push(`${person.mentions.length} mention${person.mentions.length === 1 ? '' : 's'}${byKind}`);
  const first = person.mentions[0];
  if (first) facts.push(`first in ¶${paragraphNumber(analysis, first.start)}`);
  out.push(facts.join(' · '));
  const quotes = analysis.quotes.filter((q) => q.speaker === person.id);
  if (quotes.length) {
    out.push(`**Quotes (${quotes.length})**`);
    for (const q of quotes.slice(0, MAX_QUOTES)) out.push(`- ¶${q.paragraph + 1} ${escape(preview(q))}`);
    if (quotes.length > MAX_QUOTES) out.push(`- … ${quotes.length - MAX_QUOTES} more`);
  }
  const elsewhere = ws.otherArticles?.(person);
  if (elsewhere && elsewhere.count > 0) {
    out.push(`Also in ${elsewhere.count} other article${elsewhere.count === 1 ? '' : 's'}${elsewhere.latest.length ? `: ${elsewhere.latest.map(escape).join(', ')}` : ''}`);
  }
  return out.join('\n\n');
}

function countKinds(mentions: readonly Mention[]): string {
  const names = mentions.filter((m) => m.kind === 'name').length;
  const pronouns = mentions.filter((m) => m.kind === 'pronoun').length;
  const titles = mentions.filter((m) => m.kind === 'title').length;
  const parts = [`${names} by name`];
  if (pronouns) parts.push(`${pronouns} pronoun${pronouns === 1 ? '' : 's'}`);
  if (titles) parts.push(`${titles} by title`);
  return ` (${parts.join(', ')})`;
}

function paragraphNumber(analysis: ArticleAnalysis, offset: number): number {
  const ps = analysis.model.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found + 1;
}

function preview(q: Quote): string {
  const flat = q.text.replace(/\s+/g, ' ');
  return flat.length > QUOTE_PREVIEW ? flat.slice(0, QUOTE_PREVIEW - 1).trimEnd() + '…' : flat;
}

/** Escapes Markdown so article text renders literally. */
export function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => '\\' + c);
}
