// Rule quotes.dash-credit: a dash and a name after the quotation, to the end of its line.
import { Ctx, type Attribution, personSource } from '../context';
import { DASHES } from '../lexicon';

/**
 * A dash credit after the quotation, up to the end of its line: “…” ― Veronica Cruz (reader voices,
 * epigraphs, lists of reactions).
 */
export function dashCredit(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const d = q.closeTok + 1;
  if (d + 1 >= c.tokens.length || c.paraOf[d] !== c.paraOf[q.closeTok] || !DASHES.has(c.id(d))) return null;
  const nameStart = d + 1;
  let e = nameStart;
  // The credit runs to the end of the line: capitalised words (and initials' dots) only.
  while (e < c.tokens.length && c.paraOf[e] === c.paraOf[d] && !/[\r\n]/.test(c.model.text.slice(c.tokens[e - 1].end, c.tokens[e].start))) {
    const t = c.tokens[e];
    if (!(c.isWord(e) && c.upper(e)) && t.text !== '.') break;
    e++;
  }
  const lineEnds = e >= c.tokens.length || c.paraOf[e] !== c.paraOf[d] || /[\r\n]/.test(c.model.text.slice(c.tokens[e - 1].end, c.tokens[e].start));
  if (e === nameStart || e - nameStart > 5 || !lineEnds) return null;
  // A full stop after the name ends the line, it is not part of the name.
  while (e - 1 > nameStart && c.tokens[e - 1].text === '.') e--;
  const cue = c.span(d, d);
  for (let k = nameStart; k < e; k++) {
    const m = c.mentionAt(k);
    if (m && m.kind !== 'pronoun') return personSource(m, cue, 'quotes.dash-credit');
  }
  return { kind: 'description', person: null, mention: c.span(nameStart, e - 1), cue, rule: 'quotes.dash-credit' };
}

/** Longest credit paragraph read, in tokens ("- President Obama, tweeting after Clinton's speech."). */
const MAX_CREDIT_PARAGRAPH = 16;

/**
 * Rule quotes.dash-paragraph: a quotation that closes its paragraph, followed by a short paragraph that
 * opens with a dash and a name — the credit line of fact-check and quotes-of-the-day layouts:
 * “…”¶- Bernie Sanders.¶ / “…”¶-President Obama, tweeting after Clinton's speech.¶
 * The name must come first (after titles) and end the line or be followed by a comma or a full stop.
 */
export function dashParagraphCredit(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const d = q.closeTok + 1;
  const n = c.tokens.length;
  if (d + 1 >= n || c.paraOf[d] === c.paraOf[q.closeTok] || !DASHES.has(c.id(d))) return null;
  const para = c.paraOf[d];
  let end = d + 1;
  while (end < n && c.paraOf[end] === para) end++;
  if (end - d > MAX_CREDIT_PARAGRAPH) return null;
  // The words of the name: capitalised words (and initials' dots) right after the dash.
  let e = d + 1;
  while (e < end && ((c.isWord(e) && c.upper(e)) || c.isNameDot(e)) && e - d <= 5) e++;
  if (e === d + 1 || (e < end && c.tokens[e].text !== ',' && c.tokens[e].text !== '.')) return null;
  const cue = c.span(d, d);
  for (let k = d + 1; k < e; k++) {
    const m = c.mentionAt(k);
    if (m && m.kind !== 'pronoun') return personSource(m, cue, 'quotes.dash-paragraph');
  }
  while (e - 1 > d + 1 && c.tokens[e - 1].text === '.') e--;
  return { kind: 'description', person: null, mention: c.span(d + 1, e - 1), cue, rule: 'quotes.dash-paragraph' };
}
