// Rule people.head-complement: a name that completes an organisation head's "of", "for" or "on" phrase is part of
// that organisation's name, no person: "according to the Center for Responsive Politics" (OpenSecrets, in a
// dozen PolNeAR texts), "the Center on Budget and Policy Priorities", "the California Institute for Regenerative
// Medicine" each made a person of the words after the joint, which the name tagger read as one. Also after
// "and" or "&" inside such a phrase ("Budget and Policy Priorities"). Not a listed first name: "a Party for
// Hillary Clinton" is a party for her (organisations.ts reads the same phrase for the organisation's name).
import { COMPLEMENT_COORDINATORS, COMPLEMENT_HEADS, COMPLEMENT_JOINTS, isKnownFirstNameUnit } from './lexicon';
import type { Unit } from './units';

/** Most capitalised words a complement may hold before "and" ("Center for Economic and Policy Research"). */
const MAX_BEFORE_AND = 3;

/** True when the name starting at unit `first` completes an organisation head's complement. */
export function completesHead(units: readonly Unit[], first: number): boolean {
  const s = units[first].sentence;
  if (isKnownFirstNameUnit(units[first])) return false;
  const at = (k: number) => (k >= 0 && units[k].sentence === s ? units[k] : undefined);
  let j = first - 1;
  const before = at(j);
  if (!before) return false;
  // After "and": back over the complement's first part to its joint.
  if (COMPLEMENT_COORDINATORS.has(before.id, before.text)) {
    let k = j - 1;
    while (k >= 0 && j - 1 - k < MAX_BEFORE_AND && at(k)?.kind === 'word' && units[k].cap) k--;
    if (k === j - 1) return false;
    j = k;
  }
  const joint = at(j);
  const head = at(j - 1);
  return !!joint && !!head && COMPLEMENT_JOINTS.has(joint.id, joint.text) && head.cap && COMPLEMENT_HEADS.has(head.id, head.text);
}
