// Rules quotes.after-*: the credit follows the closing mark — "“…,” Trump said", "“…,” said Caddell",
// "“…,” according to a senior official", a byline ("“…,” by Times' Michael Paulson") and a dash and a
// name closing the sentence ("“…” - Bernie Sanders.").
import { Ctx, by, type Attribution, personSource } from '../context';
import { classify, isCue, nounDeterminer, npRight } from '../phrases';
import { sourceLeftOf, sourceRightOf } from '../sources';
import { ADVERBS, AFTER_QUOTE_CUES, DASHES, DETERMINERS, GAP_STOP, NP_STOP, LEAD_PUNCT, NO_INVERSION, POST_OK_AFTER_CUE } from '../lexicon';

/** Attribution from the words after the closing mark (quote-cue-source and inversion). */
export function attributeAfter(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const close = q.closeTok;
  const n = c.tokens.length;
  const para = c.paraOf[close];
  let k = close + 1;
  while (k < n && c.paraOf[k] === para && LEAD_PUNCT.has(c.id(k))) k++;
  if (k >= n || c.paraOf[k] !== para) return null;
  // Window: to the end of the clause or the next quotation.
  let end = k;
  // A nickname inside the source's name (Del. Marcia "Cia" Price) does not end the window.
  while (end < n && end - k < 36 && c.paraOf[end] === para && (c.quoteOf[end] < 0 || c.inNickname(end)) && !c.isTerminal(end) && c.tokens[end].text !== ':') end++;
  const last = end - 1;
  if (last < k) return null;
  const innerLast = c.tokens[close - 1];
  const endsSentence = innerLast && innerLast.kind === 'punct' && innerLast.text === '.';

  const acceptTail = (after: number): boolean => {
    // The cue must not introduce the next quotation ("Trump responded: “…”").
    if (after < n && c.paraOf[after] === para && c.tokens[after].text === ':' && c.quoteOf[after + 1] >= 0) return false;
    if (!endsSentence) return true;
    // After a full stop inside the marks, a new sentence that merely starts with "X said" reports something else.
    if (after > last) return true;
    return POST_OK_AFTER_CUE.has(c.id(after)) || c.upper(after) || c.tokens[after].kind !== 'word' || /\d/.test(c.lw(after));
  };

  // A byline: “Matthew Morrison is leaving ‘Neverland,’” by Times' Michael Paulson: (rule quotes.byline).
  let comma = close - 1;
  while (comma > q.openTok && c.tokens[comma].kind === 'quote') comma--;
  if (k <= last && c.lw(k) === 'by' && c.tokens[comma].text === ',') {
    const cue = c.span(k, k);
    for (let j = k + 1; j <= last && j - k <= 8; j++) {
      const m = c.mentionAt(j);
      if (m && m.kind === 'name') return personSource(m, cue, 'quotes.byline');
    }
    const e = npRight(c, k + 1, last);
    if (e >= 0 && c.upper(k + 1)) {
      const a = classify(c, k + 1, e, false, cue);
      if (a) return by('quotes.byline', a);
    }
  }
  // A dash and a name closing the sentence: "“…” - Bernie Sanders."
  const dash = c.tokens[close + 1];
  if (dash && c.paraOf[close + 1] === para && DASHES.has(c.id(close + 1)) && k <= last) {
    const m = c.mentionAt(k);
    const dashCue = c.span(close + 1, close + 1);
    if (m) {
      let after = k;
      while (after <= last && c.tokens[after].start < m.end) after++;
      if (after > last || c.tokens[after].text === ',') return personSource(m, dashCue, 'quotes.after-dash');
    }
    // A name the people engine does not know ("― Carla Sanchez.").
    const e = npRight(c, k, last);
    if (e >= 0 && (e === last || c.tokens[e + 1].text === ',') && c.upper(k) && e - k <= 4) {
      const a = classify(c, k, e, false, dashCue);
      if (a) return by('quotes.after-dash', a);
    }
  }
  // Inversion: "said Caddell", "according to a senior official".
  let j = k;
  while (j <= last && ADVERBS.has(c.id(j)) && c.isWord(j)) j++;
  if (j <= last) {
    const w = c.lw(j);
    if (w === 'according' && c.lw(j + 1) === 'to') {
      const a = sourceRightOf(c, j + 2, last, c.span(j, j + 1));
      if (a) return by('quotes.after-according-to', a);
    } else if ((isCue(c, j) || (j === k && AFTER_QUOTE_CUES.has(c.id(j)))) && !NO_INVERSION.has(c.id(j))) {
      const cue = c.span(j, j);
      const a = sourceRightOf(c, j + 1, last, cue);
      if (a && a.mention) {
        let after = j + 1;
        while (after < end && c.tokens[after].end <= a.mention.end) after++;
        if (acceptTail(after)) return by('quotes.after-inverted', a);
      }
    }
  }
  // Subject then cue: "Trump said", "the White House said in a statement".
  for (let v = k; v <= last && v - k <= 32; v++) {
    const w = c.lw(v);
    // An after-quote cue only ends the clause it opens: "“…,” Hannity started." (not "Hannity started a company").
    const afterQuoteCue = AFTER_QUOTE_CUES.has(c.id(v)) && (v + 1 > last || c.tokens[v + 1].text === ',');
    if (!(isCue(c, v) || afterQuoteCue || (w === 'according' && c.lw(v + 1) === 'to'))) continue;
    // After a determiner or a possessive a cue word is a noun ("the note says", "his note said"): the verb comes later.
    if (v > k && (nounDeterminer(c, v - 1, k) || c.isPossessiveWord(v - 1))) continue;
    if (w === 'according') {
      const a = sourceRightOf(c, v + 2, last, c.span(v, v + 1));
      if (a) return by('quotes.after-according-to', a);
      continue;
    }
    const cue = c.span(v, v);
    const a = sourceLeftOf(c, v, k, cue);
    // The source must follow the quotation directly (“…,” Trump said), not sit in a later clause.
    let first = k;
    while (first < v && c.isWord(first) && (ADVERBS.has(c.id(first)) || (first === k && c.lw(first) === 'as'))) first++;
    if (a && gapOk(c, first, a.from ?? -1) && acceptTail(v + 1)) {
      // The whole coordinated description is the source, and a definite one is no anonymous source.
      if (a.kind !== 'person' && a.mention && coordinatedDescription(c, first, a.from ?? -1)) {
        const mention = { start: c.tokens[first].start, end: a.mention.end, text: c.model.text.slice(c.tokens[first].start, a.mention.end) };
        // "the Florida senator" may already stand for a person.
        let person: string | null = null;
        for (let j = first; j < (a.from ?? first) && !person; j++) person = c.mentionAt(j)?.person ?? null;
        return by('quotes.after-cue', { ...a, kind: person ? 'person' : 'description', person, mention, from: first });
      }
      return by('quotes.after-cue', a);
    }
    return null;
  }
  return null;
}

/** Words between the closing mark and the source: none, or a short appositive lead ("another friend, Mariam Emara told"). */
export function gapOk(c: Ctx, first: number, npStart: number): boolean {
  if (npStart < 0) return false;
  if (npStart <= first) return true;
  if (npStart - first > 8) return false;
  if (coordinatedDescription(c, first, npStart)) return true;
  for (let k = first; k < npStart; k++) if (GAP_STOP.has(c.id(k)) || (c.tokens[k].kind === 'quote' && !c.inNickname(k))) return false;
  return true;
}

/**
 * "the Florida senator and Republican presidential candidate said": the gap is the first half of one
 * description joined by "and" — a determiner, then words only (no clause word), then the "and".
 */
function coordinatedDescription(c: Ctx, first: number, npStart: number): boolean {
  if (c.lw(npStart - 1) !== 'and' || !DETERMINERS.has(c.id(first)) || npStart - 1 - first < 2) return false;
  for (let k = first + 1; k < npStart - 1; k++) {
    const m = c.mentionAt(k);
    if (!c.isWord(k) || NP_STOP.has(c.id(k)) || (m && m.kind !== 'title' && m.kind !== 'description')) return false;
  }
  return true;
}
