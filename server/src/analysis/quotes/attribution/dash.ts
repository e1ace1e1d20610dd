// Rule quotes.dash-credit: a dash and a name after the quotation, to the end of its line.
import { Ctx, isUpperStart, type Attribution } from '../context';
import { DASHES } from '../lexicon';

/**
 * A dash credit after the quotation, up to the end of its line: “…” ― Veronica Cruz (reader voices,
 * epigraphs, lists of reactions).
 */
export function dashCredit(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const d = q.closeTok + 1;
  if (d + 1 >= c.tokens.length || c.paraOf[d] !== c.paraOf[q.closeTok] || !DASHES.has(c.tokens[d].text)) return null;
  const nameStart = d + 1;
  let e = nameStart;
  // The credit runs to the end of the line: capitalised words (and initials' dots) only.
  while (e < c.tokens.length && c.paraOf[e] === c.paraOf[d] && !/[\r\n]/.test(c.model.text.slice(c.tokens[e - 1].end, c.tokens[e].start))) {
    const t = c.tokens[e];
    if (!(c.isWord(e) && isUpperStart(t.text)) && t.text !== '.') break;
    e++;
  }
  const lineEnds = e >= c.tokens.length || c.paraOf[e] !== c.paraOf[d] || /[\r\n]/.test(c.model.text.slice(c.tokens[e - 1].end, c.tokens[e].start));
  if (e === nameStart || e - nameStart > 5 || !lineEnds) return null;
  // A full stop after the name ends the line, it is not part of the name.
  while (e - 1 > nameStart && c.tokens[e - 1].text === '.') e--;
  const cue = c.span(d, d);
  for (let k = nameStart; k < e; k++) {
    const m = c.mentionAt(k);
    if (m && m.kind !== 'pronoun') return { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue, rule: 'quotes.dash-credit' };
  }
  return { kind: 'description', person: null, mention: c.span(nameStart, e - 1), cue, rule: 'quotes.dash-credit' };
}
