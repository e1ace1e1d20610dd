import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { ArticleAnalysis } from '../analysis/types';
import type { LineIndex } from './lineIndex';
import { readableTimex } from '../analysis/time/readable';

/** After each relative time expression, its resolved date as a reader writes it: `Tuesday ⟨Tue 3 Feb 2026⟩`. */
export function inlayHints(analysis: ArticleAnalysis, lines: LineIndex, range: Range | null): InlayHint[] {
  const from = range ? lines.offsetAt(range.start) : 0;
  const to = range ? lines.offsetAt(range.end) : analysis.text.length;
  const out: InlayHint[] = [];
  for (const t of analysis.times) {
    if (!t.relative || t.end < from || t.start > to) continue;
    if (t.unresolved) {
      out.push({ position: lines.positionAt(t.end), label: '⟨no dateline⟩', kind: InlayHintKind.Type, paddingLeft: true, tooltip: 'Add a “ date YYYY-MM-DD” first line to resolve relative dates.' });
      continue;
    }
    // Only values a reader can check against a calendar; PRESENT_REF, durations and the like get none.
    const label = readableTimex(t.value, analysis.date);
    if (!label) continue;
    out.push({ position: lines.positionAt(t.end), label: `⟨${label}⟩`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: `${t.type} ${t.value}, resolved against the dateline ${analysis.date ?? ''}`.trim() });
  }
  return out;
}
