import type { Paragraph, Sentence, Span, Token } from '../types';

/** Index of the last item whose start is <= offset (binary search over items sorted by start). */
function lastStartingAtOrBefore(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const i = lastStartingAtOrBefore(sentences, offset);
  return i >= 0 && offset <= sentences[i].end ? sentences[i] : undefined;
}

export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  const i = lastStartingAtOrBefore(paragraphs, offset);
  return i >= 0 && offset <= paragraphs[i].end ? paragraphs[i] : undefined;
}

/** Index of the first of items sorted by start that starts at or after offset (items.length when none). */
export function firstStartingAtOrAfter(items: readonly Span[], offset: number): number {
  return lastStartingAtOrBefore(items, offset - 1) + 1;
}

/** Index of the token containing offset, or the last token starting before it; -1 when none. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return lastStartingAtOrBefore(tokens, offset);
}

/** The item whose span contains offset (start <= offset < end), for sorted, non-overlapping items. */
export function spanAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = items[mid];
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** The first of sorted, non-overlapping items that overlaps [start, end), found by binary search. */
export function firstOverlapping<T extends Span>(items: readonly T[], start: number, end: number): T | undefined {
  const i = lastStartingAtOrBefore(items, start);
  if (i >= 0 && items[i].end > start) return items[i];
  const next = items[i + 1];
  return next && next.start < end ? next : undefined;
}

/**
 * A test of whether some item of a list (any order, nesting allowed) contains [start, end), in log time: the items
 * sorted by start with the largest end among each prefix, so an article of many quotations costs no scan per name.
 */
export function containmentTest(items: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const maxEnd = new Int32Array(sorted.length);
  let m = -1;
  sorted.forEach((q, i) => (maxEnd[i] = m = Math.max(m, q.end)));
  return (start, end) => {
    const i = lastStartingAtOrBefore(sorted, start);
    return i >= 0 && maxEnd[i] >= end;
  };
}
