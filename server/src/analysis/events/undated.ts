// Rule events.undated: a person did something, with no time in the sentence (the Outline lists these
// after the dated events when asked to).
import { REPORTING_VERBS } from './verbs';
import { type EventContext } from './context';
import { makeEvent, subjectOf } from './titles';
import { firstMainVerb } from './wordScan';

export function undatedEvents(ec: EventContext): void {
  const { model, people, cast, verbs, quoteDepth } = ec;
  for (const s of model.sentences) {
    if (ec.datedSentences.has(s.index)) continue;
    const verb = firstMainVerb(model, verbs, s, quoteDepth, s.tokenEnd);
    if (!verb || verb.info.form !== 'past' || REPORTING_VERBS.has(verb.info.base)) continue;
    const subject = subjectOf(model, verbs, s, verb.index, people, cast);
    if (!subject || !subject.person) continue;
    ec.events.push(makeEvent(ec, s, verb, null, { rule: 'events.undated' }));
  }
}
