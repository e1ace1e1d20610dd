// Rule quotes.reported-lead-in: a quotation with no credit of its own that opens its paragraph, right
// after a paragraph whose last sentence reports what a named person said ("Carter said that for decades
// some critics had been predicting an impending U.S. withdrawal from the region, but this would not
// happen. ¶ “That’s because this region …”", "… since Trump spoke only in evasive bromides during the
// interview. ¶ “We have to do something …”"). News copy gives the quotation to that person: it goes on
// with the speaker's own words. The sentence must hold a finite speech verb whose subject is a person, and
// the paragraph no full quotation of its own (a quotation there would be the one the cue credits). The
// sentence's main verb decides when the parse makes it such a cue ("Schoen elaborated … that superdelegates
// currently pledged to Clinton … may reconsider": Schoen, not the nearer "pledged"); else the cue nearest
// the quotation. Indirect speech leads in as well as a bare cue does: PolNeAR's annotators credit the
// paraphrased speaker with the quotation after it (train: 2 false alarms gone, no credit lost).
import { Ctx, by, type Attribution } from '../context';
import { clauseStart, isCue, nounDeterminer } from '../phrases';
import { sourceLeftOf } from '../sources';
import { PARTICIPLE_CUES, PASSIVE_AUX } from '../lexicon';
import { isPartial } from '../kinds';

export function reportedLeadIn(c: Ctx, qi: number, paraFirstTok: Int32Array): Attribution | null {
  const q = c.raw[qi];
  if (paraFirstTok[q.paragraph] !== q.openTok || q.paragraph === 0) return null;
  const last = q.openTok - 1;
  if (last < 0 || c.paraOf[last] !== c.paraOf[q.openTok] - 1 || c.quoteOf[last] >= 0 || !c.isTerminal(last)) return null;
  // “Call the roll,” came shouts from the crowd: a quotation closed by a comma goes on to a credit of its own.
  let inner = q.closeTok - 1;
  while (inner > q.openTok && c.tokens[inner].kind === 'quote') inner--;
  if (c.tokens[inner].text === ',') return null;
  // Nor a label that introduces what follows ("“Related:” ¶ GOP Candidates …").
  if (c.tokens[inner].text === ':') return null;
  const prevPara = c.paraOf[last];
  // Embedded fragments ("what “go after them” means") are part of the report; a full quotation is not.
  for (let k = paraFirstTok[prevPara]; k < last; k++) {
    const qq = c.quoteOf[k];
    if (qq >= 0 && !isPartial(c, qq)) return null;
  }
  const start = clauseStart(c, last, -1);
  // A finite speech verb only: a participle ("…, noting that he'd demur too") reports an aside, which
  // is too weak a lead-in to stand for a missing credit.
  const cueAt = (k: number) => c.quoteOf[k] < 0 && c.tokens[k].kind === 'word' && c.isSpeechVerb(k) && isCue(c, k) && !PARTICIPLE_CUES.has(c.id(k)) && !(k - 1 >= start && (nounDeterminer(c, k - 1, start) || PASSIVE_AUX.has(c.id(k - 1))));
  const credit = (k: number) => {
    const a = sourceLeftOf(c, k, start, c.span(k, k));
    return a && a.kind === 'person' ? by('quotes.reported-lead-in', a) : null;
  };
  for (let k = start; k < last; k++) {
    const w = c.wordAt(k);
    if (w && w.deprel === 'root' && cueAt(k)) return credit(k);
  }
  for (let k = last - 1; k >= start; k--) {
    // The nearest cue to the quotation decides: a person, or no credit at all.
    if (cueAt(k)) return credit(k);
  }
  return null;
}
