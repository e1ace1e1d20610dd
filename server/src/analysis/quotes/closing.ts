// Where an unclosed quotation certainly ends (the unbalanced-quote quick fix inserts its mark there).
import { tokenIndexAt } from '../text/lookup';
import type { Ctx } from './context';
import { TERMINAL } from './lexicon';
import { isCue } from './phrases';

/**
 * Where an unclosed quotation certainly ends: at the end of its paragraph, when the paragraph ends a
 * sentence, holds no other quotation mark after the opening one, no ")" of a parenthesis opened before the
 * mark, and no credit inside the opened words
 * ("“We will not back down, Northam said." ends before the comma, not at the paragraph's end). Else null.
 * The tables are built once per call, so hostile texts with many unclosed marks stay linear.
 */
export function closingPoints(c: Ctx): (mark: { start: number }) => number | null {
  const n = c.tokens.length;
  // Last token of each token's paragraph as written (blank lines), not its line block.
  const paraLast = new Int32Array(n).fill(-1);
  let t = 0;
  for (const p of c.model.paragraphs) {
    while (t < n && c.tokens[t].start < p.start) t++;
    const first = t;
    while (t < n && c.tokens[t].start < p.end) t++;
    for (let k = first; k < t; k++) paraLast[k] = t - 1;
  }
  // The next quotation mark, and the next comma followed by a cue within four words, at or after each token.
  const nextMark = new Int32Array(n + 1).fill(n);
  const nextCredit = new Int32Array(n + 1).fill(n);
  for (let k = n - 1; k >= 0; k--) {
    nextMark[k] = c.tokens[k].kind === 'quote' && !c.isLooseApostrophe(k) ? k : nextMark[k + 1];
    let credit = false;
    if (c.tokens[k].text === ',') for (let j = k + 1; j <= Math.min(n - 1, k + 4); j++) if (isCue(c, j)) credit = true;
    nextCredit[k] = credit ? k : nextCredit[k + 1];
  }
  return (mark) => {
    const open = tokenIndexAt(c.tokens, mark.start);
    if (open < 0 || c.tokens[open].start !== mark.start || paraLast[open] < 0) return null;
    const last = paraLast[open];
    if (last === open || !TERMINAL.has(c.id(last)) || c.tokens[last].text === ';') return null;
    // Words follow an opening mark; markup does not (tweet-date="…\n">, “<tweet/>).
    if (!c.isWord(open + 1)) return null;
    if (nextMark[open + 1] <= last || nextCredit[open + 1] <= last) return null;
    // A parenthesis opened before the mark and closed after it ("among those who are “somewhat liberal),
    // education (…) …."): the quotation ends before that ")", somewhere the words do not tell. (Only the
    // last mark of a paragraph gets here, so the walk stays linear over the text.)
    let depth = 0;
    for (let k = open + 1; k <= last; k++) {
      const w = c.tokens[k].text;
      if (w === '(') depth++;
      else if (w === ')' && --depth < 0) return null;
    }
    return c.tokens[last].end;
  };
}
