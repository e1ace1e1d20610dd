// Pairs quotation marks into top-level quotations (one linear pass over the
// quote tokens of each paragraph, with a small stack for nesting).
import type { Span, TextModel } from '../types';

export interface RawQuote {
  start: number;
  end: number;
  /** Token indexes of the opening and the (final) closing mark. */
  openTok: number;
  closeTok: number;
  /** Block (see `computeBlocks`) of the opening mark. */
  paragraph: number;
  /** Paragraph index (`TextModel.paragraphs`) of the opening mark. */
  modelParagraph: number;
  /** Block of the closing mark (> paragraph for a quote that runs over paragraphs). */
  lastParagraph: number;
  /** Double marks (“ ” " « ») rather than single (‘ ’ '). */
  double: boolean;
}

export interface MarkScan {
  quotes: RawQuote[];
  /** Opening double marks that are never closed. */
  unbalanced: Span[];
}

type Dir = 'open' | 'close' | 'either' | 'none';

interface Open {
  tok: number;
  double: boolean;
  straight: boolean;
}

function isSpace(c: string): boolean {
  return c === '' || c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u00a0' || c === '\u2009' || c === '\u202f';
}

const OPEN_CONTEXT = '([{—–-/“‘"\'«„';
const CLOSE_CONTEXT = '.,;:!?)]}—–…-/”’"\'»';

/** Which way a mark (the token `mark` at offset i) faces, judged from its neighbours only. */
function direction(text: string, i: number, pStart: number, pEnd: number, mark: string = text[i]): Dir {
  // A doubled apostrophe ('') is a straight double mark.
  const c = mark === "''" ? '"' : mark;
  const prev = i > pStart ? text[i - 1] : '';
  const next = i + mark.length < pEnd ? text[i + mark.length] : '';
  const leftFlank = isSpace(prev) || OPEN_CONTEXT.includes(prev);
  const rightFlank = isSpace(next) || CLOSE_CONTEXT.includes(next);
  switch (c) {
    case '``':
      return 'open';
    case '“':
    case '„':
    case '‟':
    case '«':
      return rightFlank && !leftFlank ? 'close' : 'open';
    case '”':
    case '»':
      return leftFlank && !rightFlank ? 'open' : 'close';
    case '"':
      if (leftFlank && !rightFlank) return 'open';
      if (rightFlank && !leftFlank) return 'close';
      return 'either';
    case '‘':
      if (/\d/.test(next)) return 'none'; // ‘90s
      if (leftFlank && !rightFlank) return 'open';
      if (rightFlank && !leftFlank) return 'close';
      return 'none';
    case '’':
    case "'":
      if (/\d/.test(next)) return 'none';
      if (rightFlank && !leftFlank) return 'close';
      if (leftFlank && !rightFlank) return c === "'" ? 'open' : 'none'; // ’em is an apostrophe
      return 'none';
    default:
      return 'none';
  }
}

const isDoubleMark = (c: string) => c === '``' || c === '“' || c === '”' || c === '"' || c === "''" || c === '«' || c === '»' || c === '„' || c === '‟';
/** A mark typed on a keyboard, the same glyph opening and closing (`` opens what '' closes, as PTB and LaTeX write). */
const isStraightMark = (c: string) => c === '"' || c === "'" || c === "''" || c === '``';

