// Rule people.handle: a capitalised run glued to a "#" or an "@" is a hashtag or a social handle, never a
// person's name as the article writes it: "#BlackLivesMatter", "#RechercheParis", "Follow Michelle Moons on
// Twitter @MichelleDiana" were people. (A handle that repeats a name, "@Stranahan", adds no mention either.)
import type { Candidate } from './names';
import type { Unit } from './units';

/** The candidates written right after a "#" or an "@". */
export function handleNames(units: readonly Unit[], candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    const before = c.first > 0 ? units[c.first - 1] : undefined;
    return !!before && before.end === c.start && (before.text.endsWith('#') || before.text.endsWith('@'));
  });
}
