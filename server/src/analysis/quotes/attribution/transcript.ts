// Rule quotes.transcript-label: a transcript turn opens with its speaker's name — in capitals ("WALLACE:") or written in full ("Chris Matthews:") — and a colon.
import { Ctx, type Attribution, personSource } from '../context';

/**
 * A turn labelled with a person's full name as the article writes it ("Chris Matthews: Seriously, …"):
 * the name the people stage found, then a colon, at the quotation's start.
 */
function namedLabel(c: Ctx, k: number, close: number): Attribution | null {
  const m = c.mentionAt(k);
  if (!m || m.kind !== 'name' || c.tokens[k].start !== m.start) return null;
  let last = k;
  while (last + 1 < close && c.tokens[last + 1].start < m.end) last++;
  if (last === k || last + 2 >= close || c.tokens[last + 1].text !== ':') return null;
  return personSource(m, c.span(last + 1, last + 1), 'quotes.transcript-label');
}

/**
 * A transcript turn: the quotation opens with its speaker's name in capitals and a colon
 * ("WALLACE: Let’s start with …"). Credited to the article's person of that family name; with no
 * such person, to the label itself.
 */
export function transcriptLabel(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const k = q.openTok + 1;
  const named = namedLabel(c, k, q.closeTok);
  if (named) return named;
  if (k + 1 >= q.closeTok || !c.isWord(k) || c.tokens[k + 1].text !== ':') return null;
  const label = c.tokens[k].text;
  if (label.length < 2 || label !== label.toUpperCase() || !/^\p{Lu}+$/u.test(label)) return null;
  const cue = c.span(k + 1, k + 1);
  const mention = c.span(k, k);
  for (const p of c.people.people) {
    const parts = p.name.split(/\s+/);
    if (parts[parts.length - 1].toUpperCase() === label) return { kind: 'person', person: p.id, mention, cue, rule: 'quotes.transcript-label' };
  }
  return { kind: 'description', person: null, mention, cue, rule: 'quotes.transcript-label' };
}
