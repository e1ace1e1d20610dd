import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { ArticleAnalysis } from '../analysis/types';
import type { LineIndex } from './lineIndex';

// Custom token types with standard super types (declared in package.json's
// semanticTokenTypes), so every theme colours them even without rules for them.
export const TOKEN_TYPES = ['person', 'personTitle', 'timeExpression', 'quotation', 'speechCue'] as const;
export const TOKEN_MODIFIERS = ['pronoun', 'unattributed'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];

interface Piece {
  start: number;
  end: number;
  type: TokenType;
  modifiers: number;
}

/** Semantic tokens for the whole document: people, titles, times, speech cues, and quotations around them. */
export function semanticTokens(analysis: ArticleAnalysis, lines: LineIndex): SemanticTokens {
  const fg: Piece[] = [];
  const text = analysis.text;
  for (const m of analysis.mentions) fg.push({ start: m.start, end: m.end, type: 'person', modifiers: m.kind === 'pronoun' ? 1 : 0 });
  for (const p of analysis.people) {
    // Titles written right before a name mention ("Secretary of State Marco Rubio").
    for (const m of p.mentions) {
      if (m.kind !== 'name') continue;
      for (const title of p.titles) {
        const before = text.slice(Math.max(0, m.start - title.length - 1), m.start);
        if (before === `${title} `) fg.push({ start: m.start - title.length - 1, end: m.start - 1, type: 'personTitle', modifiers: 0 });
      }
    }
  }
  for (const t of analysis.times) fg.push({ start: t.start, end: t.end, type: 'timeExpression', modifiers: 0 });
  for (const q of analysis.quotes) if (q.cue) fg.push({ start: q.cue.start, end: q.cue.end, type: 'speechCue', modifiers: 0 });
  fg.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop overlaps: the first (outermost, earliest) piece wins.
  const kept: Piece[] = [];
  for (const p of fg) if (!kept.length || p.start >= kept[kept.length - 1].end) kept.push(p);
  // Quotations fill the gaps between the pieces inside them. `kept` is sorted and disjoint, so each
  // quote visits only its own pieces, found by binary search: O(quotes·log pieces + pieces inside
  // quotes), where scanning every piece per quote took 73 s on a 5 MB single line (issue 19).
  const all: Piece[] = [...kept];
  for (const q of analysis.quotes) {
    const mods = q.status === 'unattributed' ? 2 : 0;
    let at = q.start;
    for (let k = firstEndingAfter(kept, q.start); k < kept.length && kept[k].start < q.end; k++) {
      const p = kept[k];
      if (p.start > at) all.push({ start: at, end: p.start, type: 'quotation', modifiers: mods });
      at = Math.max(at, p.end);
    }
    if (at < q.end) all.push({ start: at, end: q.end, type: 'quotation', modifiers: mods });
  }
  all.sort((a, b) => a.start - b.start);
  return { data: encode(all, lines, text) };
}

/** Index of the first piece with end > offset in sorted, disjoint pieces (whose ends are therefore sorted too). */
function firstEndingAfter(pieces: readonly Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** LSP's relative encoding; tokens never span lines, so multi-line pieces are split at line breaks. */
function encode(pieces: readonly Piece[], lines: LineIndex, text: string): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const p of pieces) {
    let s = p.start;
    while (s < p.end) {
      let e = s;
      while (e < p.end && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
      if (e > s) {
        const pos = lines.positionAt(s);
        const deltaLine = pos.line - prevLine;
        const deltaChar = deltaLine === 0 ? pos.character - prevChar : pos.character;
        // The length in the negotiated encoding (UTF-16 units unless UTF-8 or UTF-32 was agreed): same line, so a difference of characters.
        const length = lines.encoding === 'utf-16' ? e - s : lines.positionAt(e).character - pos.character;
        data.push(deltaLine, deltaChar, length, TOKEN_TYPES.indexOf(p.type), p.modifiers);
        prevLine = pos.line;
        prevChar = pos.character;
      }
      s = e;
      while (s < p.end && (text.charCodeAt(s) === 10 || text.charCodeAt(s) === 13)) s++;
    }
  }
  return data;
}