export function scanMarks(model: TextModel, blockInfo: Blocks = computeBlocks(model)): MarkScan {
  const { text, tokens } = model;
  const { blocks } = blockInfo;
  const quotes: RawQuote[] = [];
  const unbalanced: Span[] = [];
  const paraTok: Array<[number, number]> = blocks.map((b) => [b.a, b.b]);
  const paragraphs = blocks.map((b) => ({ start: b.a < b.b ? tokens[b.a].start : 0, end: b.a < b.b ? tokens[b.b - 1].end : 0 }));

  // A top-level double quotation carried over from the previous paragraph.
  let carried = null as { open: Open; paragraph: number } | null;

  for (let p = 0; p < paragraphs.length; p++) {
    const [a, b] = paraTok[p];
    const { start: pStart, end: pEnd } = paragraphs[p];
    const stack: Open[] = [];
    let nesting: CurlyNesting | null = null;
    let carriedOpen = null as Open | null;
    let k0 = a;
    if (carried) {
      const first = a < b ? tokens[a] : undefined;
      if (first && first.kind === 'quote' && isDoubleMark(first.text) && direction(text, first.start, pStart, pEnd, first.text) !== 'close') {
        // Continuation paragraph: the quotation goes on.
        carriedOpen = carried.open;
        stack.push({ tok: carried.open.tok, double: true, straight: carried.open.straight });
        k0 = a + 1;
      } else {
        unbalanced.push({ start: tokens[carried.open.tok].start, end: tokens[carried.open.tok].end });
      }
    }
    const carriedFrom: number = carried ? carried.paragraph : p;
    carried = null;

    for (let k = k0; k < b; k++) {
      const t = tokens[k];
      if (t.kind !== 'quote') continue;
      const c = t.text;
      const double = isDoubleMark(c);
      let dir = direction(text, t.start, pStart, pEnd, c);
      if (dir === 'none') continue;
      // `` opens what '' closes (PTB, LaTeX): one glyph pair, as far as nesting goes.
      const straight = isStraightMark(c);
      if (double) {
        let di = -1; // innermost open double
        for (let s = stack.length - 1; s >= 0; s--) if (stack[s].double) { di = s; break; }
        if (dir === 'either') dir = di >= 0 ? 'close' : 'open';
        if (dir === 'open') {
          // (Curly marks that close both before the paragraph ends nest: "“… what he calls “hell” than …”".)
          if (di >= 0 && stack[di].straight === straight && !(!straight && (nesting ??= new CurlyNesting(text, tokens, a, b, pStart, pEnd)).nests(k))) {
            // Same glyph opened again before the first closed: the outer one is never closed.
            if (di === 0) {
              const o = stack[0];
              unbalanced.push({ start: tokens[o.tok].start, end: tokens[o.tok].end });
              if (carriedOpen && o.tok === carriedOpen.tok) carriedOpen = null;
            }
            stack.length = di;
          }
          stack.push({ tok: k, double: true, straight });
        } else {
          if (di < 0) continue; // stray closing mark
          const o = stack[di];
          stack.length = di;
          if (di === 0) {
            const fromPara = carriedOpen && o.tok === carriedOpen.tok ? carriedFrom : p;
            quotes.push({ start: tokens[o.tok].start, end: t.end, openTok: o.tok, closeTok: k, paragraph: fromPara, modelParagraph: blocks[fromPara].paragraph, lastParagraph: p, double: true });
            carriedOpen = null;
          }
        }
      } else {
        if (dir === 'open') {
          stack.push({ tok: k, double: false, straight });
        } else if (dir === 'close') {
          // Close the innermost single open above the innermost double, if any; else it is an apostrophe.
          let si = -1;
          for (let s = stack.length - 1; s >= 0; s--) {
            if (stack[s].double) break;
            si = s;
            break;
          }
          if (si < 0) continue;
          const o = stack[si];
          stack.length = si;
          if (si === 0 && t.start - tokens[o.tok].end > 0) {
            quotes.push({ start: tokens[o.tok].start, end: t.end, openTok: o.tok, closeTok: k, paragraph: p, modelParagraph: blocks[p].paragraph, lastParagraph: p, double: false });
          }
        }
      }
    }
    // Unclosed marks at paragraph end: the outermost double may continue in the next paragraph.
    const bottom = stack.findIndex((s) => s.double);
    if (bottom >= 0) {
      carried = { open: stack[bottom], paragraph: carriedOpen && stack[bottom].tok === carriedOpen.tok ? carriedFrom : p };
    }
  }
  if (carried) unbalanced.push({ start: tokens[carried.open.tok].start, end: tokens[carried.open.tok].end });
  quotes.sort((x, y) => x.start - y.start);
  return { quotes, unbalanced };
}

