// Rules quotes.before-*: the credit stands before the opening mark, in the quotation's clause —
// "Trump said: “…”", "according to aides, “…”", "…, saying “…”", "Petro’s comment that he was “…”",
// "Trump on Clinton: “…”". For a partial quotation the outermost cue of the clause governs it.
import type { TextSpan } from '../../types';
import { tokenIndexAt } from '../../text/lookup';
import { NOMINAL_UPOS } from '../../syntax/tree';
import { Ctx, by, type Attribution, personSource } from '../context';
import { classify, clauseStart, isCue, nounDeterminer, npLeft, weakSource } from '../phrases';
import { colonSubject, invertedBefore, nounCueGoverns, nounCueSource, participleSource, relativeSource, sourceLeftOf, sourceRightOf } from '../sources';
import { ADVERBS, NOUN_CUES, NP_STOP, OUTER_BLOCK, PARTICIPLE_CUES, PASSIVE_AUX } from '../lexicon';

/** Attribution from the words before the opening mark (source-cue-quote, noun and participial cues). */
export function attributeBefore(c: Ctx, qi: number, outermost = false): Attribution | null {
  const q = c.raw[qi];
  const open = q.openTok;
  let best: Attribution | null = null;
  let bestFrom = open;
  /** Can an outer cue at `k` govern the current best (no clause break between them)? */
  const reaches = (k: number) => {
    if (!best) return true;
    for (let j = k + 1; j < bestFrom; j++) if (OUTER_BLOCK.has(c.id(j)) && !nounCoordinator(c, j)) return false;
    return true;
  };
  const para = c.paraOf[open];
  const start = clauseStart(c, open, qi);
  // Nearest cue first, walking left; for partial quotations the outermost cue of the clause (`outermost`).
  let k = open - 1;
  let steps = 0;
  while (k >= start && steps < 45) {
    const qq = c.quoteOf[k];
    if (qq >= 0 && qq !== qi) {
      if (best) break;
      k = c.raw[qq].openTok - 1;
      steps++;
      continue;
    }
    if (c.paraOf[k] !== para) break;
    steps++;
    const w = c.lw(k);
    const tok = c.tokens[k];
    const cue: TextSpan = { start: tok.start, end: tok.end, text: tok.text };
    if (tok.kind === 'word') {
      if (w === 'according' && c.lw(k + 1) === 'to') {
        const a = by('quotes.before-according-to', sourceRightOf(c, k + 2, open - 1, c.span(k, k + 1)));
        if (a) {
          if (!outermost) return a;
          if (!reaches(k)) break;
          best = a;
          bestFrom = k;
        }
      } else if (PARTICIPLE_CUES.has(c.id(k))) {
        // "a sign saying “…”" (no comma): the noun before it; "…, saying" : the clause's subject.
        const direct = k - 1 >= start && c.isWord(k - 1) && !ADVERBS.has(c.id(k - 1)) && !NP_STOP.has(c.id(k - 1)) && !c.isSpeechVerb(k - 1);
        let a = direct ? sourceLeftOf(c, k, start, cue) : null;
        // "Trump issued a statement saying …": a statement or a description before the participle is the
        // subject's; a person subject of the clause wins over it.
        if (!a || weakSource(a)) {
          const subject = participleSource(c, k, start, cue);
          if (!a || (subject && subject.kind === 'person')) a = subject;
          // A document is its issuer's words ("Black Lives Matter issued a statement saying …").
          else if (a.kind === 'document') a = issuerOf(c, a, start) ?? a;
        }
        a = by('quotes.before-participle', a);
        if (a) {
          if (!outermost) return a;
          if (!reaches(k)) break;
          best = a;
          bestFrom = k;
        }
      } else if (isCue(c, k) && !(k - 1 >= start && (nounDeterminer(c, k - 1, start) || PASSIVE_AUX.has(c.id(k - 1))))) {
        const a = by('quotes.before-cue', k - 1 >= start && c.lw(k - 1) === 'to' ? participleSource(c, k, start, cue) : sourceLeftOf(c, k, start, cue) ?? invertedBefore(c, k, open, cue));
        // "As Breitbart News noted, Trump cautioned …": an as-clause comments on the sentence; it does not govern the quotation.
        const np = a?.from ?? -1;
        const asClause = np > 0 && c.lw(np - 1) === 'as';
        if (a && !(best && asClause)) {
          if (!outermost) return a;
          if (!reaches(k)) break;
          best = a;
          bestFrom = np >= 0 && np < k ? np : k;
        }
      } else if (isCue(c, k) && relativeSource(c, k, start, cue)) {
        // "a message that said, “…”": the relative pronoun stands for the noun before it.
        const a = relativeSource(c, k, start, cue);
        if (!outermost) return a;
        if (!reaches(k)) break;
        best = a;
        bestFrom = k;
      } else if (NOUN_CUES.has(c.id(k)) && nounCueGoverns(c, k, open)) {
        const a = by('quotes.before-noun-cue', nounCueSource(c, k, start, open - 1, cue));
        if (a) {
          if (!outermost) return a;
          if (!reaches(k)) break;
          best = a;
          bestFrom = k;
        }
      }
    }
    k--;
  }
  if (best) return best;
  // "Trump on Clinton: “…”": a colon right after a named person.
  if (open - 2 >= start && c.tokens[open - 1].text === ':') {
    const m = c.mentionAt(open - 2);
    if (m) return personSource(m, c.span(open - 1, open - 1), 'quotes.before-colon-name');
  }
  // "X fired back forcefully: “…”": a colon before the quotation makes the clause's subject the source.
  if (open - 1 >= start && c.tokens[open - 1].text === ':') {
    const cue = c.span(open - 1, open - 1);
    return by('quotes.before-colon-clause', participleSource(c, open - 1, start, cue)) ?? by('quotes.colon-subject', colonSubject(c, open - 1, start, cue));
  }
  return null;
}

