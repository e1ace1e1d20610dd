// Rules quotes.previous-sentence and quotes.previous-subject: the sentence before the quotation
// credits it — a cue with no quotation of its own ("…, said Paul Beck. “That was …”"), or, for a
// quotation that closes its paragraph (or is followed there only by more quotations), the named subject
// of the sentence before it.
import { Ctx, isUpperStart, by, type Attribution, personSource } from '../context';
import { clauseStart, isCue, nounDeterminer, weakSource } from '../phrases';
import { participleSource, sourceLeftOf, sourceRightOf } from '../sources';
import { CLAUSE_JOINERS, PARTICIPLE_CUES } from '../lexicon';

/** Attribution in the sentence before the quotation, after any earlier quotation ("…, said Paul Beck. “That was …”"). */
export function attributePreviousSentence(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  const para = c.paraOf[q.openTok];
  let k = q.openTok - 1;
  if (k < 0 || c.paraOf[k] !== para || c.quoteOf[k] >= 0) return null;
  if (!c.isTerminal(k)) return null;
  const start = clauseStart(c, k, -1);
  // A sentence that holds a quotation attributes that one, not this.
  for (let j = start; j < k; j++) if (c.quoteOf[j] >= 0) return null;
  for (let j = k - 1; j >= start; j--) {
    const w = c.lw(j);
    if (c.tokens[j].kind !== 'word') continue;
    const cue = c.span(j, j);
    let a: Attribution | null = null;
    if (w === 'according' && c.lw(j + 1) === 'to') a = sourceRightOf(c, j + 2, k - 1, c.span(j, j + 1));
    else if (PARTICIPLE_CUES.has(c.id(j))) a = participleSource(c, j, start, cue);
    else if (isCue(c, j) && !(j - 1 >= start && nounDeterminer(c, j - 1, start))) a = sourceLeftOf(c, j, start, cue) ?? sourceRightOf(c, j + 1, k - 1, cue);
    if (a && (!weakSource(a) || (a.mention && isUpperStart(a.mention.text)))) return by('quotes.previous-sentence', a);
  }
  return null;
}

/**
 * A quotation that closes its paragraph right after a sentence about a named person, with no cue
 * ("On “Face the Nation,” Sen. Bernie Sanders (Vt.) … identified young voters' exhaustion … . “The
 * younger people are …”"): news copy gives that person the words. The person must be the previous
 * sentence's subject: its first words, or the first words after an opening phrase and its comma.
 */
export function subjectOfPreviousSentence(c: Ctx, qi: number, isTerm: (qi: number) => boolean): Attribution | null {
  const q = c.raw[qi];
  const para = c.paraOf[q.openTok];
  const k = q.openTok - 1;
  if (k < 0 || c.paraOf[k] !== para || c.quoteOf[k] >= 0 || !c.isTerminal(k)) return null;
  // The quotation closes its paragraph, or only more quotations follow it there (“…” “…”).
  for (let next = q.closeTok + 1; next < c.tokens.length && c.paraOf[next] === para; next++) {
    if (c.quoteOf[next] < 0) return null;
    next = c.raw[c.quoteOf[next]].closeTok;
  }
  const start = clauseStart(c, k, -1);
  for (let j = start; j < k; j++) if (c.quoteOf[j] >= 0 && !isTerm(c.quoteOf[j])) return null;
  // The subject: at the start, or after the first comma that closes an opening phrase.
  let s = start;
  const subjectAt = (from: number): Attribution | null => {
    // Titles and initials before the name ("Sen.", "House Speaker") are skipped; a name must follow within three words.
    for (let j = from; j < Math.min(k, from + 4); j++) {
      const m = c.mentionAt(j);
      if (m && m.kind === 'name' && !c.isPossessiveWord(j)) {
        if (c.isPossessiveMention(j, m)) return null;
        return personSource(m, null, 'quotes.previous-subject');
      }
      if (!(c.isWord(j) && c.upper(j)) && !c.isNameDot(j)) return null;
    }
    return null;
  };
  const first = subjectAt(s);
  if (first) return first;
  while (s < k && s - start < 12 && c.tokens[s].text !== ',') s++;
  if (s >= k || c.tokens[s].text !== ',') return null;
  s++;
  // The comma may close a title in marks (On “Face the Nation,” Sanders …).
  while (s < k && c.tokens[s].kind === 'quote') s++;
  // Or a second clause joined after the comma ("Playbook won’t go that far, but Sherman wants to …").
  if (CLAUSE_JOINERS.has(c.id(s))) s++;
  return subjectAt(s);
}
