import type { Position, Range } from 'vscode-languageserver-types';

/** How a position's `character` counts: UTF-16 code units (LSP's default), UTF-8 bytes, or code points. */
export type PositionEncoding = 'utf-16' | 'utf-8' | 'utf-32';

/**
 * Offset ↔ position conversion over UTF-16 offsets, with LSP's line rules
 * (\n, \r\n and lone \r end a line), in the negotiated position encoding.
 * Built once per analysed text.
 *
 * For UTF-8 and UTF-32 the index keeps the offsets of the code units whose
 * width differs from one UTF-16 unit, with a running sum of the differences,
 * so a conversion is a binary search, never a scan of the line: a 5 MB
 * single-line document stays linear however many positions are converted.
 */
export class LineIndex {
  private readonly starts: number[];
  /** Offsets of the code units whose encoded width is not 1 (empty for UTF-16). */
  private readonly odd: Int32Array;
  /** cum[i]: the sum of (width − 1) over the first i entries of `odd`. */
  private readonly cum: Int32Array;

  constructor(
    private readonly text: string,
    readonly encoding: PositionEncoding = 'utf-16',
  ) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // No CR (the usual case): the native search finds each line end (a 1 MB article: ≈ 0.3 ms, against
      // ≈ 2 ms for the loop below, which runs after every edit of a large document; issue 18).
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10) starts.push(i + 1);
      }
    }
    this.starts = starts;
    const odd: number[] = [];
    const deltas: number[] = [];
    if (encoding !== 'utf-16') {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80) continue;
        const d = widthDelta(text, i, c, encoding);
        if (d !== 0) {
          odd.push(i);
          deltas.push(d);
        }
      }
    }
    this.odd = Int32Array.from(odd);
    this.cum = new Int32Array(deltas.length + 1);
    for (let k = 0; k < deltas.length; k++) this.cum[k + 1] = this.cum[k] + deltas[k];
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The sum of (width − 1) over the code units in [0, offset). */
  private extraBefore(offset: number): number {
    if (this.odd.length === 0) return 0;
    let lo = 0;
    let hi = this.odd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.odd[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return this.cum[lo];
  }

  /** The encoded length of text[lineStart, offset). */
  private units(lineStart: number, offset: number): number {
    return offset - lineStart + this.extraBefore(offset) - this.extraBefore(lineStart);
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: this.units(this.starts[lo], o) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[position.line];
    const nextStart = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    // A position past the line's end clamps to the end of its text, before the line break.
    let lineEnd = nextStart;
    if (position.line + 1 < this.starts.length) {
      lineEnd--;
      if (this.text.charCodeAt(lineEnd) === 10 && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    }
    const character = Math.max(0, position.character);
    if (this.encoding === 'utf-16') return Math.min(lineStart + character, lineEnd);
    // The first offset on the line whose encoded length reaches `character` (units() never decreases).
    let lo = lineStart;
    let hi = lineEnd;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.units(lineStart, mid) < character) lo = mid + 1;
      else hi = mid;
    }
    // Never between the halves of a surrogate pair.
    if (lo > lineStart && lo < this.text.length && isLow(this.text.charCodeAt(lo)) && isHigh(this.text.charCodeAt(lo - 1))) lo++;
    return lo;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * A non-ASCII UTF-16 code unit's encoded width minus one. A surrogate pair is
 * one code point (UTF-32: the low half counts 0) of four bytes (UTF-8: two per
 * half); a lone surrogate is encoded as U+FFFD (three bytes).
 */
function widthDelta(text: string, i: number, c: number, encoding: PositionEncoding): number {
  const pairedHigh = isHigh(c) && isLow(text.charCodeAt(i + 1));
  const pairedLow = isLow(c) && i > 0 && isHigh(text.charCodeAt(i - 1));
  if (encoding === 'utf-32') return pairedLow ? -1 : 0;
  if (pairedHigh || pairedLow) return 1;
  return c < 0x800 ? 1 : 2;
}
