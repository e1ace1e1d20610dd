// An event noun mentioned again is the same occurrence: "Monday's debate" … "at Monday's debate" … "since the
// Monday night debate" name one debate, so the Outline lists it once, at its first mention. Only event nouns
// (rules events.noun-event, events.possessive-time) with the same title and date merge: two verbs with one
// title on one day ("Trump says" twice on Tuesday) are two statements.
import type { ArticleEvent } from '../types';
import { NOUN_EVENT_RULES } from './attach';

export function dropRepeatedNounEvents(events: readonly ArticleEvent[]): ArticleEvent[] {
  const seen = new Set<string>();
  // In text order, so the first mention is kept whatever order the steps found them in.
  const byPosition = [...events].sort((a, b) => a.start - b.start);
  const drop = new Set<ArticleEvent>();
  for (const e of byPosition) {
    if (!NOUN_EVENT_RULES.has(e.rule ?? '') || !e.date) continue;
    const key = `${e.title.toLowerCase()}\u0000${e.date}`;
    if (seen.has(key)) drop.add(e);
    else seen.add(key);
  }
  return events.filter((e) => !drop.has(e));
}
