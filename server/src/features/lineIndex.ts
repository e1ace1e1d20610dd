import type { Position, Range } from 'vscode-languageserver-types';

/**
 * Offset ↔ position conversion over UTF-16 offsets, with LSP's line rules
 * (\n, \r\n and lone \r end a line). Built once per analysed text.
 */
export class LineIndex {
  private readonly starts: number[];
  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
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
    return { line: lo, character: o - this.starts[lo] };
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
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
