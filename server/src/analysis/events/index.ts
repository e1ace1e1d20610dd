// Events: what happened when. A short pipeline over one analysis — dated events from the parse
// (dated.ts; the word scan in wordScan.ts without a syntax layer), dates inherited from an event a noun
// names ("hours after Maduro's capture", inherit.ts), then undated events of named people (undated.ts) —
// none from a question (questions.ts), an event noun mentioned again kept once (repeated.ts), an event told in someone's words attributed to them (reported.ts), sorted chronologically. Every event records the rule that found it (`ArticleEvent.rule`).
import type { ArticleEvent, Quote, TextModel, TimeExpression } from '../types';
import type { PeopleResult } from '../people';
import type { SyntaxLayer } from '../syntax/layer';
import { sortKeyOf } from '../time';
import { Cast, TokenVerbs, groupTimesBySentence, quoteDepthByToken, type EventContext } from './context';
import { datedFromParse } from './dated';
import { datedFromWords } from './wordScan';
import { inheritDates } from './inherit';
import { undatedEvents } from './undated';
import { dropRepeatedNounEvents } from './repeated';
import { dropQuestions } from './questions';
import { markReported } from './reported';

export function findEvents(model: TextModel, people: PeopleResult, quotes: readonly Quote[], times: readonly TimeExpression[], syntax: SyntaxLayer | null = null): ArticleEvent[] {
  const ec: EventContext = {
    model,
    people,
    cast: new Cast(people.people),
    verbs: new TokenVerbs(model.tokens, syntax),
    quotes,
    quoteDepth: quoteDepthByToken(model.tokens, quotes),
    timesBySentence: groupTimesBySentence(model, times),
    events: [],
    datedSentences: new Set<number>(),
  };
  if (syntax) datedFromParse(ec, syntax);
  else datedFromWords(ec);
  inheritDates(ec, syntax);
  undatedEvents(ec, syntax);
  const events = dropRepeatedNounEvents(dropQuestions(ec.events, model, syntax));
  if (syntax) markReported(ec, syntax, events);
  return sortEvents(events);
}
/** Chronological; a week or month sorts by its first day; same-day events by time; undated last. */
export function sortEvents(events: ArticleEvent[]): ArticleEvent[] {
  const keyed = events.map((e, i) => ({ e, i, key: e.date ? sortKeyOf(e.date) ?? '9999' : '9999', clock: e.time ?? '' }));
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.clock < y.clock ? -1 : x.clock > y.clock ? 1 : x.i - y.i));
  return keyed.map((k) => k.e);
}


