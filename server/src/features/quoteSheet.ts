// The quote sheet fact-checkers work from: one row per quotation with who said it, the cue and the status.
// Shared by `article-lens quotes` (CSV, Markdown, JSON) and "Article Lens: Export Quote Sheet" (Markdown).
import type { ArticleAnalysis, Quote } from '../analysis/types';
import type { LineIndex } from './lineIndex';

export interface QuoteRow {
  file: string;
  /** 1-based line of the opening mark. */
  line: number;
  speaker: string;
  /** The speaker's titles as the article gives them ("President; Sen."), or ''. */
  title: string;
  cue: string;
  /** The outer source a nested attribution goes through ("CNN" in "…, Sanders said, according to CNN"), or ''. */
  via: string;
  kind: string;
  status: string;
  /** The quotation, marks included, on one line. */
  text: string;
}

export const QUOTE_COLUMNS: readonly (keyof QuoteRow)[] = ['file', 'line', 'speaker', 'title', 'cue', 'via', 'kind', 'status', 'text'];

/** speech, writing or term (the engine's `Quote.kind`). */
const kindOf = (q: Quote): string => q.kind;

export function quoteRows(file: string, a: ArticleAnalysis, lines: LineIndex): QuoteRow[] {
  const byId = new Map(a.people.map((p) => [p.id, p]));
  return a.quotes.map((q) => {
    const person = q.speaker ? byId.get(q.speaker) : undefined;
    // Several people credited together ("Smith and Jones wrote"): all their names.
    const all = (q.speakers ?? []).map((id) => byId.get(id)).filter((p): p is NonNullable<typeof p> => !!p);
    return {
      file,
      line: lines.positionAt(q.start).line + 1,
      // An anonymous source or an organisation has no person: the words that name it are the speaker.
      speaker: all.length > 1 ? all.map((p) => p.name).join('; ') : (person?.name ?? q.speakerMention?.text ?? ''),
      title: person ? person.titles.join('; ') : '',
      cue: q.cue?.text ?? '',
      via: q.via?.text ?? '',
      kind: kindOf(q),
      status: q.status,
      text: q.text.replace(/\s+/g, ' ').trim(),
    };
  });
}

/** RFC 4180 CSV with a header row; cells a spreadsheet would run as a formula are prefixed with `'`. */
export function quotesCsv(rows: readonly QuoteRow[]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [QUOTE_COLUMNS.join(','), ...rows.map((r) => QUOTE_COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function quotesMarkdown(rows: readonly QuoteRow[], heading = 'Quote sheet'): string {
  const cell = (v: string | number) => String(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|') || ' ';
  const out = [`# ${heading}`, '', `${rows.length} quotation${rows.length === 1 ? '' : 's'}.`, ''];
  out.push(`| ${QUOTE_COLUMNS.join(' | ')} |`, `|${QUOTE_COLUMNS.map(() => '---').join('|')}|`);
  for (const r of rows) out.push(`| ${QUOTE_COLUMNS.map((c) => cell(r[c])).join(' | ')} |`);
  return out.join('\n') + '\n';
}
