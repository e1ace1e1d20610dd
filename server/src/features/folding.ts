import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ArticleAnalysis } from '../analysis/types';
import type { LineIndex } from './lineIndex';

/** A fold per paragraph and per quotation that spans several lines (multi-paragraph quotes). */
export function foldingRanges(analysis: ArticleAnalysis, lines: LineIndex): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    const a = lines.positionAt(start).line;
    const b = lines.positionAt(end).line;
    if (b > a) out.push({ startLine: a, endLine: b, kind });
  };
  for (const p of analysis.model.paragraphs) add(p.start, p.end);
  for (const q of analysis.quotes) add(q.start, q.end, FoldingRangeKind.Region);
  out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
  return out;
}
