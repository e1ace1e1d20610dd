import type { Finding, Person, Quote } from '../types';
import { findingOf, type RuleInfo } from './rule';
import { PRONOUN_ENTRIES } from '../lexicon';

// Information: the quotation is credited ("she said"), but the pronoun points at nobody who fits, so the
// reader — and the engine — cannot tell who speaks. Rare in edited news; worth a look, never a build failure.
export const unresolvedSpeaker = {
  code: 'unresolved-speaker',
  defaultSeverity: 'information',
  title: 'Pronoun speaker with no matching person',
  description:
    'A quotation credited to a pronoun ("she said", "he added") when no person of that gender is in reach: the ' +
    'article never named the speaker, or the pronoun does not match the person it seems to stand for. Name the ' +
    'speaker, or check the pronoun.',
  examples: {
    bad: 'Mayor Tom Reyes spoke first. “We will rebuild,” she said.',
    good: 'Mayor Tom Reyes spoke first. “We will rebuild,” he said.',
  },
} as const satisfies RuleInfo<'unresolved-speaker'>;

/** Gender of he/him/his/she/her/hers… (undefined for other words). */
const PRONOUN_GENDER = new Map(PRONOUN_ENTRIES.filter((p) => p.gender === 'male' || p.gender === 'female').map((p) => [p.form, p.gender as 'male' | 'female']));

/** Run after speakers and genders are settled: one finding per quotation whose pronoun speaker fits nobody. */
export function unresolvedSpeakerFindings(quotes: readonly Quote[], people: readonly Person[]): Finding[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const out: Finding[] = [];
  quotes.forEach((q, i) => {
    const m = q.speakerMention;
    const gender = m ? PRONOUN_GENDER.get(m.text.toLowerCase()) : undefined;
    if (!m || !gender || q.status === 'partial') return;
    const p = q.speaker ? byId.get(q.speaker) : undefined;
    if (p && (!p.gender || p.gender === gender)) return;
    const why = p ? `“${m.text}” does not fit ${p.name}, the person it was taken for` : `no ${gender === 'female' ? 'woman' : 'man'} is named before it`;
    out.push(findingOf(unresolvedSpeaker, m, `The speaker “${m.text}” is unresolved: ${why}. Name the speaker or check the pronoun.`, i));
  });
  return out;
}
