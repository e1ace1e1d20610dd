// The word-based scan, for analyses without a syntax layer: a time expression dates the nearest verb
// (a past-tense or -ing form) in its clause, and verbs joined by "and" after it share the date.
import type { Sentence, TextModel, TimeExpression } from '../types';
import { Lex } from '../lexicon/vocabulary';
import { LIGHT_VERBS } from './verbs';
import { isVerbToken, toAnchor, tokenRange, type Anchor, type EventContext, type TokenVerbs, type VerbAt } from './context';
import { makeEvent, subjectOf } from './titles';

/** How far (in tokens) from its time expression an event's verb may be; also keeps the scan linear. */
const MAX_ANCHOR_DISTANCE = 30;

/** The verb the anchor modifies: nearest verb to the left within its clause, else to the right. */
function verbForAnchor(model: TextModel, verbs: TokenVerbs, s: Sentence, time: TimeExpression, quoteDepth: Uint8Array): VerbAt | null {
  const { tokens, lex } = model;
  const [a, b] = tokenRange(tokens, s, time);
  const from = Math.max(s.tokenStart, a - MAX_ANCHOR_DISTANCE);
  const to = Math.min(s.tokenEnd, b + MAX_ANCHOR_DISTANCE);
  // "was", "had", "did" report no action of their own ("the meeting was on Tuesday"): look past them.
  for (let i = a - 1; i >= from; i--) {
    const t = tokens[i];
    if (lex.flags[i] & Lex.CLAUSE_BREAK) break;
    if (t.kind === 'quote' && quoteDepth[i] && i < a - 1 && isClosingMark(t.text)) break;
    const info = isVerbToken(model, verbs, i, quoteDepth, s.tokenStart);
    if (info && !LIGHT_VERBS.has(info.base)) return { index: i, info };
  }
  for (let i = b; i < to; i++) {
    const t = tokens[i];
    if (lex.flags[i] & Lex.CLAUSE_BREAK) break;
    const info = isVerbToken(model, verbs, i, quoteDepth, s.tokenStart);
    if (info && !LIGHT_VERBS.has(info.base)) return { index: i, info };
  }
  return null;
}

function isClosingMark(mark: string): boolean {
  return mark === '”' || mark === '"' || mark === "''";
}

/** Verbs joined by "and" after the anchor, up to the next time expression: "spoke with him on January 7 and invited him". */
function coordinatedVerbs(model: TextModel, verbs: TokenVerbs, s: Sentence, time: TimeExpression, quoteDepth: Uint8Array, nextAnchorStart: number): VerbAt[] {
  const { tokens, lex } = model;
  const [, b] = tokenRange(tokens, s, time);
  const out: VerbAt[] = [];
  const to = Math.min(s.tokenEnd - 1, b + MAX_ANCHOR_DISTANCE);
  for (let i = b; i < to; i++) {
    const t = tokens[i];
    if (t.start >= nextAnchorStart) break;
    if (lex.flags[i] & Lex.CLAUSE_BREAK) break;
    if (lex.lower[i] === 'and') {
      let j = i + 1;
      while (j < s.tokenEnd && lex.flags[j] & Lex.AUXILIARY) j++;
      const info = j < s.tokenEnd ? isVerbToken(model, verbs, j, quoteDepth, s.tokenStart) : null;
      if (info && info.form === 'past') out.push({ index: j, info });
    }
  }
  return out;
}

export function firstMainVerb(model: TextModel, verbs: TokenVerbs, s: Sentence, quoteDepth: Uint8Array, before: number): VerbAt | null {
  const tokens = model.tokens;
  let from = s.tokenStart;
  // "As Breitbart News noted, Trump cautioned …": the main clause follows the subordinate one.
  if (from < s.tokenEnd && model.lex.flags[from] & Lex.SUBORDINATOR) {
    let j = from;
    while (j < s.tokenEnd && tokens[j].text !== ',') j++;
    if (j < s.tokenEnd) from = j + 1;
  }
  for (let i = from; i < Math.min(before, s.tokenEnd); i++) {
    const info = isVerbToken(model, verbs, i, quoteDepth, s.tokenStart);
    if (!info || info.form !== 'past' || LIGHT_VERBS.has(info.base)) continue;
    // Skip participles opening a subordinate clause ("Asked about …").
    if (i === s.tokenStart) continue;
    return { index: i, info };
  }
  return null;
}

/** Rules events.word-anchor and events.word-coordinated: dated events found without a parse. */
export function datedFromWords(ec: EventContext): void {
  const { model, people, cast, verbs, quoteDepth } = ec;
  for (const s of model.sentences) {
    const sentenceTimes = ec.timesBySentence.get(s.index) ?? [];
    const anchors = sentenceTimes.map(toAnchor).filter((a): a is Anchor => a !== null);
    const used = new Set<number>();
    for (let k = 0; k < anchors.length; k++) {
      const anchor = anchors[k];
      const nextAnchorStart = k + 1 < anchors.length ? anchors[k + 1].time.start : Infinity;
      const verb = verbForAnchor(model, verbs, s, anchor.time, quoteDepth);
      if (!verb || used.has(verb.index)) continue;
      used.add(verb.index);
      ec.datedSentences.add(s.index);
      ec.events.push(makeEvent(ec, s, verb, anchor, { rule: 'events.word-anchor' }));
      // Coordinated verbs after the anchor share it: "spoke with him on January 7 and invited him".
      for (const co of coordinatedVerbs(model, verbs, s, anchor.time, quoteDepth, nextAnchorStart)) {
        if (used.has(co.index)) continue;
        used.add(co.index);
        ec.events.push(makeEvent(ec, s, co, anchor, { dating: 'shared', rule: 'events.word-coordinated' }, subjectOf(model, verbs, s, verb.index, people, cast)));
      }
    }
  }
}
