import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Mention, Organisation, Person, Quote } from '../analysis/types';
import type { LineIndex } from './lineIndex';
import { spanAt } from '../analysis/text/lookup';
import { nameList } from '../analysis/shortName';
import { quotesOf } from '../analysis/summary';

const MAX_QUOTES = 3;
const QUOTE_PREVIEW = 90;

/** The person mention under an offset; a cursor right after a name (offset = end) counts too. */
export function mentionAt(analysis: ArticleAnalysis, offset: number): Mention | undefined {
  return spanAt(analysis.mentions, offset) ?? spanAt(analysis.mentions, offset - 1);
}

export function personById(analysis: ArticleAnalysis, id: string): Person | undefined {
  return analysis.people.find((p) => p.id === id);
}

/** Another article in which the same person appears, for a link in the hover. */
export interface OtherArticle {
  uri: string;
  /** "2026-02-10 other.txt" */
  label: string;
  /** LSP range of the person's first name mention there, when known. */
  line?: number;
}

export interface WorkspaceContext {
  /** Other articles in which the same person appears (latest first). */
  otherArticles?: (person: Person) => { count: number; latest: OtherArticle[] };
}

export interface HoverOptions extends WorkspaceContext {
  /** The document's URI: places in it ("first mentioned on line 13") become links. */
  uri?: string;
  /**
   * How links are written. `command` (VS Code, whose client trusts this one command): a
   * `command:articleLens.openLocation` link, which opens the place whatever the window's remote. `file`
   * (other editors): the URI with a `#L13` fragment.
   */
  links?: 'command' | 'file';
}

/** Markdown link to a 0-based line of a document, or plain text when there is no URI to link to. */
export function lineLink(label: string, uri: string | undefined, line: number, links: HoverOptions['links']): string {
  if (!uri) return label;
  const target = links === 'command' ? `command:articleLens.openLocation?${encodeURIComponent(JSON.stringify([uri, line]))}` : `${uri}#L${line + 1}`;
  return `[${label}](${target})`;
}

/** Markdown describing who the mention at `offset` refers to, or the quotation under it; null elsewhere. */
export function hoverAt(analysis: ArticleAnalysis, lines: LineIndex, offset: number, ws: HoverOptions = {}): Hover | null {
  const mention = mentionAt(analysis, offset);
  const person = mention && personById(analysis, mention.person);
  // "they" for a group of named people: who they are, then each of them.
  const group = mention?.group?.map((id) => personById(analysis, id)).filter((p): p is Person => !!p) ?? [];
  if (mention && group.length > 1) {
    const names = group.map((p) => `**${escape(p.name)}**`);
    const who = `\`${escape(mention.text)}\` refers to ${nameList(names)}`;
    const value = [who, ...group.map((p) => describePerson(analysis, p, null, ws, lines))].join('\n\n---\n\n');
    return { contents: { kind: 'markdown', value }, range: lines.range(mention.start, mention.end) };
  }
  if (mention && person) {
    const contents: MarkupContent = { kind: 'markdown', value: describePerson(analysis, person, mention, ws, lines) };
    return { contents, range: lines.range(mention.start, mention.end) };
  }
  // A named organisation ("CNN", "the Pentagon"): what it is, how often it is named, what it is quoted saying.
  for (const org of analysis.organisations) {
    const m = org.mentions.find((x) => x.start <= offset && offset < x.end);
    if (m) return { contents: { kind: 'markdown', value: describeOrganisation(analysis, org, ws, lines) }, range: lines.range(m.start, m.end) };
  }
  const quote = quoteAt(analysis, offset);
  if (!quote) return null;
  return { contents: { kind: 'markdown', value: describeQuote(analysis, quote, lines, ws) }, range: lines.range(quote.start, quote.end) };
}

export function describeOrganisation(analysis: ArticleAnalysis, org: Organisation, ws: HoverOptions, lines: LineIndex): string {
  const out: string[] = [`**${escape(org.name)}** — organisation`];
  const first = org.mentions[0];
  const line = lines.positionAt(first.start).line;
  out.push(`${org.mentions.length} mention${org.mentions.length === 1 ? '' : 's'} · first mentioned on ${lineLink(`line ${line + 1}`, ws.uri, line, ws.links)}`);
  quoteList(org.quotes.map((i) => analysis.quotes[i]).filter((q): q is Quote => q !== undefined), ws, lines, out);
  return out.join('\n\n');
}

