// Rule events.inherited: "hours after Maduro's capture" takes the date of the already dated event whose
// verb the noun names.
import type { ArticleEvent, Sentence, TimeExpression, Token } from '../types';
import { DETERMINERS } from '../lexicon';
import { type Anchor, type EventContext } from './context';
import { makeEvent } from './titles';
import { firstMainVerb } from './wordScan';

const AFTER_NOUN = /^(?:after|following|since|before)$/i;

/** "hours after Maduro’s capture": the date of the event whose verb the noun names. */
function inheritedAnchor(tokens: readonly Token[], s: Sentence, datedByVerb: ReadonlyMap<string, readonly ArticleEvent[]>): { anchor: Anchor; afterIndex: number } | null {
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    if (!AFTER_NOUN.test(tokens[i].text) || tokens[i].text.toLowerCase() === 'before') continue;
    // The noun: the word after a possessive ("Maduro’s capture") or after "the" ("the capture").
    for (let j = i + 1; j < Math.min(s.tokenEnd, i + 4); j++) {
      const w = tokens[j];
      if (w.kind !== 'word' || !/^\p{Ll}/u.test(w.text) || DETERMINERS.has(w.text)) continue;
      const stem = w.text.toLowerCase().replace(/(?:ion|ing|ment|e)$/, '');
      if (stem.length < 4) break;
      const source = datedByVerb.get(stem.slice(0, 4))?.find((e) => e.verb.text.toLowerCase().startsWith(stem));
      if (source && source.date) {
        const t: TimeExpression = { start: tokens[i].start, end: w.end, text: '', type: 'DATE', value: source.date, relative: true };
        return { anchor: { time: t, date: source.date, clock: null }, afterIndex: i };
      }
      break;
    }
  }
  return null;
}


export function inheritDates(ec: EventContext): void {
  const { model, verbs, quoteDepth } = ec;
  const datedByVerb = new Map<string, ArticleEvent[]>();
  for (const e of ec.events) {
    if (!e.date) continue;
    const key = e.verb.text.slice(0, 4).toLowerCase();
    const list = datedByVerb.get(key);
    if (list) list.push(e);
    else datedByVerb.set(key, [e]);
  }
  for (const s of model.sentences) {
    if (ec.datedSentences.has(s.index)) continue;
    const inherited = inheritedAnchor(model.tokens, s, datedByVerb);
    if (!inherited) continue;
    const verb = firstMainVerb(model.tokens, verbs, s, quoteDepth, inherited.afterIndex);
    if (!verb) continue;
    ec.datedSentences.add(s.index);
    ec.events.push(makeEvent(ec, s, verb, inherited.anchor, { dating: 'inherited', rule: 'events.inherited' }));
  }
}
