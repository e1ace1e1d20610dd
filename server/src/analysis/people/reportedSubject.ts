// Rule people.reported-subject: the subject pronoun of a clause a speech verb reports is that verb's named
// subject ("Another delegate on the Cruz slate, Jim Poolman, said he was only “leaning Cruz.”"). The
// pronoun model abstains there when someone else is named close by (Cruz, in "the Cruz slate"); on the 925
// news texts its answers agree with this rule 461 times in 470, so the rule answers only where it abstains.
import type { Gender } from '../types';
import { SPEECH_VERBS } from '../quotes/lexicon';
import { otherGenderThan, type MentionInfo, type Referent } from './pronouns';
import type { SyntaxView } from './syntaxRoles';
import type { Unit } from './units';

/**
 * The person the subject pronoun at unit i reports the words of, read from the parse
 * (`SyntaxView.complementedSubject`: the verb has no object, and no marker but "that" opens the clause):
 * the verb is a speech verb, and its subject is the last name mentioned before the pronoun in the
 * sentence, or stands in apposition to it, of no other gender. Undefined otherwise.
 */
export function reportedSubject<C extends Referent>(view: SyntaxView, units: readonly Unit[], i: number, gender: Gender, stream: readonly MentionInfo<C>[]): C | undefined {
  const r = view.complementedSubject(view.headOf(i, i + 1));
  if (!r) return undefined;
  const verbStart = view.layer.words[r.verb].start;
  let k = i - 1;
  while (k > 0 && units[k].sentence === units[i].sentence && units[k].start > verbStart) k--;
  if (units[k].start !== verbStart || !SPEECH_VERBS.has(units[k].id)) return undefined;
  const m = stream.length ? stream[stream.length - 1] : undefined;
  if (!m || m.sentence !== units[i].sentence || m.quoted || !view.sameNominal(view.headOf(m.unit, m.after), r.subject)) return undefined;
  return otherGenderThan(m.cluster, gender) ? undefined : m.cluster;
}