/**
 * Token j is a conjunction the parse makes join two nouns ("the recent spate of police shootings and protests
 * demands that …"): it coordinates a noun phrase, not two clauses, and no more keeps an outer cue from
 * governing the quotation ("Ryan said the … shootings and protests demands … “more listening”" is Ryan's).
 */
function nounCoordinator(c: Ctx, j: number): boolean {
  const w = c.isWord(j) ? c.wordAt(j) : null;
  if (!w || w.deprel !== 'cc' || w.head < 0) return false;
  const conjunct = c.syntax!.words[w.head];
  return NOMINAL_UPOS.has(conjunct.upos) && conjunct.deprel === 'conj';
}

/** A colon or comma right before the opening mark ("Trump replied: “…”", "Beck shouted, “…”"). */
export function introducedBy(c: Ctx, qi: number): boolean {
  const open = c.raw[qi].openTok;
  const k = open - 1;
  if (k < 0 || c.paraOf[k] !== c.paraOf[open] || c.quoteOf[k] >= 0) return false;
  const t = c.tokens[k].text;
  return t === ':' || t === ',';
}

/**
 * The subject of the verb that issues document `a` ("Black Lives Matter issued a statement", "Rubio's
 * campaign sent out a press release"), when it is a source that is no document itself; else null.
 */
export function issuerOf(c: Ctx, a: Attribution, start: number): Attribution | null {
  if (!a.mention) return null;
  // The document's phrase starts at its determiner ("a statement"): the verb is right before it.
  const d = tokenIndexAt(c.tokens, a.mention.start);
  if (d < 0 || c.tokens[d].start !== a.mention.start) return null;
  let v = d - 1;
  // A particle of a phrasal verb: "sent out", "put out".
  if (v > start && (c.lw(v) === 'out' || c.lw(v) === 'up')) v--;
  if (v - 1 < start || !c.isWord(v) || c.isSpeechVerb(v)) return null;
  const e = v - 1;
  const s = npLeft(c, e, start);
  if (s < 0) return null;
  const subject = classify(c, s, e, true, a.cue);
  return subject && subject.kind !== 'document' && subject.mention ? { ...subject, from: s } : null;
}
