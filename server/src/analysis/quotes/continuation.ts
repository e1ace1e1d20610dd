// Rule quotes.continuation: a quotation with no credit of its own continues the previous speaker's —
// within the paragraph, or across one paragraph break when it opens its paragraph right after the
// other quotation's (the journalistic convention of a quotation running over paragraphs) — or after a
// lead-in with no clause ("Then, later that month on CNN:") —, or across a one-sentence aside about that speaker between the two ("She pauses.", "Pause.").
import type { Quote, QuoteStatus } from '../types';
import type { RawQuote } from './marks';
import { Ctx, type Attribution, type SourceKind } from './context';

function kindOf(status: QuoteStatus): SourceKind {
  return status === 'organisation' ? 'organisation' : status === 'anonymous' ? 'anonymous' : status === 'document' ? 'document' : 'person';
}

/** The quotation this one continues: an earlier spoken quotation in the same paragraph, or the previous paragraph's last one. */
export function previousSpoken(quotes: Quote[], i: number, q: RawQuote, paraFirstTok: Int32Array, c: Ctx): Quote | null {
  // `i` is the last quotation that is not a term: a nickname or a title in between is nobody's words.
  const prev = quotes[i];
  if (!prev || (!prev.speaker && !prev.speakerMention)) return null;
  const prevRaw = c.raw[i];
  if (prevRaw.lastParagraph === q.paragraph) return prev;
  // Across paragraphs only when this quotation opens its paragraph (or follows only a lead-in with no
  // clause: "Then, later that month on CNN: “…”"), right after the other one's paragraph.
  if (paraFirstTok[q.paragraph] !== q.openTok && !verblessLeadIn(c, paraFirstTok[q.paragraph], q.openTok)) return null;
  if (prevRaw.lastParagraph === q.paragraph - 1) return prev;
  // Or after one short sentence about the speaker in between ("…” ¶ She pauses. ¶ “Well, thank you so much”).
  if (prevRaw.lastParagraph === q.paragraph - 2 && prev.speaker && asideOf(c, q.paragraph - 1, paraFirstTok[q.paragraph - 1], q.openTok, prev.speaker)) return prev;
  return null;
}

/** Longest lead-in with no clause before a continuing quotation, in tokens ("Then, later that month on CNN:"). */
const MAX_LEAD_IN = 12;

/**
 * Tokens [first, open) are a lead-in with no clause ending in a colon ("Then, later that month on CNN:"): a
 * time or a venue for the next words of the same speaker, no subject nor verb of its own (from the parse;
 * without one, no lead-in counts). Rule quotes.continuation still: nobody new is introduced.
 */
function verblessLeadIn(c: Ctx, first: number, open: number): boolean {
  if (first < 0 || open - first < 2 || open - first > MAX_LEAD_IN || c.tokens[open - 1].text !== ':' || !c.syntax) return false;
  for (let k = first; k < open - 1; k++) {
    if (c.quoteOf[k] >= 0 || c.paraOf[k] !== c.paraOf[open] || c.isTerminal(k)) return false;
    const w = c.wordAt(k);
    if (!w || w.upos === 'VERB' || w.upos === 'AUX' || w.upos === 'PRON') return false;
  }
  return true;
}

/** Longest aside between two paragraphs of one speaker, in tokens ("She pauses."). */
const MAX_ASIDE = 6;

/** Paragraph `para` (tokens [first, end)) is one short sentence, with no quotation, whose subject is `speaker` (or one word naming nobody). */
function asideOf(c: Ctx, para: number, first: number, end: number, speaker: string): boolean {
  if (first < 0 || end - first > MAX_ASIDE || c.paraOf[end - 1] !== para) return false;
  for (let k = first; k < end; k++) if (c.quoteOf[k] >= 0 || (k < end - 1 && c.isTerminal(k))) return false;
  // A stage direction of one word ("Pause.") names nobody and changes no speaker.
  if (end - first <= 2 && c.isWord(first) && !c.mentionAt(first)) return true;
  const m = c.mentionAt(first);
  return !!m && m.person === speaker && m.start === c.tokens[first].start;
}

/** The attribution a continuing quotation takes over: the previous quotation's source, through the same via, with no cue. */
export function continuationOf(prev: Quote): Attribution {
  return { kind: kindOf(prev.status), person: prev.speaker, mention: prev.speakerMention, cue: null, rule: 'quotes.continuation', via: prev.via };
}
