// Rule quotes.colon-lead-in: a paragraph ending with a colon introduces the quotation that opens the next one.
import { Ctx, by, type Attribution, personSource } from '../context';
import type { TextSpan } from '../../types';
import { classify, clauseStart, npRight } from '../phrases';
import { participleSource, sourceLeftOf, sourceRightOf } from '../sources';
import { DETERMINERS, DOCUMENT_HEADS, NOUN_CUES, PARTICIPLE_CUES } from '../lexicon';

/** A paragraph ending with a colon introduces the quotation that opens the next one ("Caddell continued:"). */
export function colonLeadIn(c: Ctx, qi: number, paraFirstTok: Int32Array): Attribution | null {
  return by('quotes.colon-lead-in', leadIn(c, qi, paraFirstTok));
}

/** Words a lead-in sentence may have after its cue ("Howard continued his scathing remarks."). */
const MAX_LEAD_IN_TAIL = 4;

/**
 * Rule quotes.sentence-lead-in: a paragraph that is one sentence of reported speech and holds no
 * quotation ("Howard continued his scathing remarks.") introduces the quotation opening the next
 * paragraph, as a colon would. Only a person source counts.
 */
export function sentenceLeadIn(c: Ctx, qi: number, paraFirstTok: Int32Array): Attribution | null {
  const q = c.raw[qi];
  if (paraFirstTok[q.paragraph] !== q.openTok || q.paragraph === 0) return null;
  const last = q.openTok - 1;
  if (last < 0 || c.tokens[last].text !== '.' || c.paraOf[last] !== c.paraOf[q.openTok] - 1) return null;
  const start = clauseStart(c, last, -1);
  // One sentence: the whole paragraph, with no quotation in it.
  if (start !== paraFirstTok[c.paraOf[last]]) return null;
  // A credit line ("-President Obama, tweeting …") belongs to the quotation before it.
  if (!c.isWord(start)) return null;
  for (let k = start; k < last; k++) if (c.quoteOf[k] >= 0) return null;
  for (let k = last - 1; k >= start; k--) {
    if (!c.isSpeechVerb(k)) continue;
    // A lead-in ends soon after its cue ("continued his scathing remarks."); a cue with a clause after it
    // reports speech indirectly ("Holloway said the plan would pay for …"): rule quotes.reported-lead-in's case.
    if (last - k - 1 > MAX_LEAD_IN_TAIL) return null;
    const a = sourceLeftOf(c, k, start, c.span(k, k));
    return a && a.kind === 'person' ? by('quotes.sentence-lead-in', a) : null;
  }
  return null;
}

/**
 * A lead-in paragraph that opens with a document and ends with a colon ("Transcript as follows:",
 * "The memo in full:") introduces the document's words (tagged quotes.colon-lead-in).
 */
function documentLeadIn(c: Ctx, start: number, colon: number, cue: TextSpan): Attribution | null {
  // The paragraph opens with the document ("Transcript", "The memo"), not with a verb ("Like the page:").
  const head = DETERMINERS.has(c.id(start)) ? start + 1 : start;
  if (!DOCUMENT_HEADS.has(c.id(head))) return null;
  const e = npRight(c, start, colon - 1);
  if (e < 0) return null;
  const a = classify(c, start, e, false, cue);
  return a && a.kind === 'document' ? a : null;
}

function leadIn(c: Ctx, qi: number, paraFirstTok: Int32Array): Attribution | null {
  const q = c.raw[qi];
  if (paraFirstTok[q.paragraph] !== q.openTok || q.paragraph === 0) return null;
  const last = q.openTok - 1;
  if (last < 0 || c.tokens[last].text !== ':') return null;
  const start = clauseStart(c, last, -1);
  for (let k = last - 1; k >= start; k--) {
    const cue = c.span(k, k);
    if (PARTICIPLE_CUES.has(c.id(k))) {
      const a = participleSource(c, k, start, cue);
      if (a) return a;
    } else if (c.isSpeechVerb(k)) {
      const a = sourceLeftOf(c, k, start, cue) ?? sourceRightOf(c, k + 1, last - 1, cue);
      if (a) return a;
    }
  }
  const m = last >= 1 ? c.mentionAt(last - 1) : undefined;
  if (m) return personSource(m, c.span(last, last));
  // A noun cue: "Sanders made the following comment:", "this statement by Trump on June 11:".
  for (let k = last - 1; k >= start; k--) {
    if (!NOUN_CUES.has(c.id(k))) continue;
    const cue = c.span(k, k);
    for (let j = k + 1; j < last - 1; j++) {
      if (c.lw(j) !== 'by') continue;
      const byM = c.mentionAt(j + 1);
      if (byM) return { kind: 'person', person: byM.person, mention: { start: byM.start, end: byM.end, text: byM.text }, cue };
    }
    for (let j = start; j < k; j++) {
      const sm = c.mentionAt(j);
      if (sm && sm.kind !== 'pronoun') return { kind: 'person', person: sm.person, mention: { start: sm.start, end: sm.end, text: sm.text }, cue };
    }
    break;
  }
  return documentLeadIn(c, start, last, c.span(last, last));
}
