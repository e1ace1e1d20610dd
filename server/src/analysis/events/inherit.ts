// Rule events.inherited: "hours after Maduro's capture" takes the date of the already dated event whose
// verb the noun names.
import type { ArticleEvent, Sentence, TextModel, TimeExpression } from '../types';
import { Lex } from '../lexicon/vocabulary';
import { type Anchor, type EventContext } from './context';
import { relationOfWord } from './attach';
import { makeEvent } from './titles';
import { firstMainVerb } from './wordScan';
import { parseObject } from './object';
import { readSentence } from './reader';
import type { SyntaxLayer } from '../syntax/layer';

/** A possessive as the tokeniser writes it: on the name ("Maduro’s", the token layer's APOSTROPHE_S) or, after a plural, an apostrophe ("Boys" "'"). */
function isPossessiveEnd(lex: TextModel['lex'], j: number): boolean {
  if (lex.flags[j] & Lex.APOSTROPHE_S) return true;
  const last = lex.lower[j].charCodeAt(lex.lower[j].length - 1);
  return last === 39 || last === 0x2019;
}

/** "hours after Maduro’s capture": the date of the event whose verb the noun names. */
function inheritedAnchor(model: TextModel, s: Sentence, datedByVerb: ReadonlyMap<string, readonly ArticleEvent[]>): { anchor: Anchor; afterIndex: number } | null {
  const { tokens, lex } = model;
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    // "after", "following": the event named next happened first, so its date carries over. ("since" does
    // not: "has not appeared publicly since the announcement" is a state that began then, not an event of that day.)
    const relation = relationOfWord(lex.id[i]);
    if (relation !== 'after') continue;
    // ("the following correction": after a determiner the word is an adjective, no relation.)
    if (i > s.tokenStart && lex.flags[i - 1] & Lex.DETERMINER) continue;
    // The noun: the word after a possessive ("Maduro’s capture") or after "the" ("the capture").
    for (let j = i + 1; j < Math.min(s.tokenEnd, i + 4); j++) {
      const w = tokens[j];
      if (w.kind !== 'word' || !(lex.flags[j] & Lex.LOWER_INITIAL) || lex.flags[j] & Lex.DETERMINER) continue;
      // Only a noun so introduced: right after the relation word, a determiner or a possessive clitic. A verb
      // further on is another clause's ("soon after Tarla Makaeff filed a 2010 fraud lawsuit" took the date of
      // "the Taj corporation filed for bankruptcy" in 1991).
      if (j > i + 1 && !(lex.flags[j - 1] & Lex.DETERMINER) && !isPossessiveEnd(lex, j - 1)) break;
      const stem = lex.lower[j].replace(/(?:ion|ing|ment|e)$/, '');
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


export function inheritDates(ec: EventContext, syntax: SyntaxLayer | null): void {
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
    const inherited = inheritedAnchor(model, s, datedByVerb);
    if (!inherited) continue;
    const verb = firstMainVerb(model, verbs, s, quoteDepth, inherited.afterIndex);
    if (!verb) continue;
    ec.datedSentences.add(s.index);
    // With a parse, subject and object as a dated event's ("The GOP nominee complained about his mic the morning
    // after the debate": the scan's title was "Nominee complains about Trump").
    const word = verbs.wordOf(verb.index);
    if (syntax && word >= 0) {
      const reader = readSentence(ec, syntax, s);
      // (The phrase the date comes from is no object: "said after the convention" is "Trump says", not "… after convention".)
      const { time } = inherited.anchor;
      const objectCtx = { ...reader.objectCtx, inTime: (o: number) => reader.objectCtx.inTime(o) || (time.start <= o && o < time.end) };
      const object = parseObject(objectCtx, word) || undefined;
      ec.events.push(makeEvent(ec, s, verb, inherited.anchor, { dating: 'inherited', object, rule: 'events.inherited' }, reader.parsedSubject(word)));
      continue;
    }
    ec.events.push(makeEvent(ec, s, verb, inherited.anchor, { dating: 'inherited', rule: 'events.inherited' }));
  }
}