/** The innermost quotation containing the offset. */
export function quoteAt(analysis: ArticleAnalysis, offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const q of analysis.quotes) {
    if (q.start > offset) break;
    if (offset < q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

const STATUS_TEXT: Record<Quote['status'], string> = {
  attributed: 'attributed',
  unattributed: 'no speaker',
  partial: 'partial quotation',
  organisation: 'attributed to an organisation',
  anonymous: 'anonymous source',
  document: 'from a document',
};

const KIND_TEXT: Record<Quote['kind'], string> = {
  speech: 'speech',
  writing: 'writing (email, letter, post)',
  term: 'term (a name, title or scare quote: nobody’s words)',
};

export function describeQuote(analysis: ArticleAnalysis, q: Quote, lines: LineIndex, opts: HoverOptions = {}): string {
  const out: string[] = [];
  const speaker = q.speaker ? personById(analysis, q.speaker) : undefined;
  const names = (q.speakers ?? []).map((id) => personById(analysis, id)?.name).filter((n): n is string => !!n);
  const who =
    names.length > 1
      ? names.map((n) => `**${escape(n)}**`).join(' and ')
      : speaker
        ? `**${escape(speaker.name)}**`
        : q.speakerMention
          ? `**${escape(q.speakerMention.text)}**`
          : '**no speaker**';
  out.push(`Quotation — ${who}`);
  const facts: string[] = [];
  // The words that credit the quote, when they are not simply one of the speaker's names ("he", "the minister").
  if (q.speakerMention && speaker && names.length < 2 && q.speakerMention.text !== speaker.name && !speaker.aliases.includes(q.speakerMention.text)) facts.push(`source \`${escape(q.speakerMention.text)}\``);
  if (q.cue) facts.push(`cue “${escape(q.cue.text)}”`);
  if (q.via) facts.push(`via ${escape(q.via.text)}`);
  facts.push(KIND_TEXT[q.kind]);
  facts.push(`status: ${STATUS_TEXT[q.status] ?? q.status}${q.continued ? ' (continues the previous paragraph\'s speaker)' : ''}`);
  out.push(facts.join(' · '));
  const line = lines.positionAt(q.start).line;
  out.push(`${escape(preview(q))} — ${lineLink(`line ${line + 1}`, opts.uri, line, opts.links)}`);
  return out.join('\n\n');
}

export function describePerson(analysis: ArticleAnalysis, person: Person, via: Mention | null, ws: HoverOptions, lines: LineIndex): string {
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
  if (first) {
    // The editor's line (1-based), which is what a reader sees in the gutter; a paragraph number is not.
    const line = lines.positionAt(first.start).line;
    facts.push(`first mentioned on ${lineLink(`line ${line + 1}`, ws.uri, line, ws.links)}`);
  }
  out.push(facts.join(' · '));
  quoteList(quotesOf(analysis, person.id), ws, lines, out);
  const elsewhere = ws.otherArticles?.(person);
  if (elsewhere && elsewhere.count > 0) {
    const links = elsewhere.latest.map((o) => (o.line === undefined ? escape(o.label) : lineLink(escape(o.label), o.uri, o.line, ws.links)));
    const more = elsewhere.count > elsewhere.latest.length ? ', …' : '';
    out.push(`Also in ${elsewhere.count} other article${elsewhere.count === 1 ? '' : 's'}${links.length ? `: ${links.join(', ')}${more}` : ''}`);
  }
  return out.join('\n\n');
}

/** A source's quotations, the first MAX_QUOTES as line links with a preview, appended to `out`. */
function quoteList(quotes: readonly Quote[], ws: HoverOptions, lines: LineIndex, out: string[]): void {
  if (!quotes.length) return;
  out.push(`**Quotes (${quotes.length})**`);
  for (const q of quotes.slice(0, MAX_QUOTES)) {
    const line = lines.positionAt(q.start).line;
    out.push(`- ${lineLink(`line ${line + 1}`, ws.uri, line, ws.links)} ${escape(preview(q))}`);
  }
  if (quotes.length > MAX_QUOTES) out.push(`- … ${quotes.length - MAX_QUOTES} more`);
}

function countKinds(mentions: readonly Mention[]): string {
  const names = mentions.filter((m) => m.kind === 'name').length;
  const pronouns = mentions.filter((m) => m.kind === 'pronoun').length;
  const titles = mentions.filter((m) => m.kind === 'title').length;
  const descriptions = mentions.filter((m) => m.kind === 'description').length;
  const parts = [`${names} by name`];
  if (pronouns) parts.push(`${pronouns} pronoun${pronouns === 1 ? '' : 's'}`);
  if (titles) parts.push(`${titles} by title`);
  if (descriptions) parts.push(`${descriptions} by description`);
  return ` (${parts.join(', ')})`;
}

function preview(q: Quote): string {
  const flat = q.text.replace(/\s+/g, ' ');
  return flat.length > QUOTE_PREVIEW ? flat.slice(0, QUOTE_PREVIEW - 1).trimEnd() + '…' : flat;
}

/** Escapes Markdown so article text renders literally. */
export function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => '\\' + c);
}
