// Rule quotes.partial-subject: a partial quotation with no cue of its own takes its clause's subject as
// its source — a person, an organisation, a document or an anonymous source ("Clinton on Monday ripped
// into Sanders for his “bad” votes", "Across Asia, officials are wary of the “isolationist” turn").
import type { TextSpan } from '../../types';
import { Ctx, type Attribution } from '../context';
import { clauseStart } from '../phrases';
import { participleSource } from '../sources';

/** Words read for an opening phrase before the subject ("For now, …"). */
const OPENING_PHRASE = 5;

export function partialSubject(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  let st = clauseStart(c, q.openTok, qi);
  // An opening phrase ("For now, the administration waves off …") is not the subject: start after its comma.
  for (let k = st; k < Math.min(q.openTok, st + OPENING_PHRASE); k++) {
    if (c.mentionAt(k)) break;
    if (c.tokens[k].text === ',') {
      st = k + 1;
      break;
    }
  }
  const sa = participleSource(c, q.openTok, st, null);
  // Any subject counts; an unnamed phrase only when it is the clause's first two words: a longer walk may
  // have gone past the verb ("The ad targets a …", "the administration waves off the delay").
  const bare = (m: TextSpan) => m.start === c.tokens[st].start && m.text.split(/\s+/).length <= 2;
  return sa && sa.mention && (sa.kind !== 'description' || bare(sa.mention)) ? { ...sa, cue: null, rule: 'quotes.partial-subject' } : null;
}