/**
 * Rule quotes.nested-curly: a curly opening mark met while another is open nests inside it when the paragraph's
 * later curly marks close both: a writer who quotes a word inside a quotation with the same marks ("I’d rather
 * live in what he calls “hell” than live in a world where he is president.”") still closes the outer one.
 * Otherwise the outer one was left open. Over a paragraph's tokens [a, b): with P(j) the closers minus the
 * openers among its curly double marks up to token j, an opener at k nests when some later P(j) - P(k)
 * reaches 2 (both closed); the suffix maxima of P answer that for every opener in one pass, built on first
 * use (adversarial text opens thousands of marks: a scan to the paragraph's end per opener was quadratic).
 */
class CurlyNesting {
  private balance: Int32Array | null = null;
  private suffixMax: Int32Array | null = null;
  constructor(private readonly text: string, private readonly tokens: TextModel['tokens'], private readonly a: number, private readonly b: number, private readonly pStart: number, private readonly pEnd: number) {}

  /** The opener at token k nests inside the open one. */
  nests(k: number): boolean {
    if (!this.balance) this.build();
    const i = k - this.a;
    return k + 1 < this.b && this.suffixMax![i + 1] - this.balance![i] >= 2;
  }

  private build(): void {
    const n = this.b - this.a;
    const balance = new Int32Array(n);
    let p = 0;
    for (let i = 0; i < n; i++) {
      const t = this.tokens[this.a + i];
      if (t.kind === 'quote' && isDoubleMark(t.text) && !isStraightMark(t.text)) {
        const dir = direction(this.text, t.start, this.pStart, this.pEnd, t.text);
        if (dir === 'open') p--;
        else if (dir === 'close') p++;
      }
      balance[i] = p;
    }
    const suffixMax = new Int32Array(n);
    for (let i = n - 1; i >= 0; i--) suffixMax[i] = i + 1 < n ? Math.max(balance[i], suffixMax[i + 1]) : balance[i];
    this.balance = balance;
    this.suffixMax = suffixMax;
  }
}

export interface Blocks {
  /** Token ranges [a, b) of each block, with the model paragraph that holds it. */
  blocks: Array<{ a: number; b: number; paragraph: number }>;
  /** Block index of each token. */
  blockOf: Int32Array;
}

const SENTENCE_END_CHARS = '.!?:”"’\')]…';

/**
 * Blocks are paragraphs, further split at line breaks that follow the end of a sentence: many
 * articles put one paragraph per line with no blank line between, while hard-wrapped text breaks
 * lines mid-sentence (and stays one block).
 */
export function computeBlocks(model: TextModel): Blocks {
  const { text, tokens, sentences } = model;
  const blockOf = new Int32Array(tokens.length);
  const blocks: Array<{ a: number; b: number; paragraph: number }> = [];
  let cur = -1;
  let curPara = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    let split = false;
    if (k === 0 || sentences[t.sentence].paragraph !== curPara) split = true;
    else {
      // A line break after the end of a sentence.
      const last = tokens[k - 1].text;
      if (SENTENCE_END_CHARS.includes(last[last.length - 1])) {
        for (let i = tokens[k - 1].end; i < t.start; i++) {
          if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) {
            split = true;
            break;
          }
        }
      }
    }
    if (split) {
      const para = sentences[t.sentence].paragraph;
      if (cur >= 0) blocks[cur].b = k;
      blocks.push({ a: k, b: k, paragraph: para });
      cur = blocks.length - 1;
      curPara = para;
    }
    blockOf[k] = cur;
  }
  if (cur >= 0) blocks[cur].b = tokens.length;
  return { blocks, blockOf };
}
